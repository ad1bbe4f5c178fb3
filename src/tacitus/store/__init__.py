"""Event stores: the repository interface and its embedded SQLite implementation."""

from tacitus.store.factory import open_store
from tacitus.store.interface import (
    ArticleRevision,
    BoundingBox,
    EventStore,
    SaveOutcome,
    StoredFailure,
    StoreStats,
)
from tacitus.store.sqlite import SQLiteStore

__all__ = [
    "ArticleRevision",
    "BoundingBox",
    "EventStore",
    "SQLiteStore",
    "SaveOutcome",
    "StoreStats",
    "StoredFailure",
    "open_store",
]
