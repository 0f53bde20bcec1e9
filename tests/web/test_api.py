"""Every JSON endpoint and page over a store ingested from the examples."""

from __future__ import annotations

import csv
import io
import json

from icalendar import Calendar

from khronika.query.filters import Filters, find_events
from khronika.store import connect


def events(client, **params):
    response = client.get("/api/events", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def test_events_api_agrees_with_the_query_layer(client, web_store):
    body = events(client)
    con = connect(web_store, read_only=True)
    try:
        expected = find_events(con, Filters())
    finally:
        con.close()
    assert body["total"] == len(expected) > 10
    assert [e["event_id"] for e in body["events"]] == [e["event_id"] for e in expected]
    assert sum(r["events"] for r in body["by_root"]) == body["total"]
    assert sum(r["events"] for r in body["by_modality"]) == body["total"]


def test_filters_narrow_the_events_and_their_counts(client):
    everything = events(client)["total"]
    lavrov = events(client, actor="Лаврова")  # a name in the genitive, as the CLI takes it
    assert 0 < lavrov["total"] < everything
    assert {e["source"] for e in lavrov["events"]} == {"Сергей Лавров"}
    planned = events(client, modality="planned")
    assert planned["by_modality"] == [{"modality": "planned", "events": planned["total"]}]
    consult = events(client, code="04")
    assert consult["total"] and all(e["cameo"].startswith("04") for e in consult["events"])
    assert [r["root"] for r in consult["by_root"]] == ["04"]
    in_moscow = events(client, place="Москва")
    assert in_moscow["total"] and all(e["place"].startswith("Москв") for e in in_moscow["events"])
    words = events(client, q="санкци")
    assert words["total"] and words["total"] < everything
    late = events(client, **{"from": "2025-09-05"})
    kept = {e["event_id"] for e in late["events"]}
    assert 0 < late["total"] < everything
    assert all(e["date"] < "2025-09-05" for e in events(client)["events"] if e["event_id"] not in kept)


def test_the_empty_fields_of_a_form_are_no_filter(client):
    empty = {name: "" for name in ("actor", "target", "code", "modality", "from", "to", "place", "source", "q")}
    assert events(client, **empty)["total"] == events(client)["total"]
    assert client.get("/events", params={**empty, "actor": "Лавров"}).status_code == 200


def test_pages_split_the_results(client):
    everything = events(client)
    first, second = events(client, per_page=5, page=1), events(client, per_page=5, page=2)
    assert first["pages"] == -(-everything["total"] // 5)
    assert [e["event_id"] for e in first["events"] + second["events"]] == \
        [e["event_id"] for e in everything["events"][:10]]


def test_event_api_lists_its_mentions_and_articles(client):
    event = events(client, actor="Q58217")["events"][0]
    body = client.get(f"/api/events/{event['event_id']}").json()
    assert body["event"]["source_name"] == "Сергей Лавров"
    assert body["mentions"] and all(m["article_id"] for m in body["mentions"])
    assert client.get("/api/events/987654").status_code == 404


def test_article_api_has_entities_quotes_and_events(client):
    body = client.get("/api/articles/lavrov-fidan-meeting").json()
    assert body["article"]["text"].startswith("Лавров и Фидан")
    assert {"PER", "LOC"} <= {e["type"] for e in body["entities"]}
    assert any(q["speaker_name"] for q in body["quotes"])
    assert body["mentions"] and all(m["event_id"] for m in body["mentions"])
    assert client.get("/api/articles/no-such-article").status_code == 404


def test_actor_api_has_months_partners_and_quotes(client):
    body = client.get("/api/actors/Q58217").json()
    assert "Сергей Лавров" in [n["name"] for n in body["names"]]
    assert sum(m["events"] for m in body["months"]) >= 1
    assert body["partners"]
    assert client.get("/api/actors/Q1").status_code == 404


def test_network_api_is_the_filtered_graph(client):
    body = client.get("/api/network").json()
    keys = {n["id"] for n in body["nodes"]}
    assert body["edges"] and all(e["source"] in keys and e["target"] in keys for e in body["edges"])
    narrowed = client.get("/api/network", params={"actor": "Q58217"}).json()
    assert 0 < len(narrowed["edges"]) < len(body["edges"])
    assert {e["source"] for e in narrowed["edges"]} == {"Q58217"}
    assert len(client.get("/api/network", params={"links": 1}).json()["edges"]) == 1


def test_map_api_gives_points_with_coordinates(client):
    points = client.get("/api/map").json()["points"]
    assert points and all(-90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180 for p in points)
    assert any(p["place"].startswith("Москв") for p in points)
    assert client.get("/api/map", params={"code": "16"}).json()["points"] == [
        p for p in points if p["cameo"].startswith("16")]


def test_agenda_and_its_calendar(client):
    plans = client.get("/api/agenda", params={"from": "2025-01-01"}).json()
    assert plans and all(p["date"] >= "2025-01-01" for p in plans)
    ics = client.get("/agenda.ics", params={"from": "2025-01-01"})
    assert ics.headers["content-type"].startswith("text/calendar")
    assert len(Calendar.from_ical(ics.content).walk("VEVENT")) == len(plans)
    # from today on (the default), the 2025 plans of the examples are behind us
    assert client.get("/api/agenda", params={"from": "2100-01-01"}).json() == []


def test_downloads_carry_the_filtered_set(client):
    lavrov = events(client, actor="Q58217")
    rows = list(csv.DictReader(io.StringIO(client.get("/download/csv", params={"actor": "Q58217"}).text)))
    assert [int(r["event_id"]) for r in rows] == [e["event_id"] for e in lavrov["events"]]
    lines = client.get("/download/jsonl", params={"actor": "Q58217"}).text.splitlines()
    assert [json.loads(line)["event_id"] for line in lines] == [e["event_id"] for e in lavrov["events"]]
    gdelt = client.get("/download/gdelt", params={"actor": "Q58217"}).text.splitlines()
    assert [int(line.split("\t")[0]) for line in gdelt] == sorted(e["event_id"] for e in lavrov["events"])
    assert all(len(line.split("\t")) == 61 for line in gdelt)


def test_pages_render(client):
    event_id = client.get("/api/articles/lavrov-fidan-meeting").json()["mentions"][0]["event_id"]
    for path, text in [("/events", "Сергей Лавров"), (f"/events/{event_id}", "lavrov-fidan-meeting"),
                       ("/articles/lavrov-fidan-meeting", "Хаканом Фиданом"), ("/actors/Q58217", "Сергей Лавров"),
                       ("/network", "graph"), ("/map", "countries.geojson"), ("/agenda?from=2025-01-01", "Мирзиёев")]:
        response = client.get(path)
        assert response.status_code == 200, path
        assert text in response.text, path
        assert "script-src 'self'" in response.headers["content-security-policy"]
    assert client.get("/").headers.get("location") is None  # followed to /events
    assert client.get("/", follow_redirects=False).headers["location"] == "/events"


def test_openapi_and_docs_are_served_offline(client):
    spec = client.get("/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/articles/{article_id}", "/api/actors/{key}",
            "/api/network", "/api/map", "/api/agenda", "/agenda.ics", "/download/{fmt}"} <= set(spec["paths"])
    docs = client.get("/docs").text
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in docs and "cdn" not in docs.lower()
    assert client.get("/static/vendor/swagger-ui/swagger-ui-bundle.js").status_code == 200
