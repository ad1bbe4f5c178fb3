"""ACLED CSV: exactly ACLED's columns, in its export order, one row per new coded event.

Rows are built and validated for every event before anything is written, so an invalid
event leaves the output untouched.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Final, TextIO

from tacitus.coding.taxonomy import acled_interaction
from tacitus.export.acled_notes import acled_notes, acled_tags, conservative_fatalities
from tacitus.export.acled_validate import AcledValue, invalid, validate_acled_row
from tacitus.export.context import ExportContext
from tacitus.export.countries import lookup_country
from tacitus.export.report import ExportReport
from tacitus.export.roles import second_actor
from tacitus.export.tables import write_table
from tacitus.records.event import AcledCoding, ActorRef, Event, Location

ACLED_COLUMNS: Final[tuple[str, ...]] = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)
_ID_MODULUS: Final = 10_000_000

AcledRow = dict[str, AcledValue]


def write_acled_csv(events: Iterable[Event], out: TextIO, context: ExportContext) -> ExportReport:
    """Write new, ACLED-coded, geolocated events as ACLED rows; count the rest as skipped."""

    def row(event: Event) -> AcledRow:
        built = acled_row(event, context)
        validate_acled_row(event.event_id, built)
        return built

    return write_table(
        events, out, format="acled-csv", columns=ACLED_COLUMNS, skip_reason=acled_skip_reason,
        row=row,
    )  # fmt: skip


def acled_skip_reason(event: Event) -> str | None:
    """Why ACLED would not hold ``event`` (None when it would)."""
    if event.status != "new":
        return f"status_{event.status}"
    if event.acled is None:
        return "no_acled_coding"
    if event.location is None:
        return "no_location"
    if event.location.lat is None or event.location.lon is None:
        return "no_coordinates"
    if not event.location.country:
        return "no_country"
    return None


def acled_event_id(iso3: str, event_id: str) -> str:
    """ACLED-style ``event_id_cnty``: ISO-3 plus a number derived stably from ``event_id``."""
    digest = hashlib.sha256(event_id.encode("utf-8")).hexdigest()
    return f"{iso3}{int(digest[:12], 16) % _ID_MODULUS}"


def acled_row(event: Event, context: ExportContext) -> AcledRow:
    """The ACLED row of an event that :func:`acled_skip_reason` accepted (not yet validated)."""
    coding, location = event.acled, event.location
    if coding is None or location is None:
        raise invalid(event.event_id, "event_type", "needs an ACLED coding and a location")
    return {
        "event_date": event.date.start,
        "year": int(event.date.start[:4]) if event.date.start[:4].isdigit() else 0,
        "time_precision": event.date.acled_time_precision,
        "disorder_type": coding.disorder_type,
        "event_type": coding.event_type,
        "sub_event_type": coding.sub_event_type,
        "civilian_targeting": "Civilian targeting" if coding.civilian_targeting else "",
        **_actor_columns(event, coding),
        **_place_columns(event, location),
        "source": "; ".join(context.sources(event)),
        "source_scale": "",
        "notes": acled_notes(event),
        "fatalities": conservative_fatalities(event),
        "tags": acled_tags(event),
        "timestamp": context.timestamp,
    }


def _actor_columns(event: Event, coding: AcledCoding) -> AcledRow:
    actor1 = event.actor("actor1")
    actor2 = second_actor(event)
    inter1 = coding.inter1 if coding.inter1 is not None else _inter(actor1)
    name1 = actor1.name if actor1 else ""
    if inter1 is None:
        name1, inter1 = unidentified_actor(coding, event.location)
    inter2 = coding.inter2 if coding.inter2 is not None else _inter(actor2)
    inter2 = inter2 if inter2 is not None else 0
    interaction = coding.interaction
    if interaction is None or (inter1, inter2 or None) != (coding.inter1, coding.inter2):
        # a typed victim standing in for an untyped actor2 changes the pair the coding
        # counted, so the two-digit code is read again from the pair the row shows
        interaction = acled_interaction(inter1, inter2 or None)
    assoc1, assoc2 = _associates(event, actor2)
    return {
        "actor1": name1,
        "assoc_actor_1": "; ".join(assoc1),
        "inter1": inter1 if inter1 is not None else "",
        "actor2": actor2.name if actor2 else "",
        "assoc_actor_2": "; ".join(assoc2),
        "inter2": inter2,
        "interaction": interaction if interaction is not None else "",
    }


_UNIDENTIFIED: dict[str, tuple[str, int]] = {
    "Protests": ("Protesters", 6),
    "Riots": ("Rioters", 5),
}


def unidentified_actor(coding: AcledCoding, location: Location | None) -> tuple[str, int]:
    """ACLED's actor for an event whose first actor the text does not name (or names as
    nobody the knowledge base knows): "Protesters (Chile)" and inter 6 for a protest,
    "Rioters (Chile)" 5 for a riot, "Unidentified Armed Group (Chile)" 3 for the rest."""
    base, inter = _UNIDENTIFIED.get(coding.event_type, ("Unidentified Armed Group", 3))
    country = lookup_country(location.country or "") if location is not None else None
    return (f"{base} ({country.name})" if country else base), inter


def _inter(actor: ActorRef | None) -> int | None:
    return actor.inter if actor is not None else None


def _associates(event: Event, actor2: ActorRef | None) -> tuple[list[str], list[str]]:
    """Names of associated actors, split by the main actor each is associated with."""
    side2 = {"actor2", actor2.name} if actor2 is not None else set()
    first: list[str] = []
    second: list[str] = []
    for actor in event.actors:
        if actor.role != "assoc":
            continue
        side = second if actor.associated_with in side2 else first
        if actor.name not in side:
            side.append(actor.name)
    return first, second


def _place_columns(event: Event, location: Location) -> AcledRow:
    country = lookup_country(location.country or "")
    if country is None:
        raise invalid(event.event_id, "iso", f"unknown country code {location.country!r}")
    return {
        "event_id_cnty": acled_event_id(country.iso3, event.event_id),
        "iso": country.iso_numeric,
        "region": country.region,
        "country": country.name,
        "admin1": location.admin1 or "",
        "admin2": location.admin2 or "",
        "admin3": "",
        "location": location.name,
        "latitude": round(location.lat, 4) if location.lat is not None else "",
        "longitude": round(location.lon, 4) if location.lon is not None else "",
        "geo_precision": location.precision.acled,
    }
