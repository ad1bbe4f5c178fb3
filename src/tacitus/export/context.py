"""What every exporter receives besides the events themselves."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from tacitus.records.article import Article
from tacitus.records.event import Event


@dataclass(frozen=True, slots=True)
class ExportContext:
    """Per-export settings: the articles (for outlet names and text) and the export time."""

    timestamp: int
    articles: Mapping[str, Article] = field(default_factory=dict)

    @property
    def export_date(self) -> str:
        """The export day (UTC) as YYYY-MM-DD."""
        return dt.datetime.fromtimestamp(self.timestamp, tz=dt.UTC).date().isoformat()

    def articles_of(self, event: Event) -> list[Article]:
        """The known articles reporting ``event``, in the event's order."""
        found = (self.articles.get(article_id) for article_id in event.article_ids)
        return [article for article in found if article is not None]

    def sources(self, event: Event) -> list[str]:
        """Outlet names of the articles reporting ``event``, unique and in article order."""
        names: list[str] = []
        for article in self.articles_of(event):
            if article.source and article.source not in names:
                names.append(article.source)
        return names

    def evidence_text(self, event: Event) -> list[str]:
        """The evidence sentences: their stored text, else cut from the article by span."""
        default_id = event.article_ids[0] if event.article_ids else None
        texts: list[str] = []
        for evidence in event.evidence:
            article = self.articles.get(evidence.article_id or default_id or "")
            if evidence.text:
                texts.append(evidence.text)
            elif article is not None:
                texts.append(article.text[evidence.span[0] : evidence.span[1]])
        return texts
