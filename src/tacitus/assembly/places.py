"""Choose an event's location among the places its frames mention, with a reason."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tacitus.pipeline.doc import PlaceMention
from tacitus.records.event import Location, LocationPrecision

if TYPE_CHECKING:
    from tacitus.gazetteer import Place

_RANK = {"landmark": 5, "city": 4, "admin2": 3, "admin1": 2, "country": 1}
_PRECISION = {
    "landmark": LocationPrecision(acled=1, ucdp=1, plover=5),
    "city": LocationPrecision(acled=1, ucdp=1, plover=4),
    "admin2": LocationPrecision(acled=2, ucdp=3, plover=3),
    "admin1": LocationPrecision(acled=3, ucdp=4, plover=2),
    "country": LocationPrecision(acled=3, ucdp=6, plover=1),
}


def precision_for(kind: str) -> LocationPrecision:
    """ACLED geo_precision, UCDP where_prec and PLOVER resolution for a kind of place."""
    return _PRECISION[kind]


def location_from(place: Place, *, reason: str, mention: PlaceMention | None) -> Location:
    """The event record's location for a resolved gazetteer place."""
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
        precision=precision_for(place.kind),
        text=mention.text if mention else None,
        span=(mention.start, mention.end) if mention else None,
        reason=reason,
    )


def choose_location(mentions: list[PlaceMention]) -> tuple[Location | None, list[Location]]:
    """The most precise place named for the event, and the other countries it names."""
    resolved = [m for m in mentions if m.place is not None]
    if not resolved:
        return None, []
    best = max(resolved, key=lambda m: (_RANK[m.place.kind], m.score))  # type: ignore[union-attr]
    place = best.place
    assert place is not None
    reason = f"most precise place named for this event ({place.kind})"
    main = location_from(place, reason=reason, mention=best)
    others: list[Location] = []
    seen = {place.country}
    for m in resolved:
        if m.place is not None and m.place.kind == "country" and m.place.country not in seen:
            seen.add(m.place.country)
            others.append(location_from(m.place, reason="also named for this event", mention=m))
    return main, others
