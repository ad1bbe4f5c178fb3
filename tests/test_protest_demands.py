"""A protest's own demand is part of the protest, and what the parse hung on the demand
(the place, the crowd's size) stays with it; a strike one "goes on" or a rally one
"stages" is the crowd's (sentences we wrote)."""

from __future__ import annotations

import datetime as dt

import pytest

from tacitus.pipeline import Pipeline
from tacitus.records import Article, Event


def _new(pipeline: Pipeline, text: str) -> list[Event]:
    article = Article(id="t", text=text, published=dt.date(2024, 3, 14))
    return [e for e in pipeline.process(article).events if e.status == "new"]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Thousands of teachers went on strike in Kisumu on Tuesday to demand higher pay.",
            "Kisumu",
        ),
        (
            "Thousands of nurses staged a rally outside parliament in Accra on Tuesday to "
            "demand better pay.",
            "Accra",
        ),
    ],
)
def test_a_protest_and_its_demand_are_one_event_in_its_town(
    pipeline: Pipeline, text: str, town: str
) -> None:
    events = _new(pipeline, text)
    assert len(events) == 1
    event = events[0]
    assert event.acled is not None and event.acled.sub_event_type == "Peaceful protest"
    assert event.location is not None and event.location.name == town
    assert event.counts["participants"].best == 1000
    assert event.date.start == "2024-03-12"


def test_staged_is_read_as_stage(pipeline: Pipeline) -> None:
    """The small English model lemmatizes "staged" as "stag"; the pipeline mends it."""
    doc = pipeline.resources.nlp("Nurses staged a rally.")
    assert doc[1].lemma_ == "stage"


def test_arresting_journalists_at_a_march_is_no_intervention_in_it(pipeline: Pipeline) -> None:
    text = (
        "Thousands of students marched in Minsk on Tuesday. Police detained two reporters "
        "who were filming the march."
    )
    coded = sorted(e.acled.sub_event_type for e in _new(pipeline, text) if e.acled is not None)
    assert coded == ["Arrests", "Peaceful protest"]


def test_arrests_of_people_after_a_march_are_its_intervention(pipeline: Pipeline) -> None:
    text = "Thousands of students marched in Minsk on Tuesday. Police arrested 40 people."
    events = _new(pipeline, text)
    assert [e.acled.sub_event_type for e in events if e.acled] == ["Protest with intervention"]
    assert events[0].counts["arrested"].best == 40
