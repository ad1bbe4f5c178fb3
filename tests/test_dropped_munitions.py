"""Munitions dropped from the air and shells sent by a named force (sentences we wrote):
"helicopters dropped barrel bombs" is an air strike, the munition dropped no event of its
own, and "a shell fired by the army" was the army's; a place told from another ("the
village of X, west of Y") places nothing apart."""

from __future__ import annotations

import datetime as dt

import pytest

from tacitus.pipeline import Pipeline
from tacitus.records import Article, Event


def _acled(pipeline: Pipeline, text: str) -> list[Event]:
    adoc = pipeline.process(Article(id="t", text=text, published=dt.date(2025, 11, 12)))
    return [e for e in adoc.events if e.acled is not None and e.status == "new"]


@pytest.mark.parametrize(
    "text",
    [
        "Army helicopters dropped barrel bombs on the town of Saraqib on Monday.",
        "A drone dropped explosives on a market in Tessit on Monday, killing four people.",
        "A drone dropped a grenade on a bus in Kherson on Monday, wounding two passengers.",
    ],
)
def test_munitions_dropped_from_the_air_are_one_air_strike(pipeline: Pipeline, text: str) -> None:
    events = _acled(pipeline, text)
    assert [e.acled.sub_event_type for e in events if e.acled] == ["Air/drone strike"]


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors dropped the charges against the activists on Monday.",
        "Aircraft dropped food and medicine on the besieged town on Monday.",
    ],
)
def test_charges_and_aid_dropped_are_no_strike(pipeline: Pipeline, text: str) -> None:
    assert _acled(pipeline, text) == []


def test_a_shell_fired_by_a_named_force_was_its_attack(pipeline: Pipeline) -> None:
    text = (
        "A mortar shell fired by the Sudanese army landed on a market in Omdurman on "
        "Monday, killing nine civilians, activists said."
    )
    events = _acled(pipeline, text)
    assert len(events) == 1
    actor = events[0].actor("actor1")
    assert actor is not None and actor.name == "Military Forces of Sudan"


def test_a_place_told_from_another_goes_with_that_one(pipeline: Pipeline) -> None:
    text = (
        "Artillery shelled Kherson on Monday, killing two people.\n\n"
        "Separately, a woman was killed in the village of Bilozerka, west of Kherson, when "
        "a drone dropped an explosive on her garden, officials said."
    )
    events = _acled(pipeline, text)
    places = sorted(e.location.name for e in events if e.location is not None)
    assert places == ["Bilozerka", "Kherson"]


def test_drones_shot_down_by_no_one_named_fell_to_the_countrys_military(
    pipeline: Pipeline,
) -> None:
    text = "Three drones were shot down over Bryansk region overnight, the governor said."
    events = _acled(pipeline, text)
    assert [e.acled.sub_event_type for e in events if e.acled] == ["Disrupted weapons use"]
    actor = events[0].actor("actor1")
    assert actor is not None and actor.name == "Military Forces of Russia"


def test_a_suicide_bomber_striking_is_no_aircraft(pipeline: Pipeline) -> None:
    text = "A suicide bomber struck an army checkpoint near Baidoa on Tuesday, killing five."
    events = _acled(pipeline, text)
    assert [e.acled.sub_event_type for e in events if e.acled] == ["Suicide bomb"]


def test_a_town_beside_a_way_named_by_its_towns_places_the_event(pipeline: Pipeline) -> None:
    text = "A bomb hit a bus on the Quetta-Sukkur highway near Sibi on Sunday, killing six."
    events = _acled(pipeline, text)
    assert [e.location.name for e in events if e.location is not None] == ["Sibi"]
