"""A pronoun that acts stands for the actor named before it, known to the knowledge base
or not (sentences we wrote)."""

from __future__ import annotations

import datetime as dt

import pytest

from tacitus.pipeline import Pipeline
from tacitus.records import Article


def _first_actors(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    adoc = pipeline.process(Article(id="t", text=text, published=dt.date(2024, 5, 6)))
    return [(r.name, r.text) for e in adoc.events for r in e.actors if r.role == "actor1"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Opposition leader Ana Lopes said she would boycott the elections.", "Ana Lopes"),
        (
            "Sudanese exiles said they would boycott the peace talks in Nairobi.",
            "Sudanese exiles",
        ),
    ],
)
def test_a_pronoun_stands_for_an_actor_named_as_written(
    pipeline: Pipeline, text: str, actor: str
) -> None:
    assert (actor, actor) in _first_actors(pipeline, text)


def test_a_pronoun_for_a_known_actor_takes_its_entry(pipeline: Pipeline) -> None:
    # the source that tells of its own act is that act's actor, at its own name
    text = "The Kenyan government said it would impose a curfew in Mombasa."
    assert ("Government of Kenya", "Kenyan government") in _first_actors(pipeline, text)
    text = "The Kenyan government met the envoys on Monday. It will impose a curfew in Mombasa."
    assert ("Government of Kenya", "It") in _first_actors(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        # a share of a set between the two names no thing "it" could be
        "The army said none of its units had detained anyone. It urged citizens to stay calm.",
        # a state's force named bare is an "it" too
        "The army said the roads had reopened by nightfall. It urged citizens to stay calm.",
    ],
)
def test_it_after_the_army_is_the_army(pipeline: Pipeline, text: str) -> None:
    adoc = pipeline.process(Article(id="t", text=text, published=dt.date(2024, 5, 6)))
    urged = [e for e in adoc.events if e.trigger is not None and e.trigger.text == "urged"]
    assert len(urged) == 1
    actor = urged[0].actor("actor1")
    assert actor is not None and actor.name.startswith("Military Forces")
