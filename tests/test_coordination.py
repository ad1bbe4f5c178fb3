"""A past verb after "and" that the parser read as an adjective is a coordinated verb."""

from __future__ import annotations

import pytest

from tacitus.coding.coordination import misread_coordinate
from tacitus.pipeline.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "word", "verb"),
    [
        ("Rioters torched police vehicles and looted shops overnight.", "looted", "torched"),
        ("Protesters threw stones at police and looted shops.", "looted", "threw"),
        ("Police cleared the looted shops on Monday.", "looted", None),
    ],
)
def test_misread_coordinates(pipeline: Pipeline, text: str, word: str, verb: str | None) -> None:
    doc = pipeline.resources.nlp(text)
    token = next(t for t in doc if t.text == word)
    found = misread_coordinate(token)
    assert (found.text if found is not None else None) == verb
