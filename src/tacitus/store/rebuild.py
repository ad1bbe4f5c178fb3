"""Re-matching stored reports into canonical events: after a migration, or from scratch."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from itertools import islice

from tacitus.dedup.words import ArticleContext
from tacitus.records.event import Event
from tacitus.store.canonical import CanonicalLinks
from tacitus.store.canonical_rows import article_context
from tacitus.store.connection import transaction

REBUILD_BATCH = 100_000
"""Reports re-matched per transaction by :func:`rebuild`.

Each transaction writes every index page it touched once, however many of its reports
touched it; the indexes' entries land at random places (ids are hashes, blocks are
countries and dates), so at a million events batches of 10,000 rewrote most index pages
a hundred times over."""
REBUILD_PRAGMAS = (
    "synchronous = NORMAL",
    "cache_size = -2097152",
    "wal_autocheckpoint = 131072",
    "secure_delete = FAST",
)
"""Set for the length of :func:`rebuild` only (the store's own are restored after).

``synchronous = NORMAL``: a commit no longer waits for the disk (the write-ahead log is
synced at each checkpoint, so a power cut may lose the last batches, which a rebuild
re-runs, but never corrupts the file; ``OFF`` could). Up to 2 GiB of page cache: a
batch's changed pages stay in memory until its commit instead of spilling into the log
and being written again. A checkpoint every 131,072 pages (1 GiB at 8 KiB a page) instead
of every 1,000: a page changed by several batches between checkpoints is copied into the
database once. The log is emptied when the rebuild ends. ``secure_delete = FAST``: the
rows a rebuild frees are derived ones (the reports' events keep every word), so their pages
are not zeroed through the log first (SQLite is often built to zero them: that doubled
what clearing a million canonical events wrote).
"""
_READ_CHUNK = 10_000
"""Reports read from the store at a time during a rebuild."""
_CONTEXT_COLUMNS = (
    "articles.context, CASE WHEN articles.context IS NULL THEN articles.text END AS text"
)
"""An article's stored context, and its text only when the context is not stored."""


def link_unlinked(conn: sqlite3.Connection, links: CanonicalLinks) -> None:
    """Match every stored report that belongs to no canonical event yet, in storage order."""
    found = conn.execute(
        f"SELECT events.article_id, events.json, {_CONTEXT_COLUMNS} FROM events"
        " JOIN articles ON articles.id = events.article_id WHERE event_id NOT IN"
        " (SELECT event_id FROM reports) ORDER BY events.num"
    ).fetchall()
    contexts = _Contexts()
    for row in found:
        links.attach(
            Event.model_validate_json(row["json"]),
            article_id=row["article_id"],
            context=contexts.of(row),
        )


def rebuild(
    conn: sqlite3.Connection,
    links: CanonicalLinks,
    *,
    on_event: Callable[[], None],
    batch_size: int = REBUILD_BATCH,
) -> None:
    """Forget every canonical event, then match every report again in storage order.

    One transaction per ``batch_size`` reports, under ``REBUILD_PRAGMAS``; the reports are
    read ``_READ_CHUNK`` at a time whatever the batch.
    """
    with _rebuild_pragmas(conn):
        with transaction(conn):
            links.clear()
        contexts = _Contexts()
        stored = _stored_reports(conn)
        matched = batch_size
        while matched == batch_size:
            matched = 0
            with transaction(conn):
                for row in islice(stored, batch_size):
                    event = Event.model_validate_json(row["json"])
                    links.attach(event, article_id=row["article_id"], context=contexts.of(row))
                    on_event()
                    matched += 1
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _stored_reports(conn: sqlite3.Connection) -> Iterator[sqlite3.Row]:
    """Every stored report with its article's context, in storage order, read in chunks
    (each read whole, so that no statement stays open across a commit)."""
    after = 0
    while chunk := conn.execute(
        f"SELECT events.num, events.article_id, events.json, {_CONTEXT_COLUMNS}"
        " FROM events JOIN articles ON articles.id = events.article_id"
        " WHERE events.num > ? ORDER BY events.num LIMIT ?",
        (after, _READ_CHUNK),
    ).fetchall():
        yield from chunk
        after = chunk[-1]["num"]


@contextmanager
def _rebuild_pragmas(conn: sqlite3.Connection) -> Iterator[None]:
    """``REBUILD_PRAGMAS`` for the length of a rebuild; the store's own settings after."""
    names = [setting.partition(" =")[0] for setting in REBUILD_PRAGMAS]
    before = [conn.execute(f"PRAGMA {name}").fetchone()[0] for name in names]
    for setting in REBUILD_PRAGMAS:
        conn.execute(f"PRAGMA {setting}")
    try:
        yield
    finally:
        for name, value in zip(names, before, strict=True):
            conn.execute(f"PRAGMA {name} = {int(value)}")


class _Contexts:
    """The context of the article last asked for: an article's events are stored together."""

    def __init__(self) -> None:
        self._last: tuple[str, ArticleContext] | None = None

    def of(self, row: sqlite3.Row) -> ArticleContext:
        """The context of the article of ``row`` (selected with ``_CONTEXT_COLUMNS``)."""
        if self._last is None or self._last[0] != row["article_id"]:
            self._last = (row["article_id"], article_context(row["context"], row["text"]))
        return self._last[1]
