"""A source that tells of its own act ("the army said it had repelled an attack") is
the one that acted; a person who tells of an act speaks of others as "they"; an attack
keeps its unnamed attacker first; and a place the names voted against is not the
article's country once a named group chose otherwise (sentences we wrote)."""

from __future__ import annotations

import datetime as dt

import pytest

from tacitus.pipeline import Pipeline
from tacitus.records import Article, Event


def _acled(pipeline: Pipeline, text: str) -> list[Event]:
    adoc = pipeline.process(Article(id="t", text=text, published=dt.date(2025, 6, 9)))
    return [e for e in adoc.events if e.acled is not None and e.status == "new"]


def _sides(event: Event) -> tuple[str | None, str | None]:
    one, two = event.actor("actor1"), event.actor("actor2")
    return (one.name if one else None, two.name if two else None)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "The army said it had repelled an attack by Boko Haram fighters on its base "
            "in Damasak on Sunday.",
            (
                "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad",
                "Military Forces of Nigeria",
            ),
        ),
        (
            "The army said on Sunday it had repelled an attack on its base in Damasak.",
            ("Unidentified Armed Group (Nigeria)", "Military Forces of Nigeria"),
        ),
    ],
)
def test_the_army_that_says_it_repelled_an_attack_is_its_second_side(
    pipeline: Pipeline, text: str, sides: tuple[str, str]
) -> None:
    events = _acled(pipeline, text)
    assert [_sides(e) for e in events] == [sides]


def test_a_person_speaks_of_the_attackers_as_they(pipeline: Pipeline) -> None:
    text = (
        "Gunmen attacked a camp for displaced people near Fataki on Sunday night.\n\n"
        "They came on foot and set fire to dozens of shelters, said Moise Lokana, who "
        "heads a youth group in Fataki."
    )
    names = {_sides(e)[0] for e in _acled(pipeline, text)}
    assert "Moise Lokana" not in names


def test_the_country_the_places_settle_in_is_the_articles(pipeline: Pipeline) -> None:
    text = "Three soldiers were killed in a clash with NPA rebels in Samar on Monday."
    events = _acled(pipeline, text)
    assert [_sides(e) for e in events] == [
        ("Military Forces of the Philippines", "New People's Army")
    ]
