"""Per-thread connections to the store's SQLite file for the API's request threads."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from tacitus.errors import StoreError
from tacitus.review import ReviewLedger, ensure_review_tables
from tacitus.store import SQLiteStore

_URL_PREFIX = "sqlite:///"


class Database:
    """The store file the app serves: a store and a raw connection per request thread.

    SQLite connections cannot cross threads, and FastAPI runs blocking endpoints on a
    pool of worker threads, so each worker thread opens its own pair on first use.
    """

    def __init__(self, url_or_path: str) -> None:
        """Serve ``sqlite:///file.db`` or a plain path (created and migrated now)."""
        self.path = url_or_path.removeprefix(_URL_PREFIX)
        if "://" in self.path:
            raise StoreError(f"{url_or_path!r} is not a SQLite URL; use sqlite:///file.db")
        self._local = threading.local()
        SQLiteStore.open(self.path).close()  # creates the file and its schema
        ensure_review_tables(self.connection())

    def store(self) -> SQLiteStore:
        """This thread's store."""
        found: SQLiteStore | None = getattr(self._local, "store", None)
        if found is None:
            found = SQLiteStore.open(self.path)
            self._local.store = found
        return found

    def connection(self) -> sqlite3.Connection:
        """This thread's raw connection (autocommit; rows as ``sqlite3.Row``)."""
        found: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if found is None:
            found = _connect(Path(self.path))
            self._local.conn = found
        return found

    def ledger(self) -> ReviewLedger:
        """The review ledger on this thread's connection."""
        return ReviewLedger(self.connection())


def _connect(path: Path) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=30.0)
        conn.execute("PRAGMA busy_timeout = 30000")
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open {path}: {exc}") from exc
    conn.row_factory = sqlite3.Row
    return conn
