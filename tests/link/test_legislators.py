"""Members of parliaments from the EveryPolitician legislators table: linked by full name in any case
and word order, coded with their country and LEG."""

from khronika.kb.gazetteer import Gazetteer
from khronika.model import Article


def people(pipeline, text: str) -> dict[str, tuple[str | None, str | None]]:
    article = pipeline(Article(id="t", text=text, published="2016-05-05"))
    return {e.text: (e.qid, e.actor) for e in article.entities if e.type == "PER"}


def test_a_legislator_in_an_oblique_case(pipeline):
    found = people(pipeline, "С Даригой Назарбаевой встретился депутат Мажилиса Мурат Абенов.")
    assert found["Даригой Назарбаевой"] == ("Q376532", "KAZLEG")
    assert found["Мурат Абенов"] == ("Q4054687", "KAZLEG")


def test_a_duma_member_by_the_official_surname_first_form_and_by_given_name_first():
    gaz = Gazetteer.default()
    for mention in ("Александра Абалакова", "Абалаков Александр Николаевич", "Александром Николаевичем Абалаковым"):
        assert [e.qid for e in gaz.lookup(mention) if e.type == "PER"][:1] == ["Q4054291"], mention


def test_a_surname_alone_names_no_legislator():
    """Many people share a surname: only full names are stored."""
    assert not [e for e in Gazetteer.default().lookup("Абалакова") if e.qid == "Q4054291"]


def test_a_leader_who_sat_in_parliament_keeps_his_office():
    medvedev = Gazetteer.default().by_qid("Q23530")
    assert medvedev.actor == "RUSGOV" and medvedev.offices


def test_a_duma_member_elected_who_never_sat_keeps_his_qid_but_not_leg():
    """Кадыров is in the Duma's Wikidata list with no term: he gave the seat up for his post at home."""
    kadyrov = [e for e in Gazetteer.default().lookup("Рамзана Кадырова") if e.type == "PER"][0]
    assert kadyrov.country == "RUS" and kadyrov.actor != "RUSLEG"
