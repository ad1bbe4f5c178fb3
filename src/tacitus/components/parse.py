"""Components that parse the text and settle the publication date."""

from __future__ import annotations

from tacitus.mentions.dateline import find_dateline
from tacitus.pipeline.doc import ArticleDoc
from tacitus.pipeline.registry import Component
from tacitus.pipeline.resources import Resources


def make_parse(resources: Resources) -> Component:
    """Sentences, tokens, tags, dependencies and entities from spaCy."""

    def parse(adoc: ArticleDoc) -> ArticleDoc:
        if adoc.doc is None:
            adoc.doc = resources.nlp(adoc.article.text)
        return adoc

    return parse


def make_dateline(resources: Resources) -> Component:
    """The dateline at the top of the body; it dates an article that has no date."""

    def dateline(adoc: ArticleDoc) -> ArticleDoc:
        if adoc.published is None and adoc.article.published is not None:
            adoc.published = adoc.article.published
            adoc.published_reason = "publication date"
        found = find_dateline(adoc.article.text, published=adoc.published)
        adoc.dateline = found
        if adoc.published is None and found is not None and found.date is not None:
            adoc.published = found.date
            adoc.published_reason = "dateline"
        return adoc

    return dateline
