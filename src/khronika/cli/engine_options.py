"""The engine options shared by ``extract`` and ``ingest``: how a run is spread over workers.

    def extract(..., engine: EngineOpt = "local", workers: WorkersOpt = 1,
                batch_size: BatchSizeOpt = 32, address: AddressOpt = None) -> None:
        options = engine_options(engine, workers, batch_size, address)
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from khronika.cli.console import fail
from khronika.engine import EngineError, EngineOptions, check

EngineOpt = Annotated[
    str, typer.Option("--engine", help="Where batches run: 'local' (this machine) or 'ray' (a Ray instance or cluster).")
]
WorkersOpt = Annotated[
    int, typer.Option("--workers", "-w", min=1, help="Worker processes (local) or actors (ray); each loads the models once.")
]
BatchSizeOpt = Annotated[int, typer.Option("--batch-size", min=1, help="Articles per batch sent to a worker.")]
AddressOpt = Annotated[
    str | None, typer.Option("--address", help="Ray cluster to join: 'auto' or ray://HOST:PORT (default: start a local one).")
]
OutParquetOpt = Annotated[
    Path | None,
    typer.Option("--out-parquet", help="Also write a Parquet dataset partitioned by publication month into this folder."),
]


def engine_options(
    engine: str = "local",
    workers: int = 1,
    batch_size: int = 32,
    address: str | None = None,
    out_parquet: Path | None = None,
) -> EngineOptions:
    """Validated options, or a one-line error and exit status 1."""
    from khronika.export.parquet import ParquetSink  # pyarrow: only runs that write Parquet need it

    options = EngineOptions(
        engine=engine,
        workers=workers,
        batch_size=batch_size,
        address=address,
        sink=ParquetSink(str(out_parquet)) if out_parquet is not None else None,
    )
    try:
        check(options)
    except EngineError as exc:
        raise fail(str(exc)) from None
    return options
