"""A count told "since" a day is a running tally, not one event of that day; a toll's own
"since" dates no event (sentences we wrote)."""

from __future__ import annotations

import datetime as dt

import pytest

from tacitus.pipeline import Pipeline
from tacitus.records import Article, Event

# A Thursday.
PUBLISHED = dt.date(2024, 3, 14)


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    return pipeline.process(Article(id="t", text=text, published=PUBLISHED)).events


@pytest.mark.parametrize(
    "text",
    [
        "More than 800 people have been killed in the fighting since October, the UN said.",
        "Clashes since Sunday have left eleven people dead in Misrata.",
        "Police have detained 60 people since Monday, the interior ministry said.",
    ],
)
def test_a_count_since_a_day_is_an_aggregate(pipeline: Pipeline, text: str) -> None:
    assert [e.status for e in _events(pipeline, text)] == ["aggregate"]


def test_a_count_since_a_moment_told_before_is_an_aggregate(pipeline: Pipeline) -> None:
    text = (
        "A truce took effect in June. Officials say 45 villagers have been killed by drone "
        "strikes since then."
    )
    killed = [e for e in _events(pipeline, text) if e.counts.get("fatalities") is not None]
    assert [e.status for e in killed] == ["aggregate"]


def test_the_tolls_own_since_does_not_date_the_killing(pipeline: Pipeline) -> None:
    text = "Two more marchers were shot dead in Sylhet, bringing the toll since Monday to 14."
    [event] = _events(pipeline, text)
    assert event.status == "new"
    assert event.counts["fatalities"].best == 2


@pytest.mark.parametrize(
    "text",
    [
        "The rebels have launched dozens of drone attacks on the port since November.",
        "Militants carried out hundreds of bombings in the province last year.",
    ],
)
def test_acts_counted_by_the_dozen_are_an_aggregate(pipeline: Pipeline, text: str) -> None:
    assert "new" not in [e.status for e in _events(pipeline, text)]


def test_one_series_of_blasts_stays_an_event(pipeline: Pipeline) -> None:
    text = "A series of explosions shook the port of Aden on Tuesday."
    assert [e.status for e in _events(pipeline, text)] == ["new"]
