"""Which trigger of a sentence is its main event: the one a coder records for it.

The main event is the sentence's main predicate where that is a trigger ("Lebanon
complained to the UN over raids in which 20 were killed" is the complaint); triggers in
background clauses ("after a week of unrest", "following the killing of") and in
relative clauses rank below it; among the rest, strong triggers beat weak ones and
shallow ones deep ones.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from spacy.tokens import Token

    from tacitus.pipeline.doc import Frame

BACKGROUND: Final = frozenset(
    {
        "after",
        "following",
        "because",
        "since",
        "amid",
        "despite",
        "over",
        "during",
        "before",
        "when",
        "while",
        "if",
        "unless",
        "as",
        "against",
        "in",
        "for",
        "of",
        "with",
        "about",
        "into",
    }
)
_SUBORDINATE: Final = frozenset({"advcl", "relcl", "acl", "csubj", "pcomp", "appos", "npadvmod"})
STRENGTH_RANK: Final = {"strong": 0, "medium": 1, "weak": 2, "casualty": 3}


def _steps(token: Token) -> list[Token]:
    """The token and its ancestors up to the root, nearest first."""
    return [token, *token.ancestors]


def background(token: Token) -> bool:
    """True when the trigger sits in a background clause or phrase ("after the raid")."""
    for node in _steps(token):
        if node.dep_ == "prep" and node.lower_ in BACKGROUND and node.i != token.i:
            return True
        marks = {c.lower_ for c in node.children if c.dep_ == "mark"}
        if node.dep_ == "advcl" and marks & BACKGROUND:
            return True
    return False


def clause_depth(token: Token) -> int:
    """How many subordinate clauses lie between the trigger and the sentence root."""
    return sum(1 for node in _steps(token) if node.dep_ in _SUBORDINATE)


def salience_key(frame: Frame, token: Token) -> tuple[int, ...]:
    """Sort key: the sentence's main event sorts first."""
    strength = STRENGTH_RANK.get(frame.trigger.strength, 2)
    return (
        int(frame.orphan),
        int(strength == STRENGTH_RANK["casualty"]),
        int(background(token)),
        clause_depth(token),
        sum(1 for _ in token.ancestors),
        strength,
        frame.trigger.start,
    )
