"""A readable table of events for the terminal."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.table import Table
from rich.text import Text

from tacitus.records import Event

_NO_WRAP = frozenset({"date", "killed", "injured", "crowd"})


def _count(event: Event, kind: str) -> str:
    count = event.counts.get(kind)  # type: ignore[call-overload]
    if count is None or count.best is None:
        return ""
    prefix = "≥" if count.hedge in ("at least", "more than") else ""
    figure = f"{prefix}{count.best}"
    return f"({figure})" if count.cumulative else figure


def _type(event: Event) -> str:
    if event.acled is not None:
        return event.acled.sub_event_type
    return f"{event.plover.event} (statement)"


def _actors(event: Event) -> str:
    one, two = event.actor("actor1"), event.actor("actor2")
    names = [a.name for a in (one, two) if a is not None]
    return " vs ".join(names)


CUMULATIVE_NOTE = "(N): a running total the report gives, not this event's own figure"


def events_table(events: Sequence[Event], *, title: str | None = None) -> Table:
    """A rich Table with one row per event; a running total is shown in brackets."""
    cumulative = any(c.cumulative for e in events for c in e.counts.values())
    caption = CUMULATIVE_NOTE if cumulative else None
    table = Table(title=title, caption=caption, show_lines=False, expand=False)
    for column in ("date", "status", "type", "place", "actors", "killed", "injured", "crowd"):
        table.add_column(column, overflow="fold", no_wrap=column in _NO_WRAP)
    for event in events:
        place = event.location.name if event.location else ""
        if event.location and event.location.country:
            place = f"{place} ({event.location.country})"
        cells = (
            event.date.start,
            event.status,
            _type(event),
            place,
            _actors(event),
            _count(event, "fatalities"),
            _count(event, "injured"),
            _count(event, "participants"),
        )
        table.add_row(*(Text(cell) for cell in cells))
    return table


def print_events(console: Console, events: Sequence[Event], *, title: str | None = None) -> None:
    """Print ``events`` as a table (or say there are none)."""
    if not events:
        console.print("no events")
        return
    console.print(events_table(events, title=title))
