"""Clauses in a dependency parse: whether a place is named in the clause of an event's trigger.

A sentence can name an event's place in the trigger's own clause ("militants stormed a
base in Kunduz") or in another one ("... after officials in Kabul said"). Only the first
says where the event happened; a clause starts at a verb heading a subordinate, relative,
coordinated or reported clause, or at the sentence root.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Dependency labels of a verb that opens a clause of its own.
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "parataxis", "csubj", "acl", "conj"})
_VERBAL = frozenset({"VERB", "AUX"})


def opens_clause(token: Token) -> bool:
    """Whether ``token`` heads a clause (the root, or a verb in a clause relation)."""
    if token.head.i == token.i:
        return True
    return token.dep_ in CLAUSE_DEPS and token.pos_ in _VERBAL


def clause_head(token: Token) -> int:
    """The index of the token that heads the clause ``token`` is in."""
    while not opens_clause(token):
        token = token.head
    return token.i


def in_trigger_clause(
    doc: Doc, *, trigger: int, head: int, event_nouns: frozenset[str] = frozenset()
) -> bool:
    """Whether the token ``head`` sits in the clause of the token ``trigger``, or below it.

    A relative clause on a noun of ``event_nouns`` belongs to its noun's clause ("killed in
    the clashes that broke out in Tel Hamis").
    """
    own = clause_head(doc[trigger])
    token = doc[head]
    while True:
        if token.i in (trigger, own):
            return True
        if opens_clause(token) and not _describes(token, event_nouns):
            return False
        if token.head.i == token.i:
            return False
        token = token.head


def _describes(token: Token, event_nouns: frozenset[str]) -> bool:
    """A relative or participle clause on an event noun ("the clashes that broke out")."""
    return token.dep_ in ("relcl", "acl") and token.head.lemma_.lower() in event_nouns
