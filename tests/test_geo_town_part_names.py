"""A name set before a noun for a part of a town ("the Kibera slum", "the Ahero township")
names that place, not whose it is: an event of the people there is placed in it."""

from __future__ import annotations

import datetime as dt

import pytest

from tacitus.pipeline import Pipeline
from tacitus.records import Article

pytestmark = pytest.mark.slow


def _event_places(pipeline: Pipeline, text: str) -> list[str | None]:
    done = pipeline.process(Article(id="t", text=text, published=dt.date(2024, 5, 6)))
    return [e.location.text if e.location else None for e in done.events]


def test_a_slum_named_in_the_crowds_phrase_places_the_protest(pipeline: Pipeline) -> None:
    text = "Traders in the Kibera slum demonstrated on Friday against new market fees."
    assert _event_places(pipeline, text) == ["Kibera"]


def test_a_countrys_name_before_an_actor_is_still_whose(pipeline: Pipeline) -> None:
    text = "Kenya police dispersed traders who demonstrated on Friday against new fees."
    assert "Kenya" not in _event_places(pipeline, text)
