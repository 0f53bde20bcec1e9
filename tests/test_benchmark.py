import json
import subprocess
import sys
from pathlib import Path

import pytest

from khronika.benchmark import Result, corpus, table

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def test_corpus_repeats_the_dev_texts_with_distinct_ids():
    articles = corpus(SHARED, 2_500)
    assert len(articles) == 2_500
    assert len({a.id for a in articles}) == 2_500
    distinct = {a.text for a in articles}
    assert 1_000 < len(distinct) < 2_500  # ~1,100 dev texts, repeated
    assert all("а" in a.text or "о" in a.text for a in articles[:50])


def test_the_table_gives_ratios_to_bare_natasha():
    results = [Result("natasha", 100, 300_000, 50.0, 50.0, 310.0), Result("khronika-1", 100, 300_000, 40.0, 38.0, 300.0)]
    lines = table(results).splitlines()
    assert "1.00×" in lines[2] and "1.25×" in lines[3]
    assert lines[3].split()[2] == "2.50"  # articles per second


@pytest.mark.slow
def test_quick_benchmark_runs_every_configuration(tmp_path):
    out = tmp_path / "bench.json"
    command = [sys.executable, "scripts/bench.py", "--quick", "--shared", str(SHARED), "--json", str(out)]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr
    results = {r["config"]: r for r in json.loads(out.read_text())}
    assert {"natasha", "khronika-1", "local-2"} <= set(results)
    for r in results.values():
        assert r["articles"] == 40 and r["per_second"] > 0 and 100 < r["peak_rss_mb"] < 2_000
    assert "× natasha" in done.stdout
