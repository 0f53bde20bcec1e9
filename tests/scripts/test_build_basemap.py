"""scripts/build_basemap.py decodes TopoJSON into GeoJSON, and the shipped basemap is its output."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BASEMAP = ROOT / "src" / "khronika" / "web" / "static" / "basemap" / "countries.geojson"


def script():
    spec = importlib.util.spec_from_file_location("build_basemap", ROOT / "scripts" / "build_basemap.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_arcs_are_dequantised_and_joined_backwards_where_asked():
    build = script()
    topology = {"transform": {"scale": [0.5, 0.25], "translate": [10, 20]},
                "arcs": [[[0, 0], [2, 0], [0, 4]], [[2, 4], [-2, -4]]]}
    arcs = build.decode_arcs(topology)
    assert arcs == [[[10, 20], [11, 20], [11, 21]], [[11, 21], [10, 20]]]
    assert build.ring([0, 1], arcs) == [[10, 20], [11, 20], [11, 21], [10, 20]]
    assert build.ring([~1], arcs) == [[10, 20], [11, 21]]
    polygon = build.geometry({"type": "Polygon", "arcs": [[0, 1]]}, arcs)
    assert polygon == {"type": "Polygon", "coordinates": [[[10, 20], [11, 20], [11, 21], [10, 20]]]}


def test_the_shipped_basemap_has_the_countries_with_russian_names():
    features = json.loads(BASEMAP.read_text(encoding="utf-8"))["features"]
    by_iso = {f["properties"]["iso3"]: f for f in features}
    assert len(features) > 170
    assert by_iso["RUS"]["properties"]["name"] == "Россия"
    assert by_iso["KAZ"]["geometry"]["type"] == "Polygon"
    for feature in features:  # closed rings, coordinates on the globe
        for polygon in ([feature["geometry"]["coordinates"]] if feature["geometry"]["type"] == "Polygon"
                        else feature["geometry"]["coordinates"]):
            for ring in polygon:
                assert ring[0] == ring[-1]
                assert all(-180 <= x <= 180 and -90 <= y <= 90 for x, y in ring)
