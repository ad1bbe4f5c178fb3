"""Counts of one person with no number in the text.

- A protest action ("staged a hunger strike") whose subject is one person without a number
  (a name, "he", "she", "a member of parliament") has one participant.
- A killing (or a wounding) whose victim is one person without a number has one fatality
  (or one injured): the object of
  an active kill verb ("gunmen killed the deputy chief", "shot him dead"), the subject of
  its passive ("a judge was murdered") or of "die" ("a nurse died"); not a base form ("an
  attempt to assassinate the governor", "threatened to kill him").
- A person named without a number beside counted victims is one more ("kidnapped a
  priest and his driver": two; "killed a teacher and her husband": two), and persons
  conjoined with no number at all are one each ("arrested the mayor and his deputy").
- A body found is one fatality: "the body of the activist was found", "police found his
  body" (a plural or numbered "bodies" is counted as a number).
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Span, Token

from tacitus.doc_memo import doc_text
from tacitus.mentions.count_kinds import (
    PROTEST_ACTION_LEMMAS,
    is_group,
    protest_action,
    verb_kind,
)
from tacitus.mentions.count_mention import CountMention, Link
from tacitus.mentions.count_words import is_armed, is_person
from tacitus.mentions.quantities import Quantity
from tacitus.pipeline.spacy_setup import verb_lemma
from tacitus.records.event import CountKind

_SINGLE_PRONOUNS = frozenset({"he", "she"})
_OBJECT_PRONOUNS = frozenset({"him", "her"})
_DYING = frozenset({"die", "perish"})
_FINDING = frozenset({"find", "discover", "recover", "retrieve", "unearth", "exhume", "dump"})


def lone_protesters(sent: Span, *, taken: set[int]) -> list[CountMention]:
    """One participant where one person takes a protest action: "Salaheddine Sidhoum, a
    rights activist, staged a hunger strike". Verbs in ``taken`` already have a count."""
    found: list[CountMention] = []
    for verb in sent:
        lemma = verb_lemma(verb)
        if verb.i in taken or lemma not in PROTEST_ACTION_LEMMAS:
            continue
        objects = {c.lemma_.lower() for c in verb.children}
        grandchildren = {g.lemma_.lower() for c in verb.children for g in c.children}
        if not protest_action(lemma, objects, grandchildren):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if len(subjects) == 1 and _one_person(subjects[0]):
            found.append(_single(sent, subjects[0], verb, kind="participants"))
    return found


def lone_victims(sent: Span, *, taken: set[int]) -> list[CountMention]:
    """One fatality where a kill verb's victim is one person: "killed the deputy chief"
    (one injured for a wounding); one each for persons conjoined with no number
    ("abducted the priest and the driver").
    Verbs in ``taken`` already have a count."""
    found: list[CountMention] = []
    for verb in sent:
        if verb.i in taken or verb.pos_ != "VERB" or verb.tag_ == "VB":
            continue  # a base form kills no one yet: "an attempt to assassinate", "could kill"
        body = _body_found(verb)
        if body is not None:
            found.append(_single(sent, body, verb, kind="fatalities"))
        kind = verb_kind(verb)
        if kind is None or kind not in _PERSON_KINDS:
            continue
        victims = [c for c in verb.children if c.dep_ == _victim_dep(verb)]
        if len(victims) != 1:
            continue
        members = [victims[0], *_conjoined(victims[0], verb)]
        if len(members) > 1:
            if all(_one_named_person(m) for m in members):
                found.append(_several(sent, members, verb, kind=kind))
        elif _one_victim(victims[0]) and kind in _ONE_COUNTED:
            found.append(_single(sent, victims[0], verb, kind=kind))
    return found


# What happens to persons one counts by head: killed, hurt, held or taken.
_PERSON_KINDS: frozenset[CountKind | None] = frozenset(
    {"fatalities", "injured", "arrested", "abducted"}
)


# Kinds a lone person counts one of. One person held or taken ("abducted the trader") is
# left to the number the text gives: counted, it joined a later mention of a kidnapping to
# an earlier, wrongly dated one and moved the event's date (measured on HRDsAttack).
_ONE_COUNTED: frozenset[CountKind] = frozenset({"fatalities", "injured"})


