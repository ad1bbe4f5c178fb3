"""Towns of several words that the gazetteer knows are places wherever the tagger put
them (a person, a group, or pieces), and the event keeps its place; a run that is part
of a longer name, or follows a title, is not taken."""

from __future__ import annotations

import datetime as dt

import pytest

from tacitus.geoparse import Geoparser
from tacitus.pipeline import Pipeline
from tacitus.pipeline.doc import PlaceMention
from tacitus.records import Article

pytestmark = pytest.mark.slow


def _mentions(geoparser: Geoparser, text: str) -> list[PlaceMention]:
    return geoparser.resolve_doc(geoparser.resources.nlp(text))


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Tal Afar fell to the militants after a week of street fighting.", "Tal Afar", "IRQ"),
        ("Lashkar Gah came under rocket fire again on Sunday night.", "Lashkar Gah", "AFG"),
        ("Wad Madani fell to the paramilitaries in the middle of December.", "Wad Madani", "SDN"),
        ("Thousands of civilians fled Khan Younis as the tanks moved in.", "Khan Younis", "PSE"),
        (
            "Gunmen opened fire on a checkpoint in Mazar-i-Sharif on Friday.",
            "Mazar-i-Sharif",
            "AFG",
        ),
        ("Shelling hit Idlib, Aleppo and Deir ez-Zor overnight.", "Deir ez-Zor", "SYR"),
        ("Snipers pinned down the convoy outside Lashkar Gah for hours.", "Lashkar Gah", "AFG"),
    ],
)
def test_a_known_town_of_several_words_is_found_and_placed(
    geoparser: Geoparser, text: str, name: str, country: str
) -> None:
    found = next(m for m in _mentions(geoparser, text) if m.text == name)
    assert found.place is not None
    assert found.place.country == country


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sheikh Khan Younis addressed the crowd after prayers.", "Khan Younis"),
        ("Commanders of the Tal Afar Brigade met in the capital.", "Tal Afar"),
    ],
)
def test_a_town_name_after_a_title_or_inside_a_longer_name_is_not_taken(
    geoparser: Geoparser, text: str, name: str
) -> None:
    assert all(m.text != name for m in _mentions(geoparser, text))


def test_the_event_keeps_the_town_the_tagger_called_a_person(pipeline: Pipeline) -> None:
    text = "Gunmen attacked Lashkar Gah on Sunday, killing four policemen."
    article = Article(id="t", text=text, published=dt.date(2024, 5, 8))
    events = [e for e in pipeline.process(article).events if e.status == "new"]
    assert events and events[0].location is not None
    assert events[0].location.country == "AFG"


def test_a_person_whose_name_runs_together_into_a_town_is_no_town(geoparser: Geoparser) -> None:
    text = "The delegation was led by Xie Yang, a vice minister of commerce."
    assert all(m.text != "Xie Yang" for m in _mentions(geoparser, text))
