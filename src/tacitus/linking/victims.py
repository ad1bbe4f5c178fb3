"""Who an attack, a killing or a detention fell on, named or not.

The actor KB only finds phrases it can resolve ("soldiers", "Hamas"); the people an
attack killed are often plain noun phrases ("13 people", "a shopkeeper", "71"). Each
patient of a violent, casualty or detention trigger that no actor mention covers becomes
an unresolved generic actor mention of its own (kind "generic", no KB entry), so the
frame (and the event record built from it) carries every victim the sentence names.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from tacitus.coding.casualties import BODY_PARTS
from tacitus.coding.refine import VIOLENCE_FAMILY
from tacitus.doc_memo import doc_text
from tacitus.linking.governors import INSTRUMENTS
from tacitus.linking.referents import fused_more, named
from tacitus.linking.roles import argument_heads
from tacitus.pipeline.doc import ActorMention

if TYPE_CHECKING:
    from spacy.tokens import Token

    from tacitus.pipeline.doc import Frame

VICTIM_CODES = VIOLENCE_FAMILY | frozenset({"abduction", "arrests"})
# A casualty whose subject is the victim: "three soldiers died", "the death of a boy",
# "12 people lost their lives" ("lose" is a trigger only when it takes lives).
SUBJECT_VICTIM = frozenset({"die", "dead", "death", "perish", "drown", "succumb", "lose"})
_NOT_PEOPLE = frozenset({"it", "this", "that", "which", "what", "there", "itself"})
_NOT_VICTIMS = frozenset({"DATE", "TIME", "GPE", "LOC", "PERCENT", "MONEY", "ORDINAL"})
_PHRASE_DEPS = frozenset({"nummod", "amod", "compound", "quantmod", "nmod", "poss", "det"})
# Verbs whose object is the device: "detonated a bomb", "planted explosives".
_DEVICE_VERBS = frozenset({"detonate", "explode", "plant", "set", "trigger", "throw", "hurl"})
_REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself"})
_DEMONSTRATIVES = frozenset({"those", "these"})
# Pronouns that stand for people hurt: "killing one soldier and injuring another",
# "killed everyone on board".
_PEOPLE_PRONOUNS = frozenset(
    {"another", "others", "many", "several", "both", "everyone", "everybody", "someone"}
)


def takes_victims(frame: Frame) -> bool:
    """Frames whose patients are people hurt or held: violence, casualties, detentions."""
    return frame.code in VICTIM_CODES or frame.trigger.strength == "casualty"


def _verbs_result(token: Token) -> bool:
    """The word "dead" right after its verb says what the act did ("shot dead two men"),
    though the parser may hang it from the noun: it is no word of the victims' phrase."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return token.lower_ == "dead" and before is not None and before.pos_ == "VERB"


def noun_phrase(head: Token) -> tuple[int, int]:
    """Character span of a victim phrase: the head noun and the words that qualify it on
    its left ("13 unarmed people"), without relative clauses or prepositions; a fused
    "more" takes the quantity before it ("scores more", "some 130 more")."""
    start = head
    if fused_more(head):
        before = head.doc[head.i - 1]
        start = head.doc[before.left_edge.i] if before.left_edge.i < before.i else before
    for child in head.lefts:
        if _verbs_result(child):
            continue
        if child.dep_ in _PHRASE_DEPS and child.i < start.i:
            start = child.doc[child.left_edge.i] if child.dep_ != "det" else child
    return start.idx, head.idx + len(head.text)


def _wanted(head: Token, *, casualty: bool) -> bool:
    """A phrase that can name people or a target: not a date, a place, "it", a weapon or
    a limb lost ("lost both legs"); a casualty's victims are never the object of a
    preposition ("killed on the spot") other than "of" ("the deaths of six soldiers");
    a reflexive object of an attack is the attacker ("blew himself up"); a pronoun or a
    quantity names people when it can only stand for them ("injuring another", "killed
    everyone", "wounded many"), and so does "more" after a quantity ("injuring scores
    more")."""
    if head.lower_ in _NOT_PEOPLE or (head.ent_type_ in _NOT_VICTIMS and not _dies(head)):
        return False
    if head.lower_ in _DEMONSTRATIVES:
        return any(c.dep_ in ("acl", "relcl") for c in head.children)  # "those injured"
    if head.lemma_.lower() in INSTRUMENTS or head.lemma_.lower() in BODY_PARTS:
        return False  # "lost both legs": the legs are what was lost, not who
    if casualty and head.dep_ == "pobj" and head.head.lower_ not in ("of", "with", "including"):
        return False
    if not casualty and head.lower_ in _REFLEXIVES:
        return False
    return (
        fused_more(head)
        or head.pos_ in ("NOUN", "PROPN", "NUM")
        or (head.pos_ == "PRON" and head.tag_ == "PRP")
        or head.lower_ in _PEOPLE_PRONOUNS  # "injured many": tagged an adjective
    )


