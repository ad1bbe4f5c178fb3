"""Small helpers over spaCy's dependency tree."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def ancestors_with_self(token: Token) -> list[Token]:
    """The token and its ancestors, nearest first."""
    return [token, *token.ancestors]


def tree_distance(a: Token, b: Token) -> int:
    """Number of edges between two tokens of one sentence (large if unrelated)."""
    path_a = ancestors_with_self(a)
    index_a = {t.i: n for n, t in enumerate(path_a)}
    for n, tok in enumerate(ancestors_with_self(b)):
        if tok.i in index_a:
            return n + index_a[tok.i]
    return 99


def token_at(doc: Doc, char: int) -> Token | None:
    """The token that covers character ``char`` (or starts after it)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is not None and len(span) > 0:
        return span[0]
    return None


def phrase_top(doc: Doc, start: int, end: int) -> Token | None:
    """The highest token of the phrase written at characters ``start`` to ``end`` (a
    date's, "on March 3"), whose head lies outside it; None when no token is there."""
    node = token_at(doc, start)
    if node is None:
        return None
    while node.head.i != node.i and start <= node.head.idx < end:
        node = node.head
    return node


def dominates(top: Token, token: Token) -> bool:
    """True when ``token`` is ``top`` or lies in its subtree."""
    return token.i == top.i or any(a.i == top.i for a in token.ancestors)


def within(top: Token, token: Token, *, blocked: frozenset[str]) -> bool:
    """``token`` lies under ``top`` without crossing an edge labelled in ``blocked``."""
    node = token
    while node.i != top.i:
        if node.dep_ in blocked or node.i == node.head.i:
            return False
        node = node.head
    return True
