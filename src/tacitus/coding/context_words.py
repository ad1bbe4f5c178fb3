"""The words of the sentences around an event that its type is refined by.

Each token gives its lower-case form and its lemma, with one exception: barricades are a
cue of a riot ("youths set up burning barricades") only when the crowd builds or burns
them, not when police put them across a road or marchers walk up to them ("tried to walk
past the barricades"), which is how a peaceful march meets the police.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["context_words"]

_BARRICADES: Final = frozenset({"barricade", "barricades"})
_BUILT: Final = frozenset({"erect", "build", "set", "put", "burn", "light", "raise", "man"})
_BURNING: Final = frozenset({"burning", "flaming", "makeshift", "improvised"})


def context_words(tokens: Iterable[Token]) -> set[str]:
    """Lower-case forms and lemmas of ``tokens`` (rules of the module docstring)."""
    words: set[str] = set()
    for token in tokens:
        if token.lower_ in _BARRICADES and not _crowd_barricade(token):
            continue
        words.add(token.lower_)
        words.add(token.lemma_.lower())
    return words


def _crowd_barricade(token: Token) -> bool:
    """Barricades built, set up, manned or burned ("erected barricades", "burning
    barricades", "barricades were set on fire")."""
    if any(c.lower_ in _BURNING for c in token.children):
        return True
    head = token.head
    return token.dep_ in ("dobj", "nsubjpass", "conj") and head.lemma_.lower() in _BUILT
