"""``tacitus batch``: extraction at scale with Ray Data (``pip install 'tacitus[scale]'``)."""

from __future__ import annotations

import datetime as dt
import importlib.util
import logging
import os
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from tacitus.cli.commands import EXIT_ERROR, EXIT_FAILURES, EXIT_OK, say
from tacitus.errors import TacitusError

_INPUTS = typer.Argument(help=".jsonl or .parquet files of articles, or folders of them.")


def batch(
    inputs: Annotated[list[Path], _INPUTS],
    out: Annotated[Path, typer.Option("--out", "-o", help="New folder for the results.")],
    format: Annotated[
        str, typer.Option("--format", "-f", help="parquet (written by the workers) | jsonl")
    ] = "parquet",
    workers: Annotated[
        int | None, typer.Option("--workers", "-w", min=1, help="Pipelines at once.")
    ] = None,
    published: Annotated[
        str | None, typer.Option("--published", help="YYYY-MM-DD for undated articles.")
    ] = None,
    address: Annotated[
        str | None, typer.Option("--address", help="Ray cluster to join (default: local).")
    ] = None,
) -> None:
    """Extract many articles with Ray Data: one pipeline per worker, events to Parquet."""
    console = Console(stderr=True)
    raise typer.Exit(
        run_batch_command(
            inputs,
            out=out,
            fmt=format,
            workers=workers,
            published=published,
            address=address,
            console=console,
        )
    )


def run_batch_command(
    inputs: list[Path],
    *,
    out: Path,
    fmt: str,
    workers: int | None,
    published: str | None,
    address: str | None,
    console: Console,
) -> int:
    """Run the batch; exit 0, 1 when some articles failed, 2 when the run could not start."""
    from tacitus.batch import BatchFormat, run_batch

    if importlib.util.find_spec("ray") is None:
        say(console, "error: batch runs need Ray: pip install 'tacitus[scale]' [missing_ray]")
        return EXIT_ERROR
    formats: dict[str, BatchFormat] = {"parquet": "parquet", "jsonl": "jsonl"}
    chosen = formats.get(fmt)
    if chosen is None:
        say(console, f"error: unknown batch format {fmt!r}; choose parquet or jsonl [bad_format]")
        return EXIT_ERROR
    try:
        day = dt.date.fromisoformat(published) if published else None
    except ValueError:
        say(console, f"error: --published {published!r} is not YYYY-MM-DD [bad_date]")
        return EXIT_ERROR
    os.environ.setdefault("RAY_DATA_LOG_LEVEL", "WARNING")  # progress bars, not INFO lines
    logging.getLogger("ray").setLevel(logging.WARNING)
    try:
        summary = run_batch(
            inputs,
            out=out,
            format=chosen,
            workers=workers,
            published=day,
            address=address,
        )
    except TacitusError as exc:
        say(console, f"error: {exc}")
        return EXIT_ERROR
    say(
        console,
        f"{summary.articles} articles, {summary.events} events, {summary.failures} failed; "
        f"results in {summary.out}"
        + (f" (reasons in {summary.out / 'failures.jsonl'})" if summary.failures else ""),
    )
    return EXIT_FAILURES if summary.failures else EXIT_OK
