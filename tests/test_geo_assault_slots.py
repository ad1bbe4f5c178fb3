"""Names struck ("fired on X") or that armed groups come from ("militias from X") are places."""

from __future__ import annotations

import pytest

from tacitus.components.toponyms import find_toponyms
from tacitus.pipeline import Pipeline

pytestmark = pytest.mark.slow


def _found(pipeline: Pipeline, text: str) -> list[str]:
    return [m.text for m in find_toponyms(pipeline.resources.nlp(text))]


def test_a_name_fired_on_is_a_place(pipeline: Pipeline) -> None:
    text = "Turkish artillery fired on Qamishli and two villages along the border on Tuesday."
    assert "Qamishli" in _found(pipeline, text)


def test_militias_from_a_name_come_from_a_place(pipeline: Pipeline) -> None:
    text = "The air strikes backed a coalition of militias from Misrata that led the push."
    assert "Misrata" in _found(pipeline, text)


def test_a_report_on_or_a_letter_from_a_person_is_no_place(pipeline: Pipeline) -> None:
    text = "Senator Jones called the report on Baker unfair, and a letter from Smith followed."
    found = _found(pipeline, text)
    assert "Baker" not in found and "Smith" not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hundreds of displaced families flocked to Kaya after the raids.", "Kaya"),
        ("Artillery pounded Tessit through the night.", "Tessit"),
        ("Jets bombarded Kafr Nabl for a third day.", "Kafr Nabl"),
    ],
)
def test_verbs_of_bombarding_and_flocking_take_a_place(
    pipeline: Pipeline, text: str, name: str
) -> None:
    assert name in _found(pipeline, text)
