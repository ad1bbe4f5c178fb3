"""The rows a batch run passes between its stages: input rows in, one result row per article.

An input row is either one line of a JSON Lines file (``line``, with the file's ``path``)
or one row of a Parquet table with the article keys that ``tacitus extract`` reads from
JSON (``id``, ``title``, ``text``, ``published``, ``source``, ``url``).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final

from tacitus.ingest import LoadFailure
from tacitus.ingest.json_files import article_from_record
from tacitus.pipeline.pipeline import PipelineResult
from tacitus.records import Article

RESULT_COLUMNS: Final = ("article_id", "source", "error_code", "error", "events", "article")
ResultRow = dict[str, Any]


def article_from_row(row: Mapping[str, Any], *, published: dt.date | None) -> Article | LoadFailure:
    """The article an input row holds, or the failure that says what is wrong with it."""
    source = str(row.get("path") or row.get("source_file") or "batch input")
    if "line" in row:
        try:
            record: object = json.loads(str(row["line"]))
        except json.JSONDecodeError as exc:
            return LoadFailure(source, "bad_json", f"invalid JSON line: {exc.msg}")
    else:
        record = {key: _json_value(value) for key, value in row.items() if key != "path"}
    return article_from_record(record, source=source, path=Path(source), published=published)


def _json_value(value: object) -> object:
    """Parquet values as JSON would hold them (dates and times as ISO strings)."""
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def failure_row(failure: LoadFailure) -> ResultRow:
    """The result row of an input that did not become an article."""
    return {
        "article_id": None,
        "source": failure.source,
        "error_code": failure.code,
        "error": failure.reason,
        "events": [],
        "article": None,
    }


def result_row(result: PipelineResult) -> ResultRow:
    """The result row of one processed article: its events as JSON, or its error."""
    article = result.article
    error = result.error
    return {
        "article_id": article.id,
        "source": article.path or article.id,
        "error_code": error.code if error is not None else None,
        "error": error.message if error is not None else None,
        "events": [event.to_json() for event in result.events],
        "article": article.model_dump_json(),
    }
