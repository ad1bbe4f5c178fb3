"""Regions that only hold a finer place named beside them.

"Nine fighters were killed in the village of Ashmi, in northern Syria": both names have a
locative role, but Syria only says where Ashmi is. A country or region is left out of the
event's places when a finer candidate in the trigger's clause lies inside it (same country,
or same admin-1 region), or is an unresolved name set after a word for a settlement
("the village of Ashmi", which the gazetteer does not know).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tacitus.geoparse.clause import in_trigger_clause
from tacitus.geoparse.place_roles import PlaceRole
from tacitus.pipeline.doc import PlaceMention

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from tacitus.gazetteer import Place

_Scored = tuple[float, PlaceMention, PlaceRole]
# Words for a region: a name called one is a region, whatever it resolved to.
REGION_WORDS = frozenset({"province", "governorate", "state", "region", "oblast", "county"})
# How fine a kind of place is (larger: finer).
PLACE_RANK = {"country": 0, "admin1": 1, "admin2": 2, "city": 3, "landmark": 4}
# Sites a region or city holds: an unknown name set beside one is finer than the area
# named with it ("near the Kissufim crossing point", "in al-Shaab Stadium").
_SITES = frozenset(
    {"crossing", "checkpoint", "base", "school", "stadium", "plant", "square", "palace"}
    | {"prison", "hospital", "mosque", "market", "airport", "bridge", "valley"}
)
_SETTLEMENT_HINTS = (
    frozenset({"city", "town", "village", "district", "camp", "neighbourhood", "neighborhood"})
    | frozenset({"settlement"})
    | _SITES
)
# Words for parts of a city: an unknown name set beside one lies inside the city named
# with it ("in al-Tijara neighbourhood in central Damascus").
_CITY_PARTS = (
    frozenset({"neighbourhood", "neighborhood", "district", "quarter", "suburb", "area", "camp"})
    | _SITES
)


def drop_containers(doc: Doc, trigger: int, scored: list[_Scored]) -> list[_Scored]:
    """``scored`` less the regions that hold a finer candidate of the trigger's clause."""
    inside = [item for item in scored if in_trigger_clause(doc, trigger=trigger, head=item[1].head)]
    return [item for item in scored if not _holds_finer(doc, item[1], inside)]


def _holds_finer(doc: Doc, outer: PlaceMention, candidates: list[_Scored]) -> bool:
    place = outer.place
    if place is None or place.kind == "landmark":
        return False
    if outer.kind_hint in REGION_WORDS:
        return any(m is not outer and _finer_in_region(doc, m, outer) for _, m, _ in candidates)
    return any(m is not outer and _finer_inside(doc, m, outer) for _, m, _ in candidates)


def _finer_in_region(doc: Doc, inner: PlaceMention, region: PlaceMention) -> bool:
    """A name called a province or state is a region whatever the gazetteer matched ("the
    province of Damascus", resolved to the city): a settlement of its country is inside."""
    place, area = inner.place, region.place
    assert area is not None
    if inner.kind_hint in REGION_WORDS:
        return False
    if place is None:
        return inner.label != "GPE" and _settlement_word(doc, inner, city=False)
    return PLACE_RANK[place.kind] >= PLACE_RANK["city"] and place.country == area.country


def _finer_inside(doc: Doc, inner: PlaceMention, outer: PlaceMention) -> bool:
    place, area = inner.place, outer.place
    assert area is not None
    if place is None:
        return inner.label != "GPE" and _settlement_word(doc, inner, city=area.kind == "city")
    if inner.text.split()[-1].lower() in _SITES and _site_of(place, area):
        return True
    if area.kind == "city":
        return place.kind == "landmark" and place.city == area.name
    if PLACE_RANK[place.kind] <= PLACE_RANK[area.kind] or place.country != area.country:
        return False
    return _same_area(place, area)


def _site_of(site: Place, area: Place) -> bool:
    """ "near al-Shaab Stadium in eastern Baghdad": a name of a site is in the area named
    with it when the gazetteer put it there, or matched only a namesake abroad."""
    return site.country != area.country or (
        site.kind != "landmark" and (site.name, site.country) == (area.name, area.country)
    )


def _same_area(place: Place, area: Place) -> bool:
    """Whether ``place`` lies in the country, admin-1 or admin-2 area ``area``."""
    if area.kind == "country":
        return True
    if area.kind == "admin1":
        return place.admin1 == area.admin1
    return place.admin2 == area.admin2 and place.admin1 == area.admin1


def _settlement_word(doc: Doc, mention: PlaceMention, *, city: bool) -> bool:
    """The unknown name is set beside a word for a settlement (a part of a city, when
    ``city``): its kind hint, or the place noun it names."""
    words = _CITY_PARTS if city else _SETTLEMENT_HINTS
    token = doc[mention.head]
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ == "of":
        token = token.head.head
    nouns = [token]
    while token.dep_ in ("compound", "nmod", "amod") and len(nouns) < 3:
        token = token.head
        nouns.append(token)
    return mention.kind_hint in words or any(
        noun.lemma_.lower() in words or noun.lower_ in words for noun in nouns
    )
