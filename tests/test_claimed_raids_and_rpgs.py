"""Ground attacks told with a shoulder-fired weapon, and raids that a group claims."""

from __future__ import annotations

import datetime as dt

from tacitus.pipeline.pipeline import Pipeline
from tacitus.records import Article, Event


def _new(pipeline: Pipeline, text: str) -> list[Event]:
    adoc = pipeline.process(Article(id="t", text=text, published=dt.date(2026, 7, 3)))
    return [e for e in adoc.events if e.acled is not None and e.status == "new"]


def test_rocket_propelled_grenades_carried_are_no_shelling(pipeline: Pipeline) -> None:
    text = (
        "Gunmen carrying assault rifles and rocket-propelled grenades attacked an army "
        "outpost outside Kidal on Wednesday night, killing three soldiers, officials said."
    )
    (event,) = _new(pipeline, text)
    assert event.acled is not None and event.acled.sub_event_type == "Armed clash"


def test_rockets_fired_are_still_shelling(pipeline: Pipeline) -> None:
    text = "Rebels fired rockets at an army base near Goma on Tuesday, killing two soldiers."
    (event,) = _new(pipeline, text)
    assert event.acled is not None
    assert event.acled.sub_event_type == "Shelling/artillery/missile attack"


def test_a_claimed_raid_names_the_group_that_struck(pipeline: Pipeline) -> None:
    text = (
        "A border post near Chaman was attacked before dawn on Wednesday by a band of "
        "militants, leaving two guards dead. Responsibility for the raid was claimed on "
        "Thursday by the Tehreek-e-Taliban Pakistan."
    )
    (event,) = _new(pipeline, text)
    first = event.actor("actor1")
    assert first is not None and first.name == "Tehrik-i-Taliban Pakistan"


def test_a_police_raid_is_still_no_attack(pipeline: Pipeline) -> None:
    text = "Officers carried out a raid on a flat in Karachi on Monday and detained two men."
    events = _new(pipeline, text)
    assert [e.acled.sub_event_type for e in events if e.acled is not None] == ["Arrests"]
