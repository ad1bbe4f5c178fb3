"""Shared by the argument tests: run the pipeline on a sentence of ours and read back each
event mention's arguments."""

from __future__ import annotations

import datetime as dt

from tacitus.components.events import assemble
from tacitus.linking.arguments import mention_arguments, record_mentions
from tacitus.pipeline.doc import ArticleDoc
from tacitus.pipeline.pipeline import Pipeline
from tacitus.records import Article


def analysed(pipeline: Pipeline, text: str) -> ArticleDoc:
    """The article document of ``text`` after every component."""
    return pipeline.process(Article(id="t", text=text, published=dt.date(2024, 5, 6)))


def arguments_by_mention(pipeline: Pipeline, text: str) -> dict[str, set[tuple[str, str]]]:
    """Each mention's (side, text) arguments, by mention text."""
    adoc = analysed(pipeline, text)
    assert adoc.doc is not None
    built = assemble(adoc, pipeline.resources)
    found: dict[str, set[tuple[str, str]]] = {}
    for (cluster, event), (_, mentions) in zip(built, record_mentions(adoc, built), strict=True):
        by_start = mention_arguments(adoc.doc, cluster, event, mentions)
        for mention in mentions:
            found[mention.text] = {(side, text[a:b]) for side, (a, b) in by_start[mention.start]}
    return found
