"""Namesakes: a city and its state that bear one name, and towns named like places abroad.

Said alone, "New York" means the city; the state is meant when a word says so ("New York
State", "upstate New York", "the state of New York") or when the name is listed with other
states ("New York, New Jersey and Connecticut"). An article whose places lie in one
admin-1 region (:func:`article_region`) means that region's "Paris" or "Dublin". A great
city twenty times larger than every namesake ("Louisville", "Toronto") is what its name
means alone, unless a qualifier says otherwise (:func:`famous_bonus`).
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from tacitus.gazetteer.normalize import normalize_name
from tacitus.geoparse.candidates import lookup_name
from tacitus.pipeline.doc import PlaceMention

if TYPE_CHECKING:
    from tacitus.gazetteer import Gazetteer, Place

# Feature codes of places that are no admin-1 region's own (countries, named regions).
_NOT_ADMIN = frozenset({"PCLI", "PCLD", "RGN", "CONT", "OCN", "SEA"})
# How many distinct names must vote for the article's region.
REGION_MIN_VOTES = 1.0
# How much a city gains over the state of its own name.
CITY_OVER_STATE_BONUS = 2.5
# Only a city this large is what its state's name means alone ("New York", "Sao Paulo");
# smaller ones ("Quebec", "Florida, Uruguay") yield to the region.
CITY_POPULATION = 1_000_000
# What a region named alone gains over its namesakes; what a county found without its
# word ("Texas" for Texas County) loses.
REGION_NAME_BONUS = 2.0
COUNTY_WORD_PENALTY = 1.5
# A city this large bearing a region's name keeps the name for itself ("Washington").
RIVAL_CITY_POPULATION = 500_000
# A city this large, and this many times larger than every namesake, is what its name
# means alone; how much it gains.
FAMOUS_CITY_POPULATION = 300_000
FAMOUS_RATIO = 20
FAMOUS_BONUS = 3.0
# What a region's seat gains over its region when the name found both only as another
# spelling or alternate name of their own ("Raqqa" for Ar Raqqah and its governorate).
SEAT_SPELLING_BONUS = 1.0
_COUNTY_WORDS = frozenset({"county", "parish", "borough"})
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
    the state's when it is, whether or not a city bears its name ("England and Wales":
    the nation, not the town of Wales in England)."""
    if not state:
        if city_of_its_state(place, found, key) or _capital_named_like_state(place, found, key):
            return CITY_OVER_STATE_BONUS
        return 0.0
    if place.kind == "admin1" and normalize_name(place.name) == key:
        return CITY_OVER_STATE_BONUS
    return 0.0


def seat_spelling_bonus(place: Place, found: list[Place], *, key: str, hinted: bool) -> float:
    """What a region's seat gains when the name ``key`` finds the seat and its own admin-1
    region, neither by its own name: "Raqqa" (Ar Raqqah and Ar Raqqah governorate),
    "Zaporizhzhia" (Zaporizhzhya and Zaporizka oblast), "Daraa" (Dar'a and Dara). Said
    alone the name means the city, as a seat's own name does ("Kandahar"); the region is
    written with its word ("Raqqa province", ``hinted``). A region that bears the name as
    its own ("New York") is left to :func:`namesake_bonus`."""
    if hinted or place.kind != "city" or place.feature_code != "PPLA":
        return 0.0
    if normalize_name(place.name) == key:
        return 0.0
    return SEAT_SPELLING_BONUS if any(_region_of_seat(c, place, key) for c in found) else 0.0


def _region_of_seat(region: Place, seat: Place, key: str) -> bool:
    """Whether ``region`` is the admin-1 region ``seat`` lies in, found by ``key`` as
    another name than its own."""
    return (
        region.kind == "admin1"
        and region.country == seat.country
        and region.name == seat.admin1
        and normalize_name(region.name) != key
    )


def _capital_named_like_state(place: Place, found: list[Place], key: str) -> bool:
    """A country's capital that bears a state's name ``key`` elsewhere in its country
    ("Washington", D.C., beside the state of Washington): said alone, the name means the
    capital, as "New York" means the city. Not where a country bears the name too
    ("Djibouti"), which the country keeps."""
    if place.kind != "city" or place.feature_code != "PPLC":
        return False
    if normalize_name(place.name) != key or any(c.kind == "country" for c in found):
        return False
    return any(
        c.kind == "admin1" and c.country == place.country and normalize_name(c.name) == key
        for c in found
    )


def famous_bonus(place: Place, found: list[Place], key: str, home: str | None = None) -> float:
    """What a great city gains over the small towns that bear its name ("Louisville",
    "Portland", "Boston" said alone): news means the city its readers know. In an article
    about the city's own country (``home``), its namesakes abroad are no rivals: they
    lack the article's country already ("Boston", Lincolnshire, in an American story)."""
    if place.kind != "city" or place.population < FAMOUS_CITY_POPULATION:
        return 0.0
    if normalize_name(place.name) != key:
        return 0.0
    rivals = [
        c.population
        for c in found
        if c is not place
        and normalize_name(c.name) == key
        and (home is None or place.country != home or c.country == home)
    ]
    if any(r * FAMOUS_RATIO > place.population for r in rivals):
        return 0.0
    return FAMOUS_BONUS


