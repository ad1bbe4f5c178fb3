"""A way named by the towns it joins ("the Kaduna-Abuja highway"): each town is a place,
and an event on the way is placed near one of them (sentences we wrote)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tacitus.mentions.route_ends import route_ends
from tacitus.pipeline import Pipeline
from tacitus.records import Article


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("Gunmen kidnapped six travellers on the Kaduna-Abuja highway.", ["Kaduna", "Abuja"]),
        ("Bandits ambushed a convoy on the Gao-Ansongo-Menaka road.", ["Gao", "Ansongo", "Menaka"]),
        ("The Iran-Iraq war ended in 1988.", []),
        ("The Britain-based group said so.", []),
    ],
)
def test_the_towns_a_way_is_named_by(nlp: Language, text: str, ends: list[str]) -> None:
    assert [s.text for s in route_ends(nlp(text))] == ends


def test_an_event_on_the_way_is_near_its_town(pipeline: Pipeline) -> None:
    text = "A roadside bomb struck a bus on the Maiduguri-Damboa road on Monday, killing four."
    article = Article(id="t", text=text, published=dt.date(2024, 3, 12))
    event = next(e for e in pipeline.process(article).events if e.acled is not None)
    assert event.location is not None
    assert event.location.name in ("Maiduguri", "Damboa")
    assert event.location.country == "NGA"
    assert event.location.precision.acled == 2


def test_an_ambush_between_two_towns_is_one_event_at_the_first(pipeline: Pipeline) -> None:
    text = "Gunmen ambushed a bus between Kaduna and Zaria in Nigeria on Friday, killing two."
    article = Article(id="t", text=text, published=dt.date(2024, 5, 14))
    events = [e for e in pipeline.process(article).events if e.acled is not None]
    assert len(events) == 1
    assert events[0].location is not None
    assert events[0].location.name == "Kaduna"
