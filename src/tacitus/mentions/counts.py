"""What a number counts: fatalities, injured, arrested, abducted or participants.

Each number phrase of a parsed sentence is linked through the dependency parse to the noun
it counts ("25 militia fighters") and on to the verb, adjective or noun that says what
happened to them (:mod:`.count_kinds`). Rules kept here:

- a counted noun must be a person (or a cue noun such as "dead", "casualties"); "11 attacks"
  or "5,000 troops were deployed" give no count; armed forces are never participants;
- a bare number after a reporting verb ("medics said 7") repeats the previous kind;
- numbers inside "including ..." or "among ..." are subsets and are skipped, and so are
  appositions that restate a counted noun ("two people, a policeman and a teenager");
- "a"/"an"/"one" count one person only with a person noun, never participants;
- conjoined victims of one verb are summed (:mod:`.count_mention`), and so are the dead of
  two sides told in conjoined clauses (:mod:`.count_sides`);
- one person taking a protest action is a protest of one, one person killed with no
  number is one fatality, and a person named without a number beside counted victims
  ("a priest and his driver") is one more (:mod:`.count_single`).
"""

from __future__ import annotations

import dataclasses
import re
from typing import Final

from spacy.tokens import Span, Token

from tacitus.doc_memo import span_text
from tacitus.mentions.count_kinds import count_kind, counted, is_group, noun_kind
from tacitus.mentions.count_mention import CountMention, Link, group_links, group_mention
from tacitus.mentions.count_sides import join_sides
from tacitus.mentions.count_single import lone_protesters, lone_victims, unnumbered_partners
from tacitus.mentions.count_words import NOUN_KINDS, REPORT_VERBS, is_armed, is_person
from tacitus.mentions.date_patterns import candidates as date_candidates
from tacitus.mentions.gapping import is_gapped
from tacitus.mentions.quantities import Quantity, find_quantities

__all__ = ["CountMention", "find_counts"]

_CUMULATIVE = re.compile(
    r"\b(?:in total|a total of|so far|to date|altogether|overall|cumulative|"
    r"since the (?:\w+ ){1,2}(?:began|started|erupted|broke out)|"
    r"since the (?:start|beginning|outbreak) of|"
    r"bring(?:ing|s)? (?:the|its) (?:\w+ ){0,2}(?:toll|number|total|tally|count)|"
    r"(?:toll|tally|total) (?:has |had )?(?:risen|rose|climbed|reached|increased|jumped))\b"
)


def find_counts(sent: Span) -> list[CountMention]:
    """Every count of people in ``sent``; quantity offsets are absolute in the Doc text."""
    base = sent.start_char
    quantities = [
        dataclasses.replace(q, start=q.start + base, end=q.end + base)
        for q in find_quantities(span_text(sent), determiners=True)
    ]
    roots = [_quantity_root(sent, q) for q in quantities]
    links: list[Link] = []
    days = [(m.start() + base, m.end() + base) for m, _ in date_candidates(span_text(sent))]
    for quantity, root in zip(quantities, roots, strict=True):
        if root is None or any(s <= quantity.start < e for s, e in days):
            continue  # a day of a date counts no one: "marched on March 3 and 4"
        others = {r.i for r in roots if r is not None and r.i != root.i}
        link = _link(root, quantity, others=others, previous=links[-1] if links else None)
        if link is not None and is_gapped(root, days):  # "... and four more on Tuesday"
            link = dataclasses.replace(link, head=root)
        if link is not None:
            links.append(link)
            links += unnumbered_partners(link, {r.i for r in roots if r is not None})
    mentions = [group_mention(sent, group) for group in group_links(links)]
    taken = {m.head for m in mentions}
    found = mentions + lone_protesters(sent, taken=taken) + lone_victims(sent, taken=taken)
    return join_sides(sent, found)


def _quantity_root(sent: Span, quantity: Quantity) -> Token | None:
    span = sent.doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    return None if span is None or len(span) == 0 else span.root


def _link(
    root: Token, quantity: Quantity, *, others: set[int], previous: Link | None
) -> Link | None:
    anchor, victim = counted(root)
    bare = victim.i == root.i
    if any(c.dep_ == "nummod" and c.i in others for c in victim.children) and anchor.i == root.i:
        return None  # "one of three men detained": the three is the count
    single = quantity.best == 1 and quantity.text.lower() in ("a", "an", "one")
    if _in_subset(anchor) or not _counts_people(victim, bare=bare, single=single):
        return None
    if _in_apposition(anchor, others):
        return None  # "two people, a policeman and a teenager": the two is the count
    found = count_kind(anchor, victim, bare=bare)
    elliptical = False
    if found is None and bare and previous is not None and _reported(anchor):
        found, elliptical = (previous.kind, previous.head, False), True
    if found is None:
        return None
    kind, head, rising = found
    groups = is_group(victim) and root.dep_ != "pobj"
    # "One of the wounded, a boy of 17, ...": a part of a toll told before
    told = _of_those_told(root, victim) and noun_kind(victim) == kind
    if told or not _kind_counts(kind, head, victim, quantity, single=single, groups=groups):
        return None
    tokens = _clause_tokens(root, anchor, victim, head, elliptical=elliptical)
    cumulative = (rising or _cumulative_context(head, anchor, others)) and not _one_act_toll(head)
    victim_or_none = None if bare else _named_victim(victim)
    return Link(kind, quantity, victim_or_none, head, tokens, cumulative, elliptical)


