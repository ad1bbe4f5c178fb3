"""Checks an ACLED row against the codebook before it is written."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from tacitus.coding.taxonomy import ACLED_DISORDER_TYPES, acled_interaction, is_acled_pair
from tacitus.errors import ExportError

AcledValue = str | int | float
AcledRow = Mapping[str, AcledValue]


def invalid(event_id: str, field: str, problem: str) -> ExportError:
    """The error for one bad field of one event, naming both."""
    return ExportError(f"event {event_id}: ACLED field {field!r} {problem}")


def validate_acled_row(event_id: str, row: AcledRow) -> None:
    """Raise :class:`ExportError` naming ``event_id`` and the field if ``row`` breaks ACLED."""
    _check_date(event_id, row)
    _check_types(event_id, row)
    _check_actors(event_id, row)
    _check_place(event_id, row)
    if not isinstance(row["fatalities"], int) or row["fatalities"] < 0:
        raise invalid(event_id, "fatalities", f"must be a count >= 0, got {row['fatalities']!r}")


def _check_date(event_id: str, row: AcledRow) -> None:
    try:
        dt.date.fromisoformat(str(row["event_date"]))
    except ValueError as exc:
        raise invalid(event_id, "event_date", f"is not YYYY-MM-DD: {row['event_date']!r}") from exc
    if row["time_precision"] not in (1, 2, 3):
        raise invalid(event_id, "time_precision", f"must be 1-3, got {row['time_precision']!r}")


def _check_types(event_id: str, row: AcledRow) -> None:
    event_type, sub_event_type = str(row["event_type"]), str(row["sub_event_type"])
    if not is_acled_pair(event_type, sub_event_type):
        raise invalid(
            event_id,
            "sub_event_type",
            f"{sub_event_type!r} is not a sub-event type of {event_type!r}",
        )
    if row["disorder_type"] not in ACLED_DISORDER_TYPES:
        raise invalid(event_id, "disorder_type", f"is not an ACLED value: {row['disorder_type']!r}")
    if row["civilian_targeting"] not in ("", "Civilian targeting"):
        raise invalid(event_id, "civilian_targeting", f"unexpected {row['civilian_targeting']!r}")


def _check_actors(event_id: str, row: AcledRow) -> None:
    inter1, inter2 = row["inter1"], row["inter2"]
    if not row["actor1"]:
        raise invalid(event_id, "actor1", "is empty: ACLED events need a first actor")
    if not isinstance(inter1, int) or not 1 <= inter1 <= 8:
        raise invalid(event_id, "inter1", f"must be an inter code 1-8, got {inter1!r}")
    low = 1 if row["actor2"] else 0
    high = 8 if row["actor2"] else 0
    if not isinstance(inter2, int) or not low <= inter2 <= high:
        expected = "1-8 with a second actor" if row["actor2"] else "0 without a second actor"
        raise invalid(event_id, "inter2", f"must be {expected}, got {inter2!r}")
    if row["interaction"] != acled_interaction(inter1, inter2 or None):
        raise invalid(
            event_id,
            "interaction",
            f"{row['interaction']!r} does not match inter1={inter1}, inter2={inter2}",
        )


def _check_place(event_id: str, row: AcledRow) -> None:
    if not isinstance(row["iso"], int) or not row["country"]:
        raise invalid(event_id, "iso", "has no known country")
    if row["geo_precision"] not in (1, 2, 3):
        raise invalid(event_id, "geo_precision", f"must be 1-3, got {row['geo_precision']!r}")
    lat, lon = row["latitude"], row["longitude"]
    if not isinstance(lat, float) or not -90.0 <= lat <= 90.0:
        raise invalid(event_id, "latitude", f"must be within -90..90, got {lat!r}")
    if not isinstance(lon, float) or not -180.0 <= lon <= 180.0:
        raise invalid(event_id, "longitude", f"must be within -180..180, got {lon!r}")