def own_name_bonus(place: Place, found: list[Place], *, key: str, hinted: bool) -> float:
    """Said alone, a region's own name means the region: "Texas" is the state, not Texas
    County, Missouri, nor a town that lists "Minnesota" among its alternate names. A
    region named like a country ("Georgia"), a large city ("Washington") or its own seat
    ("Kandahar") is left to the other rules. A county found without its word ("Texas"
    for "Texas County") loses, unless the text said "county" (``hinted``)."""
    if bare_county(place, key, hinted=hinted):
        return -COUNTY_WORD_PENALTY
    if place.kind != "admin1" or normalize_name(place.name) != key:
        return 0.0
    if any(_rival(c, place, found, key) for c in found):
        return 0.0
    return REGION_NAME_BONUS


def bare_county(place: Place, key: str, *, hinted: bool) -> bool:
    """Whether ``place`` is a county read from the bare name ``key`` ("Delaware" for
    Delaware County), the text saying no kind word (``hinted``)."""
    return place.kind == "admin2" and not hinted and _county_word_missing(place.name, key)


def _county_word_missing(name: str, key: str) -> bool:
    words = normalize_name(name).split()
    return len(words) > 1 and words[-1] in _COUNTY_WORDS and words[-1] not in key.split()


def _rival(other: Place, region: Place, found: list[Place], key: str) -> bool:
    """A namesake the region's own name does not outrank: a country ("Georgia"), a large
    city ("Washington"), a large city of its own state ("New York"), or the region's seat
    ("Kandahar" in Kandahar province)."""
    if other.kind == "country" or city_of_its_state(other, found, key):
        return True
    if other.kind != "city" or normalize_name(other.name) != key:
        return False
    seat = other.country == region.country and other.admin1 == region.name
    return seat or other.population >= RIVAL_CITY_POPULATION


def state_meant(mentions: list[PlaceMention], text: str | None) -> set[int]:
    """The ids of the mentions that name a state rather than its city of the same name:
    said so ("Washington state"), listed with states ("California or Washington"), or
    written after a town and a comma ("Tacoma, Washington")."""
    meant = {id(m) for m in mentions if _state_cue(m, text)}
    if text is None:
        return meant
    listed = _listed(mentions, text)
    for first, second in itertools.pairwise(mentions):
        after_town = text[first.end : second.start] == ", " and _is_town(first)
        if after_town and not {id(first), id(second)} & listed:
            meant.add(id(second))
        if text[first.end : second.start] not in _LIST_GAPS:
            continue
        if _is_state(second):
            meant.add(id(first))
        if _is_state(first):
            meant.add(id(second))
    return meant


def dateline_state(mentions: list[PlaceMention], dateline: str | None, gaz: Gazetteer) -> set[int]:
    """The ids of the mentions that bear the name of the state the dateline puts the
    story in ("CAMP MURRAY, Wash."): a paper there says "Washington" of its own state,
    and writes "Washington, D.C." when it means the capital."""
    if dateline is None:
        return set()
    qualifier = dateline.partition(",")[2].strip()
    if not qualifier:
        return set()
    region = gaz.abbreviated_region(qualifier) or next(
        iter(gaz.lookup(qualifier, kinds=("admin1",), limit=1)), None
    )
    if region is None or region.kind != "admin1":
        return set()
    key = normalize_name(region.name)
    return {id(m) for m in mentions if normalize_name(lookup_name(m.text)) == key}


def _state_cue(mention: PlaceMention, text: str | None) -> bool:
    if mention.kind_hint == "state" or mention.text.endswith(" State"):
        return True
    before = text[max(0, mention.start - 12) : mention.start].lower() if text else ""
    return before.endswith(_STATE_WORDS_BEFORE)


def _listed(mentions: list[PlaceMention], text: str) -> set[int]:
    """The ids of the mentions in a list of three or more ("Miami, West Palm Beach, New
    York, and Detroit"), where a comma parts names, not a town from its state."""
    joined = [text[a.end : b.start] in _LIST_GAPS for a, b in itertools.pairwise(mentions)]
    found: set[int] = set()
    for index in range(1, len(joined)):
        if joined[index - 1] and joined[index]:
            found.update(id(m) for m in mentions[index - 1 : index + 2])
    return found


def _is_town(mention: PlaceMention) -> bool:
    place = mention.place
    return place is not None and place.kind == "city"


def _is_state(mention: PlaceMention) -> bool:
    place = mention.place
    return place is not None and place.kind == "admin1" and place.feature_code != "RGN"


def article_region(
    distinct: list[PlaceMention], cands: dict[int, list[Place]], focus: str | None
) -> tuple[tuple[str, str] | None, frozenset[str]]:
    """The admin-1 region of the focus country that holds most of the article's places
    (named as regions, or holding places with one candidate), and the folded names that
    voted for it; ``distinct`` holds the article's mentions, one per name."""
    voters: dict[str, set[str]] = {}
    for mention in distinct:
        place = mention.place
        if place is None or place.country != focus or place.feature_code in _NOT_ADMIN:
            continue
        if len({(c.country, c.admin1) for c in cands[id(mention)]}) != 1:
            continue
        name = place.name if place.kind == "admin1" else place.admin1
        if name:
            voters.setdefault(name, set()).add(normalize_name(lookup_name(mention.text)))
    if focus is None or not voters:
        return None, frozenset()
    best = max(voters, key=lambda n: len(voters[n]))
    share = len(voters[best]) / sum(len(v) for v in voters.values())
    if len(voters[best]) >= REGION_MIN_VOTES and share > 0.5:
        return (focus, best), frozenset(voters[best])
    return None, frozenset()


def distinct_mentions(mentions: list[PlaceMention]) -> list[PlaceMention]:
    """The first mention of each name: a name repeated votes once ("Paris ... Paris")."""
    seen: dict[str, PlaceMention] = {}
    for mention in mentions:
        seen.setdefault(normalize_name(mention.text), mention)
    return list(seen.values())
