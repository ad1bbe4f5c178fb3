"""Words that look like a town's name inside names of other things.

"St. Patrick's Day" names a saint, not Patrick, Virginia; "Chamber of Commerce" and
"Department of Commerce" a body, not Commerce, Texas; "Superior Court" a court, not
Superior, Wisconsin. A one-word toponym right after "St." or "Saint", or inside one of
these fixed names, is no place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

SAINT_WORDS = frozenset({"st.", "st", "saint", "ste.", "ste"})
# Fixed names: the word that looks like a town, and the words around it that make the
# name (before it, after it).
FIXED_NAMES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "commerce": (frozenset({"of"}), frozenset()),
    "superior": (frozenset(), frozenset({"court"})),
    "justice": (frozenset({"of"}), frozenset()),
}


def in_fixed_name(token: Token) -> bool:
    """Whether ``token`` is a saint's name ("St. Patrick") or the town-like word of a
    fixed name ("Chamber of Commerce", "Superior Court", "Department of Justice")."""
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    if before is not None and before.lower_ in SAINT_WORDS:
        return True
    fixed = FIXED_NAMES.get(token.lower_)
    if fixed is None:
        return False
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (before is not None and before.lower_ in fixed[0]) or (
        after is not None and after.lower_ in fixed[1]
    )
