"""What an article says about where it is: the evidence resolution weighs each name against.

The focus country is voted by the dateline and the places named; a country name that is
also a region or a large city elsewhere ("Georgia") does not vote as a country. Each name
is weighed against the focus the others vote, its own vote left out. The
admin-1 regions the article names, its unambiguous places (anchors) and the one admin-1
region most of its places lie in are kept with the names that gave them, so that a name
never supports itself ("Minnesota" the state does not make "Minnesota" the town).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tacitus.gazetteer.normalize import normalize_name
from tacitus.geodesy import haversine_km
from tacitus.geoparse.candidates import lookup_name
from tacitus.geoparse.county_link import CountyLinks, county_links
from tacitus.geoparse.local_use import local_names
from tacitus.geoparse.locale import written_in
from tacitus.geoparse.namesakes import (
    FAMOUS_CITY_POPULATION,
    FAMOUS_RATIO,
    article_region,
    distinct_mentions,
)
from tacitus.geoparse.shared_region import SharedRegion, same_name, shared_region
from tacitus.geoparse.support import Support
from tacitus.pipeline.doc import PlaceMention

if TYPE_CHECKING:
    from tacitus.gazetteer import Gazetteer, Place

# A country's name is contested when a city this large elsewhere bears it.
CONTESTED_CITY_POPULATION = 50_000
DATELINE_VOTE = 3.0
# A city this large is no local paper's own town.
OWN_TOWN_POPULATION = 1_000_000
LOCALE_VOTE = 2.0
# How far apart a name's candidates may lie for it to anchor the article's places.
ANCHOR_SPREAD_KM = 250.0


@dataclass(slots=True)
class Context:
    """What the article says about where it is; each piece keeps the names that gave it."""

    focus: str | None = None
    countries: set[str] = field(default_factory=set)
    admin1s: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    anchors: list[tuple[Place, str]] = field(default_factory=list)
    support: Support | None = None
    region: tuple[str, str] | None = None
    region_keys: frozenset[str] = frozenset()
    state_meant: set[int] = field(default_factory=set)
    # The mentions that bear the name of the state the dateline is in (see
    # :func:`tacitus.geoparse.namesakes.dateline_state`): they name that state.
    home_state: set[int] = field(default_factory=set)
    articled: set[int] = field(default_factory=set)
    teams: set[int] = field(default_factory=set)
    locale: str | None = None
    shared: SharedRegion | None = None
    counties: CountyLinks | None = None
    local: frozenset[str] = frozenset()
    votes: dict[str, float] = field(default_factory=dict)
    own_votes: dict[str, tuple[str, float]] = field(default_factory=dict)
    # Countries a demonym names that tells whose, not where ("Palestinian officials
    # said"): no country of the article's, but a hint among a name's namesakes.
    whose: frozenset[str] = frozenset()
    # Countries of the armed groups the article names ("Al-Shabaab": Somalia), see
    # :mod:`tacitus.geoparse.group_countries`: where a name found by its position may lie.
    groups: frozenset[str] = frozenset()

    def admin1_named(self, place: Place, key: str) -> bool:
        """Whether another name of the article names the admin-1 region ``place`` is in."""
        keys = self.admin1s.get((place.country or "", place.admin1 or ""))
        return bool(keys) and keys != {same_name(key)}

    def focus_for(self, key: str) -> str | None:
        """The focus country as the article's other names vote it: the name ``key``'s
        own vote left out, so that a lone "Alexandria" does not confirm itself."""
        own = self.own_votes.get(key)
        if own is None:
            return self.focus
        votes = dict(self.votes)
        votes[own[0]] -= own[1]
        best = max(votes, key=lambda c: votes[c])
        return best if votes[best] > 0 else None

    def own_town(self, place: Place, found: list[Place], key: str) -> bool:
        """Whether ``place`` (among ``found``) is a town or county of the article's own
        country (where it is written, else its focus) and the article uses ``key`` as its
        own town's name. A capital or a city of a million is no local paper's town, and
        a region's own name is said of its people too ("Ohio residents")."""
        if place.kind not in ("city", "admin2") or same_name(key) not in self.local:
            return False
        if place.feature_code == "PPLC" or place.population >= OWN_TOWN_POPULATION:
            return False
        if any(c.kind == "admin1" and normalize_name(c.name) == key for c in found):
            return False
        home = self.locale or self.focus_for(key)
        return home is not None and place.country == home

    def in_region(self, place: Place, key: str) -> bool:
        """Whether ``place`` lies in the article's region, voted by names other than ``key``."""
        if self.region is None or (place.country, place.admin1) != self.region:
            return False
        return self.region_keys != {key}


