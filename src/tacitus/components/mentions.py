"""Component that finds dates, counts, sources and verification markers."""

from __future__ import annotations

from tacitus.doc_memo import span_text
from tacitus.mentions.attribution import (
    Attribution,
    find_attributions,
    name_pronoun_sources,
    unverified_marker,
)
from tacitus.mentions.counts import find_counts
from tacitus.mentions.dates import find_dates
from tacitus.mentions.quotes import find_quotes
from tacitus.pipeline.doc import ArticleDoc
from tacitus.pipeline.registry import Component
from tacitus.pipeline.resources import Resources


def make_mentions(resources: Resources) -> Component:
    """Dates (resolved against the publication date), counts and attributions."""

    def mentions(adoc: ArticleDoc) -> ArticleDoc:
        if adoc.published is not None:
            found = find_dates(adoc.article.text, published=adoc.published)
            line = adoc.dateline
            adoc.dates = [d for d in found if line is None or not line.start <= d.start < line.end]
        adoc.quotes = find_quotes(adoc.article.text)
        credited: list[tuple[int, Attribution]] = []
        for index, sent in enumerate(adoc.sents):
            adoc.counts.extend(find_counts(sent))
            credited.extend((index, a) for a in find_attributions(sent))
            if unverified_marker(span_text(sent)) is not None:
                adoc.unverified_sents.add(index)
        adoc.attributions.extend(name_pronoun_sources(credited))
        return adoc

    return mentions
