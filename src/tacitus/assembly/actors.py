"""An event's actors: roles from the frames, generic actors by type and country."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tacitus.actors.identity import (
    demonym_country,
    ethnic_militia,
    is_supporters,
    supported,
)
from tacitus.coding.refine import PROTEST_FAMILY, VIOLENCE_FAMILY
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
    return _ref_at(role, entry, text=mention.text, span=(mention.start, mention.end))


def _ref_at(
    role: ActorRole, entry: ActorEntry | None, *, text: str, span: tuple[int, int]
) -> ActorRef:
    """An actor reference: the KB entry's name and codes, or the text as written."""
    return ActorRef(
        role=role,
        name=entry.name if entry else text,
        inter=entry.inter if entry else None,
        country=entry.country if entry else None,
        sector=entry.sector if entry else None,
        text=text,
        span=span,
    )


def _implied(
    kb: ActorKB, noun: str, country: str | None, near: ActorMention | Frame
) -> ActorRef | None:
    """An actor the text implies but does not name ("rioters", "gunmen", "police"),
    anchored on the words that imply it."""
    entry = kb.resolve(noun, country=country)
    if entry is None:
        return None
    if isinstance(near, ActorMention):
        return _ref_at("actor1", entry, text=near.text, span=(near.start, near.end))
    trigger = near.trigger
    return _ref_at("actor1", entry, text=trigger.text, span=(trigger.start, trigger.end))


def _crowd(
    code: str, kb: ActorKB, country: str | None, near: ActorMention | Frame
) -> ActorRef | None:
    word = "rioters" if code in ("violent_demonstration", "mob_violence") else "protesters"
    return _implied(kb, word, country, near)


def _assoc_worthy(mention: ActorMention, entry: ActorEntry | None) -> bool:
    """Only named groups and forces become associated actors, never generic crowds."""
    return entry is not None and entry.kind != "generic" and mention.kind == "named"


def _second_worthy(code: str, entry: ActorEntry | None) -> bool:
    """A protest's second actor is a force that intervened, not what was protested."""
    if code not in PROTEST_FAMILY:
        return True
    return entry is not None and entry.inter == 1 and entry.sector in ("COP", "MIL")


def _named_groups(context: list[ActorMention]) -> list[ActorMention]:
    return [
        m
        for m in context
        if m.kind == "named" and m.entry is not None and m.entry.inter in (2, 3, 4)
    ]


def _upgrade_unidentified(refs: list[ActorRef], context: list[ActorMention]) -> None:
    """An unnamed armed side becomes the armed group the same sentences name, if only one."""
    groups = {m.entry.name: m for m in _named_groups(context) if m.entry is not None}
    used = {r.name for r in refs if r.role in ("actor1", "actor2")}
    free = [m for name, m in groups.items() if name not in used]
    if len(free) != 1:
        return
    for index, ref in enumerate(refs):
        if ref.name.startswith("Unidentified Armed Group") and ref.role in ("actor1", "actor2"):
            refs[index] = _ref(ref.role, free[0], free[0].entry)
            name = refs[index].name
            refs[:] = [r for r in refs if r.role != "assoc" or r.name != name]
            return


def event_actors(
    frames: list[Frame],
    *,
    code: str,
    kb: ActorKB,
    country: str | None,
    context: list[ActorMention],
    acled: bool = True,
) -> list[ActorRef]:
    """actor1, actor2 and associated actors for one event, each named once.

    ``context`` holds every actor mentioned in the event's sentences: a named armed group
    there stands in for an unnamed side. ACLED needs a first actor: an event coded for
    ACLED with none named gets the police for arrests, else ACLED's unidentified armed
    group of the country.
    """
    refs = _roles(frames, code=code, kb=kb, country=country)
    if acled and not any(r.role == "actor1" for r in refs):
        noun = "police" if code == "arrests" else "gunmen"
        unknown = _implied(kb, noun, country, frames[0])
        if unknown is not None:
            refs.insert(0, unknown)
    if code in VIOLENCE_FAMILY:
        _upgrade_unidentified(refs, context)
    return refs


def _crowd_refs(
    firsts: list[ActorMention], frames: list[Frame], *, code: str, kb: ActorKB, country: str | None
) -> tuple[list[ActorRef], list[ActorMention]]:
    """A protest's crowd, typed with a demonym's country ("Palestinians protested") and
    with the actor its supporters back as associated actor; and the mentions used up."""
    first = firsts[0] if firsts else None
    place = demonym_country(first, kb) if first is not None else None
    crowd = _crowd(code, kb, place or country, first or frames[0])
    if crowd is None:
        return [], []
    refs, used = [crowd], [first] if place and first is not None else []
    for mention in (m for m in firsts if is_supporters(m)):
        backed = supported(mention, firsts)
        used += [mention, *(m for m in firsts if mention.start <= m.start < mention.end)]
        if backed is not None:
            ref = _ref("assoc", backed, _entry(backed, kb, country))
            refs.append(ref.model_copy(update={"associated_with": crowd.name}))
    return refs, used


def _roles(frames: list[Frame], *, code: str, kb: ActorKB, country: str | None) -> list[ActorRef]:
    refs: list[ActorRef] = []
    firsts = [m for f in frames for m in f.actor1]
    seconds = [m for f in frames for m in f.actor2]
    if code in PROTEST_FAMILY:
        refs, used = _crowd_refs(firsts, frames, code=code, kb=kb, country=country)
        firsts = [m for m in firsts if m not in used]
    for mention in firsts:
        entry = _entry(mention, kb, country)
        if entry is None and code in VIOLENCE_FAMILY:
            entry = ethnic_militia(mention, kb, country)
        has_first = any(r.role == "actor1" for r in refs)
        if has_first and not _assoc_worthy(mention, entry):
            continue
        _append(refs, _ref("assoc" if has_first else "actor1", mention, entry))
    for mention in seconds:
        if is_victim_phrase(mention):
            if code not in PROTEST_FAMILY:
                _append(refs, _victim(mention, kb, country))
            continue
        entry = _entry(mention, kb, country)
        has_second = any(r.role == "actor2" for r in refs)
        if not _second_worthy(code, entry):
            _append(refs, _ref("target", mention, None))  # what a protest is against
            continue
        if has_second and not _assoc_worthy(mention, entry):
            _append(refs, _ref("target", mention, entry))
            continue
        _append(refs, _ref("assoc" if has_second else "actor2", mention, entry))
    return refs


def is_victim_phrase(mention: ActorMention) -> bool:
    """A patient phrase linking found that the actor KB does not name ("13 people")."""
    return mention.entry is None and mention.kind == "generic"


def _victim(mention: ActorMention, kb: ActorKB, country: str | None) -> ActorRef:
    """A victim as a target: typed when the KB knows the noun ("villagers" are
    civilians), else named as written."""
    entry = kb.resolve(mention.text, country=country)
    if entry is not None and entry.kind != "generic":
        entry = None
    return _ref("target", mention, entry)


def _append(refs: list[ActorRef], ref: ActorRef) -> None:
    """Each actor once; a target (someone an attack fell on) once per phrase, since two
    groups of civilians killed are both victims even when they share a type."""
    if ref.role == "target":
        if all(r.text != ref.text for r in refs):
            refs.append(ref)
    elif all(r.name != ref.name for r in refs):
        refs.append(ref)
