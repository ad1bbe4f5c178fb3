"""What each CLI command does, as plain functions that return an exit code."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterable, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import IO

from rich.console import Console

from tacitus.cli.progress import BuildNotice, Progress
from tacitus.cli.run import run_extraction
from tacitus.cli.table import print_events
from tacitus.errors import TacitusError
from tacitus.export import ExportReport, export_formats, exporter, write_events_bytes
from tacitus.ingest import count_inputs
from tacitus.records import Event
from tacitus.store import SQLiteStore

EXIT_OK = 0
EXIT_FAILURES = 1
EXIT_ERROR = 2
_SUFFIX_FORMATS = {
    ".csv": "acled-csv",
    ".geojson": "geojson",
    ".json": "geojson",
    ".tsv": "gdelt-tsv",
    ".parquet": "parquet",
}


def say(console: Console, text: str) -> None:
    """Print ``text`` as it is: no rich markup (codes look like ``[no_date]``), no wrapping."""
    console.print(text, markup=False, highlight=False, soft_wrap=True)


def resolve_format(fmt: str | None, out: Path | None) -> str | None:
    """The export format: as given, else from the output suffix; None means a table."""
    if fmt is not None:
        if fmt not in export_formats():
            raise TacitusError(
                f"unknown format {fmt!r}; choose one of {', '.join(export_formats())}",
                code="bad_format",
            )
        return fmt
    if out is None:
        return None
    return _SUFFIX_FORMATS.get(out.suffix.lower(), "jsonl")


def _write(
    events: Iterable[Event], *, fmt: str, out: Path | None, store: SQLiteStore
) -> ExportReport:
    articles = {a.id: a for a in store.articles()}
    if out is None and exporter(fmt).binary and sys.stdout.isatty():
        raise TacitusError(f"{fmt} is binary: give --out FILE or redirect", code="bad_format")
    with ExitStack() as stack:
        sys.stdout.flush()
        target: IO[bytes] = sys.stdout.buffer
        if out is not None:
            out.parent.mkdir(parents=True, exist_ok=True)
            target = stack.enter_context(out.open("wb"))
        report = write_events_bytes(events, target, format=fmt, articles=articles)  # type: ignore[arg-type]
        target.flush()
        return report


def _wrote(report: ExportReport, out: Path) -> str:
    """``wrote N events (FMT) to OUT``, plus what the format left out and why."""
    line = f"wrote {report.written} events ({report.format}) to {out}"
    if report.skipped:
        reasons = ", ".join(f"{reason} {n}" for reason, n in sorted(report.skipped.items()))
        line += f"; left out {report.skipped_total} ({reasons})"
    return line


def _emit(
    events: Sequence[Event],
    *,
    fmt: str | None,
    out: Path | None,
    store: SQLiteStore,
    console: Console,
    title: str,
) -> None:
    resolved = resolve_format(fmt, out)
    if resolved is None:
        print_events(console, events, title=title)
        return
    report = _write(events, fmt=resolved, out=out, store=store)
    if out is not None:
        say(console, _wrote(report, out))


def extract(
    paths: Sequence[Path],
    *,
    db: Path,
    out: Path | None,
    fmt: str | None,
    published: dt.date | None,
    console: Console,
    errors: Console,
    force: bool = False,
) -> int:
    """``tacitus extract``: exit 0 when every input worked, 1 when some failed, 2 on error;
    with ``force``, articles stored unchanged are extracted again."""
    from tacitus.pipeline import Pipeline
    from tacitus.pipeline.resources import Resources

    try:
        resolve_format(fmt, out)
        with (
            SQLiteStore.open(db) as store,
            Progress(total=count_inputs(paths), console=errors, label="articles") as progress,
        ):
            pipeline = Pipeline(resources=Resources(progress=BuildNotice(console=errors)))

            def on_failure(source: str, code: str, reason: str) -> None:
                say(errors, f"error: {source}: {reason} [{code}]")

            summary = run_extraction(
                paths,
                store=store,
                pipeline=pipeline,
                published=published,
                on_failure=on_failure,
                on_article=progress.advance,
                force=force,
            )
            pipeline.close()
            _emit(
                summary.events,
                fmt=fmt,
                out=out,
                store=store,
                console=console,
                title=f"{len(summary.events)} events",
            )
    except TacitusError as exc:
        say(errors, f"error: {exc}")
        return EXIT_ERROR
    say(
        errors,
        f"{summary.articles} articles ({summary.unchanged} unchanged, {summary.revised} revised), "
        f"{len(summary.events)} events, {summary.failures} failed; database: {db}",
    )
    return EXIT_FAILURES if summary.failures else EXIT_OK


def query(
    *, db: Path, filters: dict[str, object], out: Path | None, fmt: str | None, console: Console
) -> int:
    """``tacitus events``: stored events that match the filters."""
    try:
        with SQLiteStore.open(_existing(db)) as store:
            found = store.events(**filters)  # type: ignore[arg-type]
            _emit(
                found, fmt=fmt, out=out, store=store, console=console, title=f"{len(found)} events"
            )
    except TacitusError as exc:
        say(Console(stderr=True), f"error: {exc}")
        return EXIT_ERROR
    return EXIT_OK


def export_all(*, db: Path, fmt: str | None, out: Path | None, console: Console) -> int:
    """``tacitus export``: every stored event in one format."""
    try:
        resolved = resolve_format(fmt, out) or "jsonl"
        with SQLiteStore.open(_existing(db)) as store:
            report = _write(store.iter_events(), fmt=resolved, out=out, store=store)
    except TacitusError as exc:
        say(Console(stderr=True), f"error: {exc}")
        return EXIT_ERROR
    if out is not None:
        say(console, _wrote(report, out))
    return EXIT_OK


def list_failures(*, db: Path, console: Console) -> int:
    """``tacitus failures``: stored failures, one line each."""
    try:
        with SQLiteStore.open(_existing(db)) as store:
            for failure in store.failures():
                say(console, f"{failure.source}: {failure.reason} [{failure.code}]")
    except TacitusError as exc:
        say(Console(stderr=True), f"error: {exc}")
        return EXIT_ERROR
    return EXIT_OK


def _existing(db: Path) -> Path:
    if not db.exists():
        raise TacitusError(
            f"no database at {db}; run 'tacitus extract PATH --db {db}' first", code="no_database"
        )
    return db
