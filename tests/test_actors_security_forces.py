"""Unqualified "security forces" are the police, as ACLED reads them, unless the military
itself tells of their act (sentences we wrote)."""

from __future__ import annotations

import datetime as dt

import pytest

from tacitus.pipeline import Pipeline
from tacitus.records import Article


def _actor1(pipeline: Pipeline, text: str) -> str | None:
    adoc = pipeline.process(Article(id="t", text=text, published=dt.date(2026, 3, 18)))
    events = [e for e in adoc.events if e.status == "new" and e.acled is not None]
    assert events
    actor = events[0].actor("actor1")
    return actor.name if actor else None


@pytest.mark.parametrize(
    ("source", "actor1"),
    [
        ("the army said", "Military Forces of Pakistan"),
        (
            "the military's press office, Inter-Services Public Relations, said",
            "Military Forces of Pakistan",
        ),
        ("police said", "Police Forces of Pakistan"),
    ],
)
def test_security_forces_the_military_tells_of_are_its_own(
    pipeline: Pipeline, source: str, actor1: str
) -> None:
    text = (
        "Security forces shot dead four insurgents in a raid on a hideout near Panjgur in "
        f"Pakistan on Monday, {source}."
    )
    assert _actor1(pipeline, text) == actor1
