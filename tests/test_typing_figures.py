"""Violent verbs as figures of speech, strikes prevented (ACLED's "Disrupted weapons
use"), violence by a mob ("Mob violence"), truces and prisoner swaps ("Agreement") and
property burned down, on sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tacitus.pipeline import Pipeline
from tacitus.records import Article

DISRUPTED = "Disrupted weapons use"


def _sub_types(pipeline: Pipeline, text: str) -> list[str]:
    adoc = pipeline.process(Article(id="t", text=text, published=dt.date(2024, 5, 20)))
    return [e.acled.sub_event_type for e in adoc.events if e.acled is not None]


@pytest.mark.parametrize(
    "text",
    [
        "The finance committee shot down the proposal on Thursday.",
        "Reviewers attacked the new novel for its thin plot.",
        "The carrier killed its unprofitable route to Lisbon on Tuesday.",
        "The sequel bombed at the box office over the holiday weekend.",
        "The leak blew up the coalition talks on Thursday.",
        "The editorial attacked the reform as a giveaway to landlords.",
        "The footage was shot by a shopkeeper across the road on Thursday.",
        "In a second video, which seems to have been shot from a balcony, the crowd runs.",
        "Schools will reopen on Thursday despite exploding infection numbers.",
        "The number of displaced families exploded over the winter.",
    ],
)
def test_a_blow_at_an_idea_or_a_work_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert _sub_types(pipeline, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Rebels attacked the convoy near the bridge on Thursday.",
        "Gunmen shot down a police helicopter near the border on Thursday.",
        "Gunmen attacked a fashion show in Herat on Thursday.",
        "Militants attacked the coalition near Kandahar on Thursday.",
        "Militants deliberately detonated a bomb near the market in Baidoa on Thursday.",
        "Soldiers shot a photographer outside the court in Bamako on Thursday.",
        "An exploding shell wounded two children near the market in Baidoa on Thursday.",
    ],
)
def test_a_blow_at_people_or_things_stays_violence(pipeline: Pipeline, text: str) -> None:
    assert _sub_types(pipeline, text)
    assert DISRUPTED not in _sub_types(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Air defence units shot down three drones over Kursk on Sunday.",
        "The navy intercepted two anti-ship missiles over the Red Sea on Sunday.",
        "Gunners shot down 40 of 52 drones launched by Russia overnight, the navy said.",
    ],
)
def test_strikes_prevented_are_disrupted_weapons(pipeline: Pipeline, text: str) -> None:
    assert DISRUPTED in _sub_types(pipeline, text)


def test_an_intercepted_letter_is_no_event(pipeline: Pipeline) -> None:
    assert _sub_types(pipeline, "Customs officers intercepted a letter on Sunday.") == []


MOB = "Mob violence"


@pytest.mark.parametrize(
    "text",
    [
        "A mob attacked a man accused of stealing a goat in Kano on Monday.",
        "Villagers beat a suspected robber to death near Kitale on Monday.",
        "The man was beaten by a crowd outside the bus station in Kumasi on Monday.",
        "Supporters of the ruling party attacked a reporter with sticks in Kumasi on Monday.",
    ],
)
def test_violence_by_a_mob_is_mob_violence(pipeline: Pipeline, text: str) -> None:
    assert MOB in _sub_types(pipeline, text)


def test_party_supporters_who_attack_are_rioters_against_their_victims(
    pipeline: Pipeline,
) -> None:
    text = "Supporters of the ruling party attacked a reporter with sticks in Kumasi on Monday."
    adoc = pipeline.process(Article(id="t", text=text, published=dt.date(2024, 5, 20)))
    (event,) = adoc.events
    roles = {r.role: r.name for r in event.actors if r.role in ("actor1", "actor2")}
    assert roles == {"actor1": "Rioters (Ghana)", "actor2": "Civilians (Ghana)"}


def test_gunmen_attack(pipeline: Pipeline) -> None:
    text = "Gunmen attacked a man outside the bus station in Kumasi on Monday."
    assert MOB not in _sub_types(pipeline, text)


AGREEMENT = "Agreement"


@pytest.mark.parametrize(
    "text",
    [
        "The two armies agreed to a prisoner swap in Istanbul on Monday.",
        "The militia and the army exchanged 30 detainees near Aden on Monday.",
        "Both factions agreed on a ceasefire in Jeddah on Monday.",
    ],
)
def test_truces_and_prisoner_swaps_are_agreements(pipeline: Pipeline, text: str) -> None:
    assert AGREEMENT in _sub_types(pipeline, text)


def test_agreeing_to_reopen_a_road_is_no_acled_agreement(pipeline: Pipeline) -> None:
    text = "The two ministers agreed to reopen the border road on Monday."
    assert AGREEMENT not in _sub_types(pipeline, text)


def test_homes_burned_down_are_destroyed_property(pipeline: Pipeline) -> None:
    text = "Unidentified men burned down a row of shops in Bouake on Monday."
    assert "Looting/property destruction" in _sub_types(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Army sappers safely detonated a landmine found on the road near Gao on Monday.",
        "A bomb disposal squad blew up the device in a controlled explosion on Monday.",
    ],
)
def test_a_bomb_made_safe_is_disrupted_weapons(pipeline: Pipeline, text: str) -> None:
    types = _sub_types(pipeline, text)
    assert DISRUPTED in types
    assert "Remote explosive/landmine/IED" not in types


def test_a_bomb_set_off_by_militants_stays_a_bombing(pipeline: Pipeline) -> None:
    text = "Militants detonated a roadside bomb near a patrol in Gao on Monday."
    assert "Remote explosive/landmine/IED" in _sub_types(pipeline, text)


def test_drones_destroyed_before_launch_are_a_disrupted_strike(pipeline: Pipeline) -> None:
    text = (
        "Navy forces destroyed two drones that the rebels were preparing to launch near "
        "Hodeidah on Sunday."
    )
    assert _sub_types(pipeline, text) == [DISRUPTED]


def test_destroying_anything_else_is_no_disrupted_strike(pipeline: Pipeline) -> None:
    assert DISRUPTED not in _sub_types(pipeline, "The floods destroyed hundreds of homes.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A crowd stoned a woman accused of witchcraft to death near Mbale on Monday.", MOB),
        (
            "Youths stoned police cars in Kisumu after the vote count on Monday.",
            "Violent demonstration",
        ),
    ],
)
def test_stoning_a_person_is_mob_violence_and_stoning_the_police_a_riot(
    pipeline: Pipeline, text: str, expected: str
) -> None:
    assert _sub_types(pipeline, text) == [expected]
