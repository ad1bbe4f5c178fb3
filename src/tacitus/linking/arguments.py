"""Which mention of an event record each of its actors is an argument of.

A record merges several trigger mentions ("the bombing ... killed six ... the blast")
and keeps each actor once. To say, mention by mention, who did what to whom (as KAIROS
annotates it, or to highlight it for a reviewer), each actor is named at its own span
and again wherever the record's frames linked another mention of it, and each such span
goes to the nearest mention of its sentence: people acted upon to the deaths and
injuries reported there, places and things and those who act to the attack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, Literal

from tacitus.coding.refine import family
from tacitus.linking.tree import tree_distance

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from tacitus.assembly.cluster import Cluster
    from tacitus.pipeline.doc import ActorMention, ArticleDoc, Frame, TriggerMention
    from tacitus.records import Event
    from tacitus.records.event import ActorRef

Span = tuple[int, int]
Side = Literal["agent", "patient"]
# Places and objects an attack falls on: its target, never the victim of a death.
_THINGS: Final = frozenset(
    {"market", "cafe", "café", "bakery", "restaurant", "building", "hotel", "church"}
    | {"mosque", "temple", "synagogue", "school", "hospital", "station", "base", "camp"}
    | {"convoy", "vehicle", "car", "bus", "office", "embassy", "checkpoint", "bridge"}
    | {"road", "street", "house", "home", "shop", "store", "bar", "airport", "plane"}
    | {"aircraft", "train", "ship", "drone", "compound", "headquarters", "pipeline"}
)
_PLACE_ENTS: Final = frozenset({"FAC", "GPE", "LOC", "PRODUCT"})
_ACTS: Final = frozenset({"violence", "protest", "abduction", "arrests"})


def _host_frames(adoc: ArticleDoc) -> dict[int, Frame]:
    """Frames by trigger start, with each casualty trigger linking folded into another
    frame ("an attack that killed five") under the violent frame of its sentence."""
    doc = adoc.doc
    hosts = {f.trigger.start: f for f in adoc.frames if not f.orphan}
    if doc is None:
        return hosts
    for trigger in adoc.triggers:
        if trigger.start in hosts or trigger.strength != "casualty":
            continue
        near = [
            f
            for f in hosts.values()
            if f.trigger.sent == trigger.sent and f.trigger.strength != "casualty"
        ]
        near = [f for f in near if family(f.code) in ("violence", "protest")] or near
        if near:
            token = doc[trigger.head]
            hosts[trigger.start] = min(
                near, key=lambda f: tree_distance(token, doc[f.trigger.head])
            )
    return hosts


def record_mentions(
    adoc: ArticleDoc, built: list[tuple[Cluster, Event]]
) -> list[tuple[Event, list[TriggerMention]]]:
    """Every event record with all the trigger mentions the pipeline gave it: its
    frames' triggers, the far references that name it again, and the casualty clauses
    folded into them."""
    hosts = _host_frames(adoc)
    by_trigger = {t.start: t for t in adoc.triggers}
    found: list[tuple[Event, list[TriggerMention]]] = []
    for cluster, event in built:
        members = {id(f) for f in (*cluster.frames, *cluster.references)}
        mentions = [
            by_trigger.get(start) or frame.trigger
            for start, frame in sorted(hosts.items())
            if id(frame) in members
        ]
        found.append((event, mentions))
    return found


def actor_side(ref: ActorRef, event: Event) -> Side:
    """Agent or patient: actor1 acts; actor2 and targets are acted upon; an associated
    actor takes the side of the actor it is associated with."""
    if ref.role == "assoc":
        partner = next((a for a in event.actors if a.name == ref.associated_with), None)
        if partner is not None and partner.role != "assoc":
            return actor_side(partner, event)
        return "agent"
    return "agent" if ref.role == "actor1" else "patient"


def is_thing(head: Token) -> bool:
    """A place or an object (a market, a convoy), not people."""
    return head.ent_type_ in _PLACE_ENTS or head.lemma_.lower() in _THINGS


def mention_of(
    doc: Doc,
    span: Span,
    mentions: list[TriggerMention],
    *,
    side: Side,
    fallback: bool,
    party: bool = False,
) -> TriggerMention | None:
    """The mention an actor's span is an argument of: the nearest one in its sentence,
    else (with ``fallback``) the record's first. People acted upon in a sentence that
    reports deaths or injuries are the casualties' victims, not the attack's target
    ("a man was shot dead": the man is who died); places, things and those who act
    belong to the attack, and so does a ``party`` to a fight (the police a gunfight was
    with)."""
    tokens = doc.char_span(span[0], span[1], alignment_mode="expand")
    if tokens is None or not len(tokens) or not mentions:
        return None
    head = tokens.root
    same = [m for m in mentions if doc[m.head].sent.start == head.sent.start]
    if not same:
        return mentions[0] if fallback else None
    hurt = [m for m in same if m.strength == "casualty"]
    acts = [m for m in same if m.strength != "casualty" and family(m.code) in _ACTS]
    victim = side == "patient" and not party and not is_thing(head)
    same = (hurt if victim else acts) or same
    return min(same, key=lambda m: (tree_distance(head, doc[m.head]), abs(m.head - head.i)))


def _head_word(text: str) -> str:
    words = text.lower().split()
    return words[-1] if words else ""


def _same_actor(mention: ActorMention, actors: list[ActorRef]) -> ActorRef | None:
    """The record's actor a frame's actor mention names again: the same words, the same
    KB actor, or a victim phrase with the same head noun ("six service members")."""
    for ref in actors:
        if mention.text == ref.text:
            return ref
        if mention.entry is not None and mention.entry.name == ref.name:
            return ref
    head = _head_word(mention.text)
    return next((r for r in actors if r.role == "target" and _head_word(r.text) == head), None)


def actor_spans(cluster: Cluster, event: Event) -> list[tuple[ActorRef, Span, bool]]:
    """Each actor of the record at its own span, and again at every other mention of it
    the record's frames linked (an entity is an argument wherever it is named): the
    record says who took part, the frames where the text says so. The flag marks the
    record's own span."""
    found = [(ref, ref.span, True) for ref in event.actors]
    seen = {ref.span for ref in event.actors}
    for frame in (*cluster.frames, *cluster.references):
        for mention in (*frame.actor1, *frame.actor2):
            span = (mention.start, mention.end)
            ref = _same_actor(mention, event.actors) if span not in seen else None
            if ref is not None:
                seen.add(span)
                found.append((ref, span, False))
    return found


