"""Components that parse the text and settle the publication date."""

from __future__ import annotations

from tacitus.errors import InputError
from tacitus.mentions.dateline import find_dateline
from tacitus.pipeline.doc import ArticleDoc
from tacitus.pipeline.registry import Component
from tacitus.pipeline.resources import Resources
from tacitus.records import Article


def make_parse(resources: Resources) -> Component:
    """Sentences, tokens, tags, dependencies and entities from spaCy."""

    def parse(adoc: ArticleDoc) -> ArticleDoc:
        if adoc.doc is None:
            adoc.doc = resources.nlp(adoc.article.text)
        return adoc

    return parse


def _title_end(article: Article) -> int:
    """Where a title that opens the text ends (0 when the text has no title line)."""
    title = (article.title or "").strip()
    if not title:
        return 0
    start = article.text.find(title)
    return start + len(title) if 0 <= start < 10 else 0


def _no_date(article: Article) -> InputError:
    """The error for an article whose publication date is stated nowhere."""
    return InputError(
        "no publication date, so relative dates cannot be resolved; give one with "
        "--published YYYY-MM-DD (Pipeline: published=...), a 'published' field (JSON), "
        "a _YYYY-MM-DD file-name suffix, or a dateline with the year "
        "('CITY, May 16, 2023 (Outlet) -')",
        source=article.path or article.id,
        code="no_date",
    )


def make_dateline(resources: Resources) -> Component:
    """The dateline at the top of the body; it dates an article that has no date."""

    def dateline(adoc: ArticleDoc) -> ArticleDoc:
        if adoc.published is None and adoc.article.published is not None:
            adoc.published = adoc.article.published
            adoc.published_reason = "publication date"
        adoc.title_end = _title_end(adoc.article)
        found = find_dateline(adoc.article.text, published=adoc.published)
        adoc.dateline = found
        if adoc.published is None and found is not None and found.date is not None:
            adoc.published = found.date
            adoc.published_reason = "dateline"
        if adoc.published is None:
            raise _no_date(adoc.article)
        return adoc

    return dateline
