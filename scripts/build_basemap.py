"""Build the offline world basemap of ``khronika serve``'s map page.

Input: world-atlas's ``countries-110m.json`` (Natural Earth 1:110m countries as TopoJSON, public
domain; from the npm registry: ``npm pack world-atlas``), and the shared Natural Earth country table
for the Russian names and ISO-3 codes. Output: a GeoJSON FeatureCollection, coordinates rounded to
0.01 degree (about 1 km, finer than a 1:110m map draws), so the page needs no tile server.

    python scripts/build_basemap.py --topojson countries-110m.json --shared ../shared
"""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "khronika" / "web" / "static" / "basemap" / "countries.geojson"
COUNTRIES = Path("gazetteer/natural-earth/ne_10m_admin_0_countries.csv")
DIGITS = 2

Point = list[float]


def decode_arcs(topology: dict) -> list[list[Point]]:
    """TopoJSON arcs are quantised and delta-encoded: undo both."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append([round(x * sx + tx, DIGITS), round(y * sy + ty, DIGITS)])
        arcs.append(points)
    return arcs


def ring(indices: list[int], arcs: list[list[Point]]) -> list[Point]:
    """A ring is a chain of arcs; ~i is arc i walked backwards; joined arcs share their end point."""
    points: list[Point] = []
    for index in indices:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def geometry(shape: dict, arcs: list[list[Point]]) -> dict | None:
    if shape["type"] == "Polygon":
        return {"type": "Polygon", "coordinates": [ring(r, arcs) for r in shape["arcs"]]}
    if shape["type"] == "MultiPolygon":
        return {"type": "MultiPolygon", "coordinates": [[ring(r, arcs) for r in p] for p in shape["arcs"]]}
    return None


def country_names(shared: Path) -> dict[str, tuple[str, str]]:
    """ISO numeric code -> (ISO-3, Russian name), from the shared Natural Earth table."""
    names = {}
    with (shared / COUNTRIES).open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            number = row["ISO_N3_EH"] if row["ISO_N3"] == "-99" else row["ISO_N3"]
            if number != "-99":
                names[number.zfill(3)] = (row["ISO_A3_EH"], row["NAME_RU"])
    return names


def build(topojson: Path, shared: Path) -> dict:
    topology = json.loads(topojson.read_text(encoding="utf-8"))
    arcs = decode_arcs(topology)
    names = country_names(shared)
    features = []
    for shape in topology["objects"]["countries"]["geometries"]:
        shape_geometry = geometry(shape, arcs)
        if shape_geometry is None:
            continue
        iso3, name_ru = names.get(shape.get("id", ""), ("", ""))
        properties = {"name": name_ru or shape["properties"]["name"], "iso3": iso3}
        features.append({"type": "Feature", "properties": properties, "geometry": shape_geometry})
    return {"type": "FeatureCollection", "features": features}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--topojson", type=Path, required=True, help="world-atlas countries-110m.json")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("-o", "--output", type=Path, default=OUT)
    args = parser.parse_args()
    collection = build(args.topojson, args.shared)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(collection, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"{len(collection['features'])} countries -> {args.output}")


if __name__ == "__main__":
    main()
