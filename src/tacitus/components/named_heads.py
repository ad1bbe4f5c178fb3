"""The noun a named group goes by, used bare: "Israeli settlers ... Settlers set fire".

An article names a group once with its qualifier ("Israeli settlers", "Jewish settlers")
and then by its noun alone ("the settlers", or "Settlers" opening a sentence, where the
capital says nothing). Where the knowledge base calls a group by such a noun (the last
word of one of its aliases) and the article has named that group, a bare use of the noun
as a clause's subject or object is that group. A noun the base knows on its own
("police", "troops") or that stands for any armed group ("the militants", see
:mod:`tacitus.linking.coreference`) is left to those rules, and so is a noun that two
groups named in the article share.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Final

from tacitus.linking.coreference import is_group_noun
from tacitus.pipeline.doc import ActorMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from tacitus.actors import ActorEntry, ActorKB

_ROLE_DEPS: Final = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj"})
# Words before the noun that leave it bare: articles and demonstratives.
_BARE_CHILDREN: Final = frozenset({"det", "punct", "cc", "conj", "prep", "relcl", "acl"})


def named_heads(doc: Doc, found: list[ActorMention], kb: ActorKB) -> list[ActorMention]:
    """``found`` with the bare uses of named groups' nouns added (see the module), each
    in place of an unresolved mention of the same word."""
    nouns = _group_nouns(doc, found, kb)
    if not nouns:
        return found
    starts = [sent.start for sent in doc.sents]
    result = list(found)
    for token in doc:
        entry = nouns.get(token.lower_)
        if entry is None or not _bare(token):
            continue
        end = token.idx + len(token.text)
        inside = [m for m in result if m.start < end and token.idx < m.end]
        if any(m.entry is not None or (m.start, m.end) != (token.idx, end) for m in inside):
            continue
        result = [m for m in result if m not in inside]
        index = bisect.bisect_right(starts, token.i) - 1
        result.append(ActorMention.of_word(token, index, entry))
    return sorted(result, key=lambda m: m.start)


def _group_nouns(doc: Doc, found: list[ActorMention], kb: ActorKB) -> dict[str, ActorEntry]:
    """The nouns the article calls its named groups by, each of one group only."""
    owners: dict[str, set[str]] = {}
    entries: dict[str, ActorEntry] = {}
    for mention in found:
        entry = mention.entry
        if mention.kind != "named" or entry is None or entry.kind != "group":
            continue
        noun = _noun_of(doc[mention.head])
        if noun is None or noun.lower_ not in _alias_nouns(entry):
            continue
        if kb.nouns.get(noun.lower_) is not None or is_group_noun(noun):
            continue
        owners.setdefault(noun.lower_, set()).add(entry.id)
        entries[entry.id] = entry
    return {word: entries[next(iter(ids))] for word, ids in owners.items() if len(ids) == 1}


def _noun_of(token: Token) -> Token | None:
    """The plural noun a mention's head is or qualifies ("Israeli" of "Israeli settlers")."""
    noun = token if token.pos_ == "NOUN" else token.head
    return noun if noun.pos_ == "NOUN" and noun.tag_ == "NNS" else None


def _alias_nouns(entry: ActorEntry) -> set[str]:
    """The last words of the group's aliases of two words or more ("settlers")."""
    return {a.split()[-1].lower() for a in entry.aliases if " " in a}


def _bare(token: Token) -> bool:
    """A plural noun with no word of its own before it but an article, as a clause's
    subject or object ("Settlers set fire", "attacked by the settlers")."""
    if token.pos_ not in ("NOUN", "PROPN") or token.dep_ not in _ROLE_DEPS:
        return False
    return all(c.dep_ in _BARE_CHILDREN or c.i > token.i for c in token.children)
