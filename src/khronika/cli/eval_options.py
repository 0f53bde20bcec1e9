"""The options of the ``khronika eval`` commands, and the gold datasets each command reads.

    def ner(data: Annotated[NerData, typer.Option(help="Gold dataset.")], limit: LimitOpt = None, ...) -> None:
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

SharedOpt = Annotated[
    Path | None,
    typer.Option("--shared", envvar="KHRONIKA_SHARED", help="The shared folder (default: ../shared beside the repo)."),
]
JsonOpt = Annotated[Path | None, typer.Option("--json", help="Also write the figures to this JSON file.")]
LimitOpt = Annotated[int | None, typer.Option(help="Score only the first N documents.")]
PipelineOpt = Annotated[
    str | None,
    typer.Option(
        "--pipeline", help="Comma-separated components for the khronika side (default: the default pipeline)."
    ),
]


class NerData(StrEnum):
    factru_dev = "factru-dev"
    nerel_dev = "nerel-dev"
    slavicner = "slavicner"


class LinkData(StrEnum):
    nerel_dev = "nerel-dev"


class EventData(StrEnum):
    factru_dev = "factru-dev"
    nerel_dev = "nerel-dev"
    gold_dev = "gold-dev"  # reference CAMEO events (shared/gold-events/dev.yaml)


class QuoteData(StrEnum):
    adaq = "adaq"
