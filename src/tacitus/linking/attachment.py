"""Which trigger mention of a sentence an actor phrase is an argument of.

A record carries its actors once, but each was found at some trigger: "gunmen attacked
the camp, killing 23 soldiers" has the gunmen and the camp as arguments of the attack,
the soldiers of the killing. The trigger's own syntax decides: its subject, object, "by"
agent, "on"/"against" object, possessor or modifier, reached through coordination
("workers and two soldiers"), apposition ("the alleged killer, Omar Haddad") and
partitives ("three of the guards"). Nearness alone makes no argument: "after causing
the deaths, the group blamed the security forces" does not make the forces victims.
The people a trigger's syntax says acted ("a suicide bomber blew himself up", "the
suspect attacked two women") are its agents though no actor mention names them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, Literal

from tacitus.linking.governors import INSTRUMENTS, planters
from tacitus.linking.referents import is_list_item, list_members, named, same_referent
from tacitus.linking.roles import argument_heads
from tacitus.linking.victims import SUBJECT_VICTIM, noun_phrase

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from tacitus.pipeline.doc import TriggerMention

Span = tuple[int, int]
Side = Literal["agent", "patient"]
# Words around a phrase head that name the same thing again: "Prime Minister X" (a
# title), "the IRA's brigade" (an owner), "the killer, X" (an apposition).
_SAME_THING: Final = frozenset({"compound", "appos", "poss", "nmod", "amod"})
_NOUN_MODIFIERS: Final = frozenset({"compound", "amod", "poss", "nmod"})
_PLACES: Final = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})
_GOES_OFF: Final = frozenset({"explode", "detonate", "go", "blow"})
# Things that "kill" or "hit" in news prose without being anyone.
_NOT_AGENTS: Final = INSTRUMENTS | frozenset(
    {"vehicle", "car", "truck", "bus", "motorcycle", "fire", "gunfire", "shelling", "it"}
    | {"explosion", "blast", "attack", "violence", "strike", "airstrike", "raid"}
)


def argument_tokens(trigger: Token, side: Side) -> set[int]:
    """Indices of every token the trigger takes as the head of an agent or a patient
    phrase (the subject of "died" is a patient), with their conjuncts and the words that
    name the same people again; an event noun's modifiers count on either side."""
    agents, patients = argument_heads(trigger)
    if trigger.lemma_.lower() in SUBJECT_VICTIM:
        agents, patients = [], agents + patients
    heads = agents if side == "agent" else patients
    if trigger.pos_ == "NOUN":
        heads = heads + [c for c in trigger.children if c.dep_ in _NOUN_MODIFIERS]
    found: set[int] = set()
    for head in heads:
        members = [head] if _counts_trigger(head, trigger) else list_members(head)
        for token in members:
            found.update(t.i for t in same_referent(token))
    return found


def _counts_trigger(head: Token, trigger: Token) -> bool:
    """ "11 of the injured": a quantity taken from the trigger's own people, whose
    coordinated partitive counts another set ("two of the 12 killed and 11 of the
    injured": the two were killed, not injured)."""
    return any(
        o.i == trigger.i
        for p in head.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
    )


