"""What the doers of an act said as they acted is no public statement; a spokesman's
accusation is (sentences we wrote)."""

from __future__ import annotations

import datetime as dt

from tacitus.pipeline import Pipeline
from tacitus.records import Article

# A Thursday.
PUBLISHED = dt.date(2025, 11, 20)


def _accusations(pipeline: Pipeline, text: str) -> list[str]:
    events = pipeline.process(Article(id="t", text=text, published=PUBLISHED)).events
    return [e.status for e in events if e.plover.event == "ACCUSE"]


def test_what_the_attackers_said_in_the_raid_is_no_statement(pipeline: Pipeline) -> None:
    text = (
        "Residents said the gunmen went from house to house and accused the villagers of "
        "helping the army."
    )
    assert "new" not in _accusations(pipeline, text)


def test_a_spokesmans_accusation_stays_a_statement(pipeline: Pipeline) -> None:
    text = "A rebel spokesman accused the army of killing the villagers on Wednesday."
    assert _accusations(pipeline, text) == ["new"]