def _dies(head: Token) -> bool:
    """The subject of "died" is someone, whatever the tagger made of the name (a place
    or a date never dies)."""
    died = head.dep_ == "nsubj" and head.head.lemma_.lower() in SUBJECT_VICTIM
    return died and head.ent_type_ in ("GPE", "LOC")


def _instrument_verb(trigger: Token, head: Token) -> bool:
    """What "detonated", "planted" or "fired" takes as object or passive subject is the
    device, and where it went off ("at the station") is a place, not a target."""
    if trigger.lemma_.lower() not in _DEVICE_VERBS:
        return False
    if head.dep_ in ("dobj", "nsubjpass") and head.head.i == trigger.i:
        return True
    return head.dep_ == "pobj" and head.head.lower_ == "at" and head.head.head.i == trigger.i


_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


def _hyphened(token: Token) -> bool:
    """The first part of a hyphened modifier ("NATO" of "a NATO-Afghan patrol"), which
    the parser hangs from the second."""
    doc = token.doc
    joined = token.i + 2 == token.head.i and doc[token.i + 1].tag_ == "HYPH"
    first = token.dep_ in (*_MODIFIER_DEPS, "npadvmod")
    return joined and first and token.head.dep_ in _MODIFIER_DEPS


def whole_phrase(mention: ActorMention, trigger: Token) -> ActorMention:
    """An actor named only as a modifier stands for the phrase it modifies: "Russian
    military" of "three Russian military personnel" is the personnel, "Islamic State" of
    "the Islamic State militant group" the group, "NATO" of "a NATO-Afghan patrol" the
    patrol (same KB actor, the phrase's span); never the trigger's own phrase
    ("anti-government protests")."""
    doc = trigger.doc
    top = doc[mention.head]
    while (
        ((top.dep_ in _MODIFIER_DEPS and top.head.pos_ == "NOUN") or _hyphened(top))
        and not top.conjuncts  # "the [army and M23] rebels": two sides, not one phrase
        and top.head.i > top.i
        and top.head.i != trigger.i
    ):
        top = top.head
    if top.i == mention.head or top.pos_ != "NOUN":
        return mention
    start, end = noun_phrase(top)
    start = min(start, mention.start)
    return replace(mention, text=doc_text(doc)[start:end], start=start, end=end, head=top.i)


def _covered(start: int, end: int, actors: list[ActorMention]) -> bool:
    return any(a.start < end and start < a.end for a in actors)


def victim_mentions(
    trigger: Token,
    frame: Frame,
    known: list[ActorMention],
    *,
    events: frozenset[int] = frozenset(),
) -> list[ActorMention]:
    """Unresolved mentions for the patients of ``trigger`` that ``known`` (the actor
    mentions already linked) does not cover; the subject of "died" is its victim. A
    patient that is itself an event (``events``: trigger token indices) is no victim
    ("setting off an explosion")."""
    agents, patients = argument_heads(trigger)
    if frame.trigger.lemma in SUBJECT_VICTIM:
        patients = patients + agents
    casualty = frame.trigger.strength == "casualty"
    found: list[ActorMention] = []
    for head in map(named, patients):
        start, end = noun_phrase(head)
        if not _wanted(head, casualty=casualty) or _covered(start, end, known + found):
            continue
        if _instrument_verb(trigger, head):
            continue
        if head.i in events:
            continue
        if frame.trigger.start <= head.idx < frame.trigger.end:
            continue  # the trigger's own word: "fire" of "set fire"
        found.append(
            ActorMention(
                text=doc_text(head.doc)[start:end],
                start=start,
                end=end,
                sent=frame.trigger.sent,
                head=head.i,
                entry=None,
                kind="generic",
            )
        )
    return found
