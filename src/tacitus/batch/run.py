"""``run_batch``: the pipeline over many articles with Ray Data, on a laptop or a cluster.

Input files (JSON Lines or Parquet, or folders of them) are read as a Ray dataset; each
worker loads one pipeline and extracts batches of articles (``map_batches``); events are
written as Parquet files by the workers (the ``parquet`` export's columns) or as one JSON
Lines file, and every article that failed is listed with its reason in ``failures.jsonl``.
``ray.init()`` starts a local Ray when none is running; pass ``address`` to join a cluster.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from tacitus.batch.inputs import input_files, read_inputs
from tacitus.batch.worker import ExtractBatch, event_table
from tacitus.errors import ConfigError
from tacitus.pipeline import PipelineConfig

if TYPE_CHECKING:
    import datetime as dt

    from ray.data import Dataset

BatchFormat = Literal["parquet", "jsonl"]


@dataclass(frozen=True, slots=True)
class BatchSummary:
    """What a batch run did: articles read, articles that failed, events written, where."""

    articles: int
    failures: int
    events: int
    out: Path


def run_batch(
    inputs: Sequence[Path],
    *,
    out: Path,
    format: BatchFormat = "parquet",
    config: PipelineConfig | None = None,
    workers: int | None = None,
    published: dt.date | None = None,
    address: str | None = None,
    progress: bool = True,
    clock: Callable[[], float] = time.time,
) -> BatchSummary:
    """Extract every article in ``inputs`` into the new folder ``out``.

    ``workers`` pipelines run at once (default: one per CPU less one, at least one);
    ``published`` dates articles that carry no date. Raises :class:`ConfigError` when an
    input is missing or of an unsupported kind, or ``out`` already holds files.
    """
    import ray

    files = input_files(inputs)
    _check_out(out)
    started_here = not ray.is_initialized()
    if started_here:
        ray.init(address=address, include_dashboard=False, configure_logging=False)
    try:
        ray.data.DataContext.get_current().enable_progress_bars = progress
        results = _extract(files, config=config or PipelineConfig(), workers=workers,
                           published=published)  # fmt: skip
        out.mkdir(parents=True, exist_ok=True)
        events = _write_events(results, out=out, format=format, timestamp=int(clock()))
        articles, failures = _write_failures(results, out=out)
    finally:
        if started_here:
            ray.shutdown()
    return BatchSummary(articles=articles, failures=failures, events=events, out=out)


def _check_out(out: Path) -> None:
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise ConfigError(
            f"output folder {out} is not empty; choose a new folder so no earlier results "
            "are mixed in",
            code="out_not_empty",
        )


def _extract(
    files: Sequence[Path], *, config: PipelineConfig, workers: int | None, published: dt.date | None
) -> Dataset:
    import ray.data

    pool = workers if workers is not None else max((os.cpu_count() or 2) - 1, 1)
    dataset = read_inputs(files)
    extracted: Dataset = dataset.map_batches(
        ExtractBatch,
        fn_constructor_kwargs={"config": config, "published": published},
        batch_size=config.batch_size,
        batch_format="pyarrow",
        compute=ray.data.ActorPoolStrategy(size=pool),
        num_cpus=1,
    ).materialize()
    return extracted


def _write_events(results: Dataset, *, out: Path, format: BatchFormat, timestamp: int) -> int:
    total = 0
    if format == "parquet":
        table = results.map_batches(
            lambda batch: event_table(batch, timestamp=timestamp), batch_format="pyarrow"
        ).materialize()
        table.write_parquet(str(out / "events"))
        return int(table.count())
    with (out / "events.jsonl").open("w", encoding="utf-8") as handle:
        for row in results.select_columns(["events"]).iter_rows():
            for line in row["events"]:
                handle.write(line + "\n")
                total += 1
    return total


def _write_failures(results: Dataset, *, out: Path) -> tuple[int, int]:
    """Write ``failures.jsonl`` (source, code, reason); return (articles, failures)."""
    articles = failures = 0
    columns = ["source", "error_code", "error"]
    with (out / "failures.jsonl").open("w", encoding="utf-8") as handle:
        for row in results.select_columns(columns).iter_rows():
            articles += 1
            if row["error_code"] is None:
                continue
            failures += 1
            record = {"source": row["source"], "code": row["error_code"], "reason": row["error"]}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return articles, failures
