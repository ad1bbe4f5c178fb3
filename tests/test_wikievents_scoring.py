"""The WikiEvents scorer: families of predicted triggers, KAIROS role names and the
head-word comparison of arguments (sentences we wrote)."""

from __future__ import annotations

from spacy.language import Language

from tacitus.evaluation.wikievents_eval import (
    PredEvent,
    argument_hits,
    head_of,
    predicted_family,
    role_name,
)
from tacitus.evaluation.wikievents_gold import GoldEvent
from tacitus.pipeline.doc import TriggerMention


def _trigger(lemma: str, code: str, strength: str = "strong") -> TriggerMention:
    return TriggerMention(
        text=lemma,
        lemma=lemma,
        start=0,
        end=len(lemma),
        sent=0,
        head=0,
        code=code,
        strength=strength,
        pos="VERB",
    )


def test_kidnapping_is_detention_and_lives_claimed_are_deaths() -> None:
    assert predicted_family(_trigger("kidnap", "abduction")) == "Justice.Arrest"
    assert predicted_family(_trigger("arrest", "arrests")) == "Justice.Arrest"
    assert predicted_family(_trigger("claim", "attack", "casualty")) == "Life.Die"
    assert predicted_family(_trigger("injure", "attack", "casualty")) == "Life.Injure"
    assert predicted_family(_trigger("toll", "attack", "casualty")) == "Life.Die"  # death toll
    assert predicted_family(_trigger("flee", "attack", "casualty")) is None


def test_a_crowd_is_no_attacker_of_its_protest() -> None:
    protest = _trigger("protest", "peaceful_protest")
    assert role_name(protest, "agent") is None
    assert role_name(protest, "patient") == "Target"
    attack = _trigger("attack", "attack")
    assert (role_name(attack, "agent"), role_name(attack, "patient")) == ("Attacker", "Target")
    death = _trigger("kill", "attack", "casualty")
    assert (role_name(death, "agent"), role_name(death, "patient")) == (None, "Victim")


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def test_arguments_are_compared_by_head_word(nlp: Language) -> None:
    text = "The blast shattered the windows of the bakery on Main Street."
    head = head_of(nlp(text))
    gold = GoldEvent("Conflict", _span(text, "blast"), (("Target", (_span(text, "bakery"),)),))
    overlapping = PredEvent(
        "Conflict", gold.trigger, (("Target", _span(text, "the windows of the bakery")),)
    )
    assert argument_hits(gold, overlapping, head) == 0  # its head is "windows"
    right = PredEvent("Conflict", gold.trigger, (("Target", _span(text, "the bakery")),))
    assert argument_hits(gold, right, head) == 1
    wrong_role = PredEvent("Conflict", gold.trigger, (("Attacker", _span(text, "the bakery")),))
    assert argument_hits(gold, wrong_role, head) == 0


def test_a_fused_more_heads_its_phrase(nlp: Language) -> None:
    text = "The gunmen killed four guards and wounded dozens more at the gate."
    head = head_of(nlp(text))
    assert head(_span(text, "dozens more")) == _span(text, "more")
    assert head(_span(text, "four guards")) == _span(text, "guards")


def test_each_gold_argument_matches_once(nlp: Language) -> None:
    text = "Gunmen killed Mayor Ana Ruiz and her driver."
    head = head_of(nlp(text))
    ruiz = (_span(text, "Mayor Ana Ruiz"), _span(text, "Ana Ruiz"))
    gold = GoldEvent("Life.Die", _span(text, "killed"), (("Victim", ruiz),))
    twice = PredEvent(
        "Life.Die", gold.trigger, (("Victim", _span(text, "Ana Ruiz")), ("Victim", ruiz[0]))
    )
    assert argument_hits(gold, twice, head) == 1
