"""GeoJSON: a FeatureCollection with one Point per geolocated event (RFC 7946, lon/lat order)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from tacitus.errors import ExportError
from tacitus.export.context import ExportContext
from tacitus.export.report import ExportReport, ReportTally
from tacitus.records.event import Event, Location

JsonObject = dict[str, object]


def write_geojson(events: Iterable[Event], out: TextIO, context: ExportContext) -> ExportReport:
    """Write one FeatureCollection; events without coordinates are skipped and counted.

    The whole collection is built before writing, so an invalid event leaves ``out`` empty.
    Zero events still give a valid, empty FeatureCollection.
    """
    del context  # the map layer needs nothing beyond the events
    tally = ReportTally(format="geojson")
    features: list[JsonObject] = []
    for event in events:
        location = event.location
        if location is None:
            tally.skip("no_location")
        elif location.lat is None or location.lon is None:
            tally.skip("no_coordinates")
        else:
            features.append(event_feature(event, location))
    json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
    out.write("\n")
    tally.wrote(len(features))
    return tally.freeze()


def event_feature(event: Event, location: Location) -> JsonObject:
    """The Point feature of an event at ``location`` (coordinates are ``[lon, lat]``)."""
    lat, lon = location.lat, location.lon
    if lat is None or lon is None or not -90.0 <= lat <= 90.0 or not -180.0 <= lon <= 180.0:
        raise ExportError(
            f"event {event.event_id}: GeoJSON field 'coordinates' out of range: "
            f"lat={lat}, lon={lon}"
        )
    return {
        "type": "Feature",
        "id": event.event_id,
        "geometry": {"type": "Point", "coordinates": [lon, lat]},
        "properties": feature_properties(event, location),
    }


def feature_properties(event: Event, location: Location) -> JsonObject:
    """Flat, map-friendly properties of one event."""
    acled = event.acled
    actor1, actor2 = event.actor("actor1"), event.actor("actor2")
    return {
        "event_id": event.event_id,
        "status": event.status,
        "date_start": event.date.start,
        "date_end": event.date.end,
        "date_precision": event.date.precision,
        "event_type": acled.event_type if acled else None,
        "sub_event_type": acled.sub_event_type if acled else None,
        "plover_event": event.plover.event,
        "plover_mode": list(event.plover.mode),
        "cameo": event.cameo,
        "actor1": actor1.name if actor1 else None,
        "actor2": actor2.name if actor2 else None,
        "actors": [actor.name for actor in event.actors],
        "location": location.name,
        "country": location.country,
        "admin1": location.admin1,
        "geo_precision": location.precision.acled,
        **{kind: _best(event, kind) for kind in ("fatalities", "injured", "participants")},
        "confidence": event.confidence,
        "summary": event.summary,
    }


def _best(event: Event, kind: str) -> int | None:
    count = next((c for k, c in event.counts.items() if k == kind), None)
    return count.best if count is not None else None
