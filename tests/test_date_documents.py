"""The day of a document ("in a statement on Tuesday", "in a statement read on state
television on Tuesday") is the day of a statement made in it, not of an act it tells of;
a sentence that only names an event again while telling of another act lends it no
weapon (sentences we wrote)."""

from __future__ import annotations

import datetime as dt

from tacitus.pipeline import Pipeline
from tacitus.records import Article, Event

# A Thursday.
PUBLISHED = dt.date(2025, 11, 20)


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    return pipeline.process(Article(id="t", text=text, published=PUBLISHED)).events


def test_a_statement_made_in_a_document_takes_its_day(pipeline: Pipeline) -> None:
    text = (
        "The interior ministry condemned the bombing in a statement on Tuesday and vowed "
        "to hunt down those responsible."
    )
    threats = [e for e in _events(pipeline, text) if e.plover.event == "THREATEN"]
    assert [e.date.start for e in threats] == ["2025-11-18"]


def test_a_denial_in_an_interview_takes_its_day(pipeline: Pipeline) -> None:
    text = (
        "A rebel spokesman denied any role in a radio interview on Tuesday and accused "
        "the army of staging the killings."
    )
    accusations = [e for e in _events(pipeline, text) if e.plover.event == "ACCUSE"]
    assert [e.date.start for e in accusations] == ["2025-11-18"]


def test_fighting_a_statement_tells_of_is_not_of_the_statements_day(
    pipeline: Pipeline,
) -> None:
    text = (
        "Gunmen attacked an army base near Menaka on Monday, killing nine soldiers, the "
        "army said.\n\n"
        "In a statement read on state radio on Wednesday, the army said its troops had "
        "driven off the attackers after three hours of fighting."
    )
    acts = [e for e in _events(pipeline, text) if e.acled is not None and e.status == "new"]
    assert [e.date.start for e in acts] == ["2025-11-17"]


def test_a_reference_beside_another_act_lends_it_no_weapon(pipeline: Pipeline) -> None:
    text = (
        "Gunmen attacked an army base near Menaka on Monday, killing nine soldiers.\n\n"
        "The attack came a day after a roadside bomb hit a bus near Anderamboukane."
    )
    [attack] = [e for e in _events(pipeline, text) if e.status == "new"]
    assert attack.acled is not None
    assert attack.acled.sub_event_type != "Remote explosive/landmine/IED"
