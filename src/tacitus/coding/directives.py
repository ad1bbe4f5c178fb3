"""Orders, permissions, expulsions and force posture: verbs typed by what they govern.

"Ordered X to appear" is a demand, "ordered patrols" a mobilisation; "allowed the
rally" a concession (CAMEO 08); "forced the agency out" an expulsion, "forced residents
out of their homes" a deportation; "prevented the demonstration" a restriction of
protest; "set fire to the offices" property destruction unless a crowd did it (a riot),
and so is looting ("youths looted a supermarket" riot, as ACLED codes looting in unrest);
joint "exercises" are cooperation, one army's a show of force; a ceasefire one side
declares is a retreat (CAMEO 0871), one the sides reach an agreement.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from tacitus.coding import cues
from tacitus.coding.coordination import misread_coordinate
from tacitus.coding.cues import ARMED
from tacitus.coding.objects import RECRUITS, object_words

if TYPE_CHECKING:
    from spacy.tokens import Token

    from tacitus.coding.lexicon import TriggerRule

PROTEST_OBJECTS: Final = frozenset(
    {
        "protest",
        "protests",
        "demonstration",
        "demonstrations",
        "rally",
        "rallies",
        "march",
        "marches",
        "strike",
        "sit-in",
        "gathering",
        "meeting",
        "vigil",
        "protesters",
        "demonstrators",
    }
)
DISPLACED: Final = frozenset(
    {"refugees", "residents", "civilians", "villagers", "families", "people", "inhabitants"}
)
_MILITARY: Final = frozenset(
    {"military", "naval", "army", "air", "war", "warships", "troops", "forces", "live-fire"}
)
_EXERCISE_VERBS: Final = frozenset(
    {"hold", "conduct", "stage", "launch", "begin", "start", "carry", "undertake"}
)
_DECLARE: Final = frozenset({"declare", "announce", "proclaim", "observe", "order"})
_ONE_SIDED: Final = frozenset({"unilateral", "unilaterally", "one-sided"})


def _order(token: Token) -> str | None:
    """Ordering forces or patrols out mobilises; ordering someone to act demands."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    words = {t.lower_ for o in objects for t in o.subtree}
    if words & RECRUITS:
        return "mobilize"
    has_action = any(c.dep_ in ("xcomp", "ccomp") for c in token.children)
    return "request" if objects and has_action else None


def _out(token: Token) -> bool:
    """ "Forced X out", "forced X out of the country"."""
    return any(c.lower_ == "out" and c.dep_ in ("prt", "prep", "advmod") for c in token.children)


def _force_out(token: Token) -> str | None:
    if not _out(token):
        return None
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    words = {t.lower_ for o in objects for t in o.subtree}
    return "restrict" if words & DISPLACED else "expel"


def _push_for(token: Token) -> str | None:
    """ "Pushing (hard) for talks", "pushing for the US to support": a demand."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "for":
            return "request"
        if child.dep_ == "advcl" and any(m.lower_ == "for" for m in child.children):
            return "request"
    return None


def _press(token: Token) -> str | None:
    """ "Pressed for talks", "pressed the army to withdraw": a demand; "pressed on with
    the strikes" or "pressed ahead" is carrying on, no statement."""
    if any(c.dep_ == "prt" and c.lower_ in ("on", "ahead") for c in token.children):
        return None
    if _push_for(token) is not None or any(c.dep_ in ("xcomp", "ccomp") for c in token.children):
        return "request"
    return None


def _stops_protest(token: Token) -> str | None:
    """ "Police prevented the demonstration", "broke up the rally"."""
    return "restrict" if object_words(token) & PROTEST_OBJECTS else None


def _set_fire(rule: TriggerRule, token: Token) -> str | None:
    """ "Set fire to the offices": a crowd doing it riots, anyone else destroys property."""
    words = {t.lower_ for s in _conjoined_subjects(token) for t in s.subtree}
    if words & cues.CROWD:
        return "violent_demonstration"
    if words & ARMED:
        return "attack"  # "the attackers raided homes and set fire to a clinic"
    return rule.code if any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children) else None


