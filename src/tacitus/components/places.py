"""Component that resolves toponyms against the gazetteer, in the article's context.

A first version of toponym resolution: a name with several candidates goes to the one in
the article's focus country (voted by the dateline and the unambiguous names), else to
the gazetteer's ranking (feature importance, population). A word such as "province" or
"district" beside the name restricts the kind of place. Proper nouns found only by their
position ("the village of Mamove") are accepted only inside the focus country.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from tacitus.components.toponyms import KIND_WORDS, find_toponyms
from tacitus.pipeline.doc import ArticleDoc, PlaceMention
from tacitus.pipeline.registry import Component
from tacitus.pipeline.resources import Resources

if TYPE_CHECKING:
    from tacitus.actors import ActorKB
    from tacitus.gazetteer import Gazetteer, Place

_KINDS_FOR_LABEL: dict[str, tuple[str, ...] | None] = {
    "GPE": None,
    "PROPN": ("city", "admin2", "admin1", "landmark"),
    "LOC": ("landmark", "admin1", "admin2", "country"),
    "FAC": ("landmark",),
}


def _kinds(mention: PlaceMention) -> tuple[str, ...] | None:
    if mention.kind_hint is not None:
        return KIND_WORDS[mention.kind_hint]
    return _KINDS_FOR_LABEL.get(mention.label)


def _candidates(gaz: Gazetteer, kb: ActorKB, mention: PlaceMention) -> list[Place]:
    """Gazetteer candidates; a name the actor KB knows as a country wins over a namesake."""
    found = gaz.lookup(mention.text, kinds=_kinds(mention), limit=10)
    if not found and mention.kind_hint is not None:
        found = gaz.lookup(mention.text, limit=10)
    iso3 = kb.country_of_demonym(mention.text)
    if iso3 is not None and (not found or found[0].country != iso3):
        country = gaz.country(iso3)
        if country is not None:
            return [country, *found]
    return found


def _pick(candidates: list[Place], focus: Place | None, mention: PlaceMention) -> Place | None:
    if focus is not None:
        local = [c for c in candidates if c.country == focus.country]
        if local:
            return local[0]
        if any(c.kind == "country" for c in candidates) and focus.name.endswith(mention.text):
            return focus
    if mention.label == "PROPN" or not candidates:
        return None
    return candidates[0]


def _focus_country(adoc: ArticleDoc, gaz: Gazetteer) -> str | None:
    votes: Counter[str] = Counter()
    if adoc.dateline is not None:
        found = gaz.lookup(adoc.dateline.place.split(",")[0], limit=5)
        if found and found[0].country:
            votes[found[0].country] += 3
    for mention in adoc.places:
        if mention.place is not None and mention.place.country and not mention.metonym:
            votes[mention.place.country] += 1
    return votes.most_common(1)[0][0] if votes else None


def _in_dateline(adoc: ArticleDoc, mention: PlaceMention) -> bool:
    line = adoc.dateline
    return line is not None and line.start <= mention.start < line.end


def make_places(resources: Resources) -> Component:
    """Toponyms with their gazetteer places and the article's focus country."""

    def places(adoc: ArticleDoc) -> ArticleDoc:
        if adoc.doc is None:
            return adoc
        gaz = resources.gazetteer
        mentions = find_toponyms(adoc.doc)
        cache = {id(m): _candidates(gaz, resources.actors, m) for m in mentions}
        for mention in mentions:
            mention.place = _pick(cache[id(mention)], None, mention)
        adoc.places = mentions
        adoc.focus_country = _focus_country(adoc, gaz)
        focus = gaz.country(adoc.focus_country) if adoc.focus_country else None
        for mention in mentions:
            mention.place = _pick(cache[id(mention)], focus, mention)
            mention.score = 1.0 if mention.place is not None else 0.0
        adoc.places = [m for m in mentions if not _in_dateline(adoc, m)]
        return adoc

    return places
