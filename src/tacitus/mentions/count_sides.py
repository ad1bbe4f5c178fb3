"""Whose dead a fatality count counts (UCDP's sides), and tolls of two sides told in one
sentence as conjoined clauses, which are one event's toll.

"At least 17 fighters were killed and three soldiers died": the two figures are parts of one
toll (20), as a coder adds the dead of both sides; each part keeps its side for UCDP's
deaths by side. Figures of one side, or whose side the text does not say, are never added:
they may be the same dead counted twice ("12 people were killed and 12 civilians died").
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Literal

from spacy.tokens import Doc, Span

from tacitus.doc_memo import doc_text
from tacitus.mentions.count_mention import CountMention, summed

UcdpSide = Literal["deaths_a", "deaths_b", "civilians", "unknown"]
# Victim nouns (last word, singular) -> UCDP side. Side A is the government in UCDP's
# state-based conflicts; side B the armed group that fights it.
_SIDE_NOUNS: Mapping[UcdpSide, str] = MappingProxyType(
    {
        "deaths_a": "soldier troop policeman policemen officer police army serviceman "
        "servicemen trooper marine guard personnel gendarme conscript recruit",
        "deaths_b": "militant fighter rebel insurgent gunman gunmen jihadist militiaman "
        "militiamen guerrilla guerilla attacker assailant terrorist bomber combatant",
        "civilians": "civilian resident villager child children woman women worshipper pupil "
        "student farmer passenger shopper bystander journalist worker refugee protester "
        "demonstrator mourner passer-by passers-by",
    }
)
SIDE_WORDS: Mapping[str, UcdpSide] = MappingProxyType(
    {word: side for side, words in _SIDE_NOUNS.items() for word in words.split()}
)


def ucdp_side(count: CountMention) -> UcdpSide:
    """Whose dead a count counts, from its victims' noun ("12 soldiers": deaths_a, "eight
    militants": deaths_b, "20 civilians": civilians); "unknown" where the text does not say."""
    if not count.victims or " and " in count.victims:
        return "unknown"
    word = count.victims.lower().split()[-1]
    singular = word[:-1] if word.endswith("s") and word[:-1] in SIDE_WORDS else word
    return SIDE_WORDS.get(singular, "unknown")


def join_sides(sent: Span, mentions: Sequence[CountMention]) -> list[CountMention]:
    """``mentions`` with the fatality counts of conjoined clauses of different known sides
    made one count whose ``parts`` are the sides' figures (rules of the module docstring)."""
    doc = sent.doc
    out = list(mentions)
    for first in mentions:
        if first not in out or not _joinable(first):
            continue
        group = [first]
        for other in out:
            if other is not first and _joinable(other) and _conjoined(doc, group, other):
                group.append(other)
        sides = [ucdp_side(m) for m in group]
        if len(group) > 1 and len(set(sides)) == len(sides):
            index = out.index(first)
            out = [m for m in out if m not in group]
            out.insert(index, _joined(doc_text(doc), group))
    return out


def _joinable(mention: CountMention) -> bool:
    known = ucdp_side(mention) != "unknown"
    return mention.kind == "fatalities" and not mention.cumulative and known


def _conjoined(doc: Doc, group: Sequence[CountMention], other: CountMention) -> bool:
    """The other count's verb and one of the group's are conjoined clauses."""
    heads = {m.head for m in group}
    other_head = doc[other.head]
    if other_head.dep_ == "conj" and other_head.head.i in heads:
        return True
    return any(doc[h].dep_ == "conj" and doc[h].head.i == other.head for h in heads)


def _joined(text: str, group: Sequence[CountMention]) -> CountMention:
    ordered = sorted(group, key=lambda m: m.start)
    start, end = ordered[0].start, max(m.end for m in ordered)
    return dataclasses.replace(
        ordered[0],
        quantity=summed(text, [m.quantity for m in ordered]),
        victims=" and ".join(m.victims or "" for m in ordered),
        text=text[start:end],
        start=start,
        end=end,
        parts=tuple(ordered),
    )
