"""Events told as what a report, film or inquiry is about, and media suspended: sentences
we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tacitus.pipeline import Pipeline
from tacitus.records import Article, Event

pytestmark = pytest.mark.slow


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    article = Article(id="t", text=text, published=dt.date(2025, 3, 12))
    return pipeline.process(article).events


def test_a_massacre_a_broadcaster_covered_is_no_new_event(pipeline: Pipeline) -> None:
    text = (
        "Niger's junta suspended the BBC for three months over its coverage of a massacre "
        "near Tillaberi."
    )
    events = _events(pipeline, text)
    assert [e.plover.event for e in events if e.status == "new"] == ["SANCTION"]
    sanction = events[0]
    assert sanction.actor("actor1") is not None
    assert sanction.actor("actor1").name == "Government of Niger"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        "The regional council opened an inquiry into a killing at the market.",
        "State television showed footage of an attack on a convoy.",
    ],
)
def test_events_told_as_a_reports_topic_are_not_new(pipeline: Pipeline, text: str) -> None:
    assert not [e for e in _events(pipeline, text) if e.acled is not None and e.status == "new"]


def test_suspending_a_match_is_no_sanction(pipeline: Pipeline) -> None:
    text = "The league suspended the match after fans threw flares onto the pitch."
    assert all(e.plover.event != "SANCTION" for e in _events(pipeline, text))
