"""Namesakes: a city and its state that bear one name, and towns named like places abroad.

Said alone, "New York" means the city; the state is meant when a word says so ("New York
State", "upstate New York", "the state of New York") or when the name is listed with other
states ("New York, New Jersey and Connecticut"). An article whose places lie in one
admin-1 region (:func:`article_region`) means that region's "Paris" or "Dublin".
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from tacitus.gazetteer.normalize import normalize_name
from tacitus.pipeline.doc import PlaceMention

if TYPE_CHECKING:
    from tacitus.gazetteer import Place

# Feature codes of places that are no admin-1 region's own (countries, named regions).
_NOT_ADMIN = frozenset({"PCLI", "PCLD", "RGN", "CONT", "OCN", "SEA"})
# How many distinct names must vote for the article's region.
REGION_MIN_VOTES = 1.0
# How much a city gains over the state of its own name.
CITY_OVER_STATE_BONUS = 2.5
# Only a city this large is what its state's name means alone ("New York", "Sao Paulo");
# smaller ones ("Quebec", "Florida, Uruguay") yield to the region.
CITY_POPULATION = 1_000_000
_STATE_WORDS_BEFORE = ("upstate ", "state of ", "downstate ")
_LIST_GAPS = frozenset({", ", " and ", ", and ", " or ", "/"})


def city_of_its_state(place: Place, found: list[Place], key: str) -> bool:
    """Whether ``place`` is a large city whose admin-1 region, among ``found``, bears the
    name ``key`` looked up (folded) as the city does."""
    if place.kind != "city" or place.admin1 is None or place.population < CITY_POPULATION:
        return False
    if normalize_name(place.admin1) != key:
        return False
    return any(c.kind == "admin1" and c.country == place.country for c in found)


def namesake_bonus(place: Place, found: list[Place], *, key: str, state: bool) -> float:
    """The bonus of ``place`` among ``found`` (candidates for the folded name ``key``)
    where a city and its state share the name: the city's when ``state`` is not meant,
    the state's when it is."""
    if not state:
        return CITY_OVER_STATE_BONUS if city_of_its_state(place, found, key) else 0.0
    if place.kind == "admin1" and any(city_of_its_state(c, [place], key) for c in found):
        return CITY_OVER_STATE_BONUS
    return 0.0


def state_meant(mentions: list[PlaceMention], text: str | None) -> set[int]:
    """The ids of the mentions that name a state rather than its city of the same name."""
    meant = {id(m) for m in mentions if _state_cue(m, text)}
    if text is None:
        return meant
    for first, second in itertools.pairwise(mentions):
        if text[first.end : second.start] not in _LIST_GAPS:
            continue
        if _is_state(second):
            meant.add(id(first))
        if _is_state(first):
            meant.add(id(second))
    return meant


def _state_cue(mention: PlaceMention, text: str | None) -> bool:
    if mention.kind_hint == "state" or mention.text.endswith(" State"):
        return True
    before = text[max(0, mention.start - 12) : mention.start].lower() if text else ""
    return before.endswith(_STATE_WORDS_BEFORE)


def _is_state(mention: PlaceMention) -> bool:
    place = mention.place
    return place is not None and place.kind == "admin1" and place.feature_code != "RGN"


def article_region(
    distinct: list[PlaceMention], cands: dict[int, list[Place]], focus: str | None
) -> tuple[str, str] | None:
    """The admin-1 region of the focus country that holds most of the article's places
    (named as regions, or holding places with one candidate); ``distinct`` holds the
    article's mentions, one per name."""
    votes: dict[str, float] = {}
    for mention in distinct:
        place = mention.place
        if place is None or place.country != focus or place.feature_code in _NOT_ADMIN:
            continue
        if len({(c.country, c.admin1) for c in cands[id(mention)]}) != 1:
            continue
        name = place.name if place.kind == "admin1" else place.admin1
        if name:
            votes[name] = votes.get(name, 0.0) + 1.0
    if focus is None or not votes:
        return None
    best = max(votes, key=lambda n: votes[n])
    share = votes[best] / sum(votes.values())
    return (focus, best) if votes[best] >= REGION_MIN_VOTES and share > 0.5 else None


def distinct_mentions(mentions: list[PlaceMention]) -> list[PlaceMention]:
    """The first mention of each name: a name repeated votes once ("Paris ... Paris")."""
    seen: dict[str, PlaceMention] = {}
    for mention in mentions:
        seen.setdefault(normalize_name(mention.text), mention)
    return list(seen.values())
