"""Barricades are a riot's cue only when the crowd builds or burns them (sentences we wrote)."""

from __future__ import annotations

from spacy.language import Language

from tacitus.coding.context_words import context_words


def test_barricades_the_crowd_builds_or_burns_are_a_riot_cue(nlp: Language) -> None:
    assert "barricades" in context_words(nlp("Youths set up burning barricades on the avenue."))
    assert "barricades" in context_words(nlp("Protesters erected barricades across the road."))
    assert "barricades" in context_words(nlp("Barricades were burned outside the station."))


def test_barricades_the_police_hold_are_not(nlp: Language) -> None:
    marchers = nlp("Police fired tear gas when the marchers tried to walk past the barricades.")
    assert "barricades" not in context_words(marchers)
    assert "police" in context_words(marchers)
    assert "barricades" not in context_words(nlp("Riot police stood behind metal barricades."))
