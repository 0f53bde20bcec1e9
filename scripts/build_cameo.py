"""Build ``src/khronika/data/cameo/codes.tsv``: every CAMEO event code with its English label,
Goldstein score and the facts extraction and merging ask of a code (symmetric, travel, converse), from
``../shared/spec/cameo`` (the GDELT lookup tables) and the decisions below (CAMEO Manual 1.1b3, chapter 2)."""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "khronika" / "data" / "cameo" / "codes.tsv"


# Labels the lookup table carries garbled (Mac Roman quote marks).
LABEL_FIXES = {"044": "Meet at a third location"}

# Symmetric codes, decided per code from the manual's usage notes (HEADER says what the values mean).
# "word" codes keep the merger from swapping sides: it cannot tell which word named the event, and
# "A attacked B" is not "B attacked A" (190), nor an invitation (036) an agreement.
SYMMETRIC = {
    **dict.fromkeys(("019", "04", "040", "041", "044", "046", "05", "050", "057",
                     "06", "060", "061", "062", "063", "064"), "yes"),
    **dict.fromkeys(("03", "030", "031", "0311", "0312", "0313", "0314", "0356", "036", "037",
                     "054", "056", "084", "0841", "087", "0871", "16", "160", "161", "164",
                     "19", "190", "193"), "word"),
}
# Codes whose target is a place one goes to or is visited in (a visit, a host).
TRAVEL = frozenset({"042", "043"})
# A visit of A to B is B hosting A: one event told from either side.
CONVERSE = {"042": "043", "043": "042"}
HEADER = """\
# CAMEO event codes: code, label, Goldstein score, symmetric, travel, converse_of. Built by
# scripts/build_cameo.py from the GDELT lookup tables (LOOKUP-CAMEO.eventcodes.txt,
# cameo_goldstein.json); CAMEO Manual 1.1b3.
# symmetric    yes: the act is mutual whatever word names it (the manual codes two reciprocal
#              events with actors reversed: talks, accord, signed agreements, cooperation), so
#              A->B and B->A report one event; word: the code holds mutual and one-sided acts
#              (бой / атака, договориться / пригласить), and only a trigger flagged sym in
#              data/events/triggers.tsv is mutual; no: one-sided.
# travel       yes when the target is a place one goes to or is visited in (042, 043).
# converse_of  the code that tells the same event from the other side (042 visit, 043 host).
"""


def labels(cameo: Path) -> dict[str, str]:
    with (cameo / "LOOKUP-CAMEO.eventcodes.txt").open(encoding="utf-8") as f:
        rows = list(csv.reader(f, delimiter="\t"))[1:]
    names = {code.strip(): label.strip() for code, label, *_ in rows if code.strip()}
    return names | LABEL_FIXES


def goldstein(cameo: Path) -> dict[str, float]:
    scores = json.loads((cameo / "cameo_goldstein.json").read_text(encoding="utf-8"))
    return {code: float(item["value"]) for code, item in scores.items()}


Row = tuple[str, str, float | None, str, bool, str | None]


def rows(cameo: Path) -> list[Row]:
    names, scores = labels(cameo), goldstein(cameo)
    return [(code, names[code], scores.get(code), SYMMETRIC.get(code, "no"), code in TRAVEL, CONVERSE.get(code))
            for code in sorted(names)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    cameo = parser.parse_args().shared / "spec" / "cameo"
    OUT.parent.mkdir(parents=True, exist_ok=True)
    lines = [f"{code}\t{label}\t{'' if score is None else score}\t{symmetric}\t{'yes' if travel else 'no'}"
             f"\t{converse or '-'}\n" for code, label, score, symmetric, travel, converse in rows(cameo)]
    OUT.write_text(HEADER + "".join(lines), encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(lines)} codes")


if __name__ == "__main__":
    main()
