"""Who "they", "it" or "the group" is, when a pronoun or a definite description is the
one who acted.

"Taliban gunmen attacked the base. They killed 23 soldiers": the killers are the
gunmen. A pronoun or a bare group noun with no actor of its own that is the agent of a
trigger stands for an actor named shortly before it: the nearest preceding one (in its
sentence or the two before) that agrees with it, subjects first, since the one who acted
in one sentence is the likeliest to act in the next. "They" is a plural noun or a group,
"it" a group named in the singular, "he" or "she" a person, "the group" or "the
militants" a named group, and so are the forces it owns ("the group's forces", "the
rebels' fighters"). An actor the KB does not know ("Ana Lopes said she would boycott
the vote") is kept where its name is written.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Final

from tacitus.doc_memo import doc_text
from tacitus.linking.roles import argument_heads

if TYPE_CHECKING:
    from spacy.tokens import Token

    from tacitus.pipeline.doc import ActorMention, ArticleDoc

_PLURAL: Final = frozenset({"they", "them"})
_SINGULAR: Final = frozenset({"it"})
_PERSONAL: Final = frozenset({"he", "she", "him", "her"})
GROUP_NOUNS: Final = frozenset(
    {"group", "organisation", "organization", "movement", "militia", "outfit", "faction"}
    | {"militants", "attackers", "assailants", "insurgents", "rebels", "fighters"}
)
# Pronouns that may stand for an actor the KB does not know ("Ana Lopes said she would
# boycott the vote", "Palestinian leaders said they would"): that actor, as written.
_AS_WRITTEN: Final = frozenset({"person", "plural"})
_DEFINITE: Final = frozenset({"the", "this", "that", "these", "those"})
_WINDOW: Final = 2
_SUBJECTS: Final = frozenset({"nsubj", "nsubjpass"})
# Words that take some of a set and name no thing: "none of its units had detained anyone".
_STATE_SECTORS: Final = frozenset({"MIL", "COP", "GOV"})
_PARTITIVES: Final = frozenset({"none", "all", "some", "each", "any", "one", "neither"})


def _kind(token: Token) -> str | None:
    """How ``token`` refers back: "plural", "singular", "group", or None."""
    word = token.lower_
    if token.tag_ == "PRP" and word in _PLURAL:
        return "plural"
    if token.tag_ == "PRP" and word in _SINGULAR:
        return "singular"
    if token.tag_ == "PRP" and word in _PERSONAL:
        return "person"
    dets = {c.lower_ for c in token.children if c.dep_ == "det"}
    if is_group_noun(token):
        return "group" if dets & _DEFINITE else None
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if owner is not None and is_group_noun(owner):  # "the group's forces"
        return _kind(owner)
    return None


def is_group_noun(token: Token) -> bool:
    """A common noun for an armed group or its members ("the group", "the rebels")."""
    return token.lemma_.lower() in GROUP_NOUNS or token.lower_ in GROUP_NOUNS


def _agrees(kind: str, mention: ActorMention, head: Token) -> bool:
    """A plural pronoun for plural nouns and groups; "it" for a group in the singular or
    a state's force ("the army ... It urged");
    a definite group noun for a named group (the KB knows it is one, whatever the
    tagger made of its name)."""
    named = mention.kind == "named"
    if kind == "person":
        return head.ent_type_ == "PERSON"
    if kind == "plural":
        return head.tag_ in ("NNS", "NNPS") or named
    if kind == "singular":  # a named group, or a state's force or government named bare
        force = mention.entry is not None and mention.entry.sector in _STATE_SECTORS
        return (named or force) and head.tag_ in ("NNP", "NN")
    return named


def _subject(head: Token) -> bool:
    node = head
    while node.dep_ in ("compound", "amod", "conj", "appos") and node.head.i != node.i:
        node = node.head
    return node.dep_ in _SUBJECTS


def _antecedent(adoc: ArticleDoc, token: Token, kind: str, sent: int) -> ActorMention | None:
    doc = token.doc
    found = [
        m
        for m in adoc.actors
        if (m.entry is not None or kind in _AS_WRITTEN)
        and sent - _WINDOW <= m.sent <= sent
        and m.end <= token.idx
        and _agrees(kind, m, doc[m.head])
    ]
    if not found:
        return None
    best = min(found, key=lambda m: (not _subject(doc[m.head]), sent - m.sent, m.start))
    if kind == "singular" and _thing_subject_between(adoc, token, sent, after=best.end):
        return None
    return best


def _thing_subject_between(adoc: ArticleDoc, token: Token, sent: int, *, after: int) -> bool:
    """Whether a thing, not an actor, is the subject of the clause before ``token`` (in
    its sentence or the one before) and comes after the candidate antecedent: "A grenade
    was hurled at a police vehicle. It missed its target": "it" is the grenade, not the
    group named two sentences up."""
    doc = token.doc
    first = adoc.sents[sent - 1].start if sent > 0 else adoc.sents[sent].start
    return any(
        t.dep_ in _SUBJECTS
        and t.tag_ == "NN"
        and t.lower_ not in _PARTITIVES
        and t.idx >= after
        and not any(a.start <= t.idx < a.end for a in adoc.actors)
        for t in doc[first : token.i]
    )


def resolved_agents(adoc: ArticleDoc, trigger: Token, sent: int) -> list[ActorMention]:
    """Actor mentions for the agents of ``trigger`` (in sentence ``sent``) that are
    pronouns or group nouns standing for an actor named before: at the pronoun's span,
    with the antecedent's KB entry."""
    agents, _ = argument_heads(trigger)
    found: list[ActorMention] = []
    for head in agents:
        kind = _kind(head)
        taken = any(a.start <= head.idx < a.end for a in adoc.actors)
        if kind is None or taken:
            continue
        antecedent = _antecedent(adoc, head, kind, sent)
        if antecedent is None:
            continue
        if antecedent.entry is None:  # named as written: where its name is written
            found.append(replace(antecedent, sent=sent))
            continue
        start = head.left_edge.idx if kind == "group" else head.idx
        end = head.idx + len(head.text)
        text = doc_text(head.doc)[start:end]
        found.append(replace(antecedent, text=text, start=start, end=end, head=head.i, sent=sent))
    return found
