"""Statements about actions: demands ("X must return"), promises, threats and refusals.

PLOVER codes what an actor says it will or must do as a statement, not as the action:
"Syria says it is willing to withdraw" is AGREE, "would boycott all contact" THREATEN,
"will not accept more refugees" REJECT, "said Sudan must return the helicopter" REQUEST.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

REPORTING: Final = frozenset(
    {
        "say",
        "declare",
        "announce",
        "conclude",
        "insist",
        "tell",
        "state",
        "stress",
        "warn",
        "add",
        "argue",
        "believe",
        "reiterate",
    }
)
# Nouns that carry a demand like a reporting verb: "a reminder that Iraq must comply".
_REPORTING_NOUNS: Final = frozenset(
    {"reminder", "warning", "statement", "declaration", "message", "letter", "demand"}
)
_DEMAND_AUX: Final = frozenset({"must", "should"})
_FUTURE_AUX: Final = frozenset({"will", "would", "shall", "'ll", "may", "might", "wo"})
_WILLING: Final = frozenset(
    {"willing", "ready", "prepared", "committed", "determined", "plan", "intend"}
)
_REFUSING: Final = frozenset({"fail", "refuse", "decline"})
HOSTILE: Final = frozenset({"ASSAULT", "COERCE", "SANCTION", "PROTEST", "THREATEN", "MOBILIZE"})
VERBAL: Final = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN"})
_CONDITIONS: Final = frozenset({"unless", "if"})


def _aux(token: Token) -> set[str]:
    return {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")}


def modal_demands(sent: Span) -> list[Token]:
    """Verbs reported with "must"/"should" ("said China must drop barriers")."""
    found: list[Token] = []
    for token in sent:
        if token.pos_ not in ("VERB", "AUX") or not _aux(token) & _DEMAND_AUX:
            continue
        head = token.head.lemma_.lower()
        reported = token.dep_ == "ccomp" and head in REPORTING | {"remind"}
        if reported or (token.dep_ in ("acl", "ccomp") and head in _REPORTING_NOUNS):
            found.append(token)
    return found


def _governors(token: Token) -> list[Token]:
    """The trigger and the words it is the complement of ("is willing to withdraw")."""
    chain = [token]
    node = token
    for _ in range(3):
        if node.dep_ not in ("xcomp", "acomp", "ccomp") or node.head.i == node.i:
            break
        node = node.head
        chain.append(node)
        if chain[-2].dep_ == "ccomp":
            break
    return chain


def stance(token: Token) -> str | None:
    """How a trigger is put: "must", "refuse", "will", "will-not", "prepare" or None."""
    chain = _governors(token)
    auxes = set().union(*(_aux(t) for t in chain))
    negated = any(c.dep_ == "neg" for t in chain for c in t.children)
    lemmas = {t.lemma_.lower() for t in chain[1:]}
    if lemmas & _REFUSING:
        return "refuse"
    if auxes & _DEMAND_AUX:
        return "must"
    willing = bool(auxes & _FUTURE_AUX or lemmas & _WILLING)
    if willing:
        return "will-not" if negated else "will"
    if "prepare" in lemmas:
        return "prepare"
    return None


def _conditional(token: Token) -> bool:
    return any(t.lower_ in _CONDITIONS for t in token.sent)


def stated_event(token: Token, event: str) -> str:
    """The PLOVER event a coder records for a trigger, read with its stance.

    Verbal events keep their type ("threatened to attack" is THREATEN); a demanded action
    is a REQUEST, a refused or negated one a REJECT, a promised hostile action (or one
    with a condition) a THREATEN and a promised cooperative one an AGREE.
    """
    kind = stance(token)
    if kind is None or (event in VERBAL and kind != "will-not"):
        return event
    if kind == "must":
        return "REQUEST"
    if kind in ("refuse", "will-not"):
        return "REJECT"
    if kind == "prepare":
        return "MOBILIZE" if event in HOSTILE else event
    hostile = event in HOSTILE or (event == "RETREAT" and _conditional(token))
    return "THREATEN" if hostile else "AGREE"