def mention_arguments(
    doc: Doc, cluster: Cluster, event: Event, mentions: list[TriggerMention]
) -> dict[int, set[tuple[Side, Span]]]:
    """For each mention of a record (by trigger start), its arguments: the side and the
    span of each actor the record carries. An actor only implied by a trigger word
    itself ("gunmen" standing for an unnamed armed group) is no argument."""
    arguments: dict[int, set[tuple[Side, Span]]] = {m.start: set() for m in mentions}
    triggers = {(m.start, m.end) for m in mentions}
    clash = event.acled is not None and event.acled.sub_event_type == "Armed clash"
    for ref, span, own in actor_spans(cluster, event):
        if ref.span in triggers:
            continue
        side = actor_side(ref, event)
        party = clash and ref.role == "actor2"
        mention = mention_of(doc, span, mentions, side=side, fallback=own, party=party)
        if mention is not None:
            arguments[mention.start].add((side, span))
    return {start: _widest(found) for start, found in arguments.items()}


def _widest(found: set[tuple[Side, Span]]) -> set[tuple[Side, Span]]:
    """One argument per phrase: a span inside another of the same side is the same
    phrase named twice ("service members" of "six NATO service members")."""
    return {
        (side, span)
        for side, span in found
        if not any(
            other != span and s == side and other[0] <= span[0] and span[1] <= other[1]
            for s, other in found
        )
    }
