"""Choose an event's location among the places its frames mention, with a reason.

Given the parsed article and the event's trigger, the choice is
:func:`tacitus.geoparse.event_place.choose_event_places` (the place the event happened
in, not where someone came from); without them, the most precise place named. A relative
location ("20 km north of Mosul", "near the border with Syria") keeps the named place
as its anchor, with the precision that says the event was near it, not at it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from tacitus.doc_memo import doc_text
from tacitus.mentions.route_ends import is_route_end
from tacitus.pipeline.doc import PlaceMention
from tacitus.records.event import Location, LocationPrecision

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from tacitus.gazetteer import Place
    from tacitus.geoparse.relative import Relation

_RANK = {"landmark": 5, "city": 4, "admin2": 3, "admin1": 2, "country": 1}
_PRECISION = {
    "landmark": LocationPrecision(acled=1, ucdp=1, plover=5),
    "city": LocationPrecision(acled=1, ucdp=1, plover=4),
    "admin2": LocationPrecision(acled=2, ucdp=3, plover=3),
    "admin1": LocationPrecision(acled=3, ucdp=4, plover=2),
    "country": LocationPrecision(acled=3, ucdp=6, plover=1),
}
# How far a more precise place may lie from a city or district and still be inside it.
_NEAR_KM = {"city": 25.0, "admin2": 40.0}
# UCDP where_prec 5: a linear feature (a border) or an area larger than an admin-1 region.
_UCDP_LINEAR = 5
_UCDP_NEAR_POINT = 2
_ACLED_NEAR = 2


def precision_for(kind: str, *, relation: Relation | None = None) -> LocationPrecision:
    """ACLED geo_precision, UCDP where_prec and PLOVER resolution for a kind of place,
    made coarser when the event is only near it (``relation``)."""
    base = _PRECISION[kind]
    if relation is None:
        return base
    acled = max(base.acled, _ACLED_NEAR)
    if relation.kind == "border":
        return LocationPrecision(acled=acled, ucdp=max(base.ucdp, _UCDP_LINEAR), plover=base.plover)
    return LocationPrecision(acled=acled, ucdp=max(base.ucdp, _UCDP_NEAR_POINT), plover=base.plover)


def location_from(
    place: Place,
    *,
    reason: str,
    mention: PlaceMention | None,
    relation: Relation | None = None,
) -> Location:
    """The event record's location for a resolved gazetteer place (the anchor of a
    relative location when ``relation`` is given)."""
    if relation is not None:
        reason = f"{reason}; {relation.reason}"
    return Location(
        name=place.name,
        country=place.country,
        admin1=place.admin1 if place.kind != "country" else None,
        admin1_code=place.admin1_code if place.kind != "country" else None,
        admin2=place.admin2,
        lat=place.lat,
        lon=place.lon,
        geonameid=place.geonameid,
        feature_code=place.feature_code,
        precision=precision_for(place.kind, relation=relation),
        text=mention.text if mention else None,
        span=(mention.start, mention.end) if mention else None,
        reason=reason,
    )


def _within(inner: Place, outer: Place) -> bool:
    """Whether the more precise place ``inner`` lies inside the area ``outer`` names."""
    if inner.country is None or inner.country != outer.country:
        return False
    if outer.kind == "country":
        return True
    if outer.kind == "admin1":
        return inner.admin1_code is not None and inner.admin1_code == outer.admin1_code
    if outer.kind == "admin2" and inner.admin2 is not None and inner.admin2 == outer.admin2:
        return True
    if outer.kind == "city" and inner.city is not None and inner.city == outer.name:
        return True
    from tacitus.geodesy import haversine_km

    distance = haversine_km(inner.lat, inner.lon, outer.lat, outer.lon)
    return distance <= _NEAR_KM.get(outer.kind, 0.0)


def _most_precise(
    resolved: Sequence[PlaceMention], points: frozenset[int] = frozenset()
) -> PlaceMention:
    """The most precise place; of two equally precise, not one named only to say where
    the other lies (``points``: their starts)."""
    return max(resolved, key=lambda m: (_RANK[_kind(m)], m.start not in points, m.score))


# What may stand between a place and the town named to say where it lies: "al-Burin,
# south of Nablus", "Tibu, some 40 km north of Cucuta", "Kasese, near Fort Portal".
_APPOSED_GAP = 60


def _reference_points(resolved: Sequence[PlaceMention], doc: Doc | None) -> frozenset[int]:
    """The starts of the places named after another in an apposition that says where the
    first lies ("the village of al-Mughayyir, northeast of Ramallah": Ramallah): the
    reference point, not the event's place."""
    if doc is None:
        return frozenset()
    from tacitus.geoparse.relative import relation_before

    text = doc_text(doc)
    points: set[int] = set()
    for point in resolved:
        relation = relation_before(text, point.start)
        if relation is None or relation.kind == "border":
            continue
        for place in resolved:
            gap = text[place.end : point.start]
            if place.sent == point.sent and 0 < len(gap) <= _APPOSED_GAP and gap.startswith(","):
                points.add(point.start)
    return frozenset(points)


