"""Victims and detentions carried by the pipeline's event records (sentences we wrote)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from argument_probe import arguments_by_mention
from tacitus.coding.lexicon import Lexicon
from tacitus.coding.triggers import find_triggers
from tacitus.pipeline.pipeline import Pipeline
from tacitus.records import Article, Event


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    article = Article(id="t", text=text, published=dt.date(2024, 5, 6))
    return pipeline.process(article).events


def _codes(nlp: Language, lexicon: Lexicon, text: str) -> list[tuple[str, str]]:
    return [(t.text, t.code) for t in find_triggers(nlp(text), lexicon=lexicon)]


def test_record_carries_victims_as_targets(pipeline: Pipeline) -> None:
    text = "Gunmen attacked a bus station in Kano on Monday, killing 13 people and wounding 40."
    events = _events(pipeline, text)
    sides = {(a.role, a.text) for e in events for a in e.actors}
    assert ("actor2", "people") in sides  # the KB knows people killed are civilians
    assert ("target", "40") in sides  # a bare number wounded is carried as written
    assert ("target", "a bus station") in sides


def test_subject_of_died_is_a_victim_not_an_actor(pipeline: Pipeline) -> None:
    text = "A market trader died of his wounds in Bamako on Sunday."
    article = Article(id="t", text=text, published=dt.date(2024, 5, 6))
    adoc = pipeline.process(article)
    died = next(f for f in adoc.frames if f.trigger.lemma == "die")
    assert [m.text for m in died.actor2] == ["trader"]  # the actor base's civilian noun
    assert not died.actor1
    actors = [(a.role, a.text) for e in adoc.events for a in e.actors]
    assert ("actor1", "trader") not in actors


def test_dates_and_places_are_not_victims(pipeline: Pipeline) -> None:
    text = "A bomb killed four villagers on the spot on Friday in Maiduguri."
    patients = [
        a.text for e in _events(pipeline, text) for a in e.actors if a.role in ("actor2", "target")
    ]
    assert any("villagers" in t for t in patients)
    assert not any(t in ("the spot", "Friday", "Maiduguri") for t in patients)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The activist Maria Gomez was taken from her home by armed men.", "abduction"),
        ("The lawyer disappeared after leaving court in the capital.", "abduction"),
        ("Two students went missing near the border on Friday.", "abduction"),
        ("The journalist was last seen at a checkpoint on Tuesday.", "abduction"),
        ("He was picked up by police outside his office.", "arrests"),
        ("The union leader was whisked away in an unmarked car.", "abduction"),
        ("The defender has been held incommunicado since March.", "abduction"),
        ("Gunmen seized Ana Lopez in the market.", "abduction"),
    ],
)
def test_detention_phrases(nlp: Language, lexicon: Lexicon, text: str, code: str) -> None:
    assert code in [c for _, c in _codes(nlp, lexicon, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Her brother was taken to hospital with burns.",
        "The town was taken by rebels.",
        "The package went missing.",
        "The snow disappeared overnight.",
    ],
)
def test_things_taken_are_not_detentions(nlp: Language, lexicon: Lexicon, text: str) -> None:
    codes = [c for _, c in _codes(nlp, lexicon, text)]
    assert "abduction" not in codes
    assert "arrests" not in codes


def test_disappearance_is_coded_through_the_crosswalk(lexicon: Lexicon) -> None:
    code = lexicon.code("abduction")
    assert code.acled_event_type == "Violence against civilians"
    assert code.acled_sub_event_type == "Abduction/forced disappearance"
    assert code.plover_event == "ASSAULT"
    assert code.cameo == "181"


def test_abduction_record_is_coded(pipeline: Pipeline) -> None:
    text = "Rights defender Joseph Kamau went missing in Nairobi on Saturday."
    events = _events(pipeline, text)
    assert events
    acled = events[0].acled
    assert acled is not None
    assert acled.sub_event_type == "Abduction/forced disappearance"
    assert events[0].cameo == "181"


def test_a_count_folded_into_dead_is_who_died(pipeline: Pipeline) -> None:
    found = arguments_by_mention(pipeline, "The attack left six dead and nine wounded.")
    assert ("patient", "six") in found["dead"]
    assert ("patient", "nine") in found["wounded"]


def test_a_quantity_standing_alone_counts_the_hurt(pipeline: Pipeline) -> None:
    found = arguments_by_mention(pipeline, "The shelling killed several and wounded many more.")
    assert ("patient", "several") in found["killed"]
    assert ("patient", "many more") in found["wounded"]
    alone = arguments_by_mention(pipeline, "The blast killed four guards and injured many.")
    assert ("patient", "many") in alone["injured"]


def test_a_hyphened_modifier_stands_for_the_phrase_it_modifies(pipeline: Pipeline) -> None:
    text = "A suicide bomber on a motorcycle crashed into a NATO-Afghan foot patrol at dawn."
    found = arguments_by_mention(pipeline, text)["crashed"]
    assert ("patient", "a NATO-Afghan foot patrol") in found
    assert ("patient", "NATO") not in found


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        ("A shopkeeper was stabbed to death by two robbers in Mombasa.", "A shopkeeper"),
        ("The crowd beat three herders to death near Jos on Friday.", "three herders"),
        ("Police found a farmer beaten to death near the well.", "a farmer"),
    ],
)
def test_who_a_verb_did_to_death_died(pipeline: Pipeline, text: str, victim: str) -> None:
    assert ("patient", victim) in arguments_by_mention(pipeline, text)["death"]


def test_those_killed_included_names_the_victims(pipeline: Pipeline) -> None:
    text = "Those killed included two nurses and a driver, officials said."
    found = arguments_by_mention(pipeline, text)["killed"]
    assert {("patient", "two nurses"), ("patient", "a driver")} <= found
