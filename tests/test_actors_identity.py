"""Crowds named by who they are, end to end: demonyms, supporters, ethnic militias."""

from __future__ import annotations

import datetime as dt

import pytest

from tacitus.pipeline.pipeline import Pipeline
from tacitus.records import Article, Event


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    adoc = pipeline.process(Article(id="t", text=text, published=dt.date(2021, 3, 2)))
    return [e for e in adoc.events if e.acled is not None]


def _actors(event: Event) -> list[tuple[str, str, str | None]]:
    return [(a.role, a.name, a.associated_with) for a in event.actors]


def test_demonym_crowd_takes_its_country(pipeline: Pipeline) -> None:
    (event,) = _events(pipeline, "Palestinians protested in Ramallah on Monday.")
    assert ("actor1", "Protesters (Palestine)", None) in _actors(event)


def test_supporters_are_a_crowd_with_the_backed_actor_associated(pipeline: Pipeline) -> None:
    text = "Hundreds of supporters of opposition leader Raila Odinga marched in Nairobi on Monday."
    (event,) = _events(pipeline, text)
    actors = _actors(event)
    assert actors[0] == ("actor1", "Protesters (Kenya)", None)
    assert ("assoc", "Raila Odinga", "Protesters (Kenya)") in actors
    assert all(name != "Government of Kenya" for _, name, _ in actors)


def test_supporters_clashing_with_police_riot(pipeline: Pipeline) -> None:
    text = "Supporters of the Muslim Brotherhood clashed with police in Cairo on Monday."
    (event,) = _events(pipeline, text)
    assert event.acled is not None and event.acled.sub_event_type == "Violent demonstration"
    actors = _actors(event)
    assert actors[0] == ("actor1", "Rioters (Egypt)", None)
    assert ("assoc", "Muslim Brotherhood", "Rioters (Egypt)") in actors
    assert ("actor2", "Police Forces of Egypt", None) in actors


def test_people_named_attackers_are_an_identity_militia(pipeline: Pipeline) -> None:
    text = "Kurds attacked a police station in Diyarbakir on Sunday, killing two officers."
    (event,) = _events(pipeline, text)
    first = next(a for a in event.actors if a.role == "actor1")
    assert first.name == "Kurd Ethnic Militia (Turkey)" and first.inter == 4


def test_warriors_of_a_named_community_are_its_identity_militia(pipeline: Pipeline) -> None:
    text = (
        "Armed warriors from the Pokot community raided a kraal near Amudat in Uganda on "
        "Tuesday night, shooting dead two herders and driving off 300 cattle, officials said."
    )
    event = next(e for e in _events(pipeline, text) if e.status == "new")
    first = next(a for a in event.actors if a.role == "actor1")
    assert first.name == "Pokot Ethnic Militia (Uganda)" and first.inter == 4


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Tribal fighters attacked a police checkpoint near Marib on Sunday, killing two "
            "officers. The attackers belonged to the Abidah tribe, residents said.",
            "Abidah Tribal Militia (Yemen)",
        ),
        (
            "Clan militia fighters stormed a government post near Beledweyne on Sunday. "
            "Elders said the fighters were Hawadle clansmen.",
            "Hawadle Clan Militia (Somalia)",
        ),
        (  # two tribes named: no telling whose fighters they were
            "Tribal fighters attacked a police checkpoint near Marib on Sunday. Elders of "
            "the Abidah tribe and the Murad tribe called for calm.",
            "Unidentified Communal Militia (Yemen)",
        ),
    ],
)
def test_tribal_fighters_are_the_militia_of_the_one_tribe_named(
    pipeline: Pipeline, text: str, name: str
) -> None:
    events = pipeline.process(Article(id="t", text=text, published=dt.date(2024, 3, 12))).events
    first = events[0].actor("actor1")
    assert first is not None and first.name == name


def test_armed_youths_who_raid_are_a_communal_militia(pipeline: Pipeline) -> None:
    text = (
        "Armed youths from a neighbouring county stormed a cattle camp near Rumbek on "
        "Saturday, shooting dead six herders and driving away hundreds of cows."
    )
    event = next(e for e in _events(pipeline, text) if e.status == "new")
    first = next(a for a in event.actors if a.role == "actor1")
    assert first.name == "Unidentified Communal Militia (South Sudan)" and first.inter == 4


def test_raiders_a_source_describes_as_a_people_are_its_militia(pipeline: Pipeline) -> None:
    text = (
        "Armed youths shot dead nine herders in a raid on a cattle camp near Akobo on "
        "Thursday. The attackers, whom county officials described as Murle, drove off "
        "hundreds of cows."
    )
    event = next(e for e in _events(pipeline, text) if e.status == "new")
    first = next(a for a in event.actors if a.role == "actor1")
    assert first.name == "Murle Ethnic Militia (South Sudan)"


def test_youths_who_fight_a_battle_are_a_communal_militia(pipeline: Pipeline) -> None:
    text = (
        "Youths from Yei went after the cattle raiders and fought them near the Kaya road in "
        "South Sudan on Monday, officials said."
    )
    event = next(e for e in _events(pipeline, text) if e.status == "new")
    assert event.acled is not None and event.acled.sub_event_type == "Armed clash"
    first = next(a for a in event.actors if a.role == "actor1")
    assert first.name == "Unidentified Communal Militia (South Sudan)"


def test_youths_who_clash_with_police_still_riot(pipeline: Pipeline) -> None:
    text = "Youths clashed with police in Nairobi on Monday, throwing stones at officers."
    event = next(e for e in _events(pipeline, text) if e.status == "new")
    first = next(a for a in event.actors if a.role == "actor1")
    assert first.name == "Rioters (Kenya)"
