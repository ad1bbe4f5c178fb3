"""Events told in one clause with their arguments: shots fired at someone, a group that
claims an attack, a definite event noun that reports its own toll, weapons that are
neither attackers nor targets (sentences we wrote)."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language
from spacy.tokens import Token

from argument_probe import arguments_by_mention
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
    assault = [e for e in _events(pipeline, text) if e.plover.event == "ASSAULT"]
    assert all(e.status == "background" for e in assault)  # recalled, not reported


def test_who_sent_a_drone_attacked_not_the_drone(pipeline: Pipeline) -> None:
    text = "A US drone fired a missile at a pickup truck in Shabwa on Monday."
    agents = {t for side, t in arguments_by_mention(pipeline, text)["fired"] if side == "agent"}
    assert agents == {"US"}
    alone = "The drone fired two missiles at a car near the border on Tuesday."
    agents = {t for side, t in arguments_by_mention(pipeline, alone)["fired"] if side == "agent"}
    assert agents == set()


def test_the_country_that_sent_air_strikes_attacked(pipeline: Pipeline) -> None:
    plural = "French air strikes destroyed a depot outside Kidal on Monday."
    found = arguments_by_mention(pipeline, plural)["air strikes"]
    assert {t for side, t in found if side == "agent"} == {"French"}
    single = "A Turkey airstrike hit a fuel truck near Qamishli on Monday."
    found = arguments_by_mention(pipeline, single)["airstrike"]
    assert {t for side, t in found if side == "agent"} == {"Turkey"}


def test_a_country_before_a_bombing_says_where(pipeline: Pipeline) -> None:
    text = "The Iraq bombing killed six traders on Monday."
    found = arguments_by_mention(pipeline, text)["bombing"]
    assert {t for side, t in found if side == "agent"} == set()


def test_a_munition_fired_is_no_target(pipeline: Pipeline) -> None:
    text = "Rebels fired three rockets at an army base outside Goma on Friday."
    patients = {t for side, t in arguments_by_mention(pipeline, text)["fired"] if side == "patient"}
    assert "three rockets" not in patients and "rockets" not in patients
    assert "an army base" in patients


def test_at_names_a_target_only_after_a_verb_of_aiming(pipeline: Pipeline) -> None:
    stabbed = "A man stabbed three commuters at a train station in Leeds on Sunday."
    found = arguments_by_mention(pipeline, stabbed)["stabbed"]
    patients = {t for side, t in found if side == "patient"}
    assert "a train station" not in patients
    assert any("commuters" in t for t in patients)
    fired = "Gunmen fired at a police station in Derry on Sunday."
    found = arguments_by_mention(pipeline, fired)["fired"]
    assert ("patient", "a police station") in found


def test_an_event_told_as_another_one_is_kept_apart(pipeline: Pipeline) -> None:
    text = (
        "Artillery shelled a market in the city on Sunday, killing six people, officials said."
        "\n\nSeparately, a farmer was killed in a nearby village when a drone dropped a grenade"
        " on his field, the governor said."
    )
    new = [e for e in _events(pipeline, text) if e.status == "new" and e.acled is not None]
    assert len(new) == 2
    assert {e.counts["fatalities"].best for e in new} == {6, 1}


def test_forces_shelling_towns_is_no_event_of_the_day(pipeline: Pipeline) -> None:
    text = "The army said on Sunday that enemy forces were shelling border towns."
    assert not [e for e in _events(pipeline, text) if e.status == "new"]


def test_arrests_told_after_a_crackdown_on_a_protest_are_its_intervention(
    pipeline: Pipeline,
) -> None:
    text = (
        "Security forces fired tear gas and live rounds at thousands of protesters in"
        " Khartoum on Wednesday, killing one demonstrator, medics said.\n\nPolice said in a"
        " statement that 48 people had been arrested for rioting."
    )
    new = [e for e in _events(pipeline, text) if e.status == "new" and e.acled is not None]
    assert len(new) == 1
    assert new[0].acled is not None and new[0].acled.event_type == "Protests"
    assert new[0].counts["arrested"].best == 48


def test_a_suicide_bomber_crashing_into_a_patrol_attacks_it(
    nlp: Language, lexicon: Lexicon, pipeline: Pipeline
) -> None:
    text = (
        "A suicide bomber riding a motorcycle packed with explosives crashed into an army "
        "patrol outside the village."
    )
    assert _codes(nlp, lexicon, text).get("crashed") == "suicide_bomb"
    assert _codes(nlp, lexicon, "A cargo bomber crashed into the sea during a flight.") == {}
    found = arguments_by_mention(pipeline, text)["crashed"]
    assert ("patient", "an army patrol") in found
    assert ("patient", "a motorcycle") not in found


def test_what_a_vehicle_is_rammed_into_is_struck(pipeline: Pipeline) -> None:
    text = "A suicide bomber rammed his car into the gate of the police compound."
    found = arguments_by_mention(pipeline, text)["rammed"]
    assert ("agent", "suicide bomber") in found
    assert ("patient", "the gate") in found
    assert ("patient", "his car") not in found


def test_what_a_weapon_slams_into_is_struck(pipeline: Pipeline) -> None:
    found = arguments_by_mention(pipeline, "A mortar shell slammed into the clinic at dawn.")
    assert ("patient", "the clinic") in found["slammed"]


def test_who_is_behind_or_responsible_for_an_attack_did_it(pipeline: Pipeline) -> None:
    responsible = "Officials said al-Shabaab was responsible for the attack on the hotel."
    found = arguments_by_mention(pipeline, responsible)["attack"]
    assert ("agent", "al-Shabaab") in found
    behind = "ETA was behind the car bombing that killed four people in Madrid."
    assert ("agent", "ETA") in arguments_by_mention(pipeline, behind)["bombing"]
    place = "A bomb exploded in Kano on Monday. Police cordoned off the streets behind the blast."
    found = arguments_by_mention(pipeline, place).get("blast", set())
    assert not [a for a in found if a[0] == "agent"]


def test_who_an_attack_is_credited_to_did_it(pipeline: Pipeline) -> None:
    cases = {
        "The bombing, which police attributed to ETA, killed four people.": ("bombing", "ETA"),
        "The attack was attributed to al-Shabaab.": ("attack", "al-Shabaab"),
        "The attack was the work of the Islamic State group, police said.": (
            "attack",
            "Islamic State group",
        ),
        "The Taliban-led assault on the city began at dawn.": ("assault", "Taliban"),
    }
    for text, (trigger, doer) in cases.items():
        assert ("agent", doer) in arguments_by_mention(pipeline, text)[trigger]


def test_shots_fired_into_a_crowd_fall_on_it(pipeline: Pipeline) -> None:
    text = "Soldiers fired into a crowd of traders in Kassala on Friday."
    patients = {t for side, t in arguments_by_mention(pipeline, text)["fired"] if side == "patient"}
    assert any("crowd" in t for t in patients)
    # Shots into the air fall on no one: no attack at all.
    warning = "Police fired into the air near the bridge on Friday."
    assert "fired" not in arguments_by_mention(pipeline, warning)


def test_at_close_range_names_no_target(pipeline: Pipeline) -> None:
    text = "A gunman shot the judge at close range outside the court in Lahore."
    patients = {t for side, t in arguments_by_mention(pipeline, text)["shot"] if side == "patient"}
    assert patients == {"the judge"}
