"""Places the tagger cuts or misreads: a village's name joined by a hyphen, a town a
distance is measured from, and a police station in the dateline's town (sentences we
wrote)."""

from __future__ import annotations

import datetime as dt

from tacitus.pipeline import Pipeline
from tacitus.records import Article, Event


def _new(pipeline: Pipeline, text: str, published: dt.date) -> list[Event]:
    adoc = pipeline.process(Article(id="t", text=text, published=published))
    return [e for e in adoc.events if e.acled is not None and e.status == "new"]


def test_a_hyphened_village_name_is_one_place(pipeline: Pipeline) -> None:
    text = (
        "Gunmen attacked Tse-Ikyo, a farming village in the Logo local government area of "
        "Benue state, on Friday night, killing seven people."
    )
    (event,) = _new(pipeline, text, dt.date(2025, 3, 2))
    place = event.location
    assert place is not None and place.text == "Tse-Ikyo" and place.country == "NGA"


def test_a_town_a_distance_is_measured_from_holds_the_village(pipeline: Pipeline) -> None:
    text = (
        "Raiders shot dead four herders on Saturday at Wunlang, about 20 km north of Bor in "
        "Jonglei state, a local official said."
    )
    (event,) = _new(pipeline, text, dt.date(2025, 3, 2))
    place = event.location
    assert place is not None and place.text == "Wunlang" and place.name == "Bor"


def test_a_crowd_outside_the_police_station_is_in_the_dateline_town(pipeline: Pipeline) -> None:
    text = (
        "LUSAKA, March 2 (Tacitus Wire) - Police used batons on Saturday to disperse some 30 "
        "relatives of detained miners who had gathered outside the police station."
    )
    (event,) = _new(pipeline, text, dt.date(2025, 3, 2))
    place = event.location
    assert place is not None and place.name == "Lusaka"
