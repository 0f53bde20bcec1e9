"""``khronika serve`` refuses a missing store with a message, and binds to 127.0.0.1 by default."""

from __future__ import annotations

import inspect

from typer.testing import CliRunner

from khronika.cli import app
from khronika.cli.serve import serve


def test_a_missing_store_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1
    assert "no store at" in result.output


def test_it_listens_on_this_machine_unless_told():
    assert inspect.signature(serve).parameters["host"].default == "127.0.0.1"
