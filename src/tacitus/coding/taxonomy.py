"""Closed vocabularies of the target formats, spelled exactly as their codebooks do."""

from __future__ import annotations

from typing import Final

ACLED_SUB_EVENT_TYPES: Final[dict[str, tuple[str, ...]]] = {
    "Battles": (
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    ),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": (
        "Sexual violence",
        "Attack",
        "Abduction/forced disappearance",
    ),
    "Protests": (
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    ),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}

ACLED_DISORDER_TYPES: Final[tuple[str, ...]] = (
    "Political violence",
    "Demonstrations",
    "Political violence; Demonstrations",
    "Strategic developments",
)

ACLED_INTER_LABELS: Final[dict[int, str]] = {
    1: "State Forces",
    2: "Rebel Groups",
    3: "Political Militias",
    4: "Identity Militias",
    5: "Rioters",
    6: "Protesters",
    7: "Civilians",
    8: "External/Other Forces",
}

PLOVER_EVENTS: Final[tuple[str, ...]] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)

PLOVER_QUAD: Final[dict[str, str]] = {
    "AGREE": "Verbal coop",
    "CONSULT": "Verbal coop",
    "SUPPORT": "Verbal coop",
    "CONCEDE": "Verbal coop",
    "COOPERATE": "Material coop",
    "AID": "Material coop",
    "RETREAT": "Material coop",
    "REQUEST": "Verbal conflict",
    "ACCUSE": "Verbal conflict",
    "REJECT": "Verbal conflict",
    "THREATEN": "Verbal conflict",
    "PROTEST": "Material conflict",
    "SANCTION": "Material conflict",
    "MOBILIZE": "Material conflict",
    "COERCE": "Material conflict",
    "ASSAULT": "Material conflict",
}


def is_acled_pair(event_type: str, sub_event_type: str) -> bool:
    """True when ``sub_event_type`` belongs to ``event_type`` in the ACLED codebook."""
    return sub_event_type in ACLED_SUB_EVENT_TYPES.get(event_type, ())


def acled_disorder_type(event_type: str, sub_event_type: str) -> str:
    """The disorder_type ACLED gives a sub-event type (from its category flags)."""
    if event_type == "Strategic developments":
        return "Strategic developments"
    if sub_event_type == "Excessive force against protesters":
        return "Political violence; Demonstrations"
    if event_type in ("Protests", "Riots") and sub_event_type != "Mob violence":
        return "Demonstrations"
    return "Political violence"


def acled_interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's two-digit interaction: lower code first; a sole actor gives X0."""
    if inter1 is None:
        return None
    if inter2 is None:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high
