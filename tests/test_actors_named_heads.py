"""The noun a named group is called by ("Israeli settlers") stands for that group where
the article uses it bare ("Settlers burned cars", "the settlers"), once the article has
named the group; a noun of several groups, or one never named, stays as it was."""

from __future__ import annotations

import datetime as dt

import pytest

from tacitus.pipeline import Pipeline
from tacitus.records import Article

pytestmark = pytest.mark.slow


def _first_actors(pipeline: Pipeline, text: str) -> list[str | None]:
    done = pipeline.process(Article(id="t", text=text, published=dt.date(2024, 5, 6)))
    names = []
    for event in done.events:
        first = event.actor("actor1")
        names.append(first.name if first is not None else None)
    return names


def test_a_capitalised_bare_noun_is_the_group_named_before(pipeline: Pipeline) -> None:
    text = (
        "Jewish settlers uprooted olive trees near Burin on Saturday, farmers said. "
        "Settlers set fire to two barns in Madama on Sunday."
    )
    assert _first_actors(pipeline, text)[-1] == "Settlers (Israel)"


def test_a_lower_case_bare_noun_is_the_group_named_before(pipeline: Pipeline) -> None:
    text = (
        "Jewish settlers uprooted olive trees near Burin on Saturday, farmers said. "
        "On Sunday, settlers set fire to two barns in Madama."
    )
    assert _first_actors(pipeline, text)[-1] == "Settlers (Israel)"


def test_a_bare_noun_with_no_group_named_is_left(pipeline: Pipeline) -> None:
    text = "On Sunday, settlers set fire to two barns in Madama, farmers said."
    assert "Settlers (Israel)" not in _first_actors(pipeline, text)
