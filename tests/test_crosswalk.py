"""The type crosswalk and trigger lexicon are consistent data."""

from __future__ import annotations

import pytest

from tacitus.coding.lexicon import Lexicon
from tacitus.coding.refine import compatible, family, militia_fight, refine
from tacitus.coding.taxonomy import (
    ACLED_DISORDER_TYPES,
    ACLED_SUB_EVENT_TYPES,
    PLOVER_EVENTS,
    acled_disorder_type,
    acled_interaction,
    is_acled_pair,
)


def test_every_acled_sub_event_type_has_a_code(lexicon: Lexicon) -> None:
    covered = {c.acled_sub_event_type for c in lexicon.codes.values()}
    for subs in ACLED_SUB_EVENT_TYPES.values():
        assert set(subs) <= covered
    assert sum(len(s) for s in ACLED_SUB_EVENT_TYPES.values()) == 25


def test_codes_are_valid_in_every_vocabulary(lexicon: Lexicon) -> None:
    for code in lexicon.codes.values():
        assert code.plover_event in PLOVER_EVENTS
        assert code.cameo.isdigit() and len(code.cameo) in (3, 4)
        if not code.is_statement:
            assert code.acled_event_type is not None
            assert code.acled_sub_event_type is not None
            assert is_acled_pair(code.acled_event_type, code.acled_sub_event_type)
            disorder = acled_disorder_type(code.acled_event_type, code.acled_sub_event_type)
            assert disorder in ACLED_DISORDER_TYPES


def test_cameo_codes_keep_leading_zeros(lexicon: Lexicon) -> None:
    assert lexicon.code("agreement").cameo == "030"
    assert lexicon.code("transfer_territory").cameo == "0874"


def test_statements_never_become_acled_rows(lexicon: Lexicon) -> None:
    for name in ("accuse", "threaten", "consult", "request", "reject"):
        assert lexicon.code(name).is_statement


@pytest.mark.parametrize(
    ("event_type", "sub_type", "disorder"),
    [
        ("Riots", "Violent demonstration", "Demonstrations"),
        ("Riots", "Mob violence", "Political violence"),
        ("Protests", "Excessive force against protesters", "Political violence; Demonstrations"),
        ("Battles", "Armed clash", "Political violence"),
        ("Strategic developments", "Arrests", "Strategic developments"),
    ],
)
def test_disorder_type_follows_acled_flags(event_type: str, sub_type: str, disorder: str) -> None:
    assert acled_disorder_type(event_type, sub_type) == disorder


def test_interaction_puts_the_lower_code_first() -> None:
    assert acled_interaction(8, 3) == 38
    assert acled_interaction(3, 8) == 38
    assert acled_interaction(6, None) == 60
    assert acled_interaction(None, None) is None


@pytest.mark.parametrize(
    ("codes", "words", "targets", "killed", "expected"),
    [
        (["peaceful_protest"], {"march"}, [], False, "peaceful_protest"),
        (["peaceful_protest"], {"tear", "gas", "dispersed"}, [], False, "protest_intervention"),
        (["peaceful_protest"], {"hurling", "stones"}, [], False, "violent_demonstration"),
        (["peaceful_protest"], {"live", "ammunition"}, [], True, "excessive_force"),
        (["attack"], {"rocket"}, [], True, "shelling"),
        (["attack"], {"suicide", "bomber"}, [], True, "suicide_bomb"),
        (["attack"], {"gunmen", "villagers"}, [7], True, "attack"),
        (["attack"], {"soldiers", "checkpoint"}, [], True, "armed_clash"),
        (["attack", "air_strike"], {"jets"}, [3], True, "air_strike"),
    ],
)
def test_refine_makes_acled_distinctions(
    codes: list[str], words: set[str], targets: list[int], killed: bool, expected: str
) -> None:
    assert refine(codes, words=words, target_inters=targets, killed=killed) == expected


def test_families_keep_different_weapons_apart() -> None:
    assert family("violent_demonstration") == family("peaceful_protest") == "protest"
    assert compatible("attack", "shelling")
    assert not compatible("air_strike", "shelling")
    assert not compatible("arrests", "air_strike")
    assert compatible("suicide_bomb", "remote_explosive")


def test_statements_of_one_plover_type_share_a_family() -> None:
    # Condemning an attack and opening an investigation into it are one ACCUSE.
    assert family("investigate") == family("accuse") == "accuse"
    assert family("consult_phone") == family("consult_visit") == "consult"
    assert family("accuse") != family("threaten")


def test_arrests_at_a_protest_are_the_intervention() -> None:
    assert compatible("arrests", "peaceful_protest")
    words = {"police", "arrested"}
    assert refine(["arrests", "peaceful_protest"], words=words, target_inters=[], killed=False) == (
        "protest_intervention"
    )


def test_a_riot_by_armed_doers_is_their_violence() -> None:
    # identity militias fight; rebels or militias with no crowd among them attack
    assert militia_fight("violent_demonstration", {4}) == "armed_clash"
    assert militia_fight("violent_demonstration", {3}, {1}) == "armed_clash"
    assert militia_fight("violent_demonstration", {2}, {7}) == "attack"
    assert militia_fight("violent_demonstration", {3, 5}, {1}) == "violent_demonstration"
    assert militia_fight("violent_demonstration", {5}, {1}) == "violent_demonstration"
    assert militia_fight("peaceful_protest", {3}) == "peaceful_protest"
