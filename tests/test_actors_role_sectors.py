"""The CAMEO role of an actor's noun (judges, parliaments, students, farmers) beside the
ACLED actor it is coded as (sentences we wrote)."""

from __future__ import annotations

import datetime as dt

import pytest

from tacitus.actors import ActorKB
from tacitus.actors.roles import refined_sector, role_sector
from tacitus.pipeline import Pipeline
from tacitus.records import ActorRef, Article


def _actor(pipeline: Pipeline, text: str, role: str = "actor1") -> ActorRef:
    article = Article(id="t", text=text, published=dt.date(2024, 5, 6))
    event = pipeline.process(article).events[0]
    found = event.actor(role)  # type: ignore[arg-type]
    assert found is not None, event.actors
    return found


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Argentine judge", "JUD"),
        ("the Supreme Court", "JUD"),
        ("Poland's parliament", "LEG"),
        ("striking paper workers", "LAB"),
        ("the Miners' Workers' Union", "LAB"),
        ("aid workers", "CVL"),
        ("Chechen refugees", "REF"),
        ("gunmen", None),
    ],
)
def test_the_closing_noun_names_the_role(text: str, sector: str | None) -> None:
    assert role_sector(text) == sector


def test_forces_and_armed_crowds_keep_their_sector() -> None:
    kb = ActorKB.load()
    police = kb.resolve("Kenyan police")
    gunmen = kb.resolve("gunmen")
    assert police is not None and gunmen is not None
    assert refined_sector("police officers guarding the court", police) == police.sector
    assert refined_sector("armed herders", gunmen) == gunmen.sector


@pytest.mark.parametrize(
    ("text", "role", "name", "sector"),
    [
        (
            "Students marched to the ministry in Dhaka on Monday to demand lower fees.",
            "actor1",
            "Protesters (Bangladesh)",
            "EDU",
        ),
        (
            "Farmers blocked the main highway near Lahore on Monday to protest wheat prices.",
            "actor1",
            "Protesters (Pakistan)",
            "AGR",
        ),
        (
            "Gunmen shot dead two journalists outside their office in Kismayo on Sunday.",
            "actor2",
            "Civilians (Somalia)",
            "JRN",
        ),
        (
            "Kenya's parliament demanded on Monday that the police chief resign.",
            "actor1",
            "Government of Kenya",
            "LEG",
        ),
    ],
)
def test_an_event_actor_keeps_its_acled_name_and_takes_the_role(
    pipeline: Pipeline, text: str, role: str, name: str, sector: str
) -> None:
    actor = _actor(pipeline, text, role)
    assert (actor.name, actor.sector) == (name, sector)


def test_a_government_named_by_an_office_stays_government(pipeline: Pipeline) -> None:
    actor = _actor(pipeline, "Kenya's interior minister threatened on Monday to ban the rally.")
    assert (actor.name, actor.sector) == ("Government of Kenya", "GOV")
