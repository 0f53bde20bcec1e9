"""`make bench`: the throughput and memory benchmark of docs/scaling.md (same as `khronika bench`; pass its options through)."""

from __future__ import annotations

import sys

from khronika.cli import app

if __name__ == "__main__":
    app(["bench", *sys.argv[1:]])