def _inner(mention: PlaceMention, area: PlaceMention) -> bool:
    """The mention names a smaller town of the area's sentence, as precise as the area
    but inside it ("in Yangon's Hlaing Tharyar township": the township, not the city)."""
    place, outer = mention.place, area.place
    if place is None or outer is None or mention.sent != area.sent or place == outer:
        return False
    return _RANK[_kind(mention)] == _RANK[_kind(area)] and place.population < outer.population


def _kind(mention: PlaceMention) -> str:
    """The kind of place a mention names: a town's name that the gazetteer lacks, held by
    the district or state the text puts it in, still names a town ("Kuriga in Kaduna
    state"), as precise as any other town of the sentence; its record keeps the region's
    point and precision."""
    assert mention.place is not None
    return "city" if mention.stand_in else mention.place.kind


def _in_clause(
    resolved: list[PlaceMention], doc: Doc, triggers: Sequence[int]
) -> tuple[PlaceMention, str] | None:
    """The chooser's place for the first trigger that has one in its own clause."""
    # Imported here: tacitus.geoparse imports the pipeline, which imports this module.
    from tacitus.geoparse.clause import in_trigger_clause
    from tacitus.geoparse.event_place import choose_event_places

    for trigger in triggers:
        chosen = [
            c
            for c in choose_event_places(doc, trigger=trigger, mentions=resolved, slot_names=False)
            if in_trigger_clause(doc, trigger=trigger, head=c.mention.head)
        ]
        if chosen:
            best = max(chosen, key=lambda c: _RANK[_kind(c.mention)])
            return best.mention, f"where the event happened: {best.reason}"
    return None


def _pick(
    resolved: list[PlaceMention], doc: Doc | None, triggers: Sequence[int]
) -> tuple[PlaceMention, str]:
    """The chooser's place, made as precise as the places named inside it allow; else
    the most precise place named."""
    picked = _in_clause(resolved, doc, triggers) if doc is not None else None
    points = _reference_points(resolved, doc)
    if picked is None:
        best = _most_precise(resolved, points)
        return best, f"most precise place named for this event ({_kind(best)})"
    area, reason = picked
    assert area.place is not None
    inside = [
        m
        for m in resolved
        if m.place is not None
        and (_RANK[_kind(m)] > _RANK[_kind(area)] or _inner(m, area))
        and _within(m.place, area.place)
    ]
    if not inside:
        return area, reason
    best = _most_precise(inside, points)
    return best, f"most precise place named inside {area.text} ({_kind(best)}); {reason}"


def _not_elsewhere(resolved: list[PlaceMention], doc: Doc | None) -> list[PlaceMention]:
    """The places whose sentence may put the event there: not one it says someone comes
    from or something was done against ("a woman from Aberdare", "for Kabul"), nor one
    that stands for its government."""
    if doc is None:
        return resolved
    from tacitus.geoparse.event_place import mention_role

    return [m for m in resolved if mention_role(doc, m).weight > 0]


def _without_holders(resolved: list[PlaceMention]) -> list[PlaceMention]:
    """The places less those named in a sentence only to say where a town the gazetteer
    lacks lies ("Yandoto, some 40 km east of Gusau", "Kuriga in Kaduna state"): the town
    is the place, and it already carries the holder's point."""
    held = {(m.sent, m.place.geonameid, m.place.name) for m in resolved if m.stand_in and m.place}
    return [
        m
        for m in resolved
        if m.stand_in or m.place is None or (m.sent, m.place.geonameid, m.place.name) not in held
    ]


