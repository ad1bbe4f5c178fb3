"""Triggers of more than one word ("a hunger strike", "a suicide bombing") hang in the parse
by their head noun, so the verb that governs them finds who acted (sentences we wrote)."""

from __future__ import annotations

import datetime as dt

import pytest

from tacitus.pipeline import Pipeline
from tacitus.pipeline.doc import ArticleDoc
from tacitus.records import Article


def _analysed(pipeline: Pipeline, text: str) -> ArticleDoc:
    return pipeline.process(Article(id="t", text=text, published=dt.date(2024, 5, 6)))


def _frames(pipeline: Pipeline, text: str) -> list[tuple[str, list[str]]]:
    adoc = _analysed(pipeline, text)
    return [(f.trigger.text, [m.text for m in f.actor1]) for f in adoc.frames]


@pytest.mark.parametrize(
    "text",
    [
        "Teachers began a hunger strike outside the education ministry in Nairobi on Monday.",
        "Teachers continued their hunger strike outside the education ministry on Monday.",
    ],
)
def test_the_verb_governing_a_compound_trigger_gives_its_actor(
    pipeline: Pipeline, text: str
) -> None:
    assert ("hunger strike", ["Teachers"]) in _frames(pipeline, text)


def test_the_head_of_a_compound_trigger_is_its_last_noun(pipeline: Pipeline) -> None:
    adoc = _analysed(pipeline, "A suicide bombing killed four people in Kirkuk on Sunday.")
    trigger = next(f.trigger for f in adoc.frames if f.trigger.text == "suicide bombing")
    assert adoc.doc[trigger.head].text == "bombing"


def test_a_name_inside_the_act_is_not_who_stood_behind_it(pipeline: Pipeline) -> None:
    text = "Police named the man behind the Kampala market bombing on Tuesday."
    found = dict(_frames(pipeline, text))
    assert "Kampala" not in found.get("bombing", [])


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        (
            "Kenya announced a suspension of flights to Somalia on Wednesday.",
            "suspension",
            "Kenya",
        ),
        ("The army imposed a curfew on Kirkuk on Sunday.", "curfew", "army"),
        (
            "The African Union launched a mediation effort between the two sides on Monday.",
            "mediation",
            "African Union",
        ),
    ],
)
def test_who_announces_imposes_or_launches_a_measure_takes_it(
    pipeline: Pipeline, text: str, trigger: str, actor: str
) -> None:
    assert (trigger, [actor]) in _frames(pipeline, text)
