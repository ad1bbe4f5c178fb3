"""What the API returns for an event: a table row, the reviewed record, its highlighted spans."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from pydantic import BaseModel

from tacitus.review import ReviewLedger, ReviewState, overlay


class EventRow(BaseModel):
    """One event as a row of the table, a point on the map and a bar of the timeline."""

    event_id: str
    article_ids: list[str]
    date_start: str
    date_end: str
    country: str | None
    admin1: str | None
    place: str | None
    lat: float | None
    lon: float | None
    event_type: str | None
    sub_event_type: str | None
    plover: str
    actor1: str | None
    actor2: str | None
    fatalities: int | None
    participants: int | None
    confidence: float
    status: str
    summary: str | None
    review: str | None
    edited: bool


class Highlight(BaseModel):
    """A span of the article text that some field of the event was read from."""

    field: str
    start: int
    end: int
    text: str | None = None


def reviewed_records(
    ledger: ReviewLedger, stored: Sequence[str]
) -> list[tuple[dict[str, Any], ReviewState | None]]:
    """Each stored event JSON parsed, with its review state and reviewed fields applied."""
    records = [json.loads(text) for text in stored]
    states = ledger.states([r["event_id"] for r in records])
    return [(overlay(r, states.get(r["event_id"])), states.get(r["event_id"])) for r in records]


def row(record: dict[str, Any], state: ReviewState | None) -> EventRow:
    """The table row of a (reviewed) event record."""
    return EventRow.model_validate(row_dict(record, state))


def row_dict(record: dict[str, Any], state: ReviewState | None) -> dict[str, Any]:
    """The fields of :class:`EventRow` for a (reviewed) event record, as plain JSON values."""
    location = record.get("location") or {}
    acled = record.get("acled") or {}
    return {
        "event_id": record["event_id"],
        "article_ids": record["article_ids"],
        "date_start": record["date"]["start"],
        "date_end": record["date"]["end"],
        "country": location.get("country"),
        "admin1": location.get("admin1"),
        "place": location.get("name"),
        "lat": location.get("lat"),
        "lon": location.get("lon"),
        "event_type": acled.get("event_type"),
        "sub_event_type": acled.get("sub_event_type"),
        "plover": record["plover"]["event"],
        "actor1": _actor(record, "actor1"),
        "actor2": _actor(record, "actor2"),
        "fatalities": _best(record, "fatalities"),
        "participants": _best(record, "participants"),
        "confidence": record.get("confidence", 0.5),
        "status": record.get("status", "new"),
        "summary": record.get("summary"),
        "review": state.action.value if state and state.action else None,
        "edited": bool(state and state.fields),
    }


def base_row_json(stored: str) -> str:
    """The table row of a stored event JSON, serialised, without its review fields.

    Pure in ``stored``, so the app keeps these in a bounded cache keyed by the stored text:
    an event whose JSON has not changed is never parsed again for a listing.
    """
    fields = row_dict(json.loads(stored), None)
    del fields["review"], fields["edited"]
    return json.dumps(fields, separators=(",", ":"))


def rows_json(
    stored: Sequence[tuple[str, str]],
    states: Mapping[str, ReviewState],
    *,
    base: Callable[[str], str] = base_row_json,
) -> str:
    """The JSON array of the table rows of ``(event_id, stored JSON)`` pairs.

    Events without reviewed fields reuse ``base`` (cached) and only append their review
    action; edited events are parsed, overlaid and serialised in full.
    """
    parts: list[str] = []
    for event_id, text in stored:
        state = states.get(event_id)
        if state is not None and state.fields:
            record = overlay(json.loads(text), state)
            parts.append(json.dumps(row_dict(record, state), separators=(",", ":")))
            continue
        action = state.action.value if state and state.action else None
        review = f'"{action}"' if action else "null"  # a ReviewAction: plain ASCII
        parts.append(f'{base(text)[:-1]},"review":{review},"edited":false}}')
    return f"[{','.join(parts)}]"


def highlights(record: dict[str, Any], *, article_id: str) -> list[Highlight]:
    """Every span of ``record`` that points into the article ``article_id``, in text order.

    A span names its article (``article_id``, set on the spans of merged events) or, by
    default, points into the record's first article.
    """
    first = (record.get("article_ids") or [None])[0]
    found = [
        h
        for h, owner in _spans(record)
        if owner == article_id or (owner is None and first == article_id)
    ]
    return sorted(found, key=lambda h: (h.start, -h.end, h.field))


def _spans(record: dict[str, Any]) -> Iterable[tuple[Highlight, str | None]]:
    named: list[tuple[str, dict[str, Any] | None]] = [
        ("date", record.get("date")),
        ("location", record.get("location")),
        ("trigger", record.get("trigger")),
    ]
    named.extend((f"actors.{a['role']}", a) for a in record.get("actors", []))
    named.extend((f"counts.{kind}", c) for kind, c in (record.get("counts") or {}).items())
    named.extend((f"claims.{c['field']}", c) for c in record.get("claims", []))
    named.extend(("evidence", e) for e in record.get("evidence", []))
    for field, part in named:
        if part and part.get("span"):
            start, end = part["span"]
            mark = Highlight(field=field, start=start, end=end, text=part.get("text"))
            yield mark, part.get("article_id")


def _actor(record: dict[str, Any], role: str) -> str | None:
    return next((a["name"] for a in record.get("actors", []) if a.get("role") == role), None)


def _best(record: dict[str, Any], kind: str) -> int | None:
    count = (record.get("counts") or {}).get(kind)
    return None if not count else count.get("best")
