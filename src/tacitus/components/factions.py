"""Breakaway factions named through their parent group: "dissidents of the former FARC
rebel group" are the FARC dissidents, an actor of their own in the knowledge base."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from tacitus.doc_memo import doc_text
from tacitus.pipeline.doc import ActorMention

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from tacitus.actors import ActorEntry, ActorKB

# Nouns for members who broke away from a group, and the word the knowledge base names
# such a faction with ("FARC dissidents").
FACTION_NOUNS: Final = frozenset({"dissident", "dissidents"})
_FACTION_WORD: Final = "dissidents"


def _parent_phrase(noun: Token) -> Token | None:
    """The head of "of X" after a faction noun ("dissidents of the former FARC")."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def faction_of(kb: ActorKB, parent: ActorEntry) -> ActorEntry | None:
    """The knowledge base's breakaway faction of ``parent``: the entry one of whose
    aliases is a name of the parent followed by "dissidents"."""
    for name in (parent.name, *parent.aliases):
        entry = kb.get_by_alias(f"{name} {_FACTION_WORD}")
        if entry is not None and entry.id != parent.id:
            return entry
    return None


def factions(kb: ActorKB, sent: Span, known: list[ActorMention]) -> list[ActorMention]:
    """ "Dissidents of (the former) X" where X is a named group with a faction in the
    knowledge base: one mention from the faction noun to the end of X's phrase."""
    found: list[ActorMention] = []
    for token in sent:
        if token.lower_ not in FACTION_NOUNS:
            continue
        parent = _parent_phrase(token)
        if parent is None:
            continue
        span = (parent.left_edge.idx, parent.right_edge.idx + len(parent.right_edge.text))
        inside = [m for m in known if span[0] <= m.start and m.end <= span[1]]
        entries = (faction_of(kb, m.entry) for m in inside if m.entry is not None)
        entry = next((e for e in entries if e is not None), None)
        if entry is None:
            continue
        found.append(
            ActorMention(
                text=doc_text(sent.doc)[token.idx : span[1]],
                start=token.idx,
                end=span[1],
                sent=inside[0].sent,
                head=token.i,
                entry=entry,
                kind="named",
            )
        )
    return found
