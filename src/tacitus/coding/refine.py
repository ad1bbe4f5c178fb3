"""Settle an event's type from every frame merged into it: ACLED's hard distinctions."""

from __future__ import annotations

from collections.abc import Collection
from typing import Final

from tacitus.actors.identity import IDENTITY_MILITIA
from tacitus.coding import cues

PROTEST_FAMILY: Final = frozenset(
    {
        "peaceful_protest",
        "protest_intervention",
        "excessive_force",
        "violent_demonstration",
        "mob_violence",
    }
)
VIOLENCE_FAMILY: Final = frozenset(
    {
        "attack",
        "armed_clash",
        "shelling",
        "air_strike",
        "drone_strike",
        "remote_explosive",
        "suicide_bomb",
        "grenade",
        "chemical",
        "sexual_violence",
    }
)
_SPECIFICITY: Final = (
    "suicide_bomb",
    "chemical",
    "drone_strike",
    "air_strike",
    "shelling",
    "grenade",
    "remote_explosive",
    "sexual_violence",
    "armed_clash",
    "attack",
)


# Statement codes of one PLOVER type: condemning an attack and opening an investigation
# into it are one ACCUSE; a call and a visit are both CONSULT.
_STATEMENT_FAMILY: Final = {
    "investigate": "accuse",
    "consult_phone": "consult",
    "consult_visit": "consult",
}


def family(code: str) -> str:
    """Codes that may describe one real-world event share a family."""
    if code in PROTEST_FAMILY:
        return "protest"
    if code in VIOLENCE_FAMILY:
        return "violence"
    return _STATEMENT_FAMILY.get(code, code)


EXPLOSIVES: Final = frozenset({"remote_explosive", "suicide_bomb", "grenade"})
AERIAL: Final = frozenset({"air_strike", "drone_strike"})
"""Strikes from the air, one ACLED sub-event ("Air/drone strike"): "a drone fired a
missile at the car ... the military said its aircraft had struck" tell one strike."""
GROUND_ASSAULTS: Final = frozenset({"storm", "overrun", "raid"})
"""Verbs of an assault on foot ("stormed a military base", "overran an army post"): an
assault that opens with a bomb ("setting off a car bomb at the gate before gunmen forced
their way inside") is the assault, a battle or an attack, not remote violence."""
_STATE_FORCES: Final = 1
"""ACLED's inter code of state forces."""
_NON_STATE_ARMED: Final = frozenset({2, 3, 4})
"""ACLED's inter codes of rebel groups and political and identity militias."""
TERRITORY_CODES: Final = frozenset({"government_regains", "nonstate_overtakes"})


_CROWDS: Final = frozenset({5, 6})
"""ACLED's inter codes of rioters and protesters."""
_ARMED_TARGETS: Final = frozenset({1, 2, 3, 4, 8})
"""ACLED's inter codes of armed actors: state forces, rebels, militias, external forces."""


def militia_fight(
    code: str, agent_inters: Collection[int], target_inters: Collection[int] = ()
) -> str:
    """A people's armed youths clashing ("Dinka youths clashed with Nuer youths") are its
    identity militia in a battle, not a crowd rioting, as ACLED codes communal fighting.
    Petrol bombs or stones thrown by an armed group, with no crowd among the doers
    ("gunmen threw petrol bombs into the police station"), are its violence too: a
    battle where armed men were hit, else an attack."""
    if code != "violent_demonstration":
        return code
    agents = set(agent_inters)
    if IDENTITY_MILITIA in agents:
        return "armed_clash"
    if agents & _NON_STATE_ARMED and not agents & _CROWDS:
        return "armed_clash" if set(target_inters) & _ARMED_TARGETS else "attack"
    return code


def territory_side(code: str, agent_inters: Collection[int]) -> str:
    """Territory taken is ACLED's "Government regains territory" when state forces took
    it and "Non-state actor overtakes territory" when a rebel group or militia did,
    whatever the verb ("rebels recaptured the town", "soldiers seized the village");
    with neither named, the verb's own reading stands."""
    if code not in TERRITORY_CODES:
        return code
    if _STATE_FORCES in agent_inters:
        return "government_regains"
    if _NON_STATE_ARMED & set(agent_inters):
        return "nonstate_overtakes"
    return code


