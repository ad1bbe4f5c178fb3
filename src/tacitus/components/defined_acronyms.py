"""Short names an article defines for itself: "the Arakan Army (AA)" and then "the AA".

Wire reports name a group in full once, give its initials in brackets, and use the
initials alone after that. The knowledge base cannot list every group's initials (many
are short and name other things elsewhere), but the article says what they stand for: a
later mention of exactly those letters that the knowledge base does not resolve is the
group named before the bracket.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from tacitus.actors import ActorEntry
    from tacitus.pipeline.doc import ActorMention

# The longest bracket read as initials ("(AA)", "(CODECO)", "(ENDF)").
_MAX_LETTERS: Final = 8
_SHORTEST: Final = 2


def _initials(text: str) -> str | None:
    """The letters inside a bracket that closes ``text``, when they are initials: two
    to eight capitals, a digit or a hyphen allowed ("(AA)", "(M23)"), else ``None``."""
    text = text.rstrip()
    if not text.endswith(")") or "(" not in text:
        return None
    inner = text[text.rindex("(") + 1 : -1].strip()
    if not _SHORTEST <= len(inner) <= _MAX_LETTERS or not inner[0].isupper():
        return None
    letters = [c for c in inner if c.isalpha()]
    ok = all(c.isupper() or c.isdigit() or c == "-" for c in inner)
    return inner if ok and len(letters) >= _SHORTEST else None


def _bracket_after(doc: Doc, mention: ActorMention) -> str | None:
    """The initials in a bracket right after the mention ("Arakan Army (AA)"), or in the
    mention's own text where the knowledge base's alias took the bracket in."""
    own = _initials(mention.text)
    if own is not None:
        return own
    text = doc.text
    rest = text[mention.end : mention.end + _MAX_LETTERS + 4]
    if not rest.startswith(" (") or ")" not in rest:
        return None
    return _initials(rest[: rest.index(")") + 1])


def _bare(text: str) -> str:
    """The mention's words without a leading "the" ("the AA" -> "AA")."""
    words = text.split()
    return " ".join(words[1:] if words and words[0].lower() == "the" else words)


def defined_acronyms(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """``mentions`` with each unresolved mention of initials the article defined after a
    resolved name (see the module's docstring) given that name's actor."""
    defined: dict[str, tuple[int, ActorEntry]] = {}
    for mention in mentions:
        if mention.entry is None or mention.entry.kind != "group":
            continue
        letters = _bracket_after(doc, mention)
        if letters is not None and letters not in defined:
            defined[letters] = (mention.end, mention.entry)
    if not defined:
        return mentions
    return [_named(mention, defined) for mention in mentions]


def _named(mention: ActorMention, defined: dict[str, tuple[int, ActorEntry]]) -> ActorMention:
    """The mention, given the group whose initials it is when they were defined before it."""
    found = defined.get(_bare(mention.text)) if mention.entry is None else None
    if found is None or found[0] > mention.start:
        return mention
    return replace(mention, entry=found[1], kind="named")
