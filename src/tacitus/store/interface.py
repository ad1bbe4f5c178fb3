"""The repository interface every event store implements, and the records it returns."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from tacitus.records.article import Article
from tacitus.records.event import Event

BoundingBox = tuple[float, float, float, float]
"""``(west, south, east, north)`` in degrees: min lon, min lat, max lon, max lat."""


class SaveOutcome(StrEnum):
    """What ``save`` did with an article."""

    NEW = "new"
    UNCHANGED = "unchanged"
    REVISED = "revised"


@dataclass(frozen=True, slots=True)
class ArticleRevision:
    """An earlier version of an article, kept when a newer text replaced it.

    ``revision`` counts from 1 (the first version stored). ``recorded_at`` is when that
    version was stored; ``superseded_at`` when a newer one replaced it (UTC, ISO 8601).
    """

    article_id: str
    revision: int
    content_hash: str
    title: str | None
    text: str
    published: dt.date | None
    recorded_at: str
    superseded_at: str


@dataclass(frozen=True, slots=True)
class StoredFailure:
    """An input that could not be processed, as last recorded."""

    source: str
    code: str
    reason: str
    recorded_at: str


@dataclass(frozen=True, slots=True)
class StoreStats:
    """Row counts of a store: ``events`` are canonical events, ``reports`` article events."""

    articles: int
    events: int
    failures: int
    revisions: int
    reports: int = 0


@dataclass(frozen=True, slots=True)
class MergeRecord:
    """One entry of the merge audit: who joined which report to which canonical event, why.

    ``action`` is ``merge`` (the matcher), ``review_merge`` or ``split`` (a reviewer) or
    ``undo``; ``features`` and ``score`` are what the matcher saw (None for reviewers).
    ``undone_at`` is set once the merge has been undone.
    """

    merge_id: int
    action: str
    canonical_id: str
    event_id: str
    article_id: str | None
    score: float | None
    features: dict[str, object] | None
    decided_by: str
    at: str
    undone_at: str | None


class EventStore(Protocol):
    """Where articles, their events and failures are kept (SQLite now, PostgreSQL later)."""

    def article_is_current(self, article: Article) -> bool:
        """Whether this exact version of the article (same id or url, same hash) is stored."""
        ...

    def save(
        self, article: Article, events: Sequence[Event], *, force: bool = False
    ) -> SaveOutcome:
        """Store an article and its events in one transaction."""
        ...

    def record_failure(self, *, source: str, code: str, reason: str) -> None:
        """Record (or update) why ``source`` could not be processed."""
        ...

    def clear_failure(self, source: str) -> None:
        """Forget the failure recorded for ``source``, if any."""
        ...

    def events(
        self,
        *,
        country: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        event_type: str | None = None,
        status: str | None = None,
        article_id: str | None = None,
        bbox: BoundingBox | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Event]:
        """Events matching every given filter, ordered by date then event id."""
        ...

    def iter_events(self, *, batch_size: int = 1000) -> Iterator[Event]:
        """Every event, in date order, fetched in batches."""
        ...

    def search(self, query: str, *, limit: int = 20) -> list[Article]:
        """Articles whose title or text match a full-text query, best first."""
        ...

    def article(self, article_id: str) -> Article | None:
        """The current version of one article."""
        ...

    def articles(self) -> list[Article]:
        """Every stored article, by id."""
        ...

    def revisions(self, article_id: str) -> list[ArticleRevision]:
        """Earlier versions of an article, oldest first."""
        ...

    def failures(self) -> list[StoredFailure]:
        """Every recorded failure, by source."""
        ...

    def stats(self) -> StoreStats:
        """Row counts."""
        ...

    def close(self) -> None:
        """Release the connection."""
        ...
