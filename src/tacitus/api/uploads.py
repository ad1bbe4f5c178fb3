"""Article upload: text or JSON in, events extracted by the pipeline and stored."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable

from pydantic import BaseModel, ConfigDict, Field

from tacitus.ingest.text_files import title_from_text
from tacitus.pipeline import Pipeline
from tacitus.records import Article, Event
from tacitus.store import SaveOutcome, SQLiteStore


class ArticleUpload(BaseModel):
    """An article to extract: ``text`` is required, the rest optional."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="The body of the report.")
    title: str | None = None
    published: dt.date | None = Field(default=None, description="YYYY-MM-DD")
    id: str | None = Field(default=None, description="Stable id; else derived from url or text.")
    url: str | None = None
    source: str | None = Field(default=None, description="The outlet.")

    def article(self) -> Article:
        """The article record."""
        return Article(
            id=self.id or Article.derive_id(text=self.text, url=self.url),
            text=self.text,
            title=self.title if self.title is not None else title_from_text(self.text),
            published=self.published,
            source=self.source,
            url=self.url,
        )


class UploadResult(BaseModel):
    """What an upload did."""

    article_id: str
    outcome: SaveOutcome
    event_ids: list[str]


class Extractor:
    """One pipeline for the app, loaded on the first upload and used by one thread at a time."""

    def __init__(self, factory: Callable[[], Pipeline]) -> None:
        """Build the pipeline with ``factory`` when first needed."""
        self._factory = factory
        self._pipeline: Pipeline | None = None
        self._lock = threading.Lock()

    def extract(self, article: Article) -> list[Event]:
        """The events of ``article``; the article's error when extraction failed."""
        with self._lock:
            if self._pipeline is None:
                self._pipeline = self._factory()
            result = next(iter(self._pipeline.pipe([article])))
        if result.error is not None:
            raise result.error
        return result.events

    def close(self) -> None:
        """Release the pipeline, if one was loaded."""
        with self._lock:
            if self._pipeline is not None:
                self._pipeline.close()
                self._pipeline = None


def upload(upload: ArticleUpload, *, extractor: Extractor, store: SQLiteStore) -> UploadResult:
    """Extract and store one uploaded article (unchanged text is not extracted again)."""
    article = upload.article()
    if store.article_is_current(article):
        kept = store.events(article_id=article.id)
        return UploadResult(
            article_id=article.id,
            outcome=SaveOutcome.UNCHANGED,
            event_ids=[e.event_id for e in kept],
        )
    events = extractor.extract(article)
    outcome = store.save(article, events)
    return UploadResult(
        article_id=article.id, outcome=outcome, event_ids=[e.event_id for e in events]
    )
