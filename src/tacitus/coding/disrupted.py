"""ACLED's "Disrupted weapons use": a strike prevented ("air defences shot down a drone",
"soldiers intercepted two missiles"). Shooting down a drone is not itself a drone
strike: the strike it would have been never landed."""

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
    """ "Shot down a drone", "two missiles were shot down": a projectile brought down."""
    down = any(c.dep_ == "prt" and c.lower_ == "down" for c in token.children)
    return down and bool(_object_words(token) & PROJECTILES)


def intercepted(token: Token) -> str | None:
    """Intercepting missiles or drones disrupts a strike; intercepting a call or a
    letter is no event."""
    return DISRUPTED if _object_words(token) & PROJECTILES else None
