"""Per-thread connections to the store's SQLite file for the API's request threads."""

from __future__ import annotations

import functools
import sqlite3
import threading
from pathlib import Path
from urllib.parse import quote

from tacitus.api.indexes import ensure_indexes
from tacitus.api.totals import TotalsCache
from tacitus.api.views import base_row_json
from tacitus.errors import StoreError
from tacitus.review import ReviewLedger, ensure_review_tables
from tacitus.store import SQLiteStore

_URL_PREFIX = "sqlite:///"
_READ_CACHE_KIB = 64 * 1024
_MMAP_BYTES = 256 * 1024 * 1024
_ROW_CACHE = 10_000


class Database:
    """The store file the app serves: per request thread, a store and two raw connections.

    SQLite connections cannot cross threads, and FastAPI runs blocking endpoints on a
    pool of worker threads, so each worker thread opens its own on first use: a
    read-only ``reader`` (queries, with a large page cache and memory-mapped I/O), a
    ``writer`` for the review ledger, and a ``store`` for the store's own methods.
    ``totals`` caches per-filter counts for ``cache_seconds``; ``base_row`` caches the
    serialised table row of each stored event JSON (keyed by that text, so never stale).
    """

    def __init__(self, url_or_path: str, *, cache_seconds: float = 5.0) -> None:
        """Serve ``sqlite:///file.db`` or a plain path (created and migrated now)."""
        self.path = url_or_path.removeprefix(_URL_PREFIX)
        if "://" in self.path:
            raise StoreError(f"{url_or_path!r} is not a SQLite URL; use sqlite:///file.db")
        self._local = threading.local()
        self.totals = TotalsCache(seconds=cache_seconds)
        self.base_row = functools.lru_cache(maxsize=_ROW_CACHE)(base_row_json)
        SQLiteStore.open(self.path).close()  # creates the file and its schema
        ensure_review_tables(self.writer())
        ensure_indexes(self.writer())

    def store(self) -> SQLiteStore:
        """This thread's store."""
        found: SQLiteStore | None = getattr(self._local, "store", None)
        if found is None:
            found = SQLiteStore.open(self.path)
            self._local.store = found
        return found

    def reader(self) -> sqlite3.Connection:
        """This thread's read-only connection (rows as ``sqlite3.Row``)."""
        found: sqlite3.Connection | None = getattr(self._local, "reader", None)
        if found is None:
            found = _connect(Path(self.path), read_only=True)
            self._local.reader = found
        return found

    def writer(self) -> sqlite3.Connection:
        """This thread's writable connection (autocommit; rows as ``sqlite3.Row``)."""
        found: sqlite3.Connection | None = getattr(self._local, "writer", None)
        if found is None:
            found = _connect(Path(self.path), read_only=False)
            self._local.writer = found
        return found

    def ledger(self) -> ReviewLedger:
        """The review ledger on this thread's writable connection."""
        return ReviewLedger(self.writer())

    def changed(self) -> None:
        """Note that this process wrote to the store: cached totals are stale."""
        self.totals.clear()


def _connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    target = f"file:{quote(str(path.resolve()))}?mode=ro" if read_only else str(path)
    try:
        conn = sqlite3.connect(
            target, isolation_level=None, timeout=30.0, uri=read_only, check_same_thread=True
        )
        conn.execute("PRAGMA busy_timeout = 30000")
        if read_only:
            conn.execute("PRAGMA query_only = ON")
            conn.execute(f"PRAGMA cache_size = -{_READ_CACHE_KIB}")
            conn.execute(f"PRAGMA mmap_size = {_MMAP_BYTES}")
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open {path}: {exc}") from exc
    conn.row_factory = sqlite3.Row
    return conn
