"""Which event is an article's main one: the salience every event record carries."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from tacitus.coding.article_salience import (
    SalienceCues,
    salience_score,
    subject_keys,
    title_stems,
)
from tacitus.pipeline import Pipeline


def _cues(**changes: object) -> SalienceCues:
    base: dict[str, object] = {
        "headline": False,
        "lead": False,
        "mentions": 1,
        "subject": False,
        "foreground": False,
        "status": "new",
    }
    base.update(changes)
    return SalienceCues(**base)  # type: ignore[arg-type]


def test_every_cue_adds_to_the_score() -> None:
    plain = salience_score(_cues())
    for name, value in [("headline", True), ("lead", True), ("subject", True)]:
        assert salience_score(_cues(**{name: value})) > plain
    assert salience_score(_cues(foreground=True)) > plain
    assert salience_score(_cues(mentions=3)) > salience_score(_cues(mentions=2)) > plain


def test_score_runs_from_zero_to_one() -> None:
    top = _cues(headline=True, lead=True, mentions=5, subject=True, foreground=True)
    assert salience_score(top) == 1.0
    assert salience_score(_cues(mentions=0, status="negated")) == 0.0


def test_old_background_counts_half_of_a_new_event() -> None:
    new = salience_score(_cues(mentions=0))
    old = salience_score(_cues(mentions=0, status="background"))
    assert old == pytest.approx(new / 2)


def test_title_stems_match_inflected_triggers() -> None:
    stems = title_stems("Rights lawyer arrested, charged after dawn raid")
    assert {"arre", "char", "raid", "righ"} <= stems


def _doc(sentence: str, people: list[tuple[int, int]]) -> Doc:
    doc = Doc(spacy.blank("en").vocab, words=sentence.split())
    doc.ents = [Span(doc, start, end, label="PERSON") for start, end in people]
    return doc


def test_subject_is_the_person_the_title_names() -> None:
    words = "Amina Yusuf was held . Judge Bala Ode spoke . Ode left . Ode returned ."
    doc = _doc(words, [(0, 2), (6, 8), (10, 11), (13, 14)])
    assert subject_keys(doc, "Lawyer Amina Yusuf arrested") == {"yusuf"}


def test_without_a_title_name_the_most_named_person_is_the_subject() -> None:
    words = "Ali Musa was held . Musa was beaten . Musa was freed . Sara Lee spoke ."
    doc = _doc(words, [(0, 2), (5, 6), (9, 10), (13, 15)])
    assert subject_keys(doc, "Reporter freed") == {"musa"}


def test_two_people_named_as_often_make_no_subject() -> None:
    words = "Ali Musa met Sara Lee . Musa and Lee spoke . Musa and Lee left ."
    doc = _doc(words, [(0, 2), (3, 5), (6, 7), (8, 9), (11, 12), (13, 14)])
    assert subject_keys(doc, "Two activists meet") == set()


@pytest.mark.slow
def test_the_headline_arrest_outranks_a_side_event(pipeline: Pipeline) -> None:
    text = (
        "Police in Kano arrested the rights lawyer Amina Yusuf at her home on Tuesday, "
        "her family said. Officers searched the house for two hours before taking Yusuf "
        "to a police station. Yusuf has defended farmers in land cases for a decade.\n\n"
        "In a separate development, hundreds of traders marched in Abuja on Monday to "
        "protest against a new market levy."
    )
    events = pipeline.extract(
        text, published="2023-05-18", title="Rights lawyer Amina Yusuf arrested in Kano"
    )
    assert events and all(e.salience is not None for e in events)
    main = max(events, key=lambda e: e.salience or 0.0)
    assert main.trigger is not None and main.trigger.lemma == "arrest"
    march = next(e for e in events if e.trigger is not None and e.trigger.lemma == "march")
    assert (march.salience or 0.0) < (main.salience or 0.0)