def mention_key(mention: PlaceMention) -> str:
    """The folded name a mention is looked up by (possessive and direction dropped)."""
    return normalize_name(lookup_name(mention.text))


def build_context(
    mentions: list[PlaceMention],
    cands: dict[int, list[Place]],
    gaz: Gazetteer,
    dateline: str | None,
    text: str | None = None,
) -> Context:
    """The article's context from its provisionally resolved ``mentions`` (and from how
    ``text`` is written, see :mod:`tacitus.geoparse.locale`)."""
    votes: dict[str, float] = {}
    context = Context(locale=written_in(text) if text else None)
    if context.locale is not None:
        votes[context.locale] = LOCALE_VOTE
    if dateline is not None:
        country = _dateline_country(dateline, gaz)
        if country is not None:
            votes[country] = DATELINE_VOTE
    distinct = distinct_mentions(mentions)
    for mention in distinct:
        place = mention.place
        if place is None or place.country is None:
            continue
        found = cands[id(mention)]
        unambiguous = len({c.country for c in found}) == 1
        weight = 1.0 if unambiguous else 0.5
        if place.kind == "country" and not _contested(place, found):
            weight = 2.0
            context.countries.add(place.country)
        votes[place.country] = votes.get(place.country, 0.0) + weight
        key = mention_key(mention)
        context.own_votes.setdefault(key, (place.country, weight))
        if place.kind == "admin1" and (unambiguous or normalize_name(place.name) == key):
            context.admin1s.setdefault((place.country, place.name), set()).add(same_name(key))
        if unambiguous and place.kind != "country" and _one_area(place, found):
            context.anchors.append((place, key))
    context.focus = max(votes, key=lambda c: votes[c]) if votes else None
    context.votes = votes
    context.region, context.region_keys = article_region(distinct, cands, context.focus)
    context.shared = shared_region(distinct, cands)
    context.counties = county_links(distinct, cands)
    context.local = local_names(mentions, text) if text else frozenset()
    return context


def _dateline_country(dateline: str, gaz: Gazetteer) -> str | None:
    """The country a dateline names: its qualifier's ("LONDON, Ky.", "PARIS, Texas"),
    else its place's when that place is clear."""
    name, _, rest = dateline.partition(",")
    qualifier = rest.strip()
    if qualifier:
        region = gaz.abbreviated_region(qualifier) or next(
            iter(gaz.lookup(qualifier, kinds=("admin1", "country"), limit=1)), None
        )
        if region is not None and region.country:
            return region.country
    found = gaz.lookup(name, limit=5)
    if found and found[0].country and _clear(found):
        return found[0].country
    return None


def _one_area(place: Place, found: list[Place]) -> bool:
    """Whether ``place`` is an admin-1 region or every candidate lies near it: a town's
    name with namesakes across its country ("Brandon" in five states) anchors nothing,
    whichever one was picked; a state ("Ohio") anchors beside its namesake counties."""
    return place.kind == "admin1" or all(
        haversine_km(place.lat, place.lon, c.lat, c.lon) <= ANCHOR_SPREAD_KM for c in found
    )


def _contested(place: Place, found: list[Place]) -> bool:
    """A country whose name is also a region or a large city elsewhere ("Georgia")."""
    return any(
        c.country != place.country
        and (c.kind == "admin1" or c.population >= CONTESTED_CITY_POPULATION)
        for c in found
    )


def _clear(found: list[Place]) -> bool:
    """A dateline's place is clear when its best candidate is a country, a capital no
    smaller than its namesakes or a great city far larger than every namesake abroad
    ("TORONTO", not Toronto, Ohio), or every candidate is in one country."""
    top = found[0]
    if top.feature_code in ("PCLI", "PCLD") or len({c.country for c in found}) == 1:
        return True
    if top.kind == "city" and top.population >= FAMOUS_CITY_POPULATION:
        abroad = [c.population for c in found if c.country != top.country]
        if all(p * FAMOUS_RATIO <= top.population for p in abroad):
            return True
    return top.feature_code == "PPLC" and top.population >= max(c.population for c in found)
