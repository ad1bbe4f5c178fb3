"""How alike two reports are, field by field, once no hard limit rules them out.

Each similarity is in [0, 1]; None where either report leaves the field unsaid (no date,
only unidentified actors, no shared count), which is no evidence either way. Named
participants and content words of the evidence (``tacitus.dedup.words``) are what tell
two reports of one kind of event in one country apart.
"""

from __future__ import annotations

import functools

from rapidfuzz import fuzz

from tacitus.dedup.profile import MatchProfile, is_generic_actor
from tacitus.dedup.words import overlap, stem

_FAMILIES = {
    "Battles": "political violence",
    "Explosions/Remote violence": "political violence",
    "Violence against civilians": "political violence",
    "Protests": "demonstrations",
    "Riots": "demonstrations",
    "Strategic developments": "strategic developments",
}
_SAME_NAME = 90.0
SAME_FAMILY = 0.5
"""``type_similarity`` of two types of one family (political violence, demonstrations)."""
VIOLENT_PAIR = 0.25
FOLLOW_UP = 0.25
"""``type_similarity`` of an arrest or a charge whose sentence names a violent act, against
a violent event: one report may lead with the killing, another with the suspect's arrest
("police arrested a woman in the 1967 slayings"). Loose, so the pair must share more."""
_ARRESTS = "Arrests"
_CHARGED = "ACCUSE"
_VIOLENT_ACTS = """
    kill killed killing killings slay slain slaying slayings murder murders murdered
    murdering shooting shootings shot stabbing stabbed homicide homicides manslaughter
    bombing bombings assassination attack attacks
"""
"""Words that name the violent act a suspect is held for ("arrested in the killing of")."""
_CHARGE_WORDS = "charge charged charges indicted indictment"
"""Words of a criminal charge, as against an accusation of one side by another."""
NAMES_ENOUGH = 3
"""Names shared count against the smaller set, taken as at least this many."""
WORDS_ENOUGH = 8
CONTEXT_ENOUGH = 6
"""Names shared by two whole articles count against the smaller set, at least this many."""
CONTEXT_WEIGHT = 0.8
"""An article's names count for less than those of the event's own sentences."""
UNKNOWN = 0.4
"""A role's similarity when one side names only an unidentified actor."""


def type_similarity(a: MatchProfile, b: MatchProfile) -> float:
    """1 same sub-event type, 0.8 same event type, 0.5 same family, else 0.

    ``VIOLENT_PAIR`` for political violence against a riot or protest: reports often
    disagree whether clashes at a demonstration were a riot or an armed clash.
    """
    if follows_up(a, b) or follows_up(b, a):
        return FOLLOW_UP
    if a.event_type is None or b.event_type is None:
        return 0.8 if a.event_type == b.event_type and a.plover == b.plover else 0.0
    if a.sub_event_type == b.sub_event_type:
        return 1.0
    if a.event_type == b.event_type:
        return 0.8
    families = {_FAMILIES.get(a.event_type), _FAMILIES.get(b.event_type)}
    if len(families) == 1:
        return SAME_FAMILY
    return VIOLENT_PAIR if families == {"political violence", "demonstrations"} else 0.0


def follows_up(first: MatchProfile, other: MatchProfile) -> bool:
    """Whether ``first`` is an arrest or a criminal charge whose own sentence names a violent
    act (``_VIOLENT_ACTS``), and ``other`` is a violent event: the suspect's arrest is part
    of the story of the act. An accusation of one side by another is not a charge."""
    if _FAMILIES.get(other.event_type or "") != "political violence":
        return False
    words = set(first.words)
    if first.sub_event_type == _ARRESTS:
        return not words.isdisjoint(_folded(_VIOLENT_ACTS))
    if first.plover != _CHARGED or first.event_type is not None:
        return False
    return not words.isdisjoint(_folded(_CHARGE_WORDS)) and not words.isdisjoint(
        _folded(_VIOLENT_ACTS)
    )


