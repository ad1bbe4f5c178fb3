"""Arguments that reach the right mention through lists, reduced relatives and victims
the KB files under the record's implied attacker (sentences we wrote)."""

from __future__ import annotations

from argument_probe import arguments_by_mention
from tacitus.pipeline.pipeline import Pipeline


def _patients(found: dict[str, set[tuple[str, str]]], mention: str) -> set[str]:
    return {text for side, text in found[mention] if side == "patient"}


def test_every_item_of_a_list_broken_at_an_apposition_is_a_victim(pipeline: Pipeline) -> None:
    text = (
        "Militants shelled the town on Sunday. Six men, a small boy and two women were "
        "wounded in the shelling."
    )
    wounded = _patients(arguments_by_mention(pipeline, text), "wounded")
    assert {"Six men", "a small boy", "two women"} <= wounded


def test_objects_listed_after_the_first_are_victims_too(pipeline: Pipeline) -> None:
    text = "Gunmen stormed the clinic, killing a doctor, two nurses and a patient."
    killing = _patients(arguments_by_mention(pipeline, text), "killing")
    # the actor base knows doctors and nurses as civilians: their mentions are the nouns
    assert {"doctor", "nurses", "patient"} <= {words.split()[-1] for words in killing}


def test_victims_filed_under_the_implied_attacker_are_named(pipeline: Pipeline) -> None:
    text = (
        "A roadside bomb exploded in the province on Monday. Three militants were killed "
        "when the device they were planting went off early, police said."
    )
    assert "militants" in _patients(arguments_by_mention(pipeline, text), "killed")


def test_casualties_named_in_condolences_belong_to_the_attack(pipeline: Pipeline) -> None:
    text = (
        "The minister sent condolences to the families of the four police officers killed "
        "and to those injured in Monday's Taliban attack."
    )
    found = arguments_by_mention(pipeline, text)
    assert "police officers" in _patients(found, "killed")
    assert ("agent", "Taliban") in found["attack"]


def test_victims_the_record_folds_away_are_still_named(pipeline: Pipeline) -> None:
    text = "Soldiers shot two protesters and wounded several others in Khartoum on Monday."
    assert "several others" in _patients(arguments_by_mention(pipeline, text), "wounded")


def test_who_placed_the_device_set_it_off(pipeline: Pipeline) -> None:
    planted = "The bomb, which was planted by Boko Haram militants, exploded near a market."
    assert ("agent", "Boko Haram militants") in arguments_by_mention(pipeline, planted)["exploded"]
    hidden = "A device the two men had hidden in a bag exploded outside the station on Monday."
    assert ("agent", "the two men") in arguments_by_mention(pipeline, hidden)["exploded"]
    alone = "The bomb exploded near a market in Maiduguri on Friday."
    assert not arguments_by_mention(pipeline, alone)["exploded"]


def test_what_a_blast_tore_through_or_levelled_is_its_target(pipeline: Pipeline) -> None:
    tore = "A car bomb went off on Monday. The blast ripped through a crowded market in Kabul."
    assert "a crowded market" in _patients(arguments_by_mention(pipeline, tore), "blast")
    levelled = "A car bomb went off on Monday. The blast levelled a police station in the town."
    assert "a police station" in _patients(arguments_by_mention(pipeline, levelled), "blast")


def test_who_claimed_or_shot_is_named_through_a_participle(pipeline: Pipeline) -> None:
    claimed = "The attack, claimed by Islamic State, killed 20 people in Kabul on Monday."
    assert ("agent", "Islamic State") in arguments_by_mention(pipeline, claimed)["attack"]
    shot = "A journalist was shot and killed by unidentified gunmen in Karachi on Monday."
    assert ("agent", "unidentified gunmen") in arguments_by_mention(pipeline, shot)["shot"]


def test_a_participle_with_its_were_left_out_is_passive(pipeline: Pipeline) -> None:
    listed = (
        "A bomb exploded at a bus stop on Monday. Three passengers died and two others "
        "injured, police said."
    )
    found = arguments_by_mention(pipeline, listed)
    assert found["injured"] == {("patient", "two others")}
    headline = "Two killed, five injured in market bombing in Kano."
    assert ("patient", "Two") in arguments_by_mention(pipeline, headline)["killed"]


def test_who_lost_their_lives_are_victims(pipeline: Pipeline) -> None:
    text = "Militants attacked a village on Monday. At least 12 people lost their lives."
    assert arguments_by_mention(pipeline, text)["lost"] == {("patient", "people")}


def test_a_pronoun_that_can_only_mean_people_is_a_victim(pipeline: Pipeline) -> None:
    text = "Gunmen attacked a checkpoint on Monday, killing one soldier and injuring another."
    assert "another" in _patients(arguments_by_mention(pipeline, text), "injuring")


def test_what_fire_is_opened_at_or_set_to_is_the_target(pipeline: Pipeline) -> None:
    opened = "Gunmen opened fire at a wedding party in the village on Monday."
    found = arguments_by_mention(pipeline, opened)
    assert "a wedding party" in _patients(found, "opened fire")
    burnt = "Attackers set fire to a church in the village on Monday."
    assert "a church" in _patients(arguments_by_mention(pipeline, burnt), "set fire")


def test_the_injured_including_some_names_them(pipeline: Pipeline) -> None:
    text = (
        "A bomb exploded at a market on Monday. The injured, including three children, "
        "were taken to hospital."
    )
    assert _patients(arguments_by_mention(pipeline, text), "injured") == {"three children"}


def test_those_a_victim_phrase_includes_are_victims_too(pipeline: Pipeline) -> None:
    text = "Gunmen stormed the hotel, killing 12 people, including three children."
    found = arguments_by_mention(pipeline, text)["killing"]
    assert ("patient", "people") in found
    assert ("patient", "children") in found
    passive = "Five people, including a child and a nurse, were killed in the blast."
    named = arguments_by_mention(pipeline, passive)["killed"]
    assert {("patient", "child"), ("patient", "nurse")} <= named  # KB civilian nouns
