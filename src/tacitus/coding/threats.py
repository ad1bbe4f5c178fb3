"""Threats made by saying what one will do: "the spokesman said the group would respond".

PLOVER codes a promised hostile act as the speaker's THREATEN, dated when it was said; the
act itself stays a future event (:mod:`tacitus.mentions.modality`). "Warned" and "vowed"
are threat triggers of their own; this finds the threat told with a plain reporting verb:
the verb's complement clause is a hostile act with "will"/"would" ("would respond to the
aggression", "will attack the troops"), or the retribution an official promises ("those
responsible would be brought to justice", "would be arrested and charged"), or a refusal
to let others act ("would not allow criminals to destroy property", "will not tolerate
attacks on officers"): a warning of what the speaker will do to stop them.
A prediction ("analysts said the rebels would attack") is no threat, and neither is a
refusal ("would not attack": that is a rejection).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from tacitus.coding.refine import VIOLENCE_FAMILY

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_SAYING: Final = frozenset(
    {"say", "declare", "announce", "tell", "insist", "stress", "add", "reiterate", "state"}
)
_WILL: Final = frozenset({"will", "would", "shall", "'ll", "wo"})
# Hostile trigger codes whose promise is a threat (besides violence).
_HOSTILE_CODES: Final = VIOLENCE_FAMILY | {"arrests", "abduction", "expel"}
# Acts of retribution that are no event trigger on their own.
_RETRIBUTION: Final = frozenset(
    {"respond", "retaliate", "punish", "avenge", "prosecute", "hunt", "target"}
)
# Verbs whose promised refusal warns others off: "will not allow", "would not tolerate".
_NOT_LETTING: Final = frozenset({"allow", "tolerate", "permit"})
# Speakers who predict rather than threaten.
_OBSERVERS: Final = frozenset(
    {"analyst", "expert", "observer", "witness", "resident", "researcher", "report", "study"}
)


def _promised(verb: Token) -> bool:
    """ "Would respond", "will be arrested", and the second of "would respond and would
    continue to target"."""
    children = list(verb.children)
    if any(c.dep_ == "neg" for c in children):
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _WILL for c in children):
        return True
    return verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i and _promised(verb.head)


def _to_justice(verb: Token) -> bool:
    """ "Brought to justice"."""
    return verb.lemma_.lower() == "bring" and any(
        c.lower_ == "to" and any(g.lower_ == "justice" for g in c.children) for c in verb.children
    )


def _will_not_let(verb: Token) -> bool:
    """ "Would not allow criminals to destroy property", "will not tolerate attacks": what
    is not let is people or acts (a plural or a name), not a thing ("would not allow the
    merger to go ahead" is a refusal)."""
    if verb.lemma_.lower() not in _NOT_LETTING:
        return False
    children = list(verb.children)
    negated = any(c.dep_ == "neg" for c in children)
    if not negated or not any(c.dep_ == "aux" and c.lower_ in _WILL for c in children):
        return False
    let = [c for c in children if c.dep_ == "dobj"]
    let += [s for c in children if c.dep_ in ("ccomp", "xcomp") for s in c.children]
    return any(
        c.dep_ in ("dobj", "nsubj") and c.tag_ in ("NNS", "NNPS", "NNP") for c in let
    )  # "allow criminals to destroy" parses "criminals" as the subject of "destroy"


def _threatened_acts(clause: Token, hostile: set[int]) -> bool:
    """Whether the complement clause (its verb and the verbs joined to it) promises a
    hostile act or refuses to let others act."""
    verbs = [clause, *(t for t in clause.subtree if t.dep_ in ("conj", "xcomp"))]
    for verb in verbs:
        if verb.pos_ in ("VERB", "AUX") and _will_not_let(verb):
            return True
        if verb.pos_ not in ("VERB", "AUX") or not _promised(verb):
            continue
        acts = {verb.i, *(c.i for c in verb.children if c.dep_ in ("xcomp", "dobj"))}
        if acts & hostile or verb.lemma_.lower() in _RETRIBUTION or _to_justice(verb):
            return True
    return False


def _observer(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in _OBSERVERS for c in verb.children)


def reported_threats(sent: Span, hostile: set[int], taken: set[int]) -> list[Token]:
    """Reporting verbs of ``sent`` whose clause promises a hostile act: the speaker's
    threat. ``hostile`` holds the token indices of hostile triggers, ``taken`` those of
    words that already are triggers."""
    found: list[Token] = []
    for token in sent:
        if token.i in taken or token.lemma_.lower() not in _SAYING or _observer(token):
            continue
        clauses = [c for c in token.children if c.dep_ == "ccomp"]
        if any(_threatened_acts(c, hostile) for c in clauses):
            found.append(token)
    return found


def hostile_code(code: str) -> bool:
    """Whether a trigger code is a hostile act that, promised, is a threat."""
    return code in _HOSTILE_CODES
