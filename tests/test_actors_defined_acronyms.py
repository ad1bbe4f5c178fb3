"""Initials an article defines in brackets after a group's full name stand for that group
later on ("the Kachin Independence Army (KIA) ... the KIA"), on sentences we wrote."""

from __future__ import annotations

import datetime as dt

from tacitus.pipeline import Pipeline
from tacitus.records import Article


def _actor1(pipeline: Pipeline, text: str) -> list[str | None]:
    adoc = pipeline.process(Article(id="t", text=text, published=dt.date(2025, 6, 4)))
    return [
        (a.name if (a := e.actor("actor1")) else None)
        for e in adoc.events
        if e.status == "new" and e.acled is not None
    ]


def test_initials_defined_after_a_known_group_name_it(pipeline: Pipeline) -> None:
    text = (
        "The Arakan Army (AA), which controls most of the state, has pressed south this "
        "year.\n\nThe AA said its fighters overran a navy outpost near Thandwe on Monday, "
        "killing nine sailors."
    )
    assert _actor1(pipeline, text) == ["Arakan Army"]


def test_undefined_initials_name_no_group(pipeline: Pipeline) -> None:
    text = "The AA said its fighters overran a navy outpost near Thandwe on Monday."
    assert "Arakan Army" not in _actor1(pipeline, text)
