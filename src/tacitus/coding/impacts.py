"""Attacks told by what hit: "a car bomb hit a convoy", "a truck rammed the crowd",
"the bomber blew himself up".

"Hit", "slam into" and "crash into" are events only when their subject is a weapon ("a
shell hit the market", "a shell slammed into the clinic"; a weapon that "struck" attacks
too) or an armed side hitting people ("the army said it hit three gunmen"), or, for
a vehicle, when the sentence says it was an attack and people were hit
("the attacker drove a truck into the crowd", "a van deliberately crashed into
worshippers"); a suicide bomber crashing into anything attacks it ("a suicide bomber on a
motorcycle crashed into a foot patrol"). A storm hitting the coast or a car crashing into
a tree is no event. A weapon noun that is itself a trigger ("a rocket hit") is left to that trigger.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from spacy.tokens import Token

# Rules of triggers.csv that this module decides.
IMPACT_LEMMAS: Final = frozenset({"hit", "slam", "crash", "ram", "plough", "plow", "blow"})
_WEAPONS: Final = {
    "bomb": "remote_explosive",
    "explosive": "remote_explosive",
    "ied": "remote_explosive",
    "device": "remote_explosive",
    "mine": "remote_explosive",
    "shell": "shelling",
    "grenade": "grenade",
    "bullet": "attack",
    "projectile": "shelling",
}
# Verbs a weapon strikes with: "a shell hit the market", "rockets slammed into a school".
_STRUCK: Final = frozenset({"hit", "slam"})
# Impacts that take no object: the noun such a verb modifies is what crashed.
_INTRANSITIVE: Final = frozenset({"crash", "plough", "plow"})
_VEHICLES: Final = frozenset(
    {"car", "truck", "lorry", "van", "vehicle", "bus", "motorcycle", "suv", "tractor"}
)
_PEOPLE: Final = frozenset(
    {
        "crowd",
        "crowds",
        "people",
        "protesters",
        "demonstrators",
        "marchers",
        "pedestrians",
        "worshippers",
        "shoppers",
        "passers-by",
        "civilians",
        "students",
        "soldiers",
        "police",
        "checkpoint",
        "patrol",
        "convoy",
    }
)
_INTENT: Final = frozenset(
    {
        "deliberately",
        "intentionally",
        "attack",
        "attacker",
        "attackers",
        "terror",
        "terrorist",
        "assailant",
        "militant",
        "suicide",
        "rammed",
        "ramming",
    }
)


def _subject(verb: Token) -> Token | None:
    """The subject, or the agent of a passive ("the convoy was hit by a roadside bomb"),
    or the noun a crash modifies ("a motorcycle crashing into the patrol": what crashes
    is never what is crashed)."""
    found = [c for c in verb.children if c.dep_ == "nsubj"]
    found += [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    if not found and verb.dep_ == "acl" and verb.lemma_.lower() in _INTRANSITIVE:
        found = [verb.head]
    return found[0] if found else None


def _weapon_code(subject: Token) -> str | None:
    """The type a weapon subject gives: "a shell", "a roadside bomb"; not "the shell", which
    names a weapon the sentence or the article has told of already ("died when the shell
    hit the market")."""
    if any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in subject.children):
        return None
    words = [subject.lemma_.lower(), *(c.lemma_.lower() for c in subject.children)]
    return next((_WEAPONS[w] for w in words if w in _WEAPONS), None)


def weapon_impact(verb: Token) -> str | None:
    """The type a weapon that struck gives, as its subject or its passive agent ("a
    roadside bomb struck the patrol", "two rockets slammed into a school"), or None."""
    subject = _subject(verb)
    return _weapon_code(subject) if subject is not None else None


def _people_hit(verb: Token) -> bool:
    """The verb's object or its into/through object names people ("into the crowd")."""
    hit = [c for c in verb.children if c.dep_ == "dobj"]
    hit += [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return any(t.lower_ in _PEOPLE for o in hit for t in o.subtree)


def _vehicle_attack(verb: Token, subject: Token | None, words: set[str]) -> bool:
    """A vehicle driven into people in a sentence that calls it an attack."""
    driven = subject is not None and subject.lemma_.lower() in _VEHICLES
    rammed = verb.lemma_.lower() == "ram"
    if not (driven or rammed) or not _people_hit(verb):
        return False
    return rammed or bool(words & _INTENT)


def _suicide_attacker(subject: Token | None) -> bool:
    """ "A suicide bomber", "a suicide attacker": whatever such a man crashes or rams
    into, he attacks (a bomber aircraft crashing is no attack)."""
    if subject is None or subject.lemma_.lower() not in ("bomber", "attacker"):
        return False
    return any(c.lower_ == "suicide" for c in subject.children)


def _blown_up(verb: Token) -> str | None:
    """ "Blew himself up" is a suicide bombing; "blew up a bridge" is left to "blow up"."""
    if not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return None
    selves = {"himself", "herself", "themselves"}
    return "suicide_bomb" if any(c.lower_ in selves for c in verb.children) else None


# Who fights: an armed side hitting people shot them ("the army said it hit three
# gunmen"), as a weapon hitting them would have.
_FIGHTERS: Final = frozenset(
    {"army", "troop", "troops", "soldier", "police", "forces", "force", "military", "militant"}
    | {"gunman", "rebel", "insurgent", "fighter", "attacker", "sniper", "militia"}
)
_HIT_PEOPLE: Final = _FIGHTERS - {"army", "police", "military", "force", "forces"} | frozenset(
    {"people", "civilian", "protester", "demonstrator", "bystander", "officer", "policeman"}
)


def _armed_hit(verb: Token) -> bool:
    """An armed side hitting people: its subject (or the subject of the verb it
    completes, "the army claimed to have hit three gunmen") fights, its object is
    people."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "xcomp":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    armed = any(s.lemma_.lower() in _FIGHTERS for s in subjects)
    return armed and any(o.lemma_.lower() in _HIT_PEOPLE for o in objects)


def impact_code(lemma: str, verb: Token, words: set[str]) -> str | None:
    """The type code of a hit, crash, ram or blow-up in this sentence (``words``), or None."""
    if verb.pos_ != "VERB":
        return None
    if lemma == "blow":
        return _blown_up(verb)
    subject = _subject(verb)
    weapon = _weapon_code(subject) if subject is not None and lemma in _STRUCK else None
    if weapon is not None:
        return weapon
    if lemma == "hit" and _armed_hit(verb):
        return "attack"
    if lemma in ("crash", "ram", "plough", "plow") and _suicide_attacker(subject):
        return "suicide_bomb"
    return "attack" if _vehicle_attack(verb, subject, words) else None
