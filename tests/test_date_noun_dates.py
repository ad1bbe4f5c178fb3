"""A date written before a noun as its possessor or modifier dates that noun only
(sentences we wrote)."""

from __future__ import annotations

import datetime as dt

from tacitus.pipeline import Pipeline
from tacitus.records import Article

PUBLISHED = dt.date(2024, 3, 14)


def _dates(pipeline: Pipeline, text: str) -> dict[str, str | None]:
    adoc = pipeline.process(Article(id="t", text=text, published=PUBLISHED))
    return {e.trigger.text: e.date.text for e in adoc.events if e.trigger is not None}


def test_a_verdict_day_does_not_date_the_arrests_it_ends(pipeline: Pipeline) -> None:
    text = (
        "Police raided a campus in the capital on Monday. "
        "Wednesday's verdict ended the trial of six students arrested there."
    )
    assert _dates(pipeline, text)["arrested"] != "Wednesday"


def test_a_condemnation_is_not_of_the_day_of_what_it_condemns(pipeline: Pipeline) -> None:
    text = "The governor condemned Sunday's violence in the northern town."
    assert _dates(pipeline, text)["condemned"] is None


def test_a_date_on_the_event_noun_is_its_own(pipeline: Pipeline) -> None:
    text = "She said the April 14 arrest of a radio reporter was deeply troubling."
    assert _dates(pipeline, text)["arrest"] == "April 14"


def test_a_part_of_the_day_is_no_other_noun(pipeline: Pipeline) -> None:
    text = "Gunmen killed four farmers on Monday night near the river."
    assert _dates(pipeline, text)["killed"] == "on Monday night"


def test_a_dated_event_noun_in_a_quote_is_an_event(pipeline: Pipeline) -> None:
    """Quoted words open no event, save an event noun with its own date before it: the
    speaker tells of a dated act."""
    text = (
        "“These threats, along with the April 14 arrest of a radio reporter, are an "
        "unacceptable violation of basic rights,” the senator said."
    )
    assert _dates(pipeline, text)["arrest"] == "April 14"


def test_an_undated_event_noun_in_a_quote_is_no_event(pipeline: Pipeline) -> None:
    text = "“The arrest of a radio reporter is an unacceptable violation,” the senator said."
    assert "arrest" not in _dates(pipeline, text)
