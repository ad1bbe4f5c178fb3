"""The words an event is typed by: barricades are a riot's cue only when the crowd builds or
burns them, a bomb of fuel is no explosive, and force against a crowd that stormed is its
riot (sentences we wrote)."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from tacitus.coding.context_words import context_words
from tacitus.pipeline import Pipeline
from tacitus.records import Article


def test_barricades_the_crowd_builds_or_burns_are_a_riot_cue(nlp: Language) -> None:
    assert "barricades" in context_words(nlp("Youths set up burning barricades on the avenue."))
    assert "barricades" in context_words(nlp("Protesters erected barricades across the road."))
    assert "barricades" in context_words(nlp("Barricades were burned outside the station."))


def test_barricades_the_police_hold_are_not(nlp: Language) -> None:
    marchers = nlp("Police fired tear gas when the marchers tried to walk past the barricades.")
    assert "barricades" not in context_words(marchers)
    assert "police" in context_words(marchers)
    assert "barricades" not in context_words(nlp("Riot police stood behind metal barricades."))


def test_fire_with_its_verb_is_a_two_word_cue(nlp: Language) -> None:
    assert "opened fire" in context_words(nlp("Police opened fire on the marchers."))
    assert "set fire" in context_words(nlp("Rioters set fire to two buses."))
    assert "set fire" in context_words(nlp("Part of the town hall was set on fire."))
    assert "set fire" not in context_words(nlp("A fire broke out in the market."))


def test_a_compound_and_its_head_are_a_two_word_cue(nlp: Language) -> None:
    assert "water cannon" in context_words(nlp("Police used a water cannon on the crowd."))


def test_the_air_shots_are_fired_into_is_no_aircraft(nlp: Language) -> None:
    assert "air" not in context_words(nlp("Soldiers fired into the air to scatter the crowd."))
    assert "air" not in context_words(nlp("Guards fired shots in the air."))
    assert "air" in context_words(nlp("The army carried out an air strike on the camp."))


def test_an_aircraft_that_carried_people_is_no_air_strike_cue(nlp: Language) -> None:
    assert "helicopter" not in context_words(nlp("The wounded were evacuated by helicopter."))
    assert "helicopter" in context_words(nlp("Two guards were killed by a helicopter."))
    assert "helicopters" in context_words(nlp("The village was attacked by helicopters."))


def test_a_programme_aired_is_no_air_cue(nlp: Language) -> None:
    assert "air" not in context_words(nlp("The channel aired footage of the attack."))
    assert "air" in context_words(nlp("The air force bombed the bridge."))


def test_a_clash_whose_wounded_flew_out_stays_a_clash(pipeline: Pipeline) -> None:
    text = (
        "Two soldiers were killed in fighting with rebels near Tame on Sunday. The wounded "
        "were evacuated by helicopter to a military hospital."
    )
    events = pipeline.process(Article(id="t", text=text, published=dt.date(2024, 3, 14))).events
    assert [e.acled.sub_event_type for e in events if e.acled] == ["Armed clash"]


def test_a_bomb_of_fuel_is_no_explosive(nlp: Language) -> None:
    thrown = context_words(nlp("Two guards died in a petrol bomb attack on the depot."))
    assert "bomb" not in thrown and "firebomb" in thrown
    assert "bomb" in context_words(nlp("A car bomb exploded outside the depot."))


def test_a_petrol_bomb_attack_is_typed_an_attack(pipeline: Pipeline) -> None:
    text = "Two bank clerks died in a petrol bomb attack on their branch in Patras on Monday."
    adoc = pipeline.process(Article(id="t", text=text, published=dt.date(2024, 5, 7)))
    codes = {e.acled.sub_event_type for e in adoc.events if e.acled is not None}
    assert codes == {"Attack"}


def test_a_mine_that_is_dug_is_no_landmine(nlp: Language) -> None:
    dug = context_words(nlp("Gunmen raided an artisanal gold mine near the border."))
    assert "mine" not in dug and "minesite" in dug
    assert "mine" in context_words(nlp("Their truck struck a mine on the border road."))


def test_an_attack_on_a_gold_mine_is_an_attack(pipeline: Pipeline) -> None:
    text = "Gunmen attacked a gold mine near Kaya on Monday, killing nine miners."
    adoc = pipeline.process(Article(id="t", text=text, published=dt.date(2024, 5, 7)))
    codes = {e.acled.sub_event_type for e in adoc.events if e.acled is not None}
    assert codes == {"Attack"}


def test_a_crowd_forcing_its_way_is_a_two_word_cue(nlp: Language) -> None:
    words = context_words(nlp("Protesters forced their way into the council building."))
    assert "force way" in words
    assert "force way" not in context_words(nlp("Police forced the marchers back."))


def _sub_types(pipeline: Pipeline, text: str) -> set[str]:
    adoc = pipeline.process(Article(id="t", text=text, published=dt.date(2024, 3, 14)))
    return {e.acled.sub_event_type for e in adoc.events if e.acled is not None}


def test_fire_on_a_crowd_that_stormed_is_its_violent_demonstration(pipeline: Pipeline) -> None:
    text = (
        "Police opened fire on demonstrators who forced their way into the governor's "
        "compound in Mbale on Wednesday, killing three people, witnesses said."
    )
    assert "Violent demonstration" in _sub_types(pipeline, text)
    assert "Excessive force against protesters" not in _sub_types(pipeline, text)


def test_fire_on_a_peaceful_march_stays_excessive_force(pipeline: Pipeline) -> None:
    text = (
        "Police opened fire on demonstrators outside the governor's office in Mbale "
        "on Wednesday, killing three people, witnesses said. A police spokesman said "
        "officers had been hit by stones thrown by the crowd."
    )
    assert "Excessive force against protesters" in _sub_types(pipeline, text)


def test_live_is_a_cue_only_with_what_was_live(nlp: Language) -> None:
    assert "live rounds" in context_words(nlp("Soldiers fired live rounds at the crowd."))
    words = context_words(nlp("Many of the displaced now live with host families."))
    assert not words & {"live rounds", "live fire", "live ammunition"}
