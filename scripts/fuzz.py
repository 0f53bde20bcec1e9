"""Fuzz the input boundary: malformed inputs of every reader through `khronika extract` and `ingest`.

Each input is a seed document of one format (plain text, JSON Lines, HTML, RSS, Atom, WARC) put
through one mutation (random bytes, a cut, control characters, mixed encodings, flipped bytes, a
splice of two formats, a repeated chunk, deep nesting, a UTF-16 re-encoding, a 10 MB line, empty).
A batch of inputs is written to a folder and ingested (``chronicle.ingest`` into one DuckDB store:
readers, checks, analysis, store), and one batch in ``--extract-every`` is also extracted
(``khronika extract DIR -o out.jsonl``: the same readers and analysis, JSON Lines out; analysing
everything twice would double a run that is mostly analysis). The run checks that nothing raised
and that every input is accounted for: each article or read failure it yields is stored, found
already stored, or failed with a reason.

    python scripts/fuzz.py --count 10000 --seed 1 --report docs/fuzz-figures.md   # `make fuzz`

Deterministic for a seed; stdlib ``random`` (no Hypothesis: it is not among the dependencies).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import random
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
LONG_LINE = 10 * 2**20
CONTROL = [bytes([c]) for c in (*range(0, 32), 127)] + ["\u0085", "\u2028", "\u200b", "\ufeff", "\ufffd"]


@dataclass
class Input:
    name: str  # file name: number, mutation, format suffix
    data: bytes
    fmt: str
    mutation: str


# ---- seeds: one valid document of each format, from the shipped examples ------------------------------

def _texts() -> list[tuple[str, str]]:
    texts = []
    for path in sorted(EXAMPLES.glob("*.txt")):
        title, body = path.read_text(encoding="utf-8").split("\n\n", 1)
        texts.append((title.strip(), body.strip()))
    return texts


def seeds(rng: random.Random) -> dict[str, bytes]:
    title, body = rng.choice(_texts())
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in body.split("\n\n"))
    record = {"id": "fuzz", "title": title, "text": f"{title}\n\n{body}", "published": "2025-09-08", "source": "fuzz.ru"}
    html = (f'<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>{escape(title)}</title></head>'
            f"<body><article><h1>{escape(title)}</h1>{paragraphs}</article></body></html>")
    rss = (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Ф</title><link>https://fuzz.ru/</link>'
           f"<item><title>{escape(title)}</title><link>https://fuzz.ru/1</link><pubDate>Mon, 08 Sep 2025 09:00:00 +0300"
           f"</pubDate><description>{escape(paragraphs)}</description></item></channel></rss>")
    atom = (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Ф</title>'
            f"<entry><title>{escape(title)}</title><id>urn:fuzz:1</id><updated>2025-09-08T09:00:00Z</updated>"
            f'<content type="html">{escape(paragraphs)}</content></entry></feed>')
    return {
        "txt": f"{title}\n\n{body}\n".encode(),
        "jsonl": (json.dumps(record, ensure_ascii=False) + "\n" + json.dumps(dict(record, id="fuzz-2"), ensure_ascii=False)
                  + "\n").encode(),
        "html": html.encode(),
        "rss": rss.encode(),
        "atom": atom.encode(),
        "warc": _warc(html.encode()),
    }


def _warc(html: bytes) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    fixed = {"WARC-Record-ID": "<urn:uuid:00000000-0000-4000-8000-000000000001>", "WARC-Date": "2025-09-08T09:00:00Z"}
    writer.write_record(writer.create_warc_record("https://fuzz.ru/1", "response", payload=io.BytesIO(html),
                                                  http_headers=headers, warc_headers_dict=fixed))
    return out.getvalue()


# ---- mutations ---------------------------------------------------------------------------------------

def random_bytes(rng: random.Random, data: bytes, fmt: str) -> bytes:
    return rng.randbytes(rng.randrange(1, 4096))


def cut(rng: random.Random, data: bytes, fmt: str) -> bytes:
    return data[: rng.randrange(len(data))]


def control_characters(rng: random.Random, data: bytes, fmt: str) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randrange(1, 40)):
        char = rng.choice(CONTROL)
        out[rng.randrange(len(out) + 1):0] = char if isinstance(char, bytes) else char.encode()
    return bytes(out)


def mixed_encodings(rng: random.Random, data: bytes, fmt: str) -> bytes:
    text = data.decode("utf-8", errors="replace")
    out, start = [], 0
    while start < len(text):
        end = min(len(text), start + rng.randrange(20, 400))
        out.append(text[start:end].encode(rng.choice(["utf-8", "cp1251", "koi8_r", "utf-16-le", "latin-1", "cp866"]),
                                          errors="replace"))
        start = end
    return b"".join(out)


def flip_bytes(rng: random.Random, data: bytes, fmt: str) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randrange(1, 30)):
        out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def splice(rng: random.Random, data: bytes, fmt: str) -> bytes:
    other = rng.choice(list(seeds(rng).values()))
    return data[: rng.randrange(len(data))] + other[rng.randrange(len(other)):]


def repeat_chunk(rng: random.Random, data: bytes, fmt: str) -> bytes:
    start = rng.randrange(len(data))
    chunk = data[start:start + rng.randrange(1, 200)]
    return data[:start] + chunk * rng.randrange(2, 2000) + data[start:]


def deep_nesting(rng: random.Random, data: bytes, fmt: str) -> bytes:
    depth = rng.randrange(100, 20_000)
    if fmt == "jsonl":
        return b"[" * depth + b"]" * depth + b"\n" + data
    return data.replace(b"<body>", b"<body>" + b"<div>" * depth, 1) if b"<body>" in data else b"<a>" * depth + data


def utf16(rng: random.Random, data: bytes, fmt: str) -> bytes:
    return data.decode("utf-8", errors="replace").encode(rng.choice(["utf-16", "utf-16-be", "utf-32"]))


def empty(rng: random.Random, data: bytes, fmt: str) -> bytes:
    return rng.choice([b"", b"\n", b" \t\r\n", b"\xef\xbb\xbf", b"{}", b"<rss/>", b"WARC/1.0\r\n"])


def long_line(rng: random.Random, data: bytes, fmt: str) -> bytes:
    """A 10 MB line: Russian text, random letters, or one huge JSON string or HTML paragraph."""
    kind = rng.choice(["russian", "noise", "field"])
    if kind == "noise":
        return rng.randbytes(LONG_LINE).replace(b"\n", b" ")
    sentence = "Президент России провел переговоры с главой МИД Турции в Москве. ".encode()
    line = sentence * (LONG_LINE // len(sentence) + 1)
    if kind == "field" and fmt == "jsonl":
        return b'{"id": "long", "text": "' + line + b'"}\n'
    if kind == "field" and fmt in ("html", "warc"):
        return b"<html><body><article><p>" + line + b"</p></article></body></html>"
    return data + line


MUTATIONS: dict[str, Callable[[random.Random, bytes, str], bytes]] = {
    f.__name__: f for f in (random_bytes, cut, control_characters, mixed_encodings, flip_bytes, splice, repeat_chunk,
                            deep_nesting, utf16, empty)
}
LONG_EVERY = 500  # one input in this many is a 10 MB line: each costs seconds to read and check


def generate(count: int, seed: int, long_every: int = LONG_EVERY) -> Iterator[Input]:
    rng = random.Random(seed)
    names = list(MUTATIONS)
    for number in range(count):
        fmt = ("txt", "jsonl", "html", "rss", "atom", "warc")[number % 6]
        data = seeds(rng)[fmt]
        if number % long_every == long_every - 1:
            mutation, mutated = "long_line", long_line(rng, data, fmt)
        else:
            mutation = names[(number // 6) % len(names)]
            mutated = MUTATIONS[mutation](rng, data, fmt)
        yield Input(f"{number:05d}-{mutation}.{fmt}", mutated, fmt, mutation)


# ---- running -----------------------------------------------------------------------------------------

@dataclass
class Figures:
    inputs: int = 0
    extracted: int = 0  # inputs also put through `khronika extract`
    items: int = 0  # articles and read failures the readers made of the inputs
    outcomes: Counter = field(default_factory=Counter)  # extract: ok / partial / failed
    stored: int = 0
    copies: int = 0
    failed: int = 0
    reasons: Counter = field(default_factory=Counter)
    by_format: Counter = field(default_factory=Counter)
    by_mutation: Counter = field(default_factory=Counter)
    crashes: list[str] = field(default_factory=list)
    unaccounted: list[str] = field(default_factory=list)
    seconds: float = 0.0


def run(
    inputs: Iterator[Input], batch: int = 50, extract_every: int = 1, progress: Callable[[Figures], None] = lambda f: None,
    analyse: bool = True,
) -> Figures:
    """``analyse=False``: the readers and the pre-analysis checks only (seconds, not an hour, for 10,000)."""
    from typer.testing import CliRunner

    from khronika.chronicle import ingest
    from khronika.cli import app
    from khronika.store import connect

    figures, started = Figures(), time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="khronika-fuzz-") as tmp:
        con = connect(Path(tmp) / "fuzz.duckdb") if analyse else None
        pending: list[Input] = []
        batches = 0
        for item in inputs:
            pending.append(item)
            if len(pending) == batch:
                with contextlib.redirect_stderr(io.StringIO()):  # warcio's warnings on every broken record
                    _batch(pending, Path(tmp), con, figures,
                           CliRunner() if analyse and batches % extract_every == 0 else None, app, ingest)
                pending, batches = [], batches + 1
                progress(figures)
        if pending:
            with contextlib.redirect_stderr(io.StringIO()):
                _batch(pending, Path(tmp), con, figures,
                       CliRunner() if analyse and batches % extract_every == 0 else None, app, ingest)
        if con is not None:
            con.close()
    figures.seconds = time.perf_counter() - started
    return figures


def _batch(batch: list[Input], tmp: Path, con, figures: Figures, runner, app, ingest) -> None:
    from khronika.readers.inputs import read_inputs

    folder = tmp / f"batch-{figures.inputs:05d}"
    folder.mkdir()
    for item in batch:
        (folder / item.name).write_bytes(item.data)
        figures.by_format[item.fmt] += 1
        figures.by_mutation[item.mutation] += 1
    figures.inputs += len(batch)
    # every input yields something: an article or a read failure with a reason
    try:
        per_input = {item.name: list(read_inputs([folder / item.name])) for item in batch}
    except Exception:
        figures.crashes.append(f"read {folder.name}: {traceback.format_exc(limit=3)}")
        return
    for name, items in per_input.items():
        if not items or any(not getattr(i, "reason", True) for i in items):
            figures.unaccounted.append(name)
    expected = sum(len(items) for items in per_input.values())
    figures.items += expected
    if con is None:  # readers and checks only
        _check(per_input, figures)
        return

    if runner is not None:
        _extract(folder, expected, figures, runner, app)
        figures.extracted += len(batch)
    try:
        report = ingest([folder], con)
    except Exception:
        figures.crashes.append(f"ingest {folder.name}: {traceback.format_exc(limit=5)}")
        return
    if report.stored + report.skipped + report.failed != expected:
        figures.unaccounted.append(f"{folder.name}: ingest accounted for "
                                   f"{report.stored + report.skipped + report.failed} of {expected} items")
    figures.stored += report.stored
    figures.copies += report.skipped
    figures.failed += report.failed
    if len(report.reasons) != report.failed:
        figures.unaccounted.append(f"{folder.name}: {report.failed} failed, {len(report.reasons)} reasons")
    for reason in report.reasons:
        reason = reason.split(": ", 1)[-1]
        if not reason.strip():
            figures.unaccounted.append(f"{folder.name}: a failure without a reason")
        figures.reasons[_reason(reason)] += 1


def _check(per_input: dict[str, list], figures: Figures) -> None:
    from khronika.checks import check_article
    from khronika.model import Article

    for items in per_input.values():
        for item in items:
            if isinstance(item, Article):
                try:
                    checked = check_article(item)
                except Exception:
                    figures.crashes.append(f"check {item.id}: {traceback.format_exc(limit=3)}")
                    continue
                if checked.status == "failed":
                    figures.failed += 1
                    figures.reasons[_reason(checked.errors[0])] += 1
                else:
                    figures.stored += 1  # would go on to analysis
            else:
                figures.failed += 1
                figures.reasons[_reason(item.reason)] += 1


def _extract(folder: Path, expected: int, figures: Figures, runner, app) -> None:
    out = folder.with_suffix(".jsonl")
    result = runner.invoke(app, ["extract", str(folder), "-o", str(out), "--published", "2025-09-08"])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        figures.crashes.append(f"extract {folder.name}: {''.join(traceback.format_exception(result.exception))}")
    else:
        lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()] if out.exists() else []
        if len(lines) != expected:
            figures.unaccounted.append(f"{folder.name}: extract wrote {len(lines)} articles for {expected} items")
        for article in lines:
            figures.outcomes[article["status"]] += 1
            if article["status"] == "failed" and not article["errors"]:
                figures.unaccounted.append(f"{article['id']}: failed without a reason")



def _reason(error: str) -> str:
    """A reason without its particulars (numbers, paths), so like reasons count together."""
    head = error.split(":")[0] if not error.startswith(("not Russian", "unreadable")) else ":".join(error.split(":")[:2])
    return "".join("N" if ch.isdigit() else ch for ch in head)[:80]


def markdown(figures: Figures, seed: int, analysed: bool = True) -> str:
    if not analysed:
        return _markdown_read_only(figures, seed)
    rows = [
        "| | |", "|---|---|",
        f"| inputs (seed {seed}) | {figures.inputs:,} |",
        f"| articles and read failures made of them | {figures.items:,} |",
        f"| extract ({figures.extracted:,} of the inputs): ok / partial / failed | {figures.outcomes['ok']:,} / "
        f"{figures.outcomes['partial']:,} / {figures.outcomes['failed']:,} |",
        f"| ingest: stored / already stored / failed with a reason | {figures.stored:,} / {figures.copies:,} / "
        f"{figures.failed:,} |",
        f"| crashes | {len(figures.crashes)} |",
        f"| inputs or articles not accounted for | {len(figures.unaccounted)} |",
        f"| time | {figures.seconds / 60:.1f} min ({figures.seconds / max(1, figures.inputs) * 1000:.0f} ms an input) |",
    ]
    formats = ", ".join(f"{k} {v:,}" for k, v in sorted(figures.by_format.items()))
    mutations = ", ".join(f"{k} {v:,}" for k, v in sorted(figures.by_mutation.items()))
    reasons = [f"| {reason} | {n:,} |" for reason, n in figures.reasons.most_common(15)]
    return "\n".join([*rows, "", f"By format: {formats}.", "", f"By mutation: {mutations}.", "",
                      "Why ingest failed an input or article (most common first):", "", "| reason | count |", "|---|---|",
                      *reasons, ""])


def _markdown_read_only(figures: Figures, seed: int) -> str:
    rows = [
        "| | |", "|---|---|",
        f"| inputs (seed {seed}) | {figures.inputs:,} |",
        f"| articles and read failures made of them | {figures.items:,} |",
        f"| articles that pass the checks (would be analysed) | {figures.stored:,} |",
        f"| read failures and articles the checks fail, with a reason | {figures.failed:,} |",
        f"| crashes | {len(figures.crashes)} |",
        f"| inputs or articles not accounted for | {len(figures.unaccounted)} |",
        f"| time | {figures.seconds / 60:.1f} min ({figures.seconds / max(1, figures.inputs) * 1000:.0f} ms an input) |",
    ]
    reasons = [f"| {reason} | {n:,} |" for reason, n in figures.reasons.most_common(15)]
    return "\n".join([*rows, "", "| reason | count |", "|---|---|", *reasons, ""])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--batch", type=int, default=50)
    parser.add_argument("--extract-every", type=int, default=10, help="Also extract one batch in this many.")
    parser.add_argument("--read-only", action="store_true", help="Readers and checks only, no analysis or store.")
    parser.add_argument("--report", type=Path, help="Write the figures here as Markdown.")
    args = parser.parse_args()

    started = time.perf_counter()

    def tick(f: Figures) -> None:
        print(f"\r{f.inputs:,} inputs, {len(f.crashes)} crashes", end="", file=sys.stderr, flush=True)
        if args.report and f.inputs % (args.batch * 20) == 0:  # figures so far, should the run be cut short
            f.seconds = time.perf_counter() - started
            args.report.with_suffix(".partial.md").write_text(markdown(f, args.seed, not args.read_only), encoding="utf-8")

    figures = run(generate(args.count, args.seed), args.batch, args.extract_every, tick, analyse=not args.read_only)
    print(file=sys.stderr)
    text = markdown(figures, args.seed, not args.read_only)
    print(text)
    for crash in figures.crashes[:20]:
        print(crash, file=sys.stderr)
    for name in figures.unaccounted[:20]:
        print(f"not accounted for: {name}", file=sys.stderr)
    if args.report:
        args.report.write_text(text, encoding="utf-8")
        args.report.with_suffix(".partial.md").unlink(missing_ok=True)
    return 1 if figures.crashes or figures.unaccounted else 0


if __name__ == "__main__":
    sys.exit(main())
