"""Verbs whose event type depends on their object ("gave aid", "blocked the road").

Common verbs (give, send, sign, impose, block, hold, cut) are events only with certain
objects; each rule lists the object words that make the verb an event and the type code
it then has. Objects are the direct object, a passive subject, or the object of a
preposition attached to the verb.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from spacy.tokens import Token

AID_GOODS: Final = frozenset(
    {
        "aid",
        "assistance",
        "food",
        "medicine",
        "medicines",
        "supplies",
        "goods",
        "dollars",
        "money",
        "funds",
        "grant",
        "loan",
        "loans",
        "credit",
        "arms",
        "weapons",
        "equipment",
        "intelligence",
        "photographs",
        "tents",
        "blankets",
        "relief",
        "vaccines",
        "fuel",
        "grain",
        "wheat",
        "rice",
        "asylum",
        "refuge",
        "shelter",
        "million",
        "billion",
        "material",
        "materiel",
    }
)
ROADS: Final = frozenset(
    {
        "road",
        "roads",
        "roadway",
        "street",
        "streets",
        "highway",
        "highways",
        "bridge",
        "bridges",
        "motorway",
        "motorways",
        "crossing",
        "crossings",
        "entrance",
        "entrances",
        "traffic",
        "railway",
        "route",
        "routes",
        "junction",
        "intersection",
        "transport",
    }
)
TIES: Final = frozenset({"ties", "relations", "links", "contacts"})
CUT_OFF: Final = frozenset(
    {
        "aid",
        "assistance",
        "supplies",
        "visit",
        "mediation",
        "talks",
        "links",
        "flights",
        "cooperation",
        "imports",
        "exports",
        "trade",
        "ties",
        "relations",
        "loans",
    }
)
RESTRICTIONS: Final = frozenset(
    {
        "curfew",
        "blockade",
        "blockades",
        "restrictions",
        "ban",
        "law",
        "siege",
        "closure",
        "lockdown",
        "emergency",
    }
)
PENALTIES: Final = frozenset({"sanctions", "embargo", "tariffs", "penalties", "sanction"})
DEALS: Final = frozenset(
    {"agreement", "treaty", "accord", "deal", "pact", "memorandum", "protocol", "consensus"}
)
TRUCES: Final = frozenset({"ceasefire", "cease-fire", "truce", "armistice", "peace"})
# Captives traded between the sides of a conflict: ACLED codes the swap as an agreement.
CAPTIVES: Final = frozenset(
    {"prisoners", "prisoner", "detainees", "captives", "hostages", "pows", "bodies"}
)
"""What a deal between warring sides stops: signing or reaching one is ACLED's Agreement."""
MEETINGS: Final = frozenset(
    {"talks", "meeting", "meetings", "consultations", "negotiations", "discussions", "summit"}
)
PROTEST_EVENTS: Final = frozenset({"strike", "protest", "boycott", "demonstration", "march"})
SHARED: Final = frozenset({"intelligence", "information", "evidence", "expertise", "technology"})
FORCES: Final = frozenset(
    {"troops", "forces", "soldiers", "warships", "reinforcements", "police", "units"}
)
SHOTS: Final = frozenset(
    {"shots", "bullets", "rockets", "missiles", "shells", "mortars", "rounds", "bombs"}
)
INSPECTORS: Final = frozenset(
    {"inspectors", "investigators", "monitors", "observers", "experts", "mission", "team"}
)
# Armed people a state trains or raises (CAMEO 15, exhibit force posture).
RECRUITS: Final = FORCES | frozenset(
    {"fighters", "militants", "militia", "militiamen", "recruits", "hackers", "patrols"}
)
# Military restrictions whose easing is a retreat (CAMEO 085, 0872), not a concession.
BLOCKADES: Final = frozenset({"blockade", "siege", "sanctions", "embargo", "embargoes"})
# What is handed back (CAMEO 084: return, release persons or property).
RETURNED: Final = frozenset(
    {"weapons", "arms", "equipment", "property", "land", "territory", "prisoners", "bodies"}
)
CROWD_CONTROL: Final = frozenset({"gas", "cannon", "cannons", "canisters", "pellets", "rubber"})
# What a crowd throws ("threw stones", "pelted police with bottles"); a bomb of fuel
# reads as "firebomb" or "petrol" ("petrol bombs").
PROJECTILES: Final = frozenset(
    {"stone", "stones", "rock", "rocks", "brick", "bricks", "bottle", "bottles", "petrol"}
    | {"molotov", "molotovs", "firebomb", "firebombs", "fireworks", "projectiles"}
)
THROWN_EXPLOSIVES: Final = frozenset({"grenade", "grenades"})
# What is dropped from the air: "helicopters dropped barrel bombs", "a drone dropped
# explosives on the market" (charges, leaflets and aid are dropped too, and are no strike).
DROPPED_MUNITIONS: Final = frozenset(
    {"bomb", "bombs", "explosive", "explosives", "munition", "munitions", "ordnance"}
    | {"grenade", "grenades", "mortar", "mortars", "payload"}
)

