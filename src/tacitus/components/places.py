"""Component that resolves toponyms against the gazetteer, in the article's context.

Resolution is :func:`tacitus.geoparse.resolve_mentions`: each candidate's prior (kind,
population, capital) plus the article's focus country (voted by the dateline and the
places named), admin qualifiers ("Sidon, Lebanon"), admin-1 regions named and nearness to
the article's unambiguous places. A word such as "province" or "district" beside the name
restricts the kind of place. Proper nouns found only by their position ("the village of
Mamove") are accepted only inside the focus country, unless they are the only town of
their name. The finishing steps are the geoparser's (names that only speak dropped, the
region and sole-town fallbacks; see :mod:`tacitus.geoparse.known_places`), so that
``extract`` and ``geoparse`` resolve a name both find alike. The geoparser's extra
finders (names in a place's slot the tagger left untagged, known names it missed,
demonyms, places inside other names) are not used for events: with them, reports of one
event were placed apart more often (ECB+ B-cubed 0.867 -> 0.856). Dateline toponyms are
dropped here (the dateline says where the story was filed, not where events happened).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tacitus.components.toponyms import find_toponyms
from tacitus.geoparse.known_places import finish_resolution
from tacitus.geoparse.known_towns import with_known_towns
from tacitus.geoparse.resolve import resolve_mentions
from tacitus.geoparse.spans import extend_fragments
from tacitus.pipeline.doc import ArticleDoc, PlaceMention
from tacitus.pipeline.registry import Component
from tacitus.pipeline.resources import Resources

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from tacitus.actors import ActorKB


def _in_dateline(adoc: ArticleDoc, mention: PlaceMention) -> bool:
    line = adoc.dateline
    return line is not None and line.start <= mention.start < line.end


def _people_before_noun(doc: Doc, mention: PlaceMention, kb: ActorKB) -> bool:
    """A people's name before a noun ("a Kuki village", "Hema militiamen"): whose, not
    where, though a town elsewhere bears it (Kuki, Japan)."""
    token = doc[mention.head]
    modifier = token.dep_ in ("compound", "amod", "nmod") and token.head.pos_ == "NOUN"
    return modifier and mention.text.lower() in kb.peoples


def make_places(resources: Resources) -> Component:
    """Toponyms with their gazetteer places and the article's focus country."""

    def places(adoc: ArticleDoc) -> ArticleDoc:
        doc = adoc.doc
        if doc is None:
            return adoc
        gaz, kb = resources.gazetteer, resources.actors
        where = adoc.dateline.place if adoc.dateline is not None else None
        found = [m for m in find_toponyms(doc) if not _people_before_noun(doc, m, kb)]
        found = extend_fragments(found, adoc.article.text, gaz)
        found = with_known_towns(doc, found, gaz)
        adoc.focus_country = resolve_mentions(
            found, gazetteer=gaz, actors=kb, dateline=where, text=adoc.article.text
        )
        found, _ = finish_resolution(doc, found, gazetteer=gaz, actors=kb, dateline=where)
        adoc.places = [m for m in found if not _in_dateline(adoc, m)]
        return adoc

    return places