def trigger_token(doc: Doc, mention: TriggerMention) -> Token:
    """The word whose syntax a mention's arguments hang from: "bombing" of "suicide
    bombing", "set" of "set off"."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else doc[mention.head]


def _takes(doc: Doc, mention: TriggerMention, head: Token, side: Side) -> bool:
    """The mention's syntax takes the phrase ``head`` heads, or the phrase it modifies
    ("Governor" of "Governor Amina Sule", "the IRA" of "the IRA's Belfast brigade")."""
    tokens = argument_tokens(trigger_token(doc, mention), side)
    node = head
    while True:
        if node.i in tokens:
            return True
        if node.dep_ not in _SAME_THING or node.head.i in (node.i, mention.head):
            return False
        node = node.head


def mentions_of(
    doc: Doc, span: Span, mentions: list[TriggerMention], *, side: Side
) -> list[TriggerMention]:
    """The mentions an actor's span is an argument of: every one of its sentence whose
    syntax takes it on ``side`` ("a man was shot dead": the man was shot and is who
    died). A phrase no trigger takes is an argument of none: the record still carries
    the actor, but no mention says what it did."""
    tokens = doc.char_span(span[0], span[1], alignment_mode="expand")
    if tokens is None or not len(tokens):
        return []
    head = tokens.root
    return [
        m
        for m in mentions
        if doc[m.head].sent.start == head.sent.start and _takes(doc, m, head, side)
    ]


# Weapons that fly or go off with no one aboard, and the strikes they make: who sent
# them acted, never the weapon or the strike ("U.S. air strikes" names the U.S.).
_UNMANNED: Final = INSTRUMENTS | frozenset({"drone", "uav", "strike", "airstrike"})
_WIELDER_DEPS: Final = frozenset({"compound", "amod", "nmod", "poss"})


def wielder(doc: Doc, span: Span, side: Side) -> Span | None:
    """The argument an actor phrase gives when its head is a weapon or a strike. An
    agent: the one named as sending it ("US" of "a US drone", "the army's" of "the
    army's missiles", "Russian" of "Russian air strikes"), or none (a drone alone is the
    instrument, not who attacked). A patient: none when it is
    a munition ("fired two missiles"; a drone shot down is a target). Other phrases are
    themselves."""
    tokens = doc.char_span(span[0], span[1], alignment_mode="expand")
    if tokens is None or not len(tokens):
        return span
    lemma = tokens.root.lemma_.lower()
    if side == "patient":
        return None if lemma in INSTRUMENTS else span
    if lemma not in _UNMANNED:
        return span
    owners = [
        c
        for c in tokens.root.children
        if c.dep_ in _WIELDER_DEPS and (c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE"))
    ]
    if not owners:
        return None
    owner = owners[0]
    return (doc[owner.left_edge.i].idx, owner.idx + len(owner.text))


def unnamed_agents(doc: Doc, mention: TriggerMention, events: set[int]) -> list[Span]:
    """Spans of the people a trigger's syntax says acted ("a suicide bomber blew himself
    up", "two men opened fire"), or placed the device that went off ("a device the two
    men had hidden in a bag exploded"), actor mentions or not. A weapon, a vehicle, an
    event or a place acting is no one ("the blast killed six")."""
    trigger = trigger_token(doc, mention)
    if trigger.lemma_.lower() in SUBJECT_VICTIM:
        return []
    agents = planters(trigger) if _device_goes_off(trigger) else argument_heads(trigger)[0]
    return [noun_phrase(named(a)) for a in agents if _someone(named(a), events)]


def _device_goes_off(trigger: Token) -> bool:
    """ "They exploded at one a minute": what explodes with no object is the device."""
    if trigger.lemma_.lower() not in _GOES_OFF:
        return False
    return not any(c.dep_ in ("dobj", "agent") for c in trigger.children)


def _someone(head: Token, events: set[int]) -> bool:
    if head.i in events or head.ent_type_ in _PLACES or head.lemma_.lower() in _NOT_AGENTS:
        return False
    if any(c.dep_ == "det" and c.lower_ == "no" for c in head.children):
        return False  # "no group has claimed the attack"
    return (
        head.pos_ in ("NOUN", "PROPN")
        or (head.pos_ == "PRON" and head.tag_ == "PRP")
        or _described_people(head)
    )


_DESCRIBED: Final = frozenset({"amod", "acl", "relcl"})


def _described_people(head: Token) -> bool:
    """ "Those responsible", "those involved", "those who planted it": a demonstrative
    with words describing it stands for people."""
    return head.lower_ in ("those", "these") and any(c.dep_ in _DESCRIBED for c in head.children)


def _names_again(doc: Doc, inner: Span, outer: Span) -> bool:
    """``inner`` is a modifier of ``outer``'s head: the same actor named twice ("Prime
    Minister" of "Prime Minister X", "IRA" of "the IRA's Belfast brigade"), or part of
    its phrase ("the militia" of "a commander of the militia")."""
    a = doc.char_span(inner[0], inner[1], alignment_mode="expand")
    b = doc.char_span(outer[0], outer[1], alignment_mode="expand")
    if a is None or b is None or not len(a) or not len(b) or a.root.i == b.root.i:
        return False
    node = a.root
    while _within_phrase(node) and node.head.i != node.i:
        node = node.head
        if node.i == b.root.i:
            return True
    return False


def _within_phrase(node: Token) -> bool:
    """``node`` modifies the noun above it: a title, an owner, an apposition, or what
    the noun is part of ("a commander of the militia", "fighters from the group")."""
    if node.dep_ == "appos" and is_list_item(node):
        return False
    if node.dep_ in _SAME_THING:
        return True
    if node.dep_ == "pobj":
        return node.head.lower_ in ("of", "from")
    return node.dep_ == "prep" and node.lower_ in ("of", "from") and node.head.pos_ != "VERB"


def one_per_phrase(doc: Doc, found: set[tuple[Side, Span]]) -> set[tuple[Side, Span]]:
    """One argument per phrase: a span inside another of the same side, or one that only
    modifies another's head, is the same actor named twice ("service members" of "six
    NATO service members", "IRA" of "the IRA's Belfast brigade")."""
    return {
        (side, span)
        for side, span in found
        if not any(
            s == side
            and other != span
            and ((other[0] <= span[0] and span[1] <= other[1]) or _names_again(doc, span, other))
            for s, other in found
        )
    }