def _burn_down(rule: TriggerRule, token: Token) -> str:
    """ "Burned down the market", "torched 40 homes", "ransacked the offices": who did
    it decides, as for setting fire; the verb already says what was destroyed."""
    words = {t.lower_ for s in _conjoined_subjects(token) for t in s.subtree}
    if words & cues.CROWD:
        return "violent_demonstration"
    return "attack" if words & ARMED else rule.code


def _loot(rule: TriggerRule, token: Token) -> str:
    """ "Looted a supermarket": a crowd doing it riots; anyone else loots."""
    if token.pos_ != "VERB":
        return rule.code
    words = {t.lower_ for s in _conjoined_subjects(token) for t in s.subtree}
    return "violent_demonstration" if words & cues.CROWD else rule.code


def _conjoined_subjects(token: Token) -> list[Token]:
    """The verb's subjects, or those of the first verb of its chain of conjuncts ("the
    attackers arrived, opened fire and set fire to the stalls"), and of the verb a
    misread one is coordinated with ("torched cars and looted shops")."""
    node = misread_coordinate(token) or token
    while True:
        subjects = [c for c in node.children if c.dep_ == "nsubj"]
        if subjects or node.dep_ != "conj" or node.head.i == node.i:
            return subjects
        node = node.head


def _governing_verb(token: Token) -> Token:
    """The verb a noun phrase hangs from: "launched [10 days of] war games"."""
    noun = token.head if token.dep_ == "compound" else token
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        noun = noun.head.head
    return noun.head


def _exercise(token: Token) -> str | None:
    """Military exercises: joint ones, or held by two sides, are cooperation."""
    words = {t.lower_ for t in token.head.subtree} | {t.lower_ for t in token.subtree}
    head = _governing_verb(token)
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    paired = any(c.dep_ == "conj" for s in subjects for c in s.subtree)
    if "joint" in words or (paired and head.lemma_.lower() in _EXERCISE_VERBS):
        return "cooperate"
    military = words & _MILITARY or " " in token.lemma_ or token.lower_.startswith("war")
    if military or (head.lemma_.lower() in _EXERCISE_VERBS and token.dep_ == "dobj"):
        return "mobilize"
    return None


def _ceasefire(rule: TriggerRule, token: Token) -> str:
    """A ceasefire declared or one-sided is a retreat; one agreed, an agreement."""
    words = {t.lower_ for t in token.subtree}
    declared = token.dep_ == "dobj" and token.head.lemma_.lower() in _DECLARE
    return "ceasefire" if declared or words & _ONE_SIDED else rule.code


def directive_code(rule: TriggerRule, token: Token) -> str | None:
    """The type code of a directive trigger here, or None when it is no event."""
    lemma = rule.lemma
    handlers: dict[str, Callable[[], str | None]] = {
        "order": lambda: _order(token),
        "force": lambda: _force_out(token),
        "push": lambda: _push_for(token),
        "press": lambda: _press(token),
        "prevent": lambda: _stops_protest(token),
        "set fire": lambda: _set_fire(rule, token),
        "burn down": lambda: _burn_down(rule, token),
        "torch": lambda: _burn_down(rule, token),
        "ransack": lambda: _burn_down(rule, token),
        "vandalise": lambda: _burn_down(rule, token),
        "vandalize": lambda: _burn_down(rule, token),
        "loot": lambda: _loot(rule, token),
        "exercise": lambda: _exercise(token),
        "manoeuvre": lambda: _exercise(token),
        "maneuver": lambda: _exercise(token),
        "war game": lambda: _exercise(token),
        "ceasefire": lambda: _ceasefire(rule, token),
        "truce": lambda: _ceasefire(rule, token),
    }
    handler = handlers.get(lemma)
    return handler() if handler is not None else rule.code


DIRECTIVE_LEMMAS: Final = frozenset(
    {
        "order",
        "push",
        "press",
        "force",
        "prevent",
        "set fire",
        "burn down",
        "torch",
        "ransack",
        "vandalise",
        "vandalize",
        "loot",
        "exercise",
        "manoeuvre",
        "maneuver",
        "war game",
        "ceasefire",
        "truce",
    }
)
