"""Events told in one clause with their arguments: shots fired at someone, a group that
claims an attack, a definite event noun that reports its own toll (sentences we wrote)."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language
from spacy.tokens import Token

from tacitus.coding.lexicon import Lexicon
from tacitus.coding.triggers import find_triggers
from tacitus.components.events import assemble
from tacitus.linking.governors import governing_agents
from tacitus.pipeline.pipeline import Pipeline
from tacitus.records import Article, Event


def _word(nlp: Language, text: str, word: str) -> Token:
    return next(t for t in nlp(text) if t.text == word)


def _codes(nlp: Language, lexicon: Lexicon, text: str) -> dict[str, str]:
    return {t.text: t.code for t in find_triggers(nlp(text), lexicon=lexicon)}


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    article = Article(id="t", text=text, published=dt.date(2024, 5, 6))
    adoc = pipeline.process(article)
    return [event for _, event in assemble(adoc, pipeline.resources)]


def test_shots_fired_at_someone_are_an_attack(nlp: Language, lexicon: Lexicon) -> None:
    aimed = "Soldiers fired on demonstrators outside the governor's office."
    assert _codes(nlp, lexicon, aimed).get("fired") == "attack"
    into = "Gunmen fired into a crowded minibus near the market."
    assert _codes(nlp, lexicon, into).get("fired") == "attack"
    shots = "The patrol fired several rockets across the river overnight."
    assert _codes(nlp, lexicon, shots).get("fired") == "attack"


def test_firing_someone_or_tear_gas_is_no_attack(nlp: Language, lexicon: Lexicon) -> None:
    dismissed = "The minister fired his chief of staff on Monday."
    assert "fired" not in _codes(nlp, lexicon, dismissed)
    gas = "Riot police fired tear gas at the marchers near the bridge."
    assert _codes(nlp, lexicon, gas).get("fired") != "attack"


def test_who_claims_an_attack_carried_it_out(nlp: Language) -> None:
    text = "A little-known militia claimed the ambush in a video posted online."
    assert [t.text for t in governing_agents(_word(nlp, text, "ambush"))] == ["militia"]


def test_a_definite_noun_with_its_own_toll_reports_the_event(pipeline: Pipeline) -> None:
    relative = "The bombing of the cathedral, which killed 12 worshippers, shocked the town."
    events = _events(pipeline, relative)
    assert [e.trigger.text for e in events if e.trigger is not None] == ["bombing"]
    subject = "The explosion killed nine traders and wounded 30 others."
    assert len(_events(pipeline, subject)) == 1


def test_a_definite_noun_with_no_toll_names_nothing_new(pipeline: Pipeline) -> None:
    text = "Police questioned two brothers in connection with the bombing."
    assert all(e.plover.event != "ASSAULT" for e in _events(pipeline, text))
