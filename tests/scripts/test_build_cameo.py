"""The shipped CAMEO codebook is what scripts/build_cameo.py makes of shared/spec/cameo."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from khronika.kb.cameo import Code, codebook

ROOT = Path(__file__).resolve().parents[2]
CAMEO = ROOT.parent / "shared" / "spec" / "cameo"

pytestmark = pytest.mark.skipif(not CAMEO.is_dir(), reason="needs ../shared/spec/cameo")


def build_rows():
    spec = importlib.util.spec_from_file_location("build_cameo", ROOT / "scripts" / "build_cameo.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.rows(CAMEO)


def test_shipped_codebook_matches_a_fresh_build():
    rows = build_rows()
    assert {code: Code(*fields) for code, *fields in rows} == codebook()
    assert len(rows) > 300 and ("042", "Make a visit", 3.0, "no", True, "043") in rows
    # 1056 and 106 once shared a line of the lookup table, and 106 went missing.
    assert ("106", "Demand withdrawal", -2.0, "no", False, None) in rows
    assert codebook()["106"].label == "Demand withdrawal"
