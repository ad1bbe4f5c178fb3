"""JSON and JSON Lines articles: records with ``text`` and optional metadata keys.

Recognised keys: ``id``, ``title``, ``text`` (required), ``published`` (ISO date or
datetime; a time is kept in ``published_time``), ``source`` and ``url``. Other keys are
ignored. A bad record is a failure for that record only; the others still load.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from tacitus.ingest.failures import LoadFailure
from tacitus.ingest.reading import (
    binary_failure,
    decode_utf8,
    has_nul,
    read_text,
    too_large,
    unreadable,
)
from tacitus.records.article import Article

_CHUNK = 1 << 20


class _FieldError(ValueError):
    """A record field has the wrong type or form (turned into a ``bad_json`` failure)."""


def iter_json_file(
    path: Path, *, published: dt.date | None = None, max_bytes: int
) -> Iterator[Article | LoadFailure]:
    """Articles from a ``.json`` file holding one object or an array of objects."""
    text = read_text(path, max_bytes=max_bytes)
    if isinstance(text, LoadFailure):
        yield text
        return
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield LoadFailure(str(path), "bad_json", _json_reason(exc, hint_jsonl=True))
        return
    if not isinstance(data, list):
        yield article_from_record(data, source=str(path), path=path, published=published)
        return
    if not data:
        yield LoadFailure(str(path), "empty", "the JSON array is empty; add article objects")
    for index, record in enumerate(data):
        source = f"{path}[{index}]"
        yield article_from_record(record, source=source, path=path, published=published)


def iter_jsonl_file(
    path: Path, *, published: dt.date | None = None, max_bytes: int
) -> Iterator[Article | LoadFailure]:
    """Articles from a ``.jsonl`` file, one object per line, streamed line by line.

    ``max_bytes`` limits each line, not the file, so large corpora can be read.
    """
    try:
        with path.open("rb") as handle:
            yield from _iter_jsonl_handle(handle, path=path, published=published, limit=max_bytes)
    except FileNotFoundError:
        yield LoadFailure(str(path), "unreadable", "file does not exist; check the path")
    except OSError as exc:
        yield unreadable(path, exc)


def _iter_jsonl_handle(
    handle: BinaryIO, *, path: Path, published: dt.date | None, limit: int
) -> Iterator[Article | LoadFailure]:
    head = handle.read(8192)
    if has_nul(head):
        yield binary_failure(str(path))
        return
    handle.seek(0)
    seen_any = False
    for lineno, (offset, raw) in enumerate(_read_lines(handle, limit=limit), start=1):
        source = f"{path}:{lineno}"
        if raw is None:
            seen_any = True
            yield too_large(source, size=None, max_bytes=limit)
            continue
        if not raw.strip():
            continue
        seen_any = True
        yield _record_from_line(raw, source=source, offset=offset, path=path, pub=published)
    if not seen_any:
        yield LoadFailure(str(path), "empty", "file holds no JSON lines; add one object per line")


def _read_lines(handle: BinaryIO, *, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(byte offset, line) pairs; the line is None when over ``limit`` (skipped unread)."""
    offset = handle.tell()
    while line := handle.readline(limit + 1):
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := handle.readline(_CHUNK)) and not rest.endswith(b"\n"):
                pass
            yield offset, None
        else:
            yield offset, line
        offset = handle.tell()


def _record_from_line(
    raw: bytes, *, source: str, offset: int, path: Path, pub: dt.date | None
) -> Article | LoadFailure:
    text = decode_utf8(raw, source=source, base_offset=offset)
    if isinstance(text, LoadFailure):
        return text
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        return LoadFailure(source, "bad_json", _json_reason(exc, hint_jsonl=False))
    return article_from_record(record, source=source, path=path, published=pub)


def _json_reason(exc: json.JSONDecodeError, *, hint_jsonl: bool) -> str:
    reason = f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}"
    if hint_jsonl and exc.msg == "Extra data":
        reason += " (for one object per line, name the file .jsonl)"
    return reason


def article_from_record(
    record: object, *, source: str, path: Path, published: dt.date | None = None
) -> Article | LoadFailure:
    """One decoded JSON value as an article, or the failure that says what is wrong."""
    if not isinstance(record, dict):
        kind = type(record).__name__
        return LoadFailure(source, "bad_json", f"expected a JSON object with 'text', got {kind}")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return LoadFailure(source, "missing_text", "record has no 'text' string; add the body")
    try:
        day, time = parse_published(record.get("published"))
        url = _optional_str(record, "url")
        return Article(
            id=_record_id(record, text=text, url=url),
            text=text,
            title=_optional_str(record, "title"),
            published=day or published,
            published_time=time,
            source=_optional_str(record, "source"),
            url=url,
            path=str(path),
        )
    except _FieldError as exc:
        return LoadFailure(source, "bad_json", str(exc))


def _optional_str(record: dict[str, object], key: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise _FieldError(f"field '{key}' must be a string, got {type(value).__name__}")
    return value.strip() or None


def _record_id(record: dict[str, object], *, text: str, url: str | None) -> str:
    value = record.get("id")
    if value is None or value == "":
        return Article.derive_id(text=text, url=url)
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise _FieldError(f"field 'id' must be a string or integer, got {type(value).__name__}")
    return str(value)


def parse_published(value: object) -> tuple[dt.date | None, dt.time | None]:
    """An ISO date or datetime as (date, time); time is None for a bare date."""
    if value is None or value == "":
        return None, None
    if not isinstance(value, str):
        raise _FieldError(f"field 'published' must be an ISO date string, got {value!r}")
    text = value.strip()
    try:
        if len(text) <= 10:
            return dt.date.fromisoformat(text), None
        moment = dt.datetime.fromisoformat(text)
    except ValueError as exc:
        raise _FieldError(
            f"field 'published' is not an ISO date or datetime: {value!r}; use YYYY-MM-DD"
        ) from exc
    return moment.date(), moment.timetz()
