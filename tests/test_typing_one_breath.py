"""What one speaker says in one sentence, verbs joined by "and", is one statement, coded by
what the speaker puts forward (sentences we wrote)."""

from __future__ import annotations

import datetime as dt

import pytest

from tacitus.pipeline import Pipeline
from tacitus.records import Article, Event


def _statements(pipeline: Pipeline, text: str) -> list[Event]:
    article = Article(id="t", text=text, published=dt.date(2024, 5, 6))
    events = pipeline.process(article).events
    return [e for e in events if e.acled is None and e.status == "new"]


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        (
            "The provincial governor condemned the ambush and called for the release of "
            "the two engineers.",
            "REQUEST",
        ),
        (
            "An army spokesman denied that troops had fired on the village and accused the "
            "rebels of staging the scene.",
            "ACCUSE",
        ),
        (
            "The rebel radio rejected the charge and blamed the air force for the blast.",
            "ACCUSE",
        ),
        (
            "The widow's lawyer accused the guards of beating him and called for an inquiry.",
            "ACCUSE",
        ),
        (
            "A rebel spokesman denied that his fighters had shelled the market and said the "
            "movement was investigating the blast.",
            "REJECT",
        ),
    ],
)
def test_acts_said_in_one_breath_are_one_statement(
    pipeline: Pipeline, text: str, plover: str
) -> None:
    assert [e.plover.event for e in _statements(pipeline, text)] == [plover]


def test_two_speakers_in_one_sentence_make_two_statements(pipeline: Pipeline) -> None:
    text = (
        "The mayor condemned the looting, and the opposition leader called for a "
        "curfew in the old town."
    )
    events = _statements(pipeline, text)
    assert sorted(e.plover.event for e in events) == ["ACCUSE", "REQUEST"]


def test_a_statement_told_from_a_dated_report_takes_its_date(pipeline: Pipeline) -> None:
    text = (
        "State television gave a lower toll, reporting on Saturday that 12 people had "
        "been detained in the port district.\n\nThe report said the detainees belonged to "
        "an outlawed militia and accused the group of planning attacks on police posts."
    )
    events = _statements(pipeline, text)
    assert [(e.plover.event, e.date.start) for e in events] == [("ACCUSE", "2024-05-04")]


def test_a_pronoun_speaker_goes_on_reporting_the_statement(pipeline: Pipeline) -> None:
    text = (
        "The militia, in a statement issued on Friday, mourned three of its fighters.\n\n"
        "In its statement, the militia blamed the air force for the strike. It called on "
        "parliament to end the military agreement."
    )
    events = _statements(pipeline, text)
    dated = sorted((e.plover.event, e.date.start) for e in events)
    assert dated == [("ACCUSE", "2024-05-03"), ("REQUEST", "2024-05-03")]


def test_a_statement_with_no_document_named_is_of_the_day(pipeline: Pipeline) -> None:
    text = (
        "The militia issued a statement on Friday mourning three fighters.\n\n"
        "The defence minister accused the militia of hiding weapons in schools."
    )
    events = _statements(pipeline, text)
    assert [(e.plover.event, e.date.start) for e in events] == [("ACCUSE", "2024-05-06")]


def test_a_blame_that_names_no_charge_names_the_doer(pipeline: Pipeline) -> None:
    text = (
        "Gunmen abducted a schoolteacher from his house in the town of Gwoza on Sunday "
        "night, residents said. A police spokesman blamed Boko Haram."
    )
    adoc = pipeline.process(Article(id="t", text=text, published=dt.date(2024, 5, 6)))
    statements = [e for e in adoc.events if e.acled is None and e.status == "new"]
    assert statements == []
    kidnappings = [e for e in adoc.events if e.acled is not None and e.status == "new"]
    assert [e.actor("actor1").name for e in kidnappings if e.actor("actor1")] == [
        "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
    ]


def test_a_blame_for_an_act_is_an_accusation(pipeline: Pipeline) -> None:
    text = (
        "Rioters burned two police stations in the capital on Sunday. The interior "
        "minister blamed opposition activists for the violence."
    )
    events = _statements(pipeline, text)
    assert [e.plover.event for e in events] == ["ACCUSE"]


def test_the_joined_act_keeps_the_first_verbs_speaker(pipeline: Pipeline) -> None:
    text = (
        "A Kenyan government spokesman denied that the police had fired on the crowd and "
        "accused opposition leaders of inventing the deaths."
    )
    events = _statements(pipeline, text)
    assert [e.plover.event for e in events] == ["ACCUSE"]
    speaker = events[0].actor("actor1")
    assert speaker is not None
    assert speaker.name == "Government of Kenya"


def test_an_undated_document_named_last_gives_no_date(pipeline: Pipeline) -> None:
    text = (
        "The militia said in a statement on Friday that three fighters had died.\n\n"
        "The army issued a statement about the clashes.\n\n"
        "The statement accused the militia of using villagers as shields."
    )
    events = _statements(pipeline, text)
    assert [(e.plover.event, e.date.start) for e in events] == [("ACCUSE", "2024-05-06")]


def test_a_report_answered_is_no_source_of_the_answer(pipeline: Pipeline) -> None:
    text = (
        "A United Nations report published on Friday said troops had burned two "
        "villages.\n\nThe defence minister rejected the report and accused the authors of "
        "bias."
    )
    events = _statements(pipeline, text)
    assert [(e.plover.event, e.date.start) for e in events] == [("ACCUSE", "2024-05-06")]


def test_a_bare_blame_of_a_party_stays_an_accusation(pipeline: Pipeline) -> None:
    text = "Rioters burned shops in the port city on Sunday. The president blamed the opposition."
    events = _statements(pipeline, text)
    assert [e.plover.event for e in events] == ["ACCUSE"]
