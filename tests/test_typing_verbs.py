"""Verbs the small model lemmatizes wrongly, and "hacked" as a blade or a computer intrusion
(sentences we wrote)."""

from __future__ import annotations

import datetime as dt

import pytest

from tacitus.pipeline import Pipeline
from tacitus.records import Article


def _sub_events(pipeline: Pipeline, text: str) -> list[str]:
    article = Article(id="t", text=text, published=dt.date(2024, 3, 16))
    return [e.acled.sub_event_type for e in pipeline.process(article).events if e.acled]


@pytest.mark.parametrize(("word", "lemma"), [("raped", "rape"), ("sniped", "snipe")])
def test_misread_verbs_get_their_lemma(pipeline: Pipeline, word: str, lemma: str) -> None:
    doc = pipeline.resources.nlp(f"The soldiers {word} the villagers.")
    assert doc[2].lemma_ == lemma


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers raped at least a dozen women in a village near Uvira on Thursday.",
        "Witnesses said a militiaman sexually assaulted a girl near Uvira on Thursday.",
        "She said a soldier committed a sexual assault against her near Uvira on Thursday.",
    ],
)
def test_rape_and_sexual_assault_are_sexual_violence(pipeline: Pipeline, text: str) -> None:
    assert _sub_events(pipeline, text) == ["Sexual violence"]


def test_an_assault_on_a_town_stays_an_attack(pipeline: Pipeline) -> None:
    text = "Soldiers launched an assault on the rebel-held town of Kidal on Thursday."
    assert _sub_events(pipeline, text) == ["Attack"]


@pytest.mark.parametrize(
    "text",
    [
        "Assailants hacked a herder to death near Lafia on Thursday.",
        "Militiamen hacked two traders with machetes in Lafia on Thursday.",
    ],
)
def test_hacking_people_with_blades_is_an_attack(pipeline: Pipeline, text: str) -> None:
    assert _sub_events(pipeline, text) == ["Attack"]