# What an armed actor establishes as its seat: "set up a new base" (ACLED's headquarters
# or base established). A "camp" is as often one for the displaced, left out.
BASES: Final = frozenset(
    {"base", "bases", "headquarters", "hq", "outpost", "outposts", "garrison", "stronghold"}
)

RULES: Final[dict[str, tuple[tuple[frozenset[str], str], ...]]] = {
    "give": ((AID_GOODS, "aid"), (frozenset({"welcome", "reception"}), "consult_visit")),
    "provide": ((AID_GOODS, "aid"),),
    "send": ((INSPECTORS, "investigate"), (AID_GOODS, "aid"), (FORCES, "mobilize")),
    "dispatch": ((INSPECTORS, "investigate"), (AID_GOODS, "aid"), (FORCES, "mobilize")),
    "contribute": ((AID_GOODS | FORCES, "aid"),),
    "train": ((RECRUITS, "mobilize"),),
    "lift": ((BLOCKADES, "retreat"), (RESTRICTIONS, "concede")),
    "ease": ((BLOCKADES, "retreat"), (RESTRICTIONS, "concede")),
    "relax": ((BLOCKADES, "retreat"), (RESTRICTIONS, "concede")),
    "shorten": ((RESTRICTIONS, "concede"),),
    "deliver": ((AID_GOODS, "aid"),),
    "supply": ((AID_GOODS, "aid"),),
    "ship": ((AID_GOODS, "aid"),),
    "hand": ((AID_GOODS, "aid"),),
    "grant": ((AID_GOODS, "aid"), (frozenset({"amnesty", "pardon"}), "concede")),
    "sign": ((TRUCES, "agreement"), (DEALS, "formal_agreement")),
    "reach": ((TRUCES, "agreement"), (DEALS, "agree")),
    "swap": ((CAPTIVES, "agreement"),),
    "exchange": ((CAPTIVES, "agreement"),),
    "block": ((ROADS, "peaceful_protest"),),
    "impose": ((PENALTIES, "sanction"), (RESTRICTIONS, "restrict")),
    "reimpose": ((PENALTIES, "sanction"), (RESTRICTIONS, "restrict")),
    "extend": ((RESTRICTIONS, "restrict"),),
    "tighten": ((PENALTIES, "sanction"), (RESTRICTIONS, "restrict")),
    "lodge": ((frozenset({"protest", "complaint"}), "accuse"),),
    "file": ((frozenset({"complaint", "lawsuit", "charges", "suit"}), "accuse"),),
    "hold": ((MEETINGS, "consult"),),
    "establish": ((TIES, "support"), (BASES, "headquarters")),
    "set up": ((BASES, "headquarters"),),
    "upgrade": ((TIES, "support"),),
    "restore": ((TIES, "support"),),
    "cut": ((CUT_OFF, "sanction"),),
    "break": ((TIES, "sanction"),),
    "halt": ((CUT_OFF, "sanction"),),
    "reduce": ((CUT_OFF, "sanction"),),
    "cancel": ((CUT_OFF, "sanction"), (RESTRICTIONS, "concede"), (PROTEST_EVENTS, "concede")),
    "freeze": ((CUT_OFF, "sanction"),),
    "end": ((CUT_OFF, "sanction"),),
    "accept": (
        (frozenset({"demands", "demand", "conditions", "terms"}), "concede"),
        (frozenset({"plan", "proposal", "formula", "offer", "deal"}), "agree"),
    ),
    "share": ((SHARED, "cooperate"),),
    "return": ((RETURNED, "release"),),
    "call off": ((PROTEST_EVENTS, "concede"),),
    "strengthen": ((FORCES, "mobilize"),),
    "use": ((CROWD_CONTROL, "protest_intervention"),),  # on a crowd only: see object_code
    "fire": ((SHOTS, "attack"),),  # passive only ("shells were fired by"): see object_code
    "throw": ((THROWN_EXPLOSIVES, "grenade"), (PROJECTILES, "violent_demonstration")),
    "hurl": ((THROWN_EXPLOSIVES, "grenade"), (PROJECTILES, "violent_demonstration")),
    "lob": ((THROWN_EXPLOSIVES, "grenade"), (PROJECTILES, "violent_demonstration")),
    "pelt": ((PROJECTILES, "violent_demonstration"),),
    "drop": ((DROPPED_MUNITIONS, "air_strike"),),
    "deny": ((frozenset({"entry", "visas", "visa", "access"}), "sanction"),),
}


