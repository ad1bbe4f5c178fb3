"""ACLED's "Disrupted weapons use": a strike prevented ("air defences shot down a drone",
"soldiers intercepted two missiles", "sappers safely detonated the device"). Shooting
down a drone is not itself a drone strike: the strike it would have been never landed;
a bomb squad's controlled detonation is a bomb made safe, not a bombing."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from tacitus.coding import cues

if TYPE_CHECKING:
    from spacy.tokens import Token

# Unmanned weapons in flight: bringing one down stops the strike it was.
PROJECTILES: Final = cues.DRONE | frozenset(
    {"missile", "missiles", "rocket", "rockets", "projectile", "projectiles", "shahed"}
)
DISRUPTED: Final = "disrupted_weapons"


def _object_words(token: Token) -> set[str]:
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    return {t.lower_ for o in objects for t in o.subtree}


def shot_down(token: Token) -> bool:
    """ "Shot down a drone", "two missiles were shot down": a projectile brought down
    (the parser may take "down" for an adverb: "shot down 25 of 30 drones")."""
    down = any(c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in token.children)
    return down and bool(_object_words(token) & PROJECTILES)


# Arms and positions of a side in the field: destroying one is an attack on that side.
_MATERIEL: Final = frozenset(
    {"tank", "tanks", "apc", "apcs", "armoured", "armored", "howitzer", "howitzers"}
    | {"outpost", "outposts", "checkpoint", "checkpoints", "bunker", "bunkers", "convoy"}
    | {"position", "positions", "launcher", "launchers", "artillery"}
)


def intercepted(token: Token) -> str | None:
    """Intercepting or destroying missiles or drones disrupts a strike ("destroyed two
    drones the rebels were preparing to launch"); destroying a tank or a position in
    the field attacks the side it was ("fighters destroyed an Israeli tank"); intercepting
    a call or a letter, or destroying anything else, is no event here."""
    words = _object_words(token)
    if words & PROJECTILES:
        return DISRUPTED
    active = token.lemma_.lower() == "destroy" and token.pos_ == "VERB"
    return "attack" if active and words & _MATERIEL else None


# Weapons set up to strike from afar, or planted: taking one apart stops its strike.
_ARMED_DEVICES: Final = PROJECTILES | frozenset(
    {"launcher", "launchers", "bomb", "bombs", "device", "devices", "explosive", "explosives"}
    | {"ied", "ieds", "mine", "mines", "landmine", "landmines"}
)


def dismantled(token: Token) -> str | None:
    """ "Soldiers found and dismantled a rocket launcher", "dismantled a bomb": a weapon
    taken apart before it was used disrupts its use; dismantling a camp, a network or a
    barricade is no event here."""
    return DISRUPTED if _object_words(token) & _ARMED_DEVICES else None


# Those whose trade is making explosives safe, and the words that say it was done so.
_DISPOSERS: Final = frozenset(
    {"disposal", "sappers", "sapper", "deminers", "deminer", "eod", "engineers"}
)
_SAFELY: Final = frozenset({"safely", "controlled"})
"""Not "deliberately": militants deliberately detonate their bombs too."""


def made_safe(token: Token) -> bool:
    """ "Bomb disposal experts safely detonated the device", "sappers blew up the mine
    in a controlled explosion": a detonation by those who clear explosives."""
    doers = [c for c in token.children if c.dep_ == "nsubj"]
    doers += [o for c in token.children if c.dep_ == "agent" for o in c.children]
    words = {t.lower_ for d in doers for t in d.subtree}
    words |= {t.lower_ for c in token.children if c.dep_ in ("advmod", "prep") for t in c.subtree}
    bomb_squad = {"bomb", "squad"} <= words  # not a "hit squad" or a "death squad"
    return bool(words & _DISPOSERS or words & _SAFELY) or bomb_squad


_CLEARING_VERBS: Final = frozenset({"detonate", "blow", "defuse", "destroy", "clear"})


def disarmed(token: Token) -> bool:
    """The explosive a bomb squad made safe, or its "controlled explosion": part of the
    disrupted use, not a bombing of its own."""
    if token.pos_ != "NOUN":
        return False
    if any(c.lower_ == "controlled" for c in token.children):
        return True
    verb = token.head.head if token.dep_ == "pobj" else token.head
    return (
        token.dep_ in ("dobj", "pobj")
        and verb.lemma_.lower() in _CLEARING_VERBS
        and (verb.lemma_.lower() == "defuse" or made_safe(verb))
    )
