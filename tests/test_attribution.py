"""Who says so: attributions in spaCy sentences, and verification markers."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Span

from tacitus.mentions.attribution import (
    find_attributions,
    name_pronoun_sources,
    unverified_marker,
)

pytestmark = pytest.mark.slow


def _sentence(nlp: Language, text: str) -> Span:
    return next(iter(nlp(text).sents))


# (sentence, source, anonymous, verb, clause or None for the whole sentence)
CASES = [
    (
        "According to Popular Mobilization Forces, the strike killed 25 fighters.",
        "Popular Mobilization Forces",
        False,
        "according to",
        None,
    ),
    (
        "According to the health ministry, nine people died in the shelling.",
        "the health ministry",
        False,
        "according to",
        None,
    ),
    (
        "A U.S. official said the drone hit a convoy near the airport.",
        "A U.S. official",
        True,
        "said",
        "the drone hit a convoy near the airport",
    ),
    (
        '"We were shelled at dawn," a U.S. official said on Tuesday.',
        "a U.S. official",
        True,
        "said",
        "We were shelled at dawn",
    ),
    (
        "An Iraqi security source, speaking on condition of anonymity, told Reuters that "
        "three people died.",
        "An Iraqi security source",
        True,
        "told",
        "three people died",
    ),
    (
        "Officials who asked not to be named said the convoy was hit.",
        "Officials",
        True,
        "said",
        "the convoy was hit",
    ),
    ("Sources said the militants fled south.", "Sources", True, "said", "the militants fled south"),
    (
        "Medics said four protesters were wounded.",
        "Medics",
        True,
        "said",
        "four protesters were wounded",
    ),
    (
        "The Associated Press reported that the base was shelled.",
        "The Associated Press",
        False,
        "reported",
        "the base was shelled",
    ),
    (
        "State media reported that a drone struck a convoy.",
        "State media",
        False,
        "reported",
        "a drone struck a convoy",
    ),
    (
        "The attack was reported by state media.",
        "state media",
        False,
        "reported",
        None,
    ),
    (
        "Five people were killed, said the health ministry.",
        "the health ministry",
        False,
        "said",
        "Five people were killed",
    ),
    (
        "The governor wrote on Twitter that the curfew was lifted.",
        "The governor",
        False,
        "wrote",
        "the curfew was lifted",
    ),
    ("Police estimated the crowd at 6,000.", "Police", False, "estimated", None),
    (
        "The militant group claimed responsibility for the bombing.",
        "The militant group",
        False,
        "claimed",
        None,
    ),
    (
        "Ali Hassan, a police spokesman, told NBC News that two officers died.",
        "Ali Hassan",
        False,
        "told",
        "two officers died",
    ),
    (
        "A police officer said on condition of anonymity that the gunmen escaped.",
        "A police officer",
        True,
        "said",
        "the gunmen escaped",
    ),
    (
        "The army said on Sunday that its jets destroyed a weapons depot.",
        "The army",
        False,
        "said",
        "its jets destroyed a weapons depot",
    ),
    (
        "Witnesses told the BBC that soldiers fired into the crowd.",
        "Witnesses",
        True,
        "told",
        "soldiers fired into the crowd",
    ),
    (
        "The spokesman for the regional government said two villages were burned.",
        "The spokesman for the regional government",
        False,
        "said",
        "two villages were burned",
    ),
]


@pytest.mark.parametrize(("text", "source", "anonymous", "verb", "clause"), CASES)
def test_attribution(
    nlp: Language, text: str, *, source: str, anonymous: bool, verb: str, clause: str | None
) -> None:
    sent = _sentence(nlp, text)
    found = find_attributions(sent)
    assert found, text
    first = found[0]
    assert (first.source, first.anonymous, first.verb) == (source, anonymous, verb)
    assert sent.doc.text[first.start : first.end] == source
    assert sent.doc.text[first.clause_start : first.clause_end] == (clause or sent.text)


def test_offsets_are_absolute_in_doc(nlp: Language) -> None:
    doc = nlp("Rockets hit the base. Police said two soldiers were wounded.")
    second = list(doc.sents)[1]
    (found,) = find_attributions(second)
    assert doc.text[found.start : found.end] == "Police"
    assert doc.text[found.clause_start : found.clause_end] == "two soldiers were wounded"


@pytest.mark.parametrize(
    "text",
    [
        "NBC News could not independently verify this claim.",
        "Protesters marched through the capital on Friday.",
        "Police did not say how many people were arrested.",
        # a subject that names no one credits no one
        "Nobody claimed the ambush, which killed six guards.",
        "No one said how many people were hurt.",
    ],
)
def test_no_attribution(nlp: Language, text: str) -> None:
    assert find_attributions(_sentence(nlp, text)) == []


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("NBC News could not independently verify this claim.", "could not independently verify"),
        ("The footage could not be independently verified.", "could not be independently verified"),
        ("There were unconfirmed reports of shelling.", "unconfirmed"),
        ("The toll could not be verified.", "could not be verified"),
        ("Reuters was unable to confirm the account.", "unable to confirm"),
        ("An unverified video showed burning cars.", "unverified"),
        ("The claim can't be independently verified.", "can't be independently verified"),
        ("Police confirmed the death toll.", None),
        ("The army said it had verified the reports.", None),
    ],
)
def test_unverified_marker(text: str, marker: str | None) -> None:
    assert unverified_marker(text) == marker


def test_closing_quote_parsed_as_subject_is_not_the_source(nlp: Language) -> None:
    # The parser makes the closing quote mark a subject of "said"; the official is the source.
    doc = nlp("The town was quiet. Until yesterday,’’ said a senior army official in Mosul.")
    sentence = list(doc.sents)[1]
    assert next(t.text for t in sentence if t.dep_ == "nsubj") == "’’"
    [found] = find_attributions(sentence)
    assert found.source == "a senior army official in Mosul"
    assert found.verb == "said"


def test_a_pronoun_source_is_the_source_named_just_before(nlp: Language) -> None:
    doc = nlp(
        "The army said nine soldiers were killed. It said its troops killed 20 attackers. "
        "Residents said the market was shut. The roads were empty for days afterwards. "
        "Traffic was light on the coast road. Shops stayed closed in the centre. "
        "It said the curfew would stay."
    )
    found = [(i, a) for i, sent in enumerate(doc.sents) for a in find_attributions(sent)]
    sources = [a.source for a in name_pronoun_sources(found)]
    assert sources == ["The army", "The army", "Residents", "It"]


def test_a_closing_source_the_parse_hung_as_an_apposition_is_the_source(nlp: Language) -> None:
    sent = _sentence(
        nlp,
        "Gunmen attacked a checkpoint near Bannu late on Monday, killing four policemen, a "
        "district official who spoke on condition of anonymity said.",
    )
    found = find_attributions(sent)
    assert [(a.source, a.anonymous) for a in found] == [("a district official", True)]
