"""A name after "the border with" is the land on the border's other side, whatever the
tagger calls it ("near the border with Mali", "Mali" read as a person); "with" elsewhere
names a partner, not a place."""

from __future__ import annotations

import datetime as dt

import pytest

from tacitus.pipeline import Pipeline
from tacitus.records import Article

pytestmark = pytest.mark.slow


def _places(pipeline: Pipeline, text: str) -> dict[str, str | None]:
    done = pipeline.process(Article(id="t", text=text, published=dt.date(2024, 5, 6)))
    return {m.text: m.place.country for m in done.places if m.place is not None}


def test_a_country_across_the_border_is_a_place(pipeline: Pipeline) -> None:
    text = "Gunmen attacked a village near the border with Niger on Sunday, killing five."
    assert _places(pipeline, text).get("Niger") == "NER"


def test_the_event_is_set_by_the_border_country(pipeline: Pipeline) -> None:
    text = "French soldiers fought militants close to the frontier with Mali on Sunday."
    events = pipeline.extract(text, published="2024-05-06")
    assert [e.location.country if e.location else None for e in events] == ["MLI"]


def test_a_name_met_with_is_no_place(pipeline: Pipeline) -> None:
    text = "The minister spoke with Kyauktaw on Sunday about the road."
    assert "Kyauktaw" not in _places(pipeline, text)
