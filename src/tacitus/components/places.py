"""Component that resolves toponyms against the gazetteer, in the article's context.

Resolution is :func:`tacitus.geoparse.resolve_mentions`: each candidate's prior (kind,
population, capital) plus the article's focus country (voted by the dateline and the
places named), admin qualifiers ("Sidon, Lebanon"), admin-1 regions named and nearness to
the article's unambiguous places. A word such as "province" or "district" beside the name
restricts the kind of place. Proper nouns found only by their position ("the village of
Mamove") are accepted only inside the focus country. Dateline toponyms are dropped here
(the dateline says where the story was filed, not where events happened).
"""

from __future__ import annotations

from tacitus.components.toponyms import find_toponyms
from tacitus.geoparse.resolve import resolve_mentions
from tacitus.pipeline.doc import ArticleDoc, PlaceMention
from tacitus.pipeline.registry import Component
from tacitus.pipeline.resources import Resources


def _in_dateline(adoc: ArticleDoc, mention: PlaceMention) -> bool:
    line = adoc.dateline
    return line is not None and line.start <= mention.start < line.end


def make_places(resources: Resources) -> Component:
    """Toponyms with their gazetteer places and the article's focus country."""

    def places(adoc: ArticleDoc) -> ArticleDoc:
        if adoc.doc is None:
            return adoc
        mentions = find_toponyms(adoc.doc)
        adoc.focus_country = resolve_mentions(
            mentions,
            gazetteer=resources.gazetteer,
            actors=resources.actors,
            dateline=adoc.dateline.place if adoc.dateline is not None else None,
            text=adoc.article.text,
        )
        adoc.places = [m for m in mentions if not _in_dateline(adoc, m)]
        return adoc

    return places
