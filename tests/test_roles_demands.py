"""Demands and controlled verbs: who acts and who is acted upon, on sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tacitus.evaluation.typing_eval import main_frame
from tacitus.pipeline import Pipeline
from tacitus.pipeline.doc import ActorMention
from tacitus.records import Article


def _names(mentions: list[ActorMention]) -> list[str]:
    return [m.entry.name if m.entry else m.text for m in mentions]


def _roles(pipeline: Pipeline, text: str) -> tuple[list[str], list[str]]:
    adoc = pipeline.process(Article(id="t", text=text, published=dt.date(2024, 5, 6)))
    frame = main_frame(adoc)
    assert frame is not None
    return _names(frame.actor1), _names(frame.actor2)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Kenya said on Monday that Somalia must release the detained fishermen.",
            "Government of Kenya",
            "Government of Somalia",
        ),
        (
            "The Nigerian government said the rebels should lay down their arms by Friday.",
            "Government of Nigeria",
            "Unidentified Armed Group (Nigeria)",
        ),
    ],
)
def test_a_reported_obligation_is_the_speaker_demanding_of_the_subject(
    pipeline: Pipeline, text: str, first: str, second: str
) -> None:
    actor1, actor2 = _roles(pipeline, text)
    assert actor1[:1] == [first]
    assert actor2[:1] == [second]


def test_a_demand_that_someone_act_is_made_of_the_clause_subject(pipeline: Pipeline) -> None:
    text = "Ghana demanded that Togo reopen the border crossing at Aflao."
    actor1, actor2 = _roles(pipeline, text)
    assert actor1[:1] == ["Government of Ghana"]
    assert actor2[:1] == ["Government of Togo"]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Ethiopian troops are ready to withdraw from the disputed town.",
            "Military Forces of Ethiopia",
        ),
        (
            "The Malian army prepared to resume shelling the rebel positions.",
            "Military Forces of Mali",
        ),
    ],
)
def test_the_subject_of_a_governing_verb_or_adjective_acts(
    pipeline: Pipeline, text: str, first: str
) -> None:
    actor1, _ = _roles(pipeline, text)
    assert actor1[:1] == [first]


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("Norway will give Malawi a grant to build rural clinics.", "Government of Malawi"),
        (
            "Ghana has granted asylum to twelve Ivorian opposition politicians.",
            "Ivorian opposition politicians",
        ),
        ("Peru lodged a formal protest with Chile over the incident.", "Government of Chile"),
        (
            "Egypt threatened to break off relations with Ethiopia over the dam.",
            "Government of Ethiopia",
        ),
        ("Poland offered to hand over the suspects to Germany.", "Government of Germany"),
        (
            "Egypt warned on Sunday to cut off gas supplies to Jordan over the dispute.",
            "Government of Jordan",
        ),
        (
            "Chile threatened on Tuesday to suspend fishing talks with Argentina.",
            "Government of Argentina",
        ),
    ],
)
def test_a_recipient_or_what_a_threat_falls_on_is_the_target(
    pipeline: Pipeline, text: str, second: str
) -> None:
    _, actor2 = _roles(pipeline, text)
    assert second in actor2


def test_an_adjective_for_the_military_names_no_actor(pipeline: Pipeline) -> None:
    text = "Japan suspended military aid to the island after the coup."
    adoc = pipeline.process(Article(id="t", text=text, published=dt.date(2024, 5, 6)))
    assert "military" not in [m.text for m in adoc.actors]
    actor1, actor2 = _roles(pipeline, text)
    assert actor1[:1] == ["Government of Japan"]
    assert not any("Military Forces" in name for name in actor2)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Hundreds of Kenyan teachers continued their strike on Tuesday.", "Civilians (Kenya)"),
        ("Egypt and Sudan resumed talks on the dam in Cairo on Sunday.", "Government of Egypt"),
    ],
)
def test_who_keeps_up_or_resumes_an_act_does_it(pipeline: Pipeline, text: str, first: str) -> None:
    actor1, _ = _roles(pipeline, text)
    assert actor1[:1] == [first]
