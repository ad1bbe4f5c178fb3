"""The work each batch worker does: one pipeline loaded per worker, articles in, results out.

Ray calls :class:`ExtractBatch` once per worker (which loads spaCy, the gazetteer and the
lexicons) and then for every batch of input rows, so heavy resources load once per worker,
not once per article.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from tacitus.batch.rows import ResultRow, article_from_row, failure_row, result_row
from tacitus.export.context import ExportContext
from tacitus.export.parquet import parquet_row, parquet_schema
from tacitus.ingest import LoadFailure
from tacitus.pipeline import Pipeline, PipelineConfig
from tacitus.records import Article, Event

if TYPE_CHECKING:
    import pyarrow as pa


def result_schema() -> pa.Schema:
    """The columns of the per-article result rows."""
    import pyarrow as pa

    text = pa.string()
    return pa.schema(
        [
            ("article_id", text),
            ("source", text),
            ("error_code", text),
            ("error", text),
            ("events", pa.list_(text)),
            ("article", text),
        ]
    )


class ExtractBatch:
    """A callable Ray Data stage: input rows -> one result row per article."""

    def __init__(self, *, config: PipelineConfig, published: dt.date | None = None) -> None:
        self._pipeline = Pipeline(config)
        self._published = published

    def __call__(self, batch: pa.Table) -> pa.Table:
        """Extract the events of every article in ``batch``; failures become result rows."""
        import pyarrow as pa

        rows = list(self._results(batch.to_pylist()))
        return pa.Table.from_pylist(rows, schema=result_schema())

    def _results(self, inputs: list[dict[str, Any]]) -> Iterator[ResultRow]:
        articles: list[Article] = []
        for row in inputs:
            loaded = article_from_row(row, published=self._published)
            if isinstance(loaded, LoadFailure):
                yield failure_row(loaded)
            else:
                articles.append(loaded)
        for result in self._pipeline.pipe(articles):
            yield result_row(result)


def event_table(batch: pa.Table, *, timestamp: int) -> pa.Table:
    """The flat Parquet rows (as the ``parquet`` export writes them) of a batch of results."""
    import pyarrow as pa

    rows: list[dict[str, Any]] = []
    for result in batch.to_pylist():
        if result["error_code"] is not None or not result["events"]:
            continue
        article = Article.model_validate_json(result["article"])
        context = ExportContext(timestamp=timestamp, articles={article.id: article})
        for text in result["events"]:
            rows.append(parquet_row(Event.model_validate(json.loads(text)), context))
    return pa.Table.from_pylist(rows, schema=parquet_schema())
