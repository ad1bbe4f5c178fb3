"""Which mention of an event record each of its actors is an argument of.

A record merges several trigger mentions ("the bombing ... killed six ... the blast")
and keeps each actor once. To say, mention by mention, who did what to whom (as KAIROS
annotates it, or to highlight it for a reviewer), each actor is named at its own span
and again wherever the record's frames linked another mention of it, and each such span
goes to the mentions whose syntax takes it (``linking.attachment``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tacitus.coding.refine import family
from tacitus.linking.attachment import (
    Side,
    mentions_of,
    one_per_phrase,
    unnamed_agents,
    wielder,
)
from tacitus.linking.tree import tree_distance

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from tacitus.assembly.cluster import Cluster
    from tacitus.pipeline.doc import ActorMention, ArticleDoc, Frame, TriggerMention
    from tacitus.records import Event
    from tacitus.records.event import ActorRef

Span = tuple[int, int]


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


def _head_word(text: str) -> str:
    words = text.lower().split()
    return words[-1] if words else ""


def _same_actor(mention: ActorMention, actors: list[ActorRef]) -> ActorRef | None:
    """The record's actor a frame's actor mention names again: the same words, the same
    KB actor, a victim phrase with the same head noun ("six service members"), or an
    unnamed armed side beside the named group the record gives the act to ("Taliban
    gunmen and suicide bombers attacked": the bombers are the Taliban's)."""
    for ref in actors:
        if mention.text == ref.text:
            return ref
        if mention.entry is not None and mention.entry.name == ref.name:
            return ref
    head = _head_word(mention.text)
    same = next((r for r in actors if r.role == "target" and _head_word(r.text) == head), None)
    if same is None and _unnamed_armed(mention):
        same = next((r for r in actors if r.role == "actor1" and r.inter in (2, 3)), None)
    return same


def _unnamed_armed(mention: ActorMention) -> bool:
    entry = mention.entry
    return entry is not None and entry.kind == "generic" and entry.inter in (2, 3)


def actor_spans(cluster: Cluster, event: Event) -> list[tuple[ActorRef, Span]]:
    """Each actor of the record at its own span, and again at every other mention of it
    the record's frames linked (an entity is an argument wherever it is named): the
    record says who took part, the frames where the text says so."""
    found = [(ref, ref.span) for ref in event.actors]
    seen = {ref.span for ref in event.actors}
    for frame in (*cluster.frames, *cluster.references):
        for mention in (*frame.actor1, *frame.actor2):
            span = (mention.start, mention.end)
            ref = _same_actor(mention, event.actors) if span not in seen else None
            if ref is not None:
                seen.add(span)
                found.append((ref, span))
    return found


def linked_sides(cluster: Cluster) -> dict[Span, tuple[Side, ...]]:
    """The sides each actor span was linked on by the record's frames (the subject of
    "attacked" acts, its object is acted upon), whatever role the record gave it. A
    phrase can be linked on both: "troops killed the militants who attacked the base"
    (the militants attacked, and were killed)."""
    sides: dict[Span, tuple[Side, ...]] = {}
    for frame in (*cluster.frames, *cluster.references):
        linked_on: tuple[tuple[Side, list[ActorMention]], ...] = (
            ("patient", frame.actor2),
            ("agent", frame.actor1),
        )
        for side, linked in linked_on:
            for mention in linked:
                span = (mention.start, mention.end)
                if side not in sides.get(span, ()):
                    sides[span] = (*sides.get(span, ()), side)
    return sides


def mention_arguments(
    doc: Doc, cluster: Cluster, event: Event, mentions: list[TriggerMention]
) -> dict[int, set[tuple[Side, Span]]]:
    """For each mention of a record (by trigger start), its arguments: the side and the
    span of each actor the record carries. An actor only implied by a trigger word
    itself (an unnamed armed group standing behind "the bombing") is named nowhere; the
    other mentions the frames linked to it (victims the KB files under the same unnamed
    armed group: "an IED killed four militants") are named where they stand. Whoever a
    trigger's syntax says acted is its agent, actor or not ("a suicide bomber blew
    himself up", "the suspect attacked two women before police shot him": the record's
    first actor may be another mention's)."""
    arguments: dict[int, set[tuple[Side, Span]]] = {m.start: set() for m in mentions}
    frames = (*cluster.frames, *cluster.references)
    triggers = {(m.start, m.end) for m in mentions} | {
        (f.trigger.start, f.trigger.end) for f in frames
    }
    sides = linked_sides(cluster)
    for ref, span in actor_spans(cluster, event):
        if span == ref.span and span in triggers and span not in sides:
            continue
        for side in sides.get(span) or (actor_side(ref, event),):
            named = wielder(doc, span, side)
            if named is None:
                continue
            for mention in mentions_of(doc, named, mentions, side=side):
                arguments[mention.start].add((side, named))
    _name_the_unrecorded(doc, cluster, event, mentions, arguments, triggers=triggers)
    _name_the_unnamed(doc, mentions, arguments, taken=set(sides))
    return {start: one_per_phrase(doc, found) for start, found in arguments.items()}


def _name_the_unrecorded(
    doc: Doc,
    cluster: Cluster,
    event: Event,
    mentions: list[TriggerMention],
    arguments: dict[int, set[tuple[Side, Span]]],
    *,
    triggers: set[Span],
) -> None:
    """Name the people the record's frames linked that the record does not carry as an
    actor of their own ("wounded several others": one actor is kept per type, and the
    others are folded into it): the text still names them as the mention's arguments."""
    given = {span for _, span in actor_spans(cluster, event)} | triggers
    for frame in (*cluster.frames, *cluster.references):
        linked: list[tuple[Side, ActorMention]] = [
            *(("patient", m) for m in frame.actor2),
            *(("agent", m) for m in frame.actor1),
        ]
        for side, mention in linked:
            span = (mention.start, mention.end)
            named = wielder(doc, span, side)
            if span in given or named is None:
                continue
            given.add(span)
            for found in mentions_of(doc, named, mentions, side=side):
                arguments[found.start].add((side, named))


def _name_the_unnamed(
    doc: Doc,
    mentions: list[TriggerMention],
    arguments: dict[int, set[tuple[Side, Span]]],
    *,
    taken: set[Span],
) -> None:
    """Give each mention the people its syntax says acted that no actor mention the
    record's frames linked covers."""
    events = {m.head for m in mentions}
    for mention in mentions:
        for span in unnamed_agents(doc, mention, events):
            if not any(a < span[1] and span[0] < b for a, b in taken):
                arguments[mention.start].add(("agent", span))
