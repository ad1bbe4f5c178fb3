"""Opening the store's SQLite file, its settings, transactions and its one error shape."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tacitus.errors import StoreError

MEMORY = ":memory:"
"""The path of a scratch store that lives in memory only."""
PRAGMAS = (
    "page_size = 8192",  # a new store's only: see below
    "journal_mode = WAL",
    "synchronous = FULL",
    "foreign_keys = ON",
    "cache_size = -65536",  # 64 MiB of page cache: a block's index pages stay warm
)
"""Measured with bench/dedup.py at 100k and 1M events: ``mmap_size`` (256 MiB) made saves and
rebuilds no faster and added its mapped pages to the resident memory; ``temp_store = MEMORY``
made clearing 100k canonical events take 370 MB (the triggers' temporary tables) for no
speed. Both stay at SQLite's defaults. ``page_size`` takes effect only when a store is
created: with 8 KiB pages an entry of the covering index ``canonical_match`` (a match
profile, about 1 KB with an article's names) stays on its leaf page instead of spilling
onto a page of its own, so a block's candidates are read from a few neighbouring pages."""


def connect(path: str) -> sqlite3.Connection:
    """A connection to the store at ``path`` (its folder made if needed), ``PRAGMAS`` set.

    Autocommit mode: every write happens inside an explicit :func:`transaction`.
    """
    if path != MEMORY:
        _make_parent(Path(path))
    with store_errors(path, "open the store"):
        conn = sqlite3.connect(path, isolation_level=None, timeout=30.0)
        conn.row_factory = sqlite3.Row
        for pragma in PRAGMAS:
            conn.execute(f"PRAGMA {pragma}")
    return conn


@contextmanager
def store_errors(path: str, action: str) -> Iterator[None]:
    """Turn a SQLite error into a ``StoreError`` that says what could not be done, where."""
    try:
        yield
    except sqlite3.Error as exc:
        raise StoreError(f"cannot {action} in {path}: {exc}") from exc


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """One write transaction, taken at once (``BEGIN IMMEDIATE``); rolled back on any error."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _make_parent(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create the folder for the store {path}: {exc}") from exc
