"""PLOVER JSON Lines: one PLOVER event record per line (fields of the PLOVER manual).

Statements are PLOVER events too, so every status is written; a status other than "new"
is carried as PLOVER's auxiliary mode (historical, future, hypothetical, negation).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Final, TextIO

from tacitus.coding.taxonomy import PLOVER_EVENTS, PLOVER_QUAD
from tacitus.errors import ExportError
from tacitus.export.context import ExportContext
from tacitus.export.countries import lookup_country
from tacitus.export.report import ExportReport, ReportTally
from tacitus.records.event import ActorRef, Event, Location

JsonObject = dict[str, object]
_AUX_MODES: Final[dict[str, str]] = {
    "background": "historical",
    "future": "future",
    "hypothetical": "hypothetical",
    "negated": "negation",
}


def write_plover_jsonl(
    events: Iterable[Event], out: TextIO, context: ExportContext
) -> ExportReport:
    """Write each event as one PLOVER JSON record per line; all records are checked first."""
    tally = ReportTally(format="plover-jsonl")
    records = [plover_record(event, context) for event in events]
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False))
        out.write("\n")
    tally.wrote(len(records))
    return tally.freeze()


def plover_record(event: Event, context: ExportContext) -> JsonObject:
    """The PLOVER record of one event."""
    if event.plover.event not in PLOVER_EVENTS:
        raise ExportError(
            f"event {event.event_id}: PLOVER field 'event' is not a PLOVER type: "
            f"{event.plover.event!r}"
        )
    aux = _AUX_MODES.get(event.status)
    return {
        "id": event.event_id,
        "has_event": True,
        "date": event.date.start,
        "enddate": event.date.end,
        "actor": [_entity(a) for a in event.actors if a.role in ("actor1", "assoc")],
        "recipient": [_entity(a) for a in event.actors if a.role in ("actor2", "target")],
        "event": event.plover.event,
        "quad_code": PLOVER_QUAD[event.plover.event],
        "mode": [*event.plover.mode, *([aux] if aux else [])],
        "context": list(event.plover.context),
        "event_loc": _location(event.location) if event.location else None,
        "event_text": [event.trigger.text] if event.trigger else [],
        "size": {kind: _best(event, kind) for kind in ("dead", "injured", "arrested")},
        "text": " ".join(context.evidence_text(event)),
        **_citation(event, context),
        "coder": "tacitus",
        "coded_date": context.export_date,
        "comment": event.summary or "",
    }


def _citation(event: Event, context: ExportContext) -> JsonObject:
    articles = context.articles_of(event)
    first = articles[0] if articles else None
    return {
        "link": first.url if first and first.url else "",
        "cite_info": {
            "publication": "; ".join(context.sources(event)),
            "url": first.url if first else None,
            "title": first.title if first else None,
        },
    }


def _entity(actor: ActorRef) -> JsonObject:
    return {
        "code": actor.country or "",
        "sector": actor.sector or "",
        "entity_text": actor.text,
        "identifier_text": actor.name,
    }


def _location(location: Location) -> JsonObject:
    country = lookup_country(location.country) if location.country else None
    return {
        "extracted_place": location.text or location.name,
        "resolved_place": location.name,
        "geonameid": location.geonameid,
        "lat": location.lat,
        "lon": location.lon,
        "province": location.admin1,
        "district": location.admin2,
        "country": country.name if country else None,
        "country_code": country.iso3 if country else location.country,
        "feature_code": location.feature_code,
        "resolution": location.precision.plover,
    }


def _best(event: Event, kind: str) -> int | None:
    key = "fatalities" if kind == "dead" else kind
    count = next((c for k, c in event.counts.items() if k == key), None)
    return count.best if count is not None else None
