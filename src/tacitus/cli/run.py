"""The extraction run behind ``tacitus extract``: load, skip what is current, extract, store."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tacitus.ingest import LoadFailure, iter_articles
from tacitus.pipeline import Pipeline
from tacitus.records import Article, Event
from tacitus.store import SaveOutcome, SQLiteStore

FailureSink = Callable[[str, str, str], None]


@dataclass(slots=True)
class RunSummary:
    """What a run did, for the final report line and the exit code.

    ``events`` are the canonical events the run's articles report (each once, with every
    article that reports it, including articles stored before the run).
    """

    articles: int = 0
    unchanged: int = 0
    revised: int = 0
    failures: int = 0
    events: list[Event] = field(default_factory=list)


def _articles_and_failures(
    paths: Sequence[Path], *, published: dt.date | None, on_failure: FailureSink
) -> Iterator[Article]:
    for item in iter_articles(paths, published=published):
        if isinstance(item, LoadFailure):
            on_failure(item.source, item.code, item.reason)
        else:
            yield item


def run_extraction(
    paths: Sequence[Path],
    *,
    store: SQLiteStore,
    pipeline: Pipeline,
    published: dt.date | None,
    on_failure: FailureSink,
    on_article: Callable[[], None] = lambda: None,
    force: bool = False,
) -> RunSummary:
    """Extract every article under ``paths`` into ``store``; each article is one transaction.
    An article stored unchanged is skipped, unless ``force`` asks for it again (its events
    replaced: a newer pipeline may read it better)."""
    summary = RunSummary()

    def failed(source: str, code: str, reason: str) -> None:
        summary.failures += 1
        store.record_failure(source=source, code=code, reason=reason)
        on_failure(source, code, reason)
        on_article()

    def to_extract() -> Iterator[Article]:
        for loaded in _articles_and_failures(paths, published=published, on_failure=failed):
            summary.articles += 1
            article = _dated(loaded, published)
            if not force and store.article_is_current(article):
                summary.unchanged += 1
                seen.append(article.id)
                on_article()
                continue
            yield article

    seen: list[str] = []

    for result in pipeline.pipe(to_extract()):
        source = result.article.path or result.article.id
        if result.error is not None:
            failed(source, result.error.code, result.error.message)
            continue
        outcome = store.save(result.article, result.events, force=force)  # across articles too
        store.clear_failure(source)
        summary.revised += outcome is SaveOutcome.REVISED
        seen.append(result.article.id)
        on_article()
    summary.events = _canonical_events(store, seen)
    return summary


def _canonical_events(store: SQLiteStore, article_ids: Sequence[str]) -> list[Event]:
    """The canonical events these articles report, each once, in the order first reported."""
    found: dict[str, Event] = {}
    for article_id in article_ids:
        for event in store.events(article_id=article_id):
            found.setdefault(event.event_id, event)
    return list(found.values())


def _dated(article: Article, published: dt.date | None) -> Article:
    if article.published is None and published is not None:
        return article.model_copy(update={"published": published})
    return article
