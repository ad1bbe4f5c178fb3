"""Typing on sentences we wrote: diplomatic triggers, context checks, the eval's scoring."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span

from tacitus.coding.lexicon import Lexicon
from tacitus.coding.triggers import find_triggers
from tacitus.evaluation.plover_eval import OLD_TO_CURRENT, macro_f1
from tacitus.evaluation.wikievents_gold import gold_family


def _codes(nlp: Language, lexicon: Lexicon, text: str) -> list[str]:
    return [t.code for t in find_triggers(nlp(text), lexicon=lexicon)]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The two ministers agreed on Monday to reopen the border crossing.", "agree"),
        ("The rebel commander refused to hand over the weapons.", "reject"),
        ("The premier will resign after the vote, his party said.", "resign"),
        ("The junta expelled the French ambassador on Friday.", "expel"),
        ("The guerrillas released twelve hostages near the river.", "release"),
    ],
)
def test_diplomatic_triggers_are_typed(
    nlp: Language, lexicon: Lexicon, text: str, code: str
) -> None:
    assert code in _codes(nlp, lexicon, text)


def test_statement_codes_never_become_acled_rows(lexicon: Lexicon) -> None:
    for name in ("agree", "resign", "expel", "release", "sanction", "investigate"):
        assert lexicon.code(name).is_statement


@pytest.mark.parametrize(
    "text",
    [
        "Photographs released by the council showed a burned car.",
        "An official, who asked not to be named, gave no details.",
    ],
)
def test_words_outside_their_event_sense_are_not_triggers(
    nlp: Language, lexicon: Lexicon, text: str
) -> None:
    codes = _codes(nlp, lexicon, text)
    assert "release" not in codes and "request" not in codes


def test_sports_attack_is_not_violence(nlp: Language, lexicon: Lexicon) -> None:
    text = "The striker led the attack and scored twice in the cup match."
    assert "attack" not in _codes(nlp, lexicon, text)


def test_old_plover_labels_map_to_current_ones() -> None:
    assert OLD_TO_CURRENT["DEMAND"] == "REQUEST"
    assert OLD_TO_CURRENT["FIGHT"] == "ASSAULT"


def test_macro_f1_counts_missed_types() -> None:
    assert macro_f1([("AGREE", "AGREE"), ("REJECT", "REJECT")]) == 1.0
    assert macro_f1([("AGREE", "AGREE"), ("REJECT", "NONE")]) == 0.5


def test_kairos_families() -> None:
    assert gold_family("Conflict.Attack.DetonateExplode") == "Conflict"
    assert gold_family("Justice.ArrestJailDetain.Unspecified") == "Justice.Arrest"
    assert gold_family("Contact.Contact.Meet") is None


def test_a_party_named_league_is_no_sport(nlp: Language, lexicon: Lexicon) -> None:
    text = "Supporters of the Awami League fought opposition activists with sticks in Dhaka."
    assert "armed_clash" in _codes(nlp, lexicon, text) or "violent_demonstration" in _codes(
        nlp, lexicon, text
    )
    assert "attack" not in _codes(nlp, lexicon, "The league leaders attacked from the start.")


def test_retook_is_territory_regained(nlp: Language, lexicon: Lexicon) -> None:
    text = "Troops retook the town of Koui from the rebels on Monday, the army said."
    assert "government_regains" in _codes(nlp, lexicon, text)


def test_a_partys_youth_league_is_no_sport(nlp: Language, lexicon: Lexicon) -> None:
    text = (
        "Members of the party's youth league attacked a meeting of opposition activists in "
        "the town on Sunday."
    )
    assert "attack" in _codes(nlp, lexicon, text)


def test_a_sentence_opening_noun_read_as_a_name_still_triggers(
    nlp: Language, lexicon: Lexicon
) -> None:
    words = ["Shootings", "in", "Derry", "continued", ".", "Attack", "FM", "aired", "."]
    pos = ["PROPN", "ADP", "PROPN", "VERB", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT"]
    starts = [True, False, False, False, False, True, False, False, False]
    doc = Doc(nlp.vocab, words=words, pos=pos, sent_starts=starts)
    doc.ents = [Span(doc, 5, 7, label="ORG")]
    found = lexicon.match(doc[0])
    assert found is not None
    assert found[0].lemma == "shooting"
    assert lexicon.match(doc[2]) is None  # a name inside the sentence
    assert lexicon.match(doc[5]) is None  # the first word of a named station


@pytest.mark.parametrize(
    "text",
    [
        "The champion fought back to take the second set on Sunday.",
        "The visitors attacked relentlessly after the goalkeeper was sent off.",
        "Her side attacked early in the semifinal and never looked back.",
    ],
)
def test_sporting_fights_and_attacks_are_no_violence(
    nlp: Language, lexicon: Lexicon, text: str
) -> None:
    codes = _codes(nlp, lexicon, text)
    assert "attack" not in codes and "armed_clash" not in codes


@pytest.mark.parametrize(
    "text",
    [
        "Union leaders demanded the release of all detained organisers.",
        "Parents called for the safe return of the kidnapped pupils.",
    ],
)
def test_captives_someone_wants_freed_name_no_new_capture(
    nlp: Language, lexicon: Lexicon, text: str
) -> None:
    codes = _codes(nlp, lexicon, text)
    assert "arrests" not in codes and "abduction" not in codes


def test_a_reported_detention_stays_one(nlp: Language, lexicon: Lexicon) -> None:
    assert "arrests" in _codes(nlp, lexicon, "Police detained six organisers on Monday.")
