"""Build ``src/khronika/data/cameo/codes.tsv``: every CAMEO event code with its English label and
Goldstein score, from ``../shared/spec/cameo`` (the GDELT lookup tables)."""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "khronika" / "data" / "cameo" / "codes.tsv"


# Labels the lookup table carries garbled (Mac Roman quote marks).
LABEL_FIXES = {"044": "Meet at a third location"}


def labels(cameo: Path) -> dict[str, str]:
    with (cameo / "LOOKUP-CAMEO.eventcodes.txt").open(encoding="utf-8") as f:
        rows = list(csv.reader(f, delimiter="\t"))[1:]
    names = {code.strip(): label.strip() for code, label, *_ in rows if code.strip()}
    return names | LABEL_FIXES


def goldstein(cameo: Path) -> dict[str, float]:
    scores = json.loads((cameo / "cameo_goldstein.json").read_text(encoding="utf-8"))
    return {code: float(item["value"]) for code, item in scores.items()}


def rows(cameo: Path) -> list[tuple[str, str, float | None]]:
    names, scores = labels(cameo), goldstein(cameo)
    return [(code, names[code], scores.get(code)) for code in sorted(names)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    cameo = parser.parse_args().shared / "spec" / "cameo"
    OUT.parent.mkdir(parents=True, exist_ok=True)
    lines = ["# CAMEO event codes: code, label, Goldstein score. Built by scripts/build_cameo.py from the GDELT\n",
             "# lookup tables (LOOKUP-CAMEO.eventcodes.txt, cameo_goldstein.json); CAMEO Manual 1.1b3.\n"]
    for code, label, score in rows(cameo):
        lines.append(f"{code}\t{label}\t{'' if score is None else score}\n")
    OUT.write_text("".join(lines), encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(lines) - 2} codes")


if __name__ == "__main__":
    main()
