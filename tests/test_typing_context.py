"""Main-event choice, object-typed verbs, stated intentions and patient arguments."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Token

from tacitus.coding.lexicon import Lexicon
from tacitus.coding.objects import object_code
from tacitus.coding.salience import background
from tacitus.coding.statements import stated_event
from tacitus.coding.triggers import find_triggers
from tacitus.linking.roles import argument_heads


def _token(nlp: Language, text: str, word: str) -> Token:
    return next(t for t in nlp(text) if t.text == word)


def _codes(nlp: Language, lexicon: Lexicon, text: str) -> dict[str, str]:
    return {t.text: t.code for t in find_triggers(nlp(text), lexicon=lexicon)}


def test_verbs_typed_by_their_object(nlp: Language, lexicon: Lexicon) -> None:
    codes = _codes(nlp, lexicon, "The ministry gave the province grain and blankets.")
    assert codes == {"gave": "aid"}
    assert _codes(nlp, lexicon, "The mayor gave a speech at the fair.") == {}
    codes = _codes(nlp, lexicon, "The governor imposed a curfew on the northern district.")
    assert codes["imposed"] == "restrict"


def test_tear_gas_is_not_a_shooting(nlp: Language) -> None:
    token = _token(nlp, "Officers fired tear gas at the marchers.", "fired")
    assert object_code("fire", token) == "protest_intervention"  # force on a protest
    token = _token(nlp, "Officers fired tear gas into the stadium.", "fired")
    assert object_code("fire", token) is None
    mixed = "Troops fired tear gas and live ammunition at the marchers."
    assert object_code("fire", _token(nlp, mixed, "fired")) is None  # the killing tells it


def test_a_group_protesting_in_words_accuses(nlp: Language, lexicon: Lexicon) -> None:
    codes = _codes(nlp, lexicon, "A rights group protested the new press law on Monday.")
    assert codes["protested"] == "accuse"
    codes = _codes(nlp, lexicon, "Thousands of teachers protested outside parliament.")
    assert codes["protested"] == "peaceful_protest"


def test_reported_must_is_a_demand(nlp: Language, lexicon: Lexicon) -> None:
    codes = _codes(nlp, lexicon, "The envoy said the militia must hand back the port.")
    assert codes.get("hand") == "request"


@pytest.mark.parametrize(
    ("text", "word", "event", "expected"),
    [
        ("Norland says it is willing to withdraw its troops.", "withdraw", "RETREAT", "AGREE"),
        ("The union said it would boycott the vote.", "boycott", "PROTEST", "THREATEN"),
        ("The minister said he will not accept the plan.", "accept", "AGREE", "REJECT"),
        ("The rebels threatened to attack the town.", "threatened", "THREATEN", "THREATEN"),
        ("The army shelled the hills.", "shelled", "ASSAULT", "ASSAULT"),
    ],
)
def test_stated_intentions(nlp: Language, text: str, word: str, event: str, expected: str) -> None:
    assert stated_event(_token(nlp, text, word), event) == expected


def test_background_clauses(nlp: Language) -> None:
    text = "The council lodged a complaint after the raid on the village."
    assert background(_token(nlp, text, "raid"))
    assert not background(_token(nlp, text, "lodged"))


def test_patients_without_actor_mentions(nlp: Language) -> None:
    agents, patients = argument_heads(
        _token(nlp, "A retired judge was killed by gunmen.", "killed")
    )
    assert [t.text for t in patients] == ["judge"]
    assert [t.text for t in agents] == ["gunmen"]
    _, patients = argument_heads(
        _token(nlp, "Gunmen shot a teacher and two pupils in the yard.", "shot")
    )
    assert [t.text for t in patients] == ["teacher", "pupils"]


def test_what_is_thrown_decides_the_type(nlp: Language, lexicon: Lexicon) -> None:
    assert _codes(nlp, lexicon, "Youths threw petrol bombs at the police post.") == {
        "threw": "violent_demonstration"
    }
    assert _codes(nlp, lexicon, "Students pelted the guards with stones.") == {
        "pelted": "violent_demonstration"
    }
    assert _codes(nlp, lexicon, "A man lobbed a grenade into the bar.")["lobbed"] == "grenade"
    assert "threw" not in _codes(nlp, lexicon, "The union threw its weight behind the strike.")


@pytest.mark.parametrize(
    ("text", "word", "kept"),
    [
        ("The fighters held the village for two hours before withdrawing.", "withdrawing", False),
        ("Traffic resumed after the protesters withdrew from the bridge.", "withdrew", False),
        ("The army withdrew from the border town on Monday.", "withdrew", True),
        ("Talks resumed after the neighbour withdrew its troops.", "withdrew", True),
    ],
)
def test_a_withdrawal_that_ends_another_act_is_no_retreat(
    nlp: Language, lexicon: Lexicon, text: str, word: str, kept: bool
) -> None:
    assert (_codes(nlp, lexicon, text).get(word) == "retreat") is kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The valley struggles with rising prices and cuts to aid deliveries.", False),
        ("The ministry faces cuts to aid budgets next year.", False),
        ("Donors pledged to aid the flood victims.", True),
        ("Troops were sent to aid the relief agency.", True),
    ],
)
def test_aid_named_as_a_kind_of_thing_is_no_aid_given(
    nlp: Language, lexicon: Lexicon, text: str, kept: bool
) -> None:
    assert ("aid" in _codes(nlp, lexicon, text)) is kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The government sought emergency help from its neighbours on Monday.", True),
        ("The council will seek a ceasefire in the valley.", True),
        ("Police said they were seeking two men over the shooting.", False),
        ("The families are seeking compensation from the state.", False),
    ],
)
def test_seeking_is_a_request_only_when_made(
    nlp: Language, lexicon: Lexicon, text: str, kept: bool
) -> None:
    codes = {t.lemma: t.code for t in find_triggers(nlp(text), lexicon=lexicon)}
    assert (codes.get("seek") == "request") is kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The strikers' main demand is a higher minimum wage.", False),
        ("Their key demands include the release of the detained students.", False),
        ("The union made a new demand for talks on Monday.", True),
    ],
)
def test_a_demand_named_as_what_a_side_wants_is_no_request_made(
    nlp: Language, lexicon: Lexicon, text: str, kept: bool
) -> None:
    codes = {t.lemma: t.code for t in find_triggers(nlp(text), lexicon=lexicon)}
    assert (codes.get("demand") == "request") is kept
