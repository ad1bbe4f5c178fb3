"""An event with no place of its own, in an article whose places voted no country, is set
in the one country of the article's places, else of its actors, at country precision."""

from __future__ import annotations

import datetime as dt

import pytest

from tacitus.pipeline import Pipeline
from tacitus.records import Article

pytestmark = pytest.mark.slow


def _locations(pipeline: Pipeline, text: str) -> list[tuple[str | None, int | None]]:
    done = pipeline.process(Article(id="t", text=text, published=dt.date(2024, 5, 6)))
    return [
        (e.location.country, e.location.precision.acled) if e.location else (None, None)
        for e in done.events
    ]


def test_the_actors_country_stands_in_for_an_unfound_village(pipeline: Pipeline) -> None:
    text = (
        "Gunmen on motorcycles killed 20 villagers in an attack on Tassiaga village on "
        "Sunday, Niger's defence ministry said."
    )
    assert _locations(pipeline, text) == [("NER", 3)]


def test_actors_of_two_countries_give_no_place(pipeline: Pipeline) -> None:
    text = (
        "Hamas fighters and Hezbollah gunmen attacked an army patrol overnight, killing two "
        "soldiers, witnesses said."
    )
    assert _locations(pipeline, text) == [(None, None)]


def test_the_articles_places_outrank_its_actors(pipeline: Pipeline) -> None:
    # JNIM is coded to Mali; Djibo is a town of Burkina Faso.
    text = "JNIM fighters besieged Djibo for months, cutting off food supplies."
    assert _locations(pipeline, text) == [("BFA", 3)]