@functools.cache
def _folded(words: str) -> frozenset[str]:
    """``words`` folded as ``words.content_words`` folds them."""
    return frozenset(stem(word) for word in words.split())


def date_similarity(a: MatchProfile, b: MatchProfile, *, undated_days: int | None) -> float | None:
    """1 for the same single day; lower as the wider of the two date ranges grows.

    A stand-in date counts as a few days' range; None when either date is unknown.
    """
    if not (a.date_from_text and b.date_from_text):
        return None if undated_days is None else 0.5
    widest = max(_width_days(a), _width_days(b))
    if widest <= 1:
        return 1.0
    if widest <= 7:
        return 0.7
    return 0.5 if widest <= 31 else 0.3


def _width_days(profile: MatchProfile) -> int:
    start, end = profile.days
    return (end - start).days + 1


def name_similarity(a: MatchProfile, b: MatchProfile) -> float:
    """Shared names of the events' own sentences, or (weighted by ``CONTEXT_WEIGHT``) of
    their whole articles, whichever is higher."""
    own = overlap(a.names, b.names, enough=NAMES_ENOUGH)
    if not a.context and not b.context:
        return own
    wide = overlap((*a.names, *a.context), (*b.names, *b.context), enough=CONTEXT_ENOUGH)
    return max(own, CONTEXT_WEIGHT * wide)


def own_name_similarity(a: MatchProfile, b: MatchProfile) -> float:
    """Shared names of the events' own sentences and actors alone (no article context)."""
    return round(overlap(a.names, b.names, enough=NAMES_ENOUGH), 4)


def actor_similarity(a: MatchProfile, b: MatchProfile) -> float | None:
    """Per role named in both: 1 same named actor, ``UNKNOWN`` if unidentified, 0 different.

    None when no role has an identified actor on both sides.
    """
    scores = [
        _role_score(mine, theirs)
        for mine, theirs in ((a.actor1, b.actor1), (a.actor2, b.actor2))
        if mine and theirs
    ]
    if not scores or all(s == UNKNOWN for s in scores):
        return None
    return round(sum(scores) / len(scores), 4)


def _role_score(mine: tuple[str, ...], theirs: tuple[str, ...]) -> float:
    named = [n for n in mine if not is_generic_actor(n)]
    their_named = [n for n in theirs if not is_generic_actor(n)]
    if any(_same_name(x, y) for x in named for y in their_named):
        return 1.0
    return UNKNOWN if not named or not their_named else 0.0


def _same_name(x: str, y: str) -> bool:
    return fuzz.token_set_ratio(x.casefold(), y.casefold()) >= _SAME_NAME


def same_actors(a: MatchProfile, b: MatchProfile) -> bool:
    """Whether both name the same identified first actor, and the same second one (or
    neither names one): with the same day and place, ACLED's rule for one event."""
    named1 = [n for n in a.actor1 if not is_generic_actor(n)]
    if not named1 or not b.actor1:
        return False
    same1 = any(_same_name(x, y) for x in named1 for y in b.actor1)
    same2 = (not a.actor2 and not b.actor2) or any(
        _same_name(x, y) for x in a.actor2 for y in b.actor2
    )
    return same1 and same2


def count_similarity(a: MatchProfile, b: MatchProfile) -> float | None:
    """Mean ratio smaller/larger of the counts both give; None when none is shared."""
    mine, theirs = dict(a.counts), dict(b.counts)
    ratios = [
        (min(mine[k], theirs[k]) + 1) / (max(mine[k], theirs[k]) + 1)
        for k in mine.keys() & theirs.keys()
    ]
    return round(sum(ratios) / len(ratios), 4) if ratios else None


def evidence_similarity(a: MatchProfile, b: MatchProfile) -> float:
    """Shared content words of the evidence; fuzzy token overlap for older profiles."""
    if a.words and b.words:
        return min(1.0, overlap(a.words, b.words, enough=WORDS_ENOUGH))
    if not a.evidence or not b.evidence:
        return 0.0
    return float(fuzz.token_set_ratio(a.evidence.casefold(), b.evidence.casefold())) / 100.0
