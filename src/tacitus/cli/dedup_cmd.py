"""``tacitus dedup --rebuild`` and the runner behind ``tacitus eval dedup``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from tacitus.cli.commands import EXIT_ERROR, EXIT_OK, say
from tacitus.cli.progress import Progress
from tacitus.errors import TacitusError
from tacitus.evaluation.scorecard import Scorecard
from tacitus.store import SQLiteStore


def dedup(
    db: Annotated[Path, typer.Option("--db", help="SQLite database file.")] = Path("tacitus.db"),
    rebuild: Annotated[
        bool, typer.Option("--rebuild", help="Re-match every stored report from scratch.")
    ] = False,
) -> None:
    """Deduplicate stored events across articles (incremental on extract; --rebuild redoes all)."""
    raise typer.Exit(run_dedup(db=db, rebuild=rebuild, console=Console(stderr=True)))


def run_dedup(*, db: Path, rebuild: bool, console: Console) -> int:
    """Rebuild (or only count) canonical events; exit 0, or 2 on error."""
    if not db.exists():
        say(console, f"error: no database at {db}; run 'tacitus extract PATH --db {db}' first")
        return EXIT_ERROR
    try:
        with SQLiteStore.open(db) as store:
            before = store.stats()
            if rebuild:
                with Progress(total=before.reports, console=console, label="reports") as bar:
                    store.rebuild_canonical(on_event=bar.advance)
            after = store.stats()
    except TacitusError as exc:
        say(console, f"error: {exc}")
        return EXIT_ERROR
    say(
        console,
        f"{after.reports} reports in {after.events} events"
        + (f" (were {before.events})" if rebuild else "")
        + f"; database: {db}",
    )
    return EXIT_OK


def evaluate_dedup(data: Path, *, all_topics: bool) -> Scorecard:
    """Extract ECB+ documents into a scratch store and score the clusters."""
    from tacitus.evaluation.dedup_eval import (
        CONFLICT_TOPICS,
        cluster_documents,
        eval_matcher,
        load_ecbplus,
        score_dedup,
    )
    from tacitus.pipeline import Pipeline

    documents = load_ecbplus(data, topics=None if all_topics else CONFLICT_TOPICS)
    console = Console(stderr=True)
    pipeline = Pipeline()
    with (
        SQLiteStore(":memory:", matcher=eval_matcher()) as store,
        Progress(total=len(documents), console=console, label="documents") as bar,
    ):
        assigned = cluster_documents(
            documents, pipeline=pipeline, store=store, on_document=bar.advance
        )
    pipeline.close()
    return score_dedup(documents, assigned)
