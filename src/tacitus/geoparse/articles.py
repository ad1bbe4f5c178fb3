"""Geoparse whole articles: every toponym, flagged where an extracted event took place."""

from __future__ import annotations

import datetime as dt

from tacitus.errors import TacitusError
from tacitus.geoparse.parser import Geoparser
from tacitus.geoparse.toponym import Toponym
from tacitus.pipeline import Pipeline
from tacitus.records import Article, Event


def event_spans(events: list[Event]) -> set[tuple[int, int]]:
    """The character spans of the places the events were located at."""
    spans: set[tuple[int, int]] = set()
    for event in events:
        if event.location is not None and event.location.span is not None:
            start, end = event.location.span
            spans.add((start, end))
    return spans


def geoparse_article(
    article: Article, *, pipeline: Pipeline, published: dt.date | None = None
) -> tuple[list[Toponym], TacitusError | None]:
    """The toponyms of one article, and the error that stopped event extraction, if any.

    The whole pipeline runs so that ``is_event_location`` can be set; when it cannot (an
    article with no date), the toponyms are still returned, none marked as an event's.
    """
    geoparser = Geoparser(resources=pipeline.resources)
    error: TacitusError | None = None
    try:
        adoc = pipeline.process(article, published=published)
        doc, spans = adoc.doc, event_spans(adoc.events)
    except TacitusError as exc:
        doc, spans, error = None, set(), exc
    if doc is None:
        doc = pipeline.resources.nlp(article.text)
    toponyms = [
        Toponym.from_mention(m, article_id=article.id, is_event_location=(m.start, m.end) in spans)
        for m in geoparser.resolve_doc(doc)
    ]
    return toponyms, error
