"""Where an event is placed when its own words name no place: not at the town named only
to say where another lies, and at a place its sentence names for another act before the
dateline's town (sentences we wrote)."""

from __future__ import annotations

import datetime as dt

from tacitus.pipeline import Pipeline
from tacitus.records import Article, Event, Location


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    adoc = pipeline.process(Article(id="t", text=text, published=dt.date(2025, 10, 20)))
    return [e for e in adoc.events if e.status == "new" and e.acled is not None]


def _first_location(pipeline: Pipeline, text: str) -> Location:
    """The location of the text's first new ACLED event (there must be one)."""
    events = _events(pipeline, text)
    assert events
    location = events[0].location
    assert location is not None
    return location


def test_the_town_that_says_where_a_village_lies_is_not_the_place(pipeline: Pipeline) -> None:
    text = (
        "Five farmers were hurt and at least ten cars were set ablaze in the village of "
        "al-Mughayyir, northeast of Ramallah, late on Saturday by masked settlers, medics "
        "said."
    )
    location = _first_location(pipeline, text)
    assert location.text == "al-Mughayyir"


def test_a_place_of_the_sentence_comes_before_the_dateline(pipeline: Pipeline) -> None:
    text = (
        "LA PAZ, Oct 20 (Tacitus Wire) - Riot police fired tear gas on Sunday to clear a "
        "road blockade at Caracollo, west of Oruro, and the protesters fought back with "
        "stones and dynamite, leaving nine officers hurt, police said."
    )
    events = _events(pipeline, text)
    assert [e.acled.sub_event_type for e in events if e.acled] == ["Violent demonstration"]
    location = events[0].location
    assert location is not None and location.text == "Caracollo"


def test_a_township_the_gazetteer_lacks_is_held_by_its_state(pipeline: Pipeline) -> None:
    text = (
        "Four farmers were killed on Friday when shells hit a village tract in Rathedaung "
        "township in Myanmar's Rakhine state, relatives said."
    )
    location = _first_location(pipeline, text)
    assert location.text == "Rathedaung"
    assert location.name == "Rakhine"


def test_a_township_of_a_city_is_more_precise_than_the_city(pipeline: Pipeline) -> None:
    text = (
        "MANDALAY, July 14 (Tacitus Wire) - Soldiers and police detained at least 30 "
        "people in night raids in Yangon's Hlaing Tharyar township on Monday, residents "
        "said."
    )
    location = _first_location(pipeline, text)
    assert location.text == "Hlaing Tharyar"


def test_the_edge_of_the_town_is_the_town_named_before(pipeline: Pipeline) -> None:
    text = (
        "Tension has grown in Lashio, a trading hub in northern Shan state, for weeks.\n\n"
        "The rebels said on Tuesday that they had stormed an army post on the western edge "
        "of the town, killing nine soldiers."
    )
    location = _first_location(pipeline, text)
    assert location.name == "Lashio"


def test_a_place_named_as_an_area_of_a_district_is_held_by_it(pipeline: Pipeline) -> None:
    text = (
        "Soldiers killed four insurgents in a raid in the Dasht area of Kech district on "
        "Tuesday, a military statement said."
    )
    location = _first_location(pipeline, text)
    assert location.text == "Dasht"
    assert location.name == "Kech District"
