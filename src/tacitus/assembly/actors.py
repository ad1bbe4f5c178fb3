"""An event's actors: roles from the frames, generic actors by type and country."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from tacitus.actors.identity import (
    crowd_country,
    demonym_country,
    ethnic_militia,
    is_supporters,
    people_not_fighters,
    supported,
    written_country,
)
from tacitus.actors.roles import refined_sector, role_sector
from tacitus.assembly.attribution import (
    AIR_CODES,
    ARMED_GROUP_INTERS,
    BARE_AIRCRAFT,
    bare_aircraft,
    name_unidentified,
    named_groups,
)
from tacitus.coding.disrupted import DISRUPTED
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
        # The country's own generic actor; a state office inside the phrase ("supporters
        # of former prime minister X") does not make the crowd that state.
        found = kb.resolve(mention.text, country=country)
        if found is not None and found.kind == "generic":
            entry = found
        else:  # a force the article gave no country: the event's country's own
            entry = kb.force_of(entry, country) or kb.localize(entry, country)
    if entry.kind == "state" and country is not None and entry.country not in (None, country):
        entry = kb.external(entry, country=country)
    return entry


def _ref(role: ActorRole, mention: ActorMention, entry: ActorEntry | None) -> ActorRef:
    ref = _ref_at(role, entry, text=mention.text, span=(mention.start, mention.end))
    return _in_role(ref, refined_sector(mention.text, entry))


def _in_role(ref: ActorRef, sector: str | None) -> ActorRef:
    """The reference with the CAMEO role its words name as sector (see ``actors.roles``)."""
    return (
        ref if sector is None or sector == ref.sector else ref.model_copy(update={"sector": sector})
    )


def _written(
    refs: list[ActorRef], mentions: list[ActorMention], kb: ActorKB, country: str | None
) -> None:
    """Actors named as written take the country their words or the event give (see
    ``actors.identity.written_country``)."""
    by_span = {(m.start, m.end): m for m in mentions if m.entry is None}
    for index, ref in enumerate(refs):
        mention = by_span.get(ref.span)
        if ref.inter is not None or ref.country is not None or mention is None:
            continue
        place = written_country(mention, kb, country)
        if place is not None:
            refs[index] = ref.model_copy(update={"country": place})


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
    """A protest's second actor is a force that intervened, not what was protested; a
    mob's is whom it attacked. A peaceful protest has none: a force named with it is
    what it protests ("marched against the killing of a student by police"), or it
    would be a protest with intervention."""
    if code not in PROTEST_FAMILY or code == "mob_violence":
        return True
    if code == "peaceful_protest":
        return False
    return entry is not None and entry.inter == 1 and entry.sector in ("COP", "MIL")


def event_actors(
    frames: list[Frame],
    *,
    code: str,
    kb: ActorKB,
    country: str | None,
    context: list[ActorMention],
    subjects: list[ActorMention] | None = None,
    acled: bool = True,
    blamed_states: list[ActorMention] | None = None,
    blamed_groups: list[ActorMention] | None = None,
    reporters: list[ActorMention] | None = None,
) -> list[ActorRef]:
    """actor1, actor2 and associated actors for one event, each named once.

    ``context`` holds every actor mentioned in the event's sentences and the named armed
    groups a source blames in the sentences after it: with the named groups that act in
    any mention of the event ("claimed responsibility for the bombing"), a lone one there
    stands in for an unnamed side (see ``assembly.attribution``). ``subjects`` are the
    context mentions that are the subject of a clause: a police or military one there is
    the force that intervened in a protest. ``blamed_states`` are the states a source
    blames for the event: the one owner an unowned aircraft may be given, else the one
    named armed group in ``blamed_groups`` (the RSF's drones). ACLED needs a
    first actor: an event coded for ACLED with none named gets the police for arrests,
    the military for disrupted weapons use, else ACLED's unidentified armed group of the
    country. ``reporters`` are the context
    mentions who tell of the event ("gunmen killed a village head, the Coordination of
    Azawad Movements said"): a group that reports an act is not for that its doer.
    """
    refs = _roles(frames, code=code, kb=kb, country=country)
    if acled and not any(r.role == "actor1" for r in refs):
        noun = _IMPLIED_DOERS.get(code, "gunmen")
        unknown = (
            _air_force(
                context,
                frames[0],
                kb=kb,
                country=country,
                blamed=[*(blamed_states or []), *(blamed_groups or [])],
            )
            if code in AIR_CODES
            else None
        )
        unknown = unknown or _implied(kb, noun, country, frames[0])
        if unknown is not None:
            refs.insert(0, unknown)
    if code in INTERVENED:
        _add_intervening_force(refs, subjects or [], kb=kb, country=country)
    if code == "excessive_force" and _force_struck(frames):
        _force_first(refs)
    if code == "armed_clash":
        _attacker_first(refs, frames, kb=kb, country=country)
    _written(refs, [m for f in frames for m in (*f.actor1, *f.actor2)], kb, country)
    if code in AIR_CODES and not _named_military(context):
        _unidentified_aircraft(refs, kb, context)
    _security_forces_of_the_military(refs, reporters or [])
    if acled and code not in PROTEST_FAMILY:
        told = reporters or []
        offered = named_groups(
            [m for m in context if m not in told] + [m for f in frames for m in f.actor1]
        )
        affiliations = frozenset(
            name for m in offered if m.entry is not None for name in kb.ancestors(m.entry)
        )
        name_unidentified(
            refs, offered, ref=lambda role, m: _ref(role, m, m.entry), affiliations=affiliations
        )
    return refs


# Who did an act no one is named for, by its type: arrests are made by the police, and a
# drone or missile shot down or a bomb made safe where no one is named was the work of
# the military of the country it happened in ("two drones were shot down over Belgorod").
_IMPLIED_DOERS: Final = {"arrests": "police", DISRUPTED: "military"}
# The unqualified words ACLED reads as the police unless the text makes them military.
_SECURITY_FORCES: Final = frozenset({"security forces", "security force"})


def _security_forces_of_the_military(refs: list[ActorRef], told: list[ActorMention]) -> None:
    """ "Security forces" whose act the military itself reports are its own ("security
    forces killed three militants in a raid, the army said"): ACLED reads the words as
    the police only where nothing makes them military."""
    military = next(
        (
            m.entry
            for m in told
            if m.entry is not None and m.entry.kind == "state" and m.entry.sector == "MIL"
        ),
        None,
    )
    if military is None:
        return
    for index, ref in enumerate(refs):
        words = ref.text.lower().removeprefix("the ")
        if words in _SECURITY_FORCES and ref.country == military.country:
            refs[index] = _ref_at(ref.role, military, text=ref.text, span=ref.span)


# Events two sides do together: sides named as one coordinated subject ("the army and
# the RSF agreed to a truce", "troops and rebels clashed") are its two actors.
_MUTUAL_CODES: Final = frozenset({"agreement", "armed_clash"})


def _sides_named(seconds: list[ActorMention]) -> bool:
    """Whether what the event fell on names a side: a state, a group or a militia, not the
    prisoners exchanged or the people killed."""
    return any(m.entry is not None and m.entry.inter not in (6, 7) for m in seconds)


def _other_side(refs: list[ActorRef], entry: ActorEntry | None, code: str) -> bool:
    """A subject coordinated with the first actor of a mutual event, of another ACLED
    actor type or another state's force, is the second actor ("Indian and Pakistani troops
    exchanged fire"); soldiers and police of one state together are one side."""
    if code not in _MUTUAL_CODES or entry is None or any(r.role == "actor2" for r in refs):
        return False
    first = next(r for r in refs if r.role == "actor1")
    if first.inter is None:
        return False
    foreign = entry.kind == "state" and None not in (first.country, entry.country)
    return entry.inter != first.inter or (foreign and entry.country != first.country)


def _crowd_refs(
    firsts: list[ActorMention], frames: list[Frame], *, code: str, kb: ActorKB, country: str | None
) -> tuple[list[ActorRef], list[ActorMention]]:
    """A protest's crowd, typed with a demonym's country ("Palestinians protested") and
    with the actor its supporters back as associated actor; and the mentions used up."""
    first = firsts[0] if firsts else None
    place = crowd_country(first, kb) if first is not None else None
    crowd = _crowd(code, kb, place or country, first or frames[0])
    if crowd is None:
        return [], []
    if first is not None:  # "students marched": protesters, of the role EDU
        crowd = _in_role(crowd, role_sector(first.text))
    refs, used = [crowd], [first] if place and first is not None else []
    for mention in (m for m in firsts if is_supporters(m)):
        backed = supported(mention, firsts)
        used += [mention, *(m for m in firsts if mention.start <= m.start < mention.end)]
        if backed is not None:
            ref = _ref("assoc", backed, _entry(backed, kb, country))
            refs.append(ref.model_copy(update={"associated_with": crowd.name}))
    return refs, used


# Protests a force intervened in: ACLED names that force as the second actor.
INTERVENED = frozenset({"protest_intervention", "excessive_force", "violent_demonstration"})


# What force on a crowd is typed as: the one who used it intervened in the protest.
_INTERVENTIONS: Final = frozenset({"protest_intervention", "excessive_force"})


def _intervening_groups(frames: list[Frame]) -> list[ActorMention]:
    """Armed groups that used force on a crowd ("Taliban fighters dispersed them with
    gunfire into the air"): where they rule, they stand where the police would, the
    protest's second actor. A group that leads a protest of its own ("Hamas organised a
    rally") is no intervention and keeps its place."""
    return [
        m
        for f in frames
        if f.code in _INTERVENTIONS
        for m in f.actor1
        if m.entry is not None and m.entry.inter in ARMED_GROUP_INTERS
    ]


def _is_force(mention: ActorMention) -> bool:
    """A state force (police, military) named by the mention."""
    entry = mention.entry
    return entry is not None and entry.inter == 1 and entry.sector in ("COP", "MIL")


# ACLED's inter code of civilians, who are never the first actor of political violence.
CIVILIANS: Final = 7
_PROTESTERS: Final = 6
_RIOTERS: Final = 5


def _is_crowd(mention: ActorMention) -> bool:
    """Protesters or rioters (ACLED inter 6 and 5), as the actor KB types the words."""
    entry = mention.entry
    return entry is not None and entry.inter in (5, 6)


def _roles(frames: list[Frame], *, code: str, kb: ActorKB, country: str | None) -> list[ActorRef]:
    refs: list[ActorRef] = []
    firsts = [m for f in frames for m in f.actor1]
    seconds = [m for f in frames for m in f.actor2]
    if code == "armed_clash" and not firsts:
        firsts = _fallen_side(frames)
        seconds = [m for m in seconds if m not in firsts]
    intervening = _intervening_groups(frames) if code in PROTEST_FAMILY else []
    if code in PROTEST_FAMILY:
        forces = [m for m in firsts if _is_force(m) or m in intervening]
        firsts = [m for m in firsts if m not in forces]
        seconds = forces + seconds  # "police fired tear gas at the marchers": they intervene
        if not firsts:  # the crowd the force acted on is the protest's first actor
            firsts = [m for m in seconds if _is_crowd(m)][:1]
            seconds = [m for m in seconds if m not in firsts]
        refs, used = _crowd_refs(firsts, frames, code=code, kb=kb, country=country)
        firsts = [m for m in firsts if m not in used]
    leading: list[ActorMention] = []
    for mention in firsts:
        entry = _first_entry(mention, code=code, kb=kb, country=country)
        has_first = any(r.role == "actor1" for r in refs)
        if has_first and code == "armed_clash" and mention in seconds:
            continue  # "fought off gunmen who attacked": the other side, named below
        # What the first actor did elsewhere in the event names no other side: "gunmen
        # attacked a station ... police fought off the gunmen" has the police as second.
        others = [m for m in seconds if m not in leading]
        if has_first and not _sides_named(others) and _other_side(refs, entry, code):
            _append(refs, _ref("actor2", mention, entry))
            continue
        if has_first and not _assoc_worthy(mention, entry):
            continue
        _append(refs, _ref("assoc" if has_first else "actor1", mention, entry))
        leading += [] if has_first else [mention]
    for mention in _named_first(seconds, code):
        if is_victim_phrase(mention):
            if code not in PROTEST_FAMILY or code == "mob_violence":  # a mob's victims
                _append(refs, _victim(mention, kb, country))
            continue
        entry = _second_entry(mention, code=code, kb=kb, country=country)
        has_second = any(r.role == "actor2" for r in refs)
        if not (_second_worthy(code, entry) or mention in intervening):
            _append(refs, _ref("target", mention, None))  # what a protest is against
            continue
        if has_second and not _assoc_worthy(mention, entry):
            _append(refs, _ref("target", mention, entry))
            continue
        _append(refs, _ref("assoc" if has_second else "actor2", mention, entry))
    return refs


def _first_entry(
    mention: ActorMention, *, code: str, kb: ActorKB, country: str | None
) -> ActorEntry | None:
    """Who acted, typed: a people named alone that fights is its ethnic militia ("Kurds
    attacked"), and civilians who commit violence are a communal militia; so are youths
    who fight a battle ("youths from the town went after the raiders and fought them"):
    an armed clash is no riot."""
    entry = _entry(mention, kb, country)
    if code not in VIOLENCE_FAMILY:
        return entry
    if entry is None:
        return ethnic_militia(mention, kb, country)
    if entry.inter == CIVILIANS or (entry.inter == _RIOTERS and code == "armed_clash"):
        return kb.template("communal_militia", entry.country or country)
    return entry


def _second_entry(
    mention: ActorMention, *, code: str, kb: ActorKB, country: str | None
) -> ActorEntry | None:
    """Who was acted upon, typed: people named by their nationality alone whom an attack
    fell on are civilians of that country, as ACLED codes them ("shot dead two
    Palestinians": "Civilians (Palestine)"), and so are those arrested or abducted; in a
    battle they are a side. Activists or supporters whom an attack fell on outside any
    protest (the coding says none) are civilians too: ACLED's protesters are a crowd
    demonstrating."""
    entry = _entry(mention, kb, country)
    if entry is not None and entry.inter == _PROTESTERS and code == "attack":
        return kb.template("civilians", entry.country or country)
    if entry is not None and _people_struck(mention, entry, code):
        return kb.template("civilians", entry.country or country)
    taken = code in ("arrests", "abduction")  # "arrested 15 Palestinians"
    if entry is not None or (code not in VIOLENCE_FAMILY and not taken) or code == "armed_clash":
        return entry
    place = demonym_country(mention, kb)
    return kb.template("civilians", place) if place is not None else None


def _people_struck(mention: ActorMention, entry: ActorEntry, code: str) -> bool:
    """A people's members named by their trade whom a one-sided attack or an abduction
    fell on ("abducted 14 Fulani herders") are civilians (``people_not_fighters``)."""
    one_sided = code == "abduction" or (code in VIOLENCE_FAMILY and code != "armed_clash")
    return one_sided and people_not_fighters(entry, mention.text)


def _add_intervening_force(
    refs: list[ActorRef], subjects: list[ActorMention], *, kb: ActorKB, country: str | None
) -> None:
    """A protest that a force broke up names that force as its second actor even where
    the parse ties it to no trigger ("police fired tear gas at teachers who marched"):
    the first police or military subject of a clause in the event's sentences."""
    if any(r.role == "actor2" for r in refs):
        return
    force = next((m for m in subjects if _is_force(m)), None)
    if force is not None:
        refs.append(_ref("actor2", force, _entry(force, kb, country)))
        refs[:] = [r for r in refs if r.role != "assoc" or r.name != refs[-1].name]


def _air_force(
    context: list[ActorMention],
    frame: Frame,
    *,
    kb: ActorKB,
    country: str | None,
    blamed: list[ActorMention],
) -> ActorRef:
    """Who flew an air or drone strike told with no actor: the military the event's
    sentences name ("an airstrike killed a commander, the military said"), else the
    military of the one state a source blames ("a drone struck a car, the group said,
    blaming Turkey"), else the one armed group a source blames ("the army blamed the
    RSF"), else ACLED's unidentified military forces; unnamed gunmen never fly."""
    military = next((m for m in context if _is_military(m)), None)
    if military is not None:
        entry = _entry(military, kb, country)
        return _ref_at("actor1", entry, text=military.text, span=(military.start, military.end))
    states = {
        m.entry.country: m
        for m in blamed
        if m.entry is not None and m.entry.kind == "state" and m.entry.country
    }
    if len(states) == 1:
        (owner, mention), *_ = states.items()
        force = kb.state("MIL", owner)
        if force is not None:
            return _ref_at("actor1", force, text=mention.text, span=(mention.start, mention.end))
    groups = {m.entry.name: m for m in blamed if m.entry is not None and m.entry.kind == "group"}
    if not states and len(groups) == 1:
        (group,) = groups.values()
        entry = group.entry
        return _ref_at("actor1", entry, text=group.text, span=(group.start, group.end))
    trigger = frame.trigger
    unknown = kb.template("unidentified_military", None)
    return _ref_at("actor1", unknown, text=trigger.text, span=(trigger.start, trigger.end))


def _is_military(mention: ActorMention) -> bool:
    entry = mention.entry
    return entry is not None and entry.sector == "MIL" and entry.inter in (1, 8)


def _named_military(context: list[ActorMention]) -> bool:
    """The event's sentences name a military other than by an aircraft noun ("the army
    said its drones struck"): the aircraft are that military's."""
    return any(
        m.entry is not None
        and m.entry.sector == "MIL"
        and m.entry.inter == 1
        and m.text.lower() not in BARE_AIRCRAFT
        for m in context
    )


def _unidentified_aircraft(refs: list[ActorRef], kb: ActorKB, context: list[ActorMention]) -> None:
    """An air or drone strike by an aircraft of no named owner is ACLED's unidentified
    military forces (see ``assembly.attribution``); a state written just before the
    aircraft owns it ("junta aircraft bombed a school": the junta's)."""
    unknown = kb.template("unidentified_military", None)
    for index, ref in enumerate(refs):
        if ref.role == "actor1" and bare_aircraft(ref) and not _owned(ref, context):
            refs[index] = _ref_at("actor1", unknown, text=ref.text, span=ref.span)


def _owned(ref: ActorRef, context: list[ActorMention]) -> bool:
    """A state actor written right before the aircraft ("junta aircraft", "regime jets")."""
    return any(
        m.entry is not None and m.entry.inter == 1 and 0 <= ref.span[0] - m.end <= 1
        for m in context
    )


def _force_struck(frames: list[Frame]) -> bool:
    """A violent mention of the event has a police or military force as its actor
    ("security forces fired live ammunition ..., killing one demonstrator"), or a mention
    of the protest does, the killing told in it ("security forces killed 40 people during
    protests")."""
    return any(
        _is_force(m)
        for f in frames
        if f.code in VIOLENCE_FAMILY or f.code in PROTEST_FAMILY
        for m in f.actor1
    )


def _force_first(refs: list[ActorRef]) -> None:
    """Excessive force against protesters is what the force did: where the text says
    the force struck, ACLED codes the force as the first actor and the crowd as the
    second."""
    first = next((i for i, r in enumerate(refs) if r.role == "actor1"), None)
    second = next((i for i, r in enumerate(refs) if r.role == "actor2"), None)
    if first is None or second is None:
        return
    refs[first] = refs[first].model_copy(update={"role": "actor2"})
    refs[second] = refs[second].model_copy(update={"role": "actor1"})
    refs.insert(0, refs.pop(second))


# Who may be a side of a battle: state forces, rebels, militias, external forces.
_FIGHTING_INTERS: Final = frozenset({1, 2, 3, 4, 8})


def _fallen_side(frames: list[Frame]) -> list[ActorMention]:
    """The side whose fighters fell in a battle told without its agent ("Three soldiers
    were killed in a clash with NPA rebels"): the soldiers fought the rebels, so they are
    the first side, and the party after the trigger ("with ...") the second. An attack
    has a side that started it: the side it fell on is the second, whoever did not name
    the attacker ("the army said it repelled an attack on its base")."""
    for frame in frames:
        trigger = frame.trigger
        if trigger.lemma.lower() in _INITIATING:
            continue
        same = [m for m in frame.actor2 if m.sent == trigger.sent]
        before = [m for m in same if m.end <= trigger.start and _fighter(m)]
        if before and any(m.start >= trigger.end for m in same):
            return before[:1]
    return []


def _fighter(mention: ActorMention) -> bool:
    entry = mention.entry
    return entry is not None and entry.inter in _FIGHTING_INTERS


_INITIATING: Final = frozenset({"attack", "ambush", "raid", "storm", "assault", "overrun"})


def _attacker_first(
    refs: list[ActorRef], frames: list[Frame], *, kb: ActorKB, country: str | None
) -> None:
    """A battle's first actor is the side that started it: where a mention of the event
    says who attacked ("troops fought the militants ... when the militants attacked a
    base"), that side leads, as ACLED codes the initiator first."""
    attackers = [m for f in frames if f.trigger.lemma.lower() in _INITIATING for m in f.actor1]
    if not attackers:
        return
    entry = _entry(attackers[0], kb, country)
    name = entry.name if entry is not None else attackers[0].text
    head = attackers[0].text.lower().split()[-1]  # "the militants" for "al-Shabab militants"
    second = next((r for r in refs if r.role == "actor2"), None)
    if second is not None and (second.name == name or second.text.lower().endswith(head)):
        _force_first(refs)


def _named_first(seconds: list[ActorMention], code: str) -> list[ActorMention]:
    """A name no one knows comes after the named as the other side of violence: in "a
    strike on a house in the Lebanese town of Bint Jbeil killed two Hezbollah members" the
    members are it."""
    if code not in VIOLENCE_FAMILY:
        return seconds
    return sorted(seconds, key=lambda m: m.entry is None and m.kind == "unknown")


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
