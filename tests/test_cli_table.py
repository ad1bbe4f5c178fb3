"""The terminal table of events: hedged and running-total figures read as such."""

from __future__ import annotations

import io

from rich.console import Console

from tacitus.cli.table import CUMULATIVE_NOTE, print_events
from tacitus.records.event import Count, Event
from test_export_factory import make_strike


def _printed(events: list[Event]) -> str:
    buffer = io.StringIO()
    print_events(Console(file=buffer, width=200), events)
    return buffer.getvalue()


def test_a_running_total_is_bracketed_and_explained() -> None:
    toll = Count(
        low=20, best=20, hedge="at least", text="at least 20 have died", span=(0, 5),
        cumulative=True,
    )  # fmt: skip
    shown = _printed([make_strike(counts={"fatalities": toll})])
    assert "(≥20)" in shown
    assert CUMULATIVE_NOTE in shown


def test_an_events_own_toll_is_plain() -> None:
    toll = Count(low=25, best=25, hedge="at least", text="at least 25 killed", span=(0, 5))
    shown = _printed([make_strike(counts={"fatalities": toll})])
    assert "≥25" in shown and "(≥25)" not in shown
    assert CUMULATIVE_NOTE not in shown
