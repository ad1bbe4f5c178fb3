"""Find event triggers in a parsed document with the lexicon and first context checks."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from tacitus.coding import cues
from tacitus.coding.diplomacy import accept_statement
from tacitus.coding.lexicon import Lexicon, TriggerRule
from tacitus.pipeline.doc import TriggerMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_CROWD_CHECK = {"march", "gather", "storm", "rally"}
_WEAK_NOUNS = {"rocket", "mortar", "missile", "artillery", "drone", "raid"}


def _sentence_words(sent: Span) -> set[str]:
    return {t.lower_ for t in sent} | {t.lemma_.lower() for t in sent}


def _has_crowd_subject(token: Token, words: set[str]) -> bool:
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    if token.dep_ == "relcl":
        subjects.append(token.head)
    for subj in subjects:
        phrase = {t.lower_ for t in subj.subtree}
        if phrase & cues.MARCHERS or any(t.like_num for t in subj.subtree):
            return True
    return bool(words & {"protesters", "demonstrators", "crowd", "marchers", "rioters"})


def _strike(token: Token, words: set[str]) -> str | None:
    if words & (cues.AERIAL | cues.DRONE):
        return "drone_strike" if words & cues.DRONE else "air_strike"
    if token.pos_ == "NOUN" and words & cues.LABOUR:
        return "peaceful_protest"
    return "shelling" if words & cues.HEAVY else None


def _weak_noun(rule: TriggerRule, token: Token) -> str | None:
    head = token.head
    if rule.lemma != "raid" and head is not token and head.lemma_.lower() in cues.IMPACT_VERBS:
        return rule.code
    return None


def _consult(rule: TriggerRule, token: Token) -> str | None:
    if any(c.dep_ == "auxpass" for c in token.children):
        return None
    has_partner = any(c.dep_ == "prep" and c.lower_ in ("to", "with") for c in token.children)
    return rule.code if has_partner or rule.lemma == "meet" else None


_PEOPLE = frozenset(
    {
        "women",
        "men",
        "people",
        "civilians",
        "hostages",
        "passengers",
        "students",
        "children",
        "girls",
        "boys",
        "villagers",
        "workers",
        "farmers",
        "traders",
        "residents",
        "pupils",
        "aid",
        "journalists",
        "worshippers",
        "travellers",
        "travelers",
    }
)


def _seize(rule: TriggerRule, token: Token) -> str | None:
    """Seizing people is an abduction, seizing a town is territory, seizing power neither."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    words = {t.lower_ for obj in objects for t in obj.subtree}
    if words & _PEOPLE:
        return "abduction"
    if words & cues.TERRITORY or any(t.ent_type_ == "GPE" for o in objects for t in o.subtree):
        return rule.code
    return None


def _accept(rule: TriggerRule, token: Token, words: set[str]) -> str | None:
    """The type code to use for this trigger here, or None to reject it."""
    lemma = rule.lemma
    if words & cues.SPORTS and rule.code in ("attack", "armed_clash", "air_strike"):
        return None
    if lemma in _CROWD_CHECK and token.pos_ == "VERB" and not _has_crowd_subject(token, words):
        return None
    special: dict[str, Callable[[], str | None]] = {
        "strike": lambda: _strike(token, words),
        "bomb": lambda: "air_strike" if words & cues.AERIAL else "remote_explosive",
        "speak": lambda: _consult(rule, token),
        "seize": lambda: _seize(rule, token),
        "capture": lambda: _seize(rule, token),
        "meet": lambda: _consult(rule, token),
    }
    if lemma in _WEAK_NOUNS:
        return _weak_noun(rule, token)
    if lemma == "grenade" and any(c.lower_ in ("stun", "flash", "smoke") for c in token.children):
        return None
    if token.pos_ == "NOUN" and token.dep_ == "compound" and " " not in lemma:
        return None
    handler = special.get(lemma)
    code = handler() if handler is not None else rule.code
    return code if code is not None and accept_statement(lemma, code, token) else None


def find_triggers(doc: Doc, *, lexicon: Lexicon) -> list[TriggerMention]:
    """Every accepted trigger in ``doc``, in text order; two-word rules win over one word."""
    found: list[TriggerMention] = []
    for s_index, sent in enumerate(doc.sents):
        words = _sentence_words(sent)
        skip_until = -1
        for token in sent:
            if token.i < skip_until:
                continue
            hit = lexicon.match(token)
            if hit is None:
                continue
            rule, width = hit
            code = _accept(rule, token, words)
            if code is None:
                continue
            last = doc[token.i + width - 1]
            skip_until = token.i + width
            found.append(
                TriggerMention(
                    text=doc.text[token.idx : last.idx + len(last)],
                    lemma=rule.lemma,
                    start=token.idx,
                    end=last.idx + len(last),
                    sent=s_index,
                    head=token.i,
                    code=code,
                    strength=rule.strength,
                    pos=token.pos_,
                )
            )
    return found
