"""Whose aircraft struck: "a military jet" is the state's own military, as "an army
helicopter" is, while an aircraft with no owner named stays unidentified (sentences we
wrote)."""

from __future__ import annotations

import datetime as dt

import pytest

from tacitus.pipeline import Pipeline
from tacitus.records import Article


def _actor1(pipeline: Pipeline, text: str) -> str | None:
    adoc = pipeline.process(Article(id="t", text=text, published=dt.date(2025, 11, 12)))
    events = [e for e in adoc.events if e.status == "new" and e.acled is not None]
    assert events
    actor = events[0].actor("actor1")
    return actor.name if actor else None


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        (
            "A clinic in Mindat was hit on Monday by rockets fired from a military jet, "
            "killing three nurses, Myanmar residents said.",
            "Military Forces of Myanmar",
        ),
        (
            "Military helicopters strafed a market near Mindat in Myanmar on Monday, "
            "killing five traders, witnesses said.",
            "Military Forces of Myanmar",
        ),
        (
            "A drone struck a market near Mindat in Myanmar on Monday, killing five "
            "traders, witnesses said.",
            "Unidentified Military Forces",
        ),
        (
            "Junta aircraft bombed a village school near Mindat on Monday, killing seven "
            "pupils, residents said.",
            "Military Forces of Myanmar",
        ),
    ],
)
def test_an_aircraft_is_its_named_owners(pipeline: Pipeline, text: str, actor1: str) -> None:
    assert _actor1(pipeline, text) == actor1