def _relation(doc: Doc | None, mention: PlaceMention) -> Relation | None:
    from tacitus.geoparse.relative import relation_before

    return relation_before(doc_text(doc), mention.start) if doc is not None else None


def choose_location(
    mentions: Sequence[PlaceMention],
    *,
    doc: Doc | None = None,
    trigger: int | None = None,
    triggers: Sequence[int] = (),
) -> tuple[Location | None, list[Location]]:
    """The place the event happened, and the other countries named for it.

    With ``doc`` and the event's trigger token (``trigger``, or several in ``triggers``,
    tried in order), the place is the one the sentence's syntax puts the event in, within
    the trigger's clause, made more precise by a place named inside it ("in Iraq" and,
    elsewhere in the event's sentences, "Baghdad's Green Zone"); else the most precise
    place named.
    """
    named = [m for m in mentions if m.place is not None]
    resolved = _without_holders(_not_elsewhere(named, doc))
    if not resolved:
        return None, []
    order = [*([trigger] if trigger is not None else []), *triggers]
    best, reason = _pick(resolved, doc, order)
    place = best.place
    assert place is not None
    relation = _relation(doc, best)
    main = location_from(place, reason=reason, mention=best, relation=relation)
    if doc is not None and is_route_end(doc[best.head]):  # "on the Kaduna-Abuja highway"
        main = _near(main.model_copy(update={"reason": f"{reason}; on a way named by it"}))
    if best.stand_in:  # the town's own point is unknown: its holder's is near at best
        main = _near(main)
    return main, _other_countries(named, seen={place.country})


def _other_countries(resolved: Sequence[PlaceMention], *, seen: set[str | None]) -> list[Location]:
    others: list[Location] = []
    for m in resolved:
        if m.place is not None and m.place.kind == "country" and m.place.country not in seen:
            seen.add(m.place.country)
            others.append(location_from(m.place, reason="also named for this event", mention=m))
    return others


# Words that send a place back to the one just told: "searched the area", "in the
# vicinity", "marched through the district", "across the city", "near the same village",
# "on the northern edge of the town".
_AREA_ANAPHOR = re.compile(
    r"\b(?:in|around|across|through|near|outside|searched|combed|cordoned off|sealed off"
    r"|(?:(?:north|south|east|west)(?:ern)?\s+)?(?:edge|outskirts|centre|center)\s+of)"
    r"\s+the\s+"
    r"(?:same\s+|surrounding\s+|nearby\s+)?"
    r"(?:area|vicinity|locality|district|neighbou?rhood|town|city|village)\b(?!\s+of\b)",
    re.IGNORECASE,
)
_TOWN_KINDS = frozenset({"landmark", "city", "admin2"})


def area_anaphor_place(
    sentences: Sequence[tuple[int, int]], places: Sequence[PlaceMention], text: str
) -> Location | None:
    """The town an event told only "in the area" happened near: the last town or district
    named before the first of its sentences (``sentences``: their character bounds) that
    says "in the area" ("The army later searched the area and detained four suspects"
    after a bombing near Kirkuk). None when no sentence says so or no town came before."""
    for start, end in sorted(sentences):
        found = _AREA_ANAPHOR.search(text, start, end)
        if found is None:
            continue
        before = [
            m
            for m in places
            if m.end <= start and m.place is not None and m.place.kind in _TOWN_KINDS
        ]
        if not before:
            return None
        last = max(before, key=lambda m: m.start)
        assert last.place is not None
        reason = f"'{found.group(0)}': the last town named before, {last.text}"
        return _near(location_from(last.place, reason=reason, mention=last))
    return None


def _near(located: Location) -> Location:
    """``located`` with ACLED's precision 2: the event was there or near it."""
    precision = located.precision
    wider = precision.model_copy(update={"acled": max(precision.acled, _ACLED_NEAR)})
    return located.model_copy(update={"precision": wider})


def dateline_town(town: Place, *, text: str, span: tuple[int, int]) -> Location:
    """The location of an event with no town of its own, told at one of a city's sites,
    in a story filed from ``town`` in the article's own country ("TBILISI - ...
    protesting outside parliament"): there or near it, so ACLED's precision 2. (A
    dateline abroad is where the story was filed from, not where it happened: the caller
    looks the town up in the article's country.)"""
    reason = f"no place named for this event: the dateline's town, {text}"
    located = location_from(town, reason=reason, mention=None)
    return _near(located.model_copy(update={"text": text, "span": span}))
