"""Toponym resolution in context: pick each toponym's place among its candidates.

Each candidate gets a prior (kind of place, population, capital or seat, own name rather
than an alternate one) and context bonuses: the article's focus country (voted by the
dateline and the places named), an admin qualifier right after the name ("Sidon,
Lebanon", "Alexandria, Va."), an admin-1 region the article names, nearness to the
article's unambiguous places, and support from the other names' candidates ("Atlanta"
beside "Georgia", see :mod:`tacitus.geoparse.support`). A country name that is also a
region or a large city elsewhere ("Georgia") does not vote as a country for the focus.
Names found only by their position ("the village of Mamove") are accepted inside the
focus country, a country the article names, the region that qualifies them ("Klamath
Falls, Oregon"), or when they name a country, an admin-1 region or a city of 100,000.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tacitus.gazetteer.normalize import normalize_name
from tacitus.geoparse.candidates import (
    candidates,
    fuzzy_candidates,
    local_candidates,
    lookup_name,
)
from tacitus.geoparse.distance import haversine_km
from tacitus.geoparse.namesakes import (
    article_region,
    distinct_mentions,
    namesake_bonus,
    state_meant,
)
from tacitus.geoparse.qualifiers import name_qualifiers
from tacitus.geoparse.support import Support
from tacitus.pipeline.doc import PlaceMention

if TYPE_CHECKING:
    from tacitus.actors import ActorKB
    from tacitus.gazetteer import Gazetteer, Place

_KIND_PRIOR = {"country": 4.0, "admin1": 0.0, "landmark": 1.5, "admin2": -0.5, "city": 0.0}
# Capitals, seats, and the continents, seas and regions of ``world_regions.csv``.
_CODE_PRIOR = {"PPLC": 3.0, "PPLA": 0.5, "CONT": 8.0, "OCN": 8.0, "SEA": 8.0, "RGN": 6.0}
FOCUS_BONUS = 3.0
COUNTRY_NAMED_BONUS = 1.0
QUALIFIER_BONUS = 8.0
ADMIN1_NAMED_BONUS = 2.0
NEAR_BONUS = 1.0
# A place in the one admin-1 region most of the article's places are in ("Paris" in an
# article whose other places are all in Texas): local news names its own state's towns.
REGION_BONUS = 2.5
# A namesake abroad, in an article whose places lie in one region of another country
# ("Dublin" in an Ohio story), when the article names nothing of its country.
ABROAD_PENALTY = 2.0
NEAR_KM = 250.0
# How far a place may lie from the city that qualifies it ("Beirut's Hamra district").
CITY_QUALIFIER_KM = 30.0
# A country's name is contested when a city this large elsewhere bears it.
CONTESTED_CITY_POPULATION = 50_000
# A name found only by its position may name a city of another country this large.
BARE_PROMINENT_POPULATION = 100_000


@dataclass(slots=True)
class Context:
    """What the article says about where it is."""

    focus: str | None = None
    countries: set[str] = field(default_factory=set)
    admin1s: set[tuple[str, str]] = field(default_factory=set)
    anchors: list[Place] = field(default_factory=list)
    support: Support | None = None
    region: tuple[str, str] | None = None
    state_meant: set[int] = field(default_factory=set)


def prior(place: Place, key: str) -> float:
    """The context-free plausibility of a candidate for the name ``key``."""
    score = _KIND_PRIOR[place.kind] + math.log10(max(place.population, 1)) / 2
    own = normalize_name(place.name) == key
    if own or place.kind != "city":
        # A capital known by an old name ("Philadelphia" for Amman) does not outrank a
        # living city of that name as a capital.
        score += _CODE_PRIOR.get(place.feature_code or "", 0.0)
    return score + (1.0 if own else 0.0)


def _bonus(place: Place, text: str, context: Context, qualifier: Place | None) -> tuple[float, str]:
    score, reasons = 0.0, []
    backing = context.support.bonus(place, text) if context.support is not None else 0.0
    if backing:
        score += backing
        reasons.append("fits the article's other places")
    if qualifier is not None and _inside(place, qualifier):
        score += QUALIFIER_BONUS
        reasons.append(f"qualified by {qualifier.name}")
    if context.focus is not None and place.country == context.focus:
        score += FOCUS_BONUS
        reasons.append(f"in the article's focus country {context.focus}")
    elif place.country in context.countries:
        score += COUNTRY_NAMED_BONUS
        reasons.append("in a country the article names")
    if place.kind != "admin1" and (place.country or "", place.admin1 or "") in context.admin1s:
        score += ADMIN1_NAMED_BONUS
        reasons.append(f"in {place.admin1}, named in the article")
    if context.region is not None and (place.country, place.admin1) == context.region:
        score += REGION_BONUS
        reasons.append(f"in {place.admin1}, where the article's places are")
    elif context.region is not None and _abroad(place, context):
        score -= ABROAD_PENALTY
    if any(_near(place, anchor) for anchor in context.anchors):
        score += NEAR_BONUS
        reasons.append("near other places in the article")
    return score, "; ".join(reasons)


def _abroad(place: Place, context: Context) -> bool:
    """A city or region of a country the article neither focuses on nor names."""
    return (
        place.kind in ("city", "admin1", "admin2")
        and place.country != context.focus
        and place.country not in context.countries
    )


def _inside(place: Place, region: Place) -> bool:
    if region.country is None or place.country != region.country or place == region:
        return False
    if region.kind == "city":
        return haversine_km(place.lat, place.lon, region.lat, region.lon) <= CITY_QUALIFIER_KM
    return region.kind == "country" or (region.kind == "admin1" and place.admin1 == region.name)


def _near(place: Place, anchor: Place) -> bool:
    if anchor == place or anchor.kind == "country":
        return False
    return haversine_km(place.lat, place.lon, anchor.lat, anchor.lon) <= NEAR_KM


def _plausible_bare(place: Place, context: Context, qualifier: Place | None) -> bool:
    """A name found only by its position may be a place of the focus country, of a
    country the article names, of its qualifier ("Klamath Falls, Oregon"), or a
    prominent place."""
    if qualifier is not None and _inside(place, qualifier):
        return True
    if place.country is not None and (
        place.country == context.focus or place.country in context.countries
    ):
        return True
    return place.kind in ("country", "admin1") or place.population >= BARE_PROMINENT_POPULATION


def _choose(
    mention: PlaceMention, found: list[Place], context: Context, qualifier: Place | None
) -> tuple[Place | None, float, str]:
    """The best candidate, its confidence (0-1) and the reason."""
    if mention.label == "PROPN":
        found = [c for c in found if _plausible_bare(c, context, qualifier)]
    if not found:
        return None, 0.0, ""
    key = normalize_name(lookup_name(mention.text))
    scored = []
    for place in found:
        bonus, why = _bonus(place, mention.text, context, qualifier)
        bonus += namesake_bonus(place, found, key=key, state=id(mention) in context.state_meant)
        scored.append((prior(place, key) + bonus, place, why))
    scored.sort(key=lambda s: -s[0])
    best, place, why = scored[0]
    margin = best - scored[1][0] if len(scored) > 1 else 4.0
    confidence = 1.0 / (1.0 + math.exp(-margin))
    reason = why or (
        f"most prominent of {len(found)} candidates" if len(found) > 1 else "only candidate"
    )
    return place, confidence, reason


def _context(
    mentions: list[PlaceMention],
    cands: dict[int, list[Place]],
    gaz: Gazetteer,
    dateline: str | None,
) -> Context:
    votes: dict[str, float] = {}
    context = Context()
    if dateline is not None:
        found = gaz.lookup(dateline.split(",")[0], limit=5)
        if found and found[0].country and _clear(found):
            votes[found[0].country] = 3.0
    distinct = distinct_mentions(mentions)
    for mention in distinct:
        place = mention.place
        if place is None or place.country is None:
            continue
        unambiguous = len({c.country for c in cands[id(mention)]}) == 1
        contested = _contested(place, cands[id(mention)])
        weight = 1.0 if unambiguous else 0.5
        if place.kind == "country" and not contested:
            weight = 2.0
            context.countries.add(place.country)
        votes[place.country] = votes.get(place.country, 0.0) + weight
        if place.kind == "admin1" and unambiguous:
            context.admin1s.add((place.country, place.name))
        if unambiguous and place.kind != "country":
            context.anchors.append(place)
    context.focus = max(votes, key=lambda c: votes[c]) if votes else None
    context.region = article_region(distinct, cands, context.focus)
    return context


def _contested(place: Place, found: list[Place]) -> bool:
    """A country whose name is also a region or a large city elsewhere ("Georgia")."""
    return any(
        c.country != place.country
        and (c.kind == "admin1" or c.population >= CONTESTED_CITY_POPULATION)
        for c in found
    )


def _clear(found: list[Place]) -> bool:
    """A dateline's place is clear when its best candidate is a capital or a country, or
    every candidate is in one country."""
    top = found[0]
    return top.feature_code in ("PPLC", "PCLI", "PCLD") or len({c.country for c in found}) == 1


def _widen(
    mention: PlaceMention, found: list[Place], gaz: Gazetteer, focus: str | None
) -> list[Place]:
    """Add focus-country candidates the world ranking cut off, and a fuzzy fallback."""
    if focus is None or any(c.country == focus for c in found):
        return found
    local = local_candidates(gaz, mention, focus)
    if not local and not found and mention.label in ("GPE", "LOC"):
        local = fuzzy_candidates(gaz, mention, focus)
    return [*found, *local]


def resolve_mentions(
    mentions: list[PlaceMention],
    *,
    gazetteer: Gazetteer,
    actors: ActorKB,
    dateline: str | None = None,
    text: str | None = None,
) -> str | None:
    """Resolve ``mentions`` in place (place, score, reason); return the focus country.

    ``dateline`` is the dateline's place ("BAGHDAD"); ``text`` (the article's text, which
    the mentions' offsets index) lets an admin qualifier after a name count.
    """
    cands = {id(m): candidates(gazetteer, actors, m) for m in mentions}
    empty = Context()
    for mention in mentions:
        mention.place = _choose(mention, cands[id(mention)], empty, None)[0]
    context = _context(mentions, cands, gazetteer, dateline)
    context.state_meant = state_meant(mentions, text)
    context.support = Support.of(mentions, cands)
    for mention in mentions:
        cands[id(mention)] = _widen(mention, cands[id(mention)], gazetteer, context.focus)
    qualifiers = name_qualifiers(mentions, text)
    for mention in mentions:
        qualifier = qualifiers.get(id(mention))
        place, confidence, reason = _choose(
            mention, cands[id(mention)], context, qualifier.place if qualifier else None
        )
        mention.place, mention.score, mention.reason = place, confidence, reason
    return context.focus
