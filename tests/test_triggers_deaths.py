"""Deaths, disappearances, dated arrests and impacts told without the usual verbs
(sentences we wrote): which words are triggers, and the events they make."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tacitus.coding.lexicon import Lexicon
from tacitus.coding.triggers import find_triggers
from tacitus.pipeline.pipeline import Pipeline
from tacitus.records import Event

PUBLISHED = "2019-12-31"


def _codes(nlp: Language, lexicon: Lexicon, text: str) -> list[tuple[str, str]]:
    return [(t.text, t.code) for t in find_triggers(nlp(text), lexicon=lexicon)]


def _new(pipeline: Pipeline, text: str) -> list[Event]:
    return [e for e in pipeline.extract(text, published=PUBLISHED) if e.status == "new"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Twelve soldiers lost their lives in the fighting.", "lost"),
        ("The blast claimed 14 lives.", "claimed"),
        ("The attack claimed the lives of six officers.", "claimed"),
        ("The death toll rose to 31.", "toll"),
        ("The body of the activist was found in a ditch.", "body"),
        ("Police discovered the bodies of two lawyers.", "bodies"),
        ("Six passengers perished when the bus was shelled.", "perished"),
        ("Two of the guards later succumbed to their injuries.", "succumbed"),
        ("Two policemen suffered shrapnel wounds in the blast.", "wounds"),
        ("The guard was treated for wounds to his legs after the attack.", "wounds"),
        ("Three children were among the wounded.", "wounded"),
        ("The injured were taken to the city hospital after the blast.", "injured"),
        ("Gunmen wounded three guards at the gate.", "wounded"),
        ("Rescuers said some of the passengers had been blown to pieces.", "blown to"),
        ("The dead included a senior army officer.", "dead"),
        ("Three passengers were badly burned in the blast.", "burned"),
        ("Militiamen beat the herder to death near the well.", "death"),
        ("Two guards suffered severe burns in the fire.", "burns"),
        ("Two boys lost their legs when the mine went off.", "lost"),
        ("The shopkeeper lost an eye in the blast.", "lost"),
    ],
)
def test_deaths_without_kill_are_casualty_triggers(
    nlp: Language, lexicon: Lexicon, text: str, trigger: str
) -> None:
    assert (trigger, "attack") in _codes(nlp, lexicon, text)


@pytest.mark.parametrize(
    "text",
    [
        "The team lost the final on Sunday.",
        "The party lost its hold on the capital.",
        "The rebels claimed responsibility for the raid.",
        "Police found the stolen car on Sunday.",
        "The governing body of the league was found to be at fault.",
        "The former minister died of old age.",
        "He died of natural causes in his cell.",
        "The death toll from the floods rose to 31.",
        "The minister succumbed to pressure and resigned.",
        "The plan perished in committee last spring.",
        "The defeat reopened old wounds in the party.",
        "Wounded pride kept him from the talks.",
        "The empty bus was blown to bits by the storm.",
        "The thieves arrived in the dead of night.",
        "Protesters burned tyres and a flag outside the embassy.",
        "The party nursed its wounds after the election.",
        "A military court sentenced the colonel to death on Monday.",
        "The two smugglers were condemned to death in absentia.",
    ],
)
def test_no_death_of_violence(nlp: Language, lexicon: Lexicon, text: str) -> None:
    assert [c for _, c in _codes(nlp, lexicon, text) if c == "attack"] == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The activist has been missing since March 3.", "missing"),
        ("The journalist was reported missing on Friday.", "missing"),
        ("He was never seen again.", "never seen"),
        ("The lawyer was last heard from on April 2.", "last heard"),
        ("His family last heard from him on April 2.", "last heard"),
    ],
)
def test_disappearances(nlp: Language, lexicon: Lexicon, text: str, trigger: str) -> None:
    assert (trigger, "abduction") in _codes(nlp, lexicon, text)


@pytest.mark.parametrize(
    "text",
    [
        "The other captives are still missing.",
        "Two fishermen have been missing since the boat capsized.",
        "He has been missing the deadlines since March.",
        "The file was never seen again.",
    ],
)
def test_no_disappearance(nlp: Language, lexicon: Lexicon, text: str) -> None:
    assert [c for _, c in _codes(nlp, lexicon, text) if c == "abduction"] == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("A car bomb hit a convoy in the capital.", "remote_explosive"),
        ("The convoy was hit by a roadside bomb.", "remote_explosive"),
        ("A shell hit the market.", "shelling"),
        ("A van deliberately crashed into worshippers outside the mosque.", "attack"),
        ("A truck rammed into the crowd of protesters.", "attack"),
        ("A man blew himself up at a checkpoint.", "suicide_bomb"),
        ("A roadside bomb struck an army patrol near the border.", "remote_explosive"),
        ("The convoy was struck by a roadside bomb on Monday.", "remote_explosive"),
        ("A mortar shell slammed into the clinic at dawn.", "shelling"),
        ("The terrorists struck again on Tuesday, hitting a police station.", "attack"),
        ("A rebel fighter struck a civilian with his rifle butt.", "attack"),
        ("The suspect was apprehended at the airport on Tuesday.", "arrests"),
    ],
)
def test_impacts_of_weapons_and_vehicle_attacks(
    nlp: Language, lexicon: Lexicon, text: str, code: str
) -> None:
    assert code in [c for _, c in _codes(nlp, lexicon, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The storm hit the coast on Monday.",
        "Prices hit a record on Monday.",
        "A car crashed into a tree on Friday.",
        "A bus crashed into a crowd of pedestrians after its brakes failed.",
        "The wind blew the roof off the school.",
        "The storm struck the coast on Monday.",
        "The minister slammed the decision as reckless.",
    ],
)
def test_no_attack_of_accidents_and_figures(nlp: Language, lexicon: Lexicon, text: str) -> None:
    assert _codes(nlp, lexicon, text) == []


def test_a_dated_arrest_noun_is_an_arrest_of_that_day(pipeline: Pipeline) -> None:
    events = _new(pipeline, "Rights groups condemned the Dec. 20 arrest of the blogger.")
    arrests = [e for e in events if e.acled is not None and e.acled.sub_event_type == "Arrests"]
    assert [e.date.start for e in arrests] == ["2019-12-20"]


def test_a_reference_in_a_relative_clause_is_no_new_event(pipeline: Pipeline) -> None:
    text = (
        "The raids followed the explosion of a parcel bomb at an office last week, which"
        " killed an official."
    )
    assert not [e for e in _new(pipeline, text) if e.plover.event == "ASSAULT"]


def test_a_rising_toll_stays_cumulative_and_joins_its_event(pipeline: Pipeline) -> None:
    text = (
        "A bomb exploded at a market on Sunday, killing 12 people. The death toll rose to 31"
        " on Monday."
    )
    events = _new(pipeline, text)
    assert len(events) == 1
    assert events[0].counts["fatalities"].best == 12
    alone = _new(pipeline, "The death toll rose to 31 on Monday, officials said.")
    assert [(e.counts["fatalities"].best, e.counts["fatalities"].cumulative) for e in alone] == [
        (31, True)
    ]


def test_a_body_found_is_a_killing_dated_by_the_finding(pipeline: Pipeline) -> None:
    events = _new(pipeline, "The body of the activist was found in a ditch on Sunday.")
    assert [(e.plover.event, e.date.start) for e in events] == [("ASSAULT", "2019-12-29")]
    assert events[0].counts["fatalities"].best == 1


def test_a_bare_death_joins_an_event_but_opens_none(pipeline: Pipeline) -> None:
    assert _new(pipeline, "The singer died on Sunday.") == []
    custody = _new(pipeline, "The prisoner died in custody on Thursday.")
    assert [e.date.start for e in custody] == ["2019-12-26"]
    text = "Gunmen attacked the village on Sunday. Two children died on Monday."
    events = _new(pipeline, text)
    assert [e.counts["fatalities"].best for e in events] == [2]
