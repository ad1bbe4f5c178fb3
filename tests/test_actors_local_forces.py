"""Local and named forces the knowledge base holds: a state-backed guard force, a named
police unit, an ethnic militia and two parties, on sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tacitus.evaluation.typing_eval import main_frame
from tacitus.pipeline import Pipeline
from tacitus.records import Article


def _first_actor(pipeline: Pipeline, text: str) -> str | None:
    frame = main_frame(pipeline.process(Article(id="t", text=text, published=dt.date(2024, 5, 6))))
    assert frame is not None
    return frame.actor1[0].entry.name if frame.actor1 and frame.actor1[0].entry else None


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        (
            "Members of the Community Protection Guards clashed with bandits near Anka in "
            "Zamfara state on Sunday, killing three of them, police said.",
            "Zamfara Community Protection Guards",
        ),
        (
            "A patrol of the District Reserve Guard exchanged fire with Maoist rebels in "
            "Sukma district on Monday, police said.",
            "Police Forces of India",
        ),
        (
            "Fighters of the Azande Ani Kpi Gbe attacked a camp near Mboki on Friday, "
            "killing six people, a local official said.",
            "Azande Ani Kpi Gbe Militia",
        ),
        (
            "The ruling CNDD-FDD party on Tuesday accused the CNL of spreading false "
            "reports about the vote.",
            "CNDD-FDD",
        ),
    ],
)
def test_local_forces_are_named(pipeline: Pipeline, text: str, actor1: str) -> None:
    assert _first_actor(pipeline, text) == actor1