def unnumbered_partners(link: Link, numbered: set[int]) -> list[Link]:
    """One more for each person conjoined with a counted victim without a number of their
    own ("a priest and his driver", "two soldiers and their commander"); ``numbered`` are
    the tokens that head a number phrase."""
    victim = link.victim
    if victim is None or link.kind not in _PERSON_KINDS:
        return []
    extra: list[Link] = []
    for partner in _conjoined(victim, link.head):
        if partner.i < victim.i or partner.i in numbered:
            continue
        if any(c.i in numbered for c in partner.children) or not _one_named_person(partner):
            continue
        end = partner.idx + len(partner.text)
        quantity = Quantity(1, 1, 1, None, partner.text, partner.idx, end)
        extra.append(
            dataclasses.replace(link, quantity=quantity, victim=partner, tokens=(partner.i,))
        )
    return extra


def _conjoined(victim: Token, verb: Token) -> list[Token]:
    """The nouns coordinated with a victim, also where the parser hung the second from
    the verb ("kidnapped a priest and his driver": "driver" a conjunct of the verb)."""
    found = list(victim.conjuncts)
    if victim.dep_ == "dobj" and victim.head.i == verb.i:
        found += [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
    return found


def _one_named_person(noun: Token) -> bool:
    """A singular person with a determiner or a name and no number: "his driver", "the
    mayor", "Amina Yusuf"; "a"/"one" are counted as numbers."""
    if any(c.dep_ == "nummod" for c in noun.children):
        return False
    if noun.tag_ not in ("NN", "NNP") or is_group(noun):
        return False
    return noun.ent_type_ == "PERSON" or (noun.pos_ == "NOUN" and is_person(noun))


def _several(sent: Span, members: list[Token], verb: Token, *, kind: CountKind) -> CountMention:
    """A count of the persons ``members`` name, one each."""
    mention = _single(sent, members[0], verb, kind=kind)
    first, last = members[0], members[-1]
    end = last.idx + len(last.text)
    words = doc_text(sent.doc)[first.idx : end]
    quantity = Quantity(len(members), len(members), len(members), None, words, first.idx, end)
    return dataclasses.replace(mention, quantity=quantity, end=max(mention.end, end))


def _body_found(verb: Token) -> Token | None:
    """The one body a finding verb has found: "the body of X was found", "found his body"."""
    if verb.lemma_.lower() not in _FINDING:
        return None
    bodies = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    body = bodies[0] if len(bodies) == 1 else None
    if body is None or body.lower_ != "body" or any(c.dep_ == "conj" for c in body.children):
        return None
    owners = [o for p in body.children if p.lower_ == "of" for o in p.children]
    owned = any(c.dep_ == "poss" for c in body.children)
    return body if owned or any(_one_victim(o) for o in owners) else None


def _victim_dep(verb: Token) -> str:
    if verb.lemma_.lower() in _DYING:
        return "nsubj"
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    return "nsubjpass" if passive else "dobj"


def _one_victim(noun: Token) -> bool:
    """One person, armed or not ("a soldier was killed"), or "him"/"her" as an object."""
    if noun.lower_ in _OBJECT_PRONOUNS and noun.dep_ == "dobj":
        return True
    if any(c.dep_ in ("conj", "nummod") for c in noun.children):
        return False
    if noun.lower_ in _SINGLE_PRONOUNS:
        return True
    if noun.tag_ not in ("NN", "NNP") or is_group(noun):
        return False
    return noun.ent_type_ == "PERSON" or (noun.pos_ == "NOUN" and is_person(noun))


def _one_person(noun: Token) -> bool:
    """A singular person with no number or conjoined partner: a name, "he", "an activist"."""
    if any(c.dep_ in ("conj", "nummod") for c in noun.children):
        return False
    if noun.lower_ in _SINGLE_PRONOUNS:
        return True
    if noun.tag_ not in ("NN", "NNP") or is_armed(noun):
        return False
    return noun.ent_type_ == "PERSON" or (noun.pos_ == "NOUN" and is_person(noun))


def _single(sent: Span, subject: Token, verb: Token, *, kind: CountKind) -> CountMention:
    doc = sent.doc
    start = min(subject.left_edge.idx, verb.idx)
    end = max(subject.idx + len(subject.text), verb.idx + len(verb.text))
    words = doc_text(doc)[subject.idx : subject.idx + len(subject.text)]
    quantity = Quantity(1, 1, 1, None, words, subject.idx, subject.idx + len(subject.text))
    return CountMention(
        kind=kind,
        quantity=quantity,
        victims=None,
        head=verb.i,
        text=doc_text(doc)[start:end],
        start=start,
        end=end,
        cumulative=False,
    )
