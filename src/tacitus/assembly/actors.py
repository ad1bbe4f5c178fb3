"""An event's actors: roles from the frames, generic actors by type and country."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tacitus.coding.refine import PROTEST_FAMILY
from tacitus.pipeline.doc import ActorMention, Frame
from tacitus.records.event import ActorRef, ActorRole

if TYPE_CHECKING:
    from tacitus.actors import ActorEntry, ActorKB


def _entry(mention: ActorMention, kb: ActorKB, country: str | None) -> ActorEntry | None:
    entry = mention.entry
    if entry is None:
        return None
    if entry.kind == "generic" and country is not None and entry.country is None:
        entry = kb.resolve(mention.text, country=country) or entry
    if entry.kind == "state" and country is not None and entry.country not in (None, country):
        entry = kb.external(entry, country=country)
    return entry


def _ref(role: ActorRole, mention: ActorMention, entry: ActorEntry | None) -> ActorRef:
    return ActorRef(
        role=role,
        name=entry.name if entry else mention.text,
        inter=entry.inter if entry else None,
        country=entry.country if entry else None,
        sector=entry.sector if entry else None,
        text=mention.text,
        span=(mention.start, mention.end),
    )


def _crowd(
    code: str, kb: ActorKB, country: str | None, near: ActorMention | Frame
) -> ActorRef | None:
    word = "rioters" if code in ("violent_demonstration", "mob_violence") else "protesters"
    entry = kb.resolve(word, country=country)
    if entry is None:
        return None
    return ActorRef(
        role="actor1",
        name=entry.name,
        inter=entry.inter,
        country=entry.country,
        sector=entry.sector,
        text=near.text if isinstance(near, ActorMention) else near.trigger.text,
        span=(near.start, near.end)
        if isinstance(near, ActorMention)
        else (near.trigger.start, near.trigger.end),
    )


def event_actors(
    frames: list[Frame], *, code: str, kb: ActorKB, country: str | None
) -> list[ActorRef]:
    """actor1, actor2 and associated actors for one event, each named once."""
    refs: list[ActorRef] = []
    seen: set[str] = set()
    firsts = [m for f in frames for m in f.actor1]
    seconds = [m for f in frames for m in f.actor2]
    if code in PROTEST_FAMILY:
        crowd = _crowd(code, kb, country, firsts[0] if firsts else frames[0])
        if crowd is not None:
            refs.append(crowd)
            seen.add(crowd.name)
    for mention in firsts:
        entry = _entry(mention, kb, country)
        ref = _ref("actor1" if not refs else "assoc", mention, entry)
        if ref.name not in seen and not (code in PROTEST_FAMILY and ref.inter in (5, 6)):
            refs.append(ref)
            seen.add(ref.name)
    for mention in seconds:
        entry = _entry(mention, kb, country)
        has_second = any(r.role == "actor2" for r in refs)
        ref = _ref("assoc" if has_second else "actor2", mention, entry)
        if ref.name not in seen:
            refs.append(ref)
            seen.add(ref.name)
    return refs
