"""Hostages taken and vehicles hijacked are abductions, with the takers first and the
people held second (sentences we wrote)."""

from __future__ import annotations

import datetime as dt

import pytest

from tacitus.pipeline import Pipeline
from tacitus.records import Article, Event

pytestmark = pytest.mark.slow


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    article = Article(id="t", text=text, published=dt.date(2024, 5, 6))
    return [e for e in pipeline.process(article).events if e.acled is not None]


def _sides(event: Event) -> tuple[str | None, str | None]:
    first, second = event.actor("actor1"), event.actor("actor2")
    return (first.name if first else None, second.name if second else None)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Houthi fighters seized a cargo ship in the Red Sea and took its 25 crew members "
            "hostage.",
            ("Houthi Movement", "Civilians (Yemen)"),
        ),
        (
            "Gunmen took 14 passengers hostage on a bus near Kayes.",
            ("Unidentified Armed Group (Mali)", "Civilians (Mali)"),
        ),
        (
            "Houthi fighters took 25 passengers hostage.",
            ("Houthi Movement", "Civilians (Yemen)"),
        ),
    ],
)
def test_hostage_takers_act_on_the_people_held(
    pipeline: Pipeline, text: str, sides: tuple[str, str]
) -> None:
    events = _events(pipeline, text)
    assert [e.acled.sub_event_type for e in events if e.acled] == ["Abduction/forced disappearance"]
    assert _sides(events[0]) == sides


def test_pirates_hijacking_a_ship_abduct(pipeline: Pipeline) -> None:
    text = "Somali pirates hijacked a bulk carrier off the coast of Puntland on Monday."
    events = _events(pipeline, text)
    assert [e.acled.sub_event_type for e in events if e.acled] == ["Abduction/forced disappearance"]
    assert _sides(events[0])[0] == "Unidentified Armed Group (Somalia)"
