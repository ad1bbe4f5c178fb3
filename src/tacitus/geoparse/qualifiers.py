"""Names that say where another name is: "Sidon, Lebanon", "Tripoli in northern Lebanon",
"Beirut's Hamra district", "Kingston, south of Brisbane", "Foua and Kfraya in Idlib"."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from tacitus.gazetteer.normalize import normalize_name
from tacitus.geodesy import haversine_km
from tacitus.pipeline.doc import PlaceMention

if TYPE_CHECKING:
    from tacitus.gazetteer import Place

_QUALIFIER_GAPS = frozenset({",", ", ", " (", "("})
_COMPASS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
    | {"central", "north-east", "north-west", "south-east", "south-west"}
)
_NEARBY = frozenset({"neighbouring", "neighboring", "nearby", "adjoining", "adjacent"})
_POSSESSIVE_GAPS = frozenset({"'s ", "\u2019s ", "' ", "\u2019 "})
_LIST_GAPS = frozenset({" and ", ", and ", " or "})
# Whom a camp houses, between its name and where it is: "camp for displaced people in",
# "camp for Syrian refugees in".
_CAMP_OCCUPANTS = re.compile(r"^ for (?:the )?(?:[\w-]+ ){1,3}(?=in )", re.IGNORECASE)
# ", 20 miles south of", " just north of", ", southwest of": a place near another.
_RELATIVE_GAP = re.compile(
    r"^,?\s(?:(?:about|some|just|roughly|nearly|almost)\s)?"
    r"(?:\d[\d,.]*\s?(?:km|kilometres|kilometers|miles|mi)\s)?"
    r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\sof\s(?:the\s)?$",
    re.IGNORECASE,
)
# " area of ", " region of the ": a place named as a part of a wider one ("the Buleda
# area of Kech", "the Tora Bora region of Nangarhar").
_PART_GAP = re.compile(r"^\s(?:area|region|locality)\sof\s(?:the\s)?$", re.IGNORECASE)
# ", near Dunshaughlin", " just outside Kabul": a place beside a town.
_NEAR_GAP = re.compile(r"^,?\s(?:just\s|close\s)?(?:near|outside|close to)\s$", re.IGNORECASE)
# How far a place may lie from the city that qualifies it ("Beirut's Hamra district") ...
CITY_QUALIFIER_KM = 30.0
# ... and from the city it is said to lie north or south of ("Kingston, south of Brisbane").
RELATIVE_QUALIFIER_KM = 150.0


@dataclass(frozen=True, slots=True)
class Qualifier:
    """The name that says where a toponym is, and how far from a qualifying city the
    toponym may lie."""

    mention: PlaceMention
    radius_km: float = CITY_QUALIFIER_KM
    # Said by "in", a possessive or a direction: the toponym is surely inside (or near)
    # it, not merely listed after a comma.
    strong: bool = False
    # Given by the last name of a list ("Quebec City and Nanjing, China"): it may qualify
    # only that last name.
    shared: bool = False

    def holds(self, place: Place) -> bool:
        """Whether ``place`` lies inside (or, for a city, near) the qualifying place."""
        region = self.mention.place
        if region is None or region.country is None or place.country != region.country:
            return False
        if place == region:
            return False
        if region.kind == "city":
            distance = haversine_km(place.lat, place.lon, region.lat, region.lon)
            return distance <= self.radius_km or _in_region_of_seat(place, region)
        return region.kind == "country" or (region.kind == "admin1" and place.admin1 == region.name)

    def stand_in(self, place: Place | None, *, focus: str | None = None) -> Place | None:
        """The qualifying place, standing in for a toponym the gazetteer lacks ("the
        villages of Foua and Kfraya in Idlib") or places only elsewhere ("Cairo's
        Abbasiya neighbourhood", or abroad while the qualifier lies in the article's
        country ``focus``); never a country, which is too coarse."""
        region = self.mention.place
        if region is None or region.kind == "country":
            return None
        if place is None:
            return region
        local = place.kind in ("city", "landmark", "admin2")
        if self.strong and region.kind in ("city", "admin2") and local and not self.holds(place):
            return region
        if local and not self.shared and region.country == focus and _abroad_of(place, region):
            # "Rockingham, Northamptonshire" with no Rockingham there: a namesake in
            # another country is surely not meant; the county the text names is.
            return region
        return None


def _abroad_of(place: Place, region: Place) -> bool:
    """Whether ``place`` lies in another country than the admin region ``region``."""
    return region.kind in ("admin1", "admin2") and place.country != region.country


def name_qualifiers(mentions: list[PlaceMention], text: str | None) -> dict[int, Qualifier]:
    """For "Sidon, Lebanon": the mention that qualifies the one before it; for "Beirut's
    Hamra district", the one before qualifies the one after. Names listed together share
    the qualifier of the last ("Foua and Kfraya in Idlib")."""
    found: dict[int, Qualifier] = {}
    if text is None:
        return found
    listed = _bare_lists(mentions, text)
    for first, second in itertools.pairwise(mentions):
        gap = _without_kind_word(text[first.end : second.start], first.kind_hint)
        if gap in _QUALIFIER_GAPS and id(first) in listed:
            continue
        if gap in _QUALIFIER_GAPS:
            found[id(first)] = Qualifier(second)
        elif _locative_gap(gap) or _PART_GAP.match(gap):
            found[id(first)] = Qualifier(_inner_region(mentions, second, text), strong=True)
        elif _RELATIVE_GAP.match(gap) or (_NEAR_GAP.match(gap) and _town(second)):
            found[id(first)] = Qualifier(second, RELATIVE_QUALIFIER_KM, strong=True)
        elif gap in _POSSESSIVE_GAPS:
            found[id(second)] = Qualifier(first, strong=True)
    _share_in_lists(mentions, text, found)
    return found


def _inner_region(mentions: list[PlaceMention], outer: PlaceMention, text: str) -> PlaceMention:
    """The region that holds a name set "in" a region's part ("Kuriga in Nigeria's Kaduna
    state", "Gangaloor in Chhattisgarh's Bijapur district"): the part after the
    possessive, not the wider place before it."""
    after = next((m for m in mentions if m.start >= outer.end), None)
    if after is None or text[outer.end : after.start] not in _POSSESSIVE_GAPS:
        return outer
    return after


def _town(mention: PlaceMention) -> bool:
    """Whether ``mention`` reads as a town (a country or state "near" says little)."""
    return mention.place is not None and mention.place.kind == "city"


def _bare_lists(mentions: list[PlaceMention], text: str) -> set[int]:
    """The ids of names that open a bare list "A, B and C" ("stops in Washington, New York
    and Boston"), where the comma parts names rather than puts A in B: the last name
    stands alone, not qualified in turn ("Springfield, Illinois and Boston,
    Massachusetts"), and B is no country ("Sidon, Lebanon and Tyre")."""
    found: set[int] = set()
    qualified_next = {
        id(a) for a, b in itertools.pairwise(mentions) if text[a.end : b.start] == ", "
    }
    triples = zip(mentions, mentions[1:], mentions[2:], strict=False)
    for first, second, third in triples:
        if text[first.end : second.start] != ", " or (
            text[second.end : third.start] not in _LIST_GAPS - {", "}
        ):
            continue
        country = second.place is not None and second.place.kind == "country"
        if id(third) not in qualified_next and not country:
            found.add(id(first))
    return found


def _without_kind_word(gap: str, hint: str | None) -> str:
    """The gap after a name past its kind word, which the toponym's text leaves out:
    " County, " after "Jefferson" in "Jefferson County, Colo." is ", "; and past whom a
    camp is for: " camp for displaced people in " after "Sharya" is " in "."""
    if hint is None or not gap.startswith(" "):
        return gap
    word = gap[1 : 1 + len(hint)]
    if word.lower() != hint:
        return gap
    rest = gap[1 + len(hint) :]
    if hint == "camp":
        occupants = _CAMP_OCCUPANTS.match(rest)
        if occupants is not None:
            return rest[occupants.end() - 1 :]
    return rest


def _share_in_lists(mentions: list[PlaceMention], text: str, found: dict[int, Qualifier]) -> None:
    """Give the names of a list ending "... and Kfraya in Idlib" the last one's qualifier."""
    for first, second in reversed(list(itertools.pairwise(mentions))):
        gap = text[first.end : second.start]
        later = found.get(id(second))
        if gap in _LIST_GAPS and later is not None and id(first) not in found:
            found[id(first)] = replace(later, shared=True)


def _locative_gap(gap: str) -> bool:
    """ "Tripoli in northern Lebanon", "Palmyra in the Homs province", "Kohkameta in
    neighbouring Narayanpur": "in" and at most an article and a direction or a word for
    nearness between the two names."""
    words = gap.lower().split()
    if not words or words[0] != "in" or not gap.startswith(" ") or len(words) > 3:
        return False
    return all(
        w in _NEARBY or w == "the" or w.removesuffix("ern") in _COMPASS or w in _COMPASS
        for w in words[1:]
    )


def _in_region_of_seat(place: Place, seat: Place) -> bool:
    """Whether ``place`` lies in the admin-1 region whose seat ``seat`` bears its name
    ("Rafah in southern Gaza": Gaza is the city and the Gaza Strip, and a town anywhere
    in the strip lies "in Gaza"; "a village in Idlib" lies in Idlib governorate; "Vuhledar
    in Donetsk" in Donetska oblast, whose name is the city's with an adjective's ending)."""
    if seat.feature_code != "PPLA" or seat.admin1 is None or place.admin1 != seat.admin1:
        return False
    city, region = normalize_name(seat.name), normalize_name(seat.admin1)
    return region.split()[0].startswith(city)
