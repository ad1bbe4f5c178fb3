"""An attack a source blames on someone, told with its own date and told nowhere else in
the article, is the article's event with the one blamed as its doer ("Police blamed the
attack on a checkpoint near Dikwa on Sunday on Boko Haram"), not a background mention."""

from __future__ import annotations

import datetime as dt

import pytest

from tacitus.pipeline import Pipeline
from tacitus.records import Article

pytestmark = pytest.mark.slow


def _violent(pipeline: Pipeline, text: str) -> list[tuple[str, str | None]]:
    done = pipeline.process(Article(id="t", text=text, published=dt.date(2024, 5, 6)))
    out = []
    for event in done.events:
        if event.acled is None or event.plover is None or event.plover.event != "ASSAULT":
            continue
        first = event.actor("actor1")
        out.append((event.status, first.name if first is not None else None))
    return out


def test_a_dated_attack_blamed_on_a_group_is_the_articles_event(pipeline: Pipeline) -> None:
    text = "Police blamed the attack on a checkpoint near Dikwa on Sunday on Boko Haram."
    found = _violent(pipeline, text)
    assert [status for status, _ in found] == ["new"]
    assert found[0][1] is not None and found[0][1].startswith("Boko Haram")


def test_a_group_blamed_for_a_dated_attack_is_its_doer(pipeline: Pipeline) -> None:
    text = (
        "Officials on Tuesday blamed Boko Haram for the attack on a market in Dikwa that "
        "killed four traders on Sunday."
    )
    assert [status for status, _ in _violent(pipeline, text)] == ["new"]


def test_an_undated_attack_recalled_in_a_blame_stays_background(pipeline: Pipeline) -> None:
    text = "The governor again blamed the 2014 attack on the school on Boko Haram."
    assert [status for status, _ in _violent(pipeline, text)] in ([], ["background"])
