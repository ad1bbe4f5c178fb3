"""Open the store a URL names (SQLite now; PostgreSQL will plug in here)."""

from __future__ import annotations

from pathlib import Path

from tacitus.errors import StoreError
from tacitus.store.interface import EventStore
from tacitus.store.sqlite import SQLiteStore


def open_store(url_or_path: str | Path) -> EventStore:
    """The store for ``sqlite:///file.db`` or a plain path."""
    text = str(url_or_path)
    if text.startswith(("postgresql://", "postgres://")):
        raise StoreError("the PostgreSQL store is not available yet; use sqlite:///file.db")
    return SQLiteStore.open(text)
