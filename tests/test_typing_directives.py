"""Round-two typing rules on sentences we wrote: orders, permissions, easing, signing."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tacitus.coding.lexicon import Lexicon
from tacitus.coding.statements import stated_event
from tacitus.coding.triggers import find_triggers


def _codes(nlp: Language, lexicon: Lexicon, text: str) -> list[str]:
    return [t.code for t in find_triggers(nlp(text), lexicon=lexicon)]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The court ordered the former minister to appear for questioning.", "request"),
        ("The governor ordered troops into the northern districts.", "mobilize"),
        ("The authorities allowed the opposition to hold its congress.", "concede"),
        ("The army lifted the blockade on the port on Friday.", "retreat"),
        ("The president lifted the curfew in the capital.", "concede"),
        ("The two presidents signed a treaty of friendship.", "formal_agreement"),
        ("The foreign ministry apologized to its neighbour for the incident.", "apologize"),
        ("The rebels declared a unilateral ceasefire in the east.", "ceasefire"),
        ("The agency sent inspectors to the nuclear plant.", "investigate"),
        ("The ministry has trained hundreds of fighters near the border.", "mobilize"),
        ("The government forced the aid agency out of the country.", "expel"),
        ("The rebels set up a new base near the river crossing.", "headquarters"),
        ("The militia established its headquarters in the old school.", "headquarters"),
        ("Police prevented the demonstration outside the ministry.", "restrict"),
        ("Settlers set fire to the offices of the council overnight.", "looting"),
        ("The navies of both countries held joint exercises off the coast.", "cooperate"),
        ("The group issued a statement demanding the release of its leader.", "request"),
        ("The envoy undertook a mediation mission between the two capitals.", "consult"),
        ("The militia said it will return the weapons it seized.", "release"),
        ("The unions pressed the government to reopen the talks.", "request"),
        ("Opposition leaders pressed for an early election.", "request"),
    ],
)
def test_directive_and_object_rules(nlp: Language, lexicon: Lexicon, text: str, code: str) -> None:
    assert code in _codes(nlp, lexicon, text)


def test_crowd_setting_fire_riots_and_attackers_attack(nlp: Language, lexicon: Lexicon) -> None:
    assert "violent_demonstration" in _codes(
        nlp, lexicon, "Protesters set fire to the town hall on Monday."
    )
    assert "looting" not in _codes(
        nlp, lexicon, "The attackers raided homes and set fire to a clinic."
    )


def test_figures_of_speech_and_look_alikes_are_no_events(nlp: Language, lexicon: Lexicon) -> None:
    assert "accuse" not in _codes(nlp, lexicon, "Riot police charged with batons at the marchers.")
    assert "accuse" not in _codes(nlp, lexicon, "Mounted police charged into the crowd.")
    assert "accuse" in _codes(nlp, lexicon, "Prosecutors charged the mayor with fraud on Monday.")
    assert "remote_explosive" not in _codes(
        nlp, lexicon, "The marchers set off towards the palace after noon."
    )
    assert "remote_explosive" in _codes(nlp, lexicon, "Militants set off a bomb near the gate.")
    assert "remote_explosive" not in _codes(
        nlp, lexicon, "Gunmen attacked an army post on Monday, setting off clashes until dawn."
    )
    assert "disrupted_weapons" in _codes(
        nlp, lexicon, "Troops found and dismantled a rocket launcher in a field near Kidal."
    )
    assert "disrupted_weapons" not in _codes(
        nlp, lexicon, "Riot police dismantled a protest camp outside the ministry."
    )
    assert "abduction" not in _codes(
        nlp, lexicon, "The union is holding the whole economy hostage, the minister said."
    )
    assert "abduction" in _codes(nlp, lexicon, "The gang took two engineers hostage.")
    assert "headquarters" not in _codes(
        nlp, lexicon, "Aid agencies set up a camp for displaced families near the border."
    )


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Gunmen burned 40 homes in the village overnight.", "attack"),
        ("Gunmen torched 40 homes in the village overnight.", "attack"),
        ("Protesters burned a police station on Monday.", "violent_demonstration"),
        ("Youths torched a police post after the funeral.", "violent_demonstration"),
        ("Unidentified men burned the offices of the electoral commission.", "looting"),
        # ransacking and vandalising destroy property the same way
        ("Masked men ransacked the offices of a weekly paper on Friday.", "looting"),
        ("Students ransacked the rector's office on Friday.", "violent_demonstration"),
        ("Unidentified men vandalised the party's offices overnight.", "looting"),
    ],
)
def test_property_burned_is_destroyed_by_whoever_burned_it(
    nlp: Language, lexicon: Lexicon, text: str, code: str
) -> None:
    assert _codes(nlp, lexicon, text) == [code]


def test_burning_tyres_or_people_is_no_property_destroyed(nlp: Language, lexicon: Lexicon) -> None:
    assert _codes(nlp, lexicon, "Demonstrators burned tyres on the main road.") == []
    assert "looting" not in _codes(nlp, lexicon, "Three passengers were badly burned.")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hamas fighters destroyed an Israeli tank near the crossing.", "attack"),
        ("Soldiers destroyed a rebel position near the river.", "attack"),
        ("Air defences destroyed two drones over the capital.", "disrupted_weapons"),
        ("The storm destroyed the harvest.", None),
    ],
)
def test_destroying_arms_in_the_field_attacks(
    nlp: Language, lexicon: Lexicon, text: str, code: str | None
) -> None:
    codes = [c for c in _codes(nlp, lexicon, text) if c in ("attack", "disrupted_weapons")]
    assert codes == ([code] if code else [])


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Insurgents raided the village of Mucojo on Monday.", ["attack"]),
        ("Bandits raided Tsafe town on Sunday.", ["attack"]),
        ("Police raided a gang hideout in the capital on Friday.", []),
        ("Israeli jets carried out an air raid on Rafah on Monday.", ["air_strike"]),
    ],
)
def test_a_raid_by_armed_men_attacks_and_one_from_the_air_strikes(
    nlp: Language, lexicon: Lexicon, text: str, codes: list[str]
) -> None:
    assert _codes(nlp, lexicon, text) == codes


def test_attackers_setting_fire_attack(nlp: Language, lexicon: Lexicon) -> None:
    text = "The attackers arrived at dawn, opened fire on traders and set fire to the stalls."
    assert "looting" not in _codes(nlp, lexicon, text)


def test_crowd_clashing_with_police_riots(nlp: Language, lexicon: Lexicon) -> None:
    assert "violent_demonstration" in _codes(
        nlp, lexicon, "Protesters clashed with police in the square on Sunday."
    )
    assert "armed_clash" in _codes(nlp, lexicon, "Troops clashed with rebels near the river.")


def test_demonym_crowd_protests(nlp: Language, lexicon: Lexicon) -> None:
    assert "peaceful_protest" in _codes(nlp, lexicon, "Palestinians protested in Ramallah.")
    assert "accuse" in _codes(nlp, lexicon, "A rights group protested the new law.")


def test_stance_keeps_decided_actions_and_negated_acceptance(
    nlp: Language, lexicon: Lexicon
) -> None:
    doc = nlp("The court decided to allow the candidate to run.")
    allow = next(t for t in doc if t.lower_ == "allow")
    assert stated_event(allow, "CONCEDE") == "CONCEDE"
    assert "reject" in _codes(nlp, lexicon, "Jordan says it will not accept any more refugees.")


def test_active_firing_is_not_yet_an_attack(nlp: Language, lexicon: Lexicon) -> None:
    assert "attack" not in _codes(nlp, lexicon, "Officers fired tear gas at the marchers.")


def test_pressing_on_is_no_demand(nlp: Language, lexicon: Lexicon) -> None:
    codes = _codes(nlp, lexicon, "The coalition pressed on with its air campaign on Monday.")
    assert "request" not in codes
