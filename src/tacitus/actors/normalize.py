"""Offset-preserving text normalisation and trie-shaped regular expressions.

Aliases and texts go through the same :func:`normalize`, so spelling noise that news
outlets vary on (apostrophes, hyphens, diacritics, runs of spaces) never blocks a match,
and every position of the normalised text maps back to a position of the original.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_APOSTROPHES = frozenset("'`´‘’ʼʻʿʾ′")
_SEPARATORS = frozenset("-‐‑‒–—_")
_MAX_CS_LEN = 6
# The ASCII characters normalize() changes or drops (apostrophes and separators).
_PLAIN_BREAKERS = frozenset(ch for ch in _APOSTROPHES | _SEPARATORS if ch.isascii())


def _fold(ch: str) -> str:
    """One character, diacritics removed, whose lower case is still one character."""
    if ch.isascii():
        return ch
    base = unicodedata.normalize("NFKD", ch)[:1] or ch
    return base if len(base.lower()) == 1 else "_"


def normalize(text: str) -> tuple[str, list[int]]:
    """Normalised text (case kept) and, per character, its index in ``text``.

    A possessive ``'s`` is dropped (``Iraq's army`` -> ``Iraq army``), other apostrophes
    after a letter too (``Kata'ib`` -> ``Kataib``); hyphens and whitespace become one
    space; diacritics are folded.
    """
    if _plain(text):
        return text, list(range(len(text)))
    out: list[str] = []
    index: list[int] = []
    i, size = 0, len(text)
    while i < size:
        ch = text[i]
        if ch in _APOSTROPHES and out and out[-1].isalnum():
            i += 2 if _possessive_s(text, i + 1) else 1
            continue
        if ch in _SEPARATORS or ch.isspace():
            if out and out[-1] != " ":
                out.append(" ")
                index.append(i)
            i += 1
            continue
        out.append(_fold(ch))
        index.append(i)
        i += 1
    if out and out[-1] == " ":
        out.pop()
        index.pop()
    return "".join(out), index


def _plain(text: str) -> bool:
    """Text that :func:`normalize` leaves as it is, checked at C speed: printable ASCII
    without apostrophes or separators, with single spaces and none at either end."""
    return (
        text.isascii()
        and text.isprintable()
        and not _PLAIN_BREAKERS.intersection(text)
        and "  " not in text
        and not text.startswith(" ")
        and not text.endswith(" ")
    )


def _possessive_s(text: str, i: int) -> bool:
    """True when ``text[i]`` is the ``s`` of a possessive ``'s`` (a word ends after it)."""
    return i < len(text) and text[i] in "sS" and (i + 1 == len(text) or not text[i + 1].isalnum())


def norm_key(text: str) -> str:
    """The normalised form of an alias or phrase (case kept)."""
    return normalize(text.strip())[0]


def is_case_sensitive(alias: str) -> bool:
    """Acronyms (``IS``, ``LeT``, ``U.S.``, ``M23``) only match as written, in capitals."""
    compact = re.sub(r"[.\-/]", "", alias)
    if not compact or any(ch.isspace() for ch in compact) or len(compact) > _MAX_CS_LEN:
        return False
    return sum(ch.isupper() for ch in compact) >= 2 or compact.isupper()


class _Node:
    """A character trie node (only used while a pattern is being built)."""

    __slots__ = ("children", "end")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.end = False


def trie_pattern(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` shaped as a trie; at each point longer words win."""
    root = _Node()
    for word in set(words):
        if not word:
            continue
        node = root
        for ch in word:
            node = node.children.setdefault(ch, _Node())
        node.end = True
    return _node_pattern(root) if root.children else "(?!)"


def _node_pattern(node: _Node) -> str:
    branches = [re.escape(ch) + _node_pattern(child) for ch, child in sorted(node.children.items())]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if not node.end:
        return body
    return ("(?:" + body + ")?") if len(branches) == 1 and len(body) > 1 else body + "?"