def compatible(a: str, b: str) -> bool:
    """True when two frames' codes may be one event.

    A generic attack fits any violence; the explosive types fit each other ("the bomber
    detonated his explosives" is the suicide bombing), and so do air and drone strikes
    (``AERIAL``); arrests fit a protest (ACLED codes
    arrests at a demonstration as the intervention, not as a separate event).
    """
    families = {family(a), family(b)}
    if families == {"protest", "arrests"}:
        return True
    if len(families) > 1:
        return False
    if family(a) == "violence":
        return a == b or "attack" in (a, b) or {a, b} <= EXPLOSIVES or {a, b} <= AERIAL
    return True


def _refine_protest(
    codes: Collection[str],
    words: set[str],
    riot_words: set[str],
    killed: bool,
    killer_inters: Collection[int],
) -> str:
    if "mob_violence" in codes:
        return "mob_violence"
    if "violent_demonstration" in codes or riot_words & cues.RIOT:
        return "violent_demonstration"
    lethal = bool(words & cues.LETHAL_FORCE) or _STATE_FORCES in killer_inters
    if killed and lethal:
        return "excessive_force"  # "security forces killed 40 people during protests"
    if words & cues.INTERVENTION or "protest_intervention" in codes:
        return "protest_intervention"  # tear gas, or a mention typed so by its own check
    return "peaceful_protest"


def _refine_violence(
    codes: Collection[str],
    words: set[str],
    targets: Collection[int],
    target_words: set[str],
    force_words: set[str],
) -> str:
    specific = [c for c in _SPECIFICITY if c in codes and c not in ("armed_clash", "attack")]
    if specific:
        return specific[0]
    if 6 in targets and (words | target_words) & cues.DEMONSTRATING:
        # Force against demonstrators is excessive only where they were peaceful: force
        # against a crowd that stormed or burned is part of its violent demonstration.
        # Activists beaten at a meeting, with no protest told, are civilians attacked.
        return "violent_demonstration" if force_words & cues.RIOT else "excessive_force"
    for cue_set, code in (
        (cues.SUICIDE, "suicide_bomb"),
        (cues.DRONE, "drone_strike"),
        (cues.AERIAL, "air_strike"),
        (cues.HEAVY, "shelling"),
        (cues.GRENADE, "grenade"),
        (cues.EXPLOSIVE, "remote_explosive"),
    ):
        if code == "grenade" and "stun" in words:
            continue
        if words & cue_set:
            return code
    if "armed_clash" in codes or any(t in (1, 2, 3, 4, 8) for t in targets):
        return "armed_clash"
    if _state_target(target_words or words):
        return "armed_clash"
    return "attack"


def _state_target(words: set[str]) -> bool:
    """Soldiers, police or a checkpoint were what was hit, and no civilians."""
    return bool(words & cues.STATE_TARGET) and not words & cues.CIVILIAN_TARGET


def refine(
    codes: Collection[str],
    *,
    words: set[str],
    target_inters: Collection[int],
    killed: bool,
    target_words: set[str] | None = None,
    force_words: set[str] | None = None,
    killer_inters: Collection[int] = (),
) -> str:
    """The final type code of an event from its frames' codes and its sentences' words.

    ``target_words`` are the words of the phrases the event fell on, when linking found
    any: whether soldiers or police were hit is read there, not from the whole sentence,
    where they may be the ones who struck ("officers beat the man"). ``force_words`` are
    the words of the sentences that tell of force against demonstrators: whether the crowd
    was violent is read there, not in a statement elsewhere justifying the force, both
    when the protest leads the event and when the force does.
    ``killer_inters`` are the ACLED inter codes of who acted in the mentions that tell of
    deaths: deaths at a protest that state forces caused are their excessive force.
    """
    protest = [c for c in codes if family(c) == "protest"]
    first = protest[0] if protest else next(iter(codes))
    if family(first) == "protest":
        struck = 6 in target_inters and any(family(c) == "violence" for c in codes)
        riot_words = force_words if struck and force_words is not None else words
        return _refine_protest(codes, words, riot_words, killed, killer_inters)
    if family(first) == "violence":
        return _refine_violence(
            codes, words, target_inters, target_words or set(), force_words or set()
        )
    return first