def object_words(token: Token) -> set[str]:
    """Lower-cased words of a verb's objects, passive subjects and prepositional objects."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass", "obj", "dative")]
    objects += [p for c in token.children if c.dep_ == "prep" for p in c.children]
    objects += [c for c in token.children if c.dep_ == "prt"]
    return {t.lower_ for obj in objects for t in obj.subtree}


def object_code(lemma: str, token: Token) -> str | None:
    """The type code an object-dependent verb has here, or None when it is no event."""
    rules = RULES.get(lemma, ())
    if not rules:
        return None
    words = object_words(token)
    if lemma == "fire":
        return _fire_code(token, words)
    if lemma == "use":
        return _used_on_crowd(token, words)
    return next((code for cue, code in rules if words & cue), None)


def _aimed_at(token: Token, preps: frozenset[str]) -> list[Token]:
    """Objects of the verb's prepositions among ``preps``, dates and times aside."""
    return [
        o
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in preps
        for o in c.children
        if o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME")
    ]


# Weapons of war that are "used against" a target: the use is an attack with them, which
# the sentence's weapon words then type (artillery: shelling; drones: a drone strike).
WAR_WEAPONS: Final = frozenset(
    {"artillery", "mortar", "mortars", "rocket", "rockets", "missile", "missiles", "drone"}
    | {"drones", "airstrikes", "warplanes", "helicopters", "tanks", "howitzers"}
)


def _used_on_crowd(token: Token, words: set[str]) -> str | None:
    """Crowd-control weapons used on a crowd ("police used water cannon against the
    marchers", "... used tear gas to disperse them") are force on a protest; weapons of
    war used against or on a target ("the army used artillery against the rebel camp")
    are an attack; "used" anything else, or on nothing, is no event."""
    preps = _AIMED | {"against"}
    aimed = _aimed_at(token, preps)
    aimed += [o for c in token.children if c.dep_ == "dobj" for o in _aimed_at(c, preps)]
    if words & WAR_WEAPONS and aimed:
        return "attack"
    if not words & CROWD_CONTROL or _lethal(words):
        return None
    return "protest_intervention" if _at_a_crowd(token, aimed) else None


# Rounds a "rubber" or "plastic" makes non-lethal ("rubber bullets").
_BLUNT_ROUNDS: Final = frozenset({"bullets", "bullet", "rounds", "round"})


def _lethal(words: set[str]) -> bool:
    """Shots or live rounds among the words; "rubber bullets" are crowd control."""
    lethal = words & (SHOTS | _LIVE)
    if words & {"rubber", "plastic"}:
        lethal -= _BLUNT_ROUNDS
    return bool(lethal)


def _fire_code(token: Token, words: set[str]) -> str | None:
    """Shots fired: "shells were fired by X", "troops fired rockets", "gunmen fired on
    the convoy" ("at", "into"). Tear gas or rubber bullets alone are a protest's
    intervention (with live rounds, shots fired like any other), and so are shots fired
    into the air or as a warning, at no one ("fired warning shots to disperse the
    crowd"); an active "fired" with no shots and no one shot at dismisses someone ("the
    minister fired his aide")."""
    aimed = [o for o in _aimed_at(token, _AIMED) if o.lower_ not in SKY]
    if words & SKY:  # "fired into the air at a wedding": where, not at whom
        aimed = [o for o in aimed if o.head.lower_ != "at"]
    overhead = bool(words & SKY or "warning" in words) and not aimed
    if overhead or (words & CROWD_CONTROL and not _lethal(words)):
        return "protest_intervention" if _at_a_crowd(token, aimed) else None
    if _passive(token):
        return "attack" if words & SHOTS else None
    shots = {t.lower_ for c in token.children if c.dep_ == "dobj" for t in c.subtree}
    return "attack" if aimed or shots & SHOTS else None


_AIMED: Final = frozenset({"at", "on", "upon", "into"})  # not "on Monday", "at noon"
# What shots fired "into" hit no one in: "fired into the air".
SKY: Final = frozenset({"air", "sky", "skies"})
_LIVE: Final = frozenset({"ammunition", "live", "bullet", "round"})
_CROWDS: Final = frozenset(
    {"protesters", "protestors", "demonstrators", "marchers", "crowd", "crowds", "rioters"}
    | {"students", "mourners", "supporters", "strikers", "youths", "demonstration", "protest"}
)


# Verbs of breaking up a crowd: what they are done "with", or done to, is crowd control.
DISPERSING: Final = frozenset({"disperse", "scatter", "break"})


def _at_a_crowd(token: Token, aimed: list[Token]) -> bool:
    """Tear gas fired at a crowd ("fired tear gas at hundreds of protesters", "... to
    disperse the marchers"): force used on a protest, which is the protest's event."""
    targets = {t.lower_ for o in aimed for t in o.subtree}
    dispersed = {
        t.lower_
        for c in token.children
        if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in DISPERSING
        for t in c.subtree
    }
    return bool((targets | dispersed) & _CROWDS)


def has_rule(lemma: str) -> bool:
    """True when ``lemma`` is typed by its object."""
    return lemma in RULES


def _passive(token: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children)