def _kind_counts(
    kind: str, head: Token, victim: Token, quantity: Quantity, *, single: bool, groups: bool
) -> bool:
    """Whether the kind found makes a count: "a jailed opposition leader" says who he is
    (no count of one from a modifier); a crowd is never one person, none, or armed; a
    number of families ("a family", "two families" killed) counts no people, except
    the displaced, whom agencies count by family ("a family of five" counts five)."""
    if single and head.dep_ == "amod" and head.head.i == victim.i:
        return False
    if groups and kind != "displaced":
        return False
    return kind != "participants" or not (single or quantity.best == 0 or is_armed(victim))


_NOT_ONE = frozenset({"toll", "number", "total", "tally"})
"""Nouns of a figure: "a" or "one" before them counts nobody."""


def _named_victim(victim: Token) -> Token | None:
    """The counted noun worth naming: "fighters", not "dead" or "lives"."""
    if victim.pos_ not in ("NOUN", "PROPN", "PRON") or victim.lower_ in NOUN_KINDS:
        return None
    return None if victim.lemma_.lower() == "life" else victim


def _countable(victim: Token) -> bool:
    return noun_kind(victim) is not None or is_person(victim)


def _counts_people(victim: Token, *, bare: bool, single: bool) -> bool:
    """Whether the number counts people: a counted noun must be a person or a cue noun, and
    "a"/"one" needs a noun ("a higher toll", "a number of people" count nobody)."""
    if single and (bare or victim.lemma_.lower() in _NOT_ONE):
        return False
    return bare or _countable(victim)


def _of_those_told(root: Token, victim: Token) -> bool:
    """A number taken out of people already counted ("one of the wounded", "two of the
    dead"): a part of a toll told before, not a toll of its own, unless it counts
    something else of them ("one of the injured died": a death)."""
    if victim.i == root.i or victim.head.dep_ != "prep" or victim.head.lower_ != "of":
        return False
    told = any(c.dep_ == "det" and c.lower_ in ("the", "those") for c in victim.children)
    return told and victim.head.head.i == root.i and noun_kind(victim) is not None


def _in_subset(anchor: Token) -> bool:
    """True inside "including three children" or "among them two women"."""
    token = anchor
    for _ in range(3):
        if token.head.i == token.i:
            return False
        token = token.head
        if token.lower_ in ("including", "among", "includes", "included"):
            return True
    return False


def _in_apposition(anchor: Token, others: set[int]) -> bool:
    """True when ``anchor`` restates a counted noun: "two people, a policeman and a boy"."""
    token = anchor
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        if token.dep_ == "appos":
            head = token.head
            return any(c.i in others for c in head.children) or head.i in others
        token = token.head
    return False


def _reported(anchor: Token) -> bool:
    return anchor.head.lemma_.lower() in REPORT_VERBS and anchor.head.i != anchor.i


def _clause_tokens(
    root: Token, anchor: Token, victim: Token, head: Token, *, elliptical: bool
) -> tuple[int, ...]:
    picked = {t.i for t in root.subtree if t.dep_ in ("quantmod", "advmod") or t.i == root.i}
    picked |= {anchor.i, victim.i}
    if elliptical:
        picked |= {anchor.head.i} | {c.i for c in anchor.head.children if c.dep_ == "nsubj"}
    else:
        picked.add(head.i)
        if head.pos_ in ("NOUN", "PROPN"):
            picked.add(head.left_edge.i)
    return tuple(sorted(picked))


# Nouns of one act whose toll a report revises ("the death toll from the attack").
_ONE_ACT: Final = frozenset(
    {"attack", "raid", "bombing", "blast", "explosion", "ambush", "assault", "massacre"}
    | {"shooting", "strike", "airstrike", "shelling", "clash", "stampede", "crackdown"}
)
_TOLL_NOUNS: Final = frozenset({"toll", "tally", "number", "count"})


def _one_act_toll(head: Token) -> bool:
    """ "The death toll from a night attack on the village has risen to 19": the revised
    toll of one act, told with the act, is that act's figure, not a running total of many."""
    if head.lemma_.lower() not in _TOLL_NOUNS:
        return False
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in ("from", "in", "of")
        and any(o.dep_ == "pobj" and o.lemma_.lower() in _ONE_ACT for o in prep.children)
        for prep in head.children
    )


def _cumulative_context(head: Token, anchor: Token, others: set[int]) -> bool:
    """A running total: "in total", "so far", "since the war began" in this count's clause."""
    while (head.pos_ not in ("VERB", "AUX") or head.dep_ in ("acl", "relcl", "amod")) and (
        head.head.i != head.i
    ):
        head = head.head
    keep: set[int] = set()
    for child in head.children:
        sub = {t.i for t in child.subtree}
        if anchor.i in sub or not sub & others:
            keep |= sub
    words = " ".join(head.doc[i].lower_ for i in sorted(keep | {head.i}))
    return bool(_CUMULATIVE.search(words))
