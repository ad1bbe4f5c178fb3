"""Choose an event's location among the places its frames mention, with a reason.

Given the parsed article and the event's trigger, the choice is
:func:`tacitus.geoparse.event_place.choose_event_places` (the place the event happened
in, not where someone came from); without them, the most precise place named. A relative
location ("20 km north of Mosul", "near the border with Syria") keeps the named place
as its anchor, with the precision that says the event was near it, not at it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

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


def _pick(
    resolved: list[PlaceMention], doc: Doc | None, trigger: int | None
) -> tuple[PlaceMention, str]:
    # Imported here: tacitus.geoparse imports the pipeline, which imports this module.
    from tacitus.geoparse.event_place import choose_event_places

    if doc is not None and trigger is not None:
        chosen = choose_event_places(doc, trigger=trigger, mentions=resolved)
        if chosen:
            best = max(chosen, key=lambda c: _RANK[c.mention.place.kind])  # type: ignore[union-attr]
            return best.mention, f"where the event happened: {best.reason}"
    best_m = max(resolved, key=lambda m: (_RANK[m.place.kind], m.score))  # type: ignore[union-attr]
    return best_m, f"most precise place named for this event ({best_m.place.kind})"  # type: ignore[union-attr]


def _relation(doc: Doc | None, mention: PlaceMention) -> Relation | None:
    from tacitus.geoparse.relative import relation_before

    return relation_before(doc.text, mention.start) if doc is not None else None


def choose_location(
    mentions: list[PlaceMention], *, doc: Doc | None = None, trigger: int | None = None
) -> tuple[Location | None, list[Location]]:
    """The place the event happened (with ``doc`` and the ``trigger`` token index, chosen
    by the sentence's syntax; else the most precise place named), and the other countries
    it names."""
    resolved = [m for m in mentions if m.place is not None]
    if not resolved:
        return None, []
    best, reason = _pick(resolved, doc, trigger)
    place = best.place
    assert place is not None
    relation = _relation(doc, best)
    main = location_from(place, reason=reason, mention=best, relation=relation)
    others: list[Location] = []
    seen = {place.country}
    for m in resolved:
        if m.place is not None and m.place.kind == "country" and m.place.country not in seen:
            seen.add(m.place.country)
            others.append(location_from(m.place, reason="also named for this event", mention=m))
    return main, others
