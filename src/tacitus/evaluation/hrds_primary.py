"""Which event of an HRDsAttack article answers for its gold event: the violation's date.

The gold event is the attack on a human-rights defender the annotators describe (a
killing, detention, kidnapping, ...). A coder reading the report dates it as follows:

- the candidates are the events that happened (not future, hypothetical or negated; old
  ones count: these reports are often about a detention or killing months before) and
  that are of the violation's kind. *Strict* candidates realise it: their ACLED/PLOVER
  type is one of the violation's, or their trigger belongs to its word family ("detained",
  "jailed" for arbitrary detention; "abducted", "missing" for kidnapping). *Loose*
  candidates only have such a word in their sentence ("visited her in jail"); they count
  only when no strict candidate has a day. Where the annotators name no specific violation
  (only "other" or "unknown"), every violation against a defender qualifies;
- of the candidates with a day read from the text, those whose date is not background
  (not inside a "since"/"after"/"following" phrase: "detained 2,900 people since the Feb. 1
  coup" gives the coup's day, not the detentions') come first, and of those the earliest
  day: the violation precedes what the report is written about (charges, a trial, bail, a
  release, a statement), and ties go to the more salient event (``Event.salience``), then
  to the first in the text;
- without a day, the earliest strict candidate dated to a week or month that ended before
  the publication month ("arrested in April 2018" in a 2020 report);
- without one, the earliest event of another violation's kind with a day read from the
  text: where the report dates the named violation to no day, another violation it does
  date is the nearest evidence ("was arrested on July 27, 2012 at a protest. He was
  beaten and tortured in custody" dates the torture by the arrest that began it);
- without one, the earliest ``new`` event of any kind with a day read from the text, by
  the same order: where the report never dates the violation itself, the story's own dated
  events are the nearest evidence of when it happened (a guard "foiled an abduction at the
  market on Monday" leaves the abduction negated, yet Monday is the story's day, not the
  day the report came out);
- without one, the first loose candidate, else the first ``new`` event.

The article's main event by salience alone is not the answer: on the training split,
taking the most salient candidate first dated fewer gold events (the headline is often
the trial, the bail or the release, while the gold event is the violation before them).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from tacitus.mentions.date_background import background_phrase
from tacitus.records import Event

__all__ = ["primary_event", "violation_family", "wanted_violations"]

# Gold violation type -> ACLED sub-event types and PLOVER events that realise it.
_VIOLATION_TYPES: Mapping[str, frozenset[str]] = {
    "killing": frozenset({"Attack", "Armed clash", "Mob violence", "ASSAULT", "Air/drone strike"}),
    "kidnapping": frozenset({"Abduction/forced disappearance"}),
    "enforced disappearance": frozenset({"Abduction/forced disappearance"}),
    "arbitrary detention": frozenset({"Arrests"}),
    "torture": frozenset({"Attack", "ASSAULT"}),
}
# Gold violation type -> word family of its triggers (lemmas) and of its sentences (stems).
_FAMILIES: Mapping[str, str] = {
    "killing": r"kill|murder|shot|shoot|assassinat|death|dead|died|massacre|execut|stabb|lynch",
    "arbitrary detention": r"detain|detention|arrest|jail|imprison|custody|sentenc|convict|prison",
    "kidnapping": r"kidnap|abduct|disappear|missing|hostage",
    "enforced disappearance": r"disappear|abduct|kidnap|missing|detain|arrest",
    "torture": r"tortur|beat|abus|rape|assault",
    "other": r"attack|threat|harass|assault|raid|beat|injur|wound|deport|expel|charg",
}
_SPECIFIC = ("killing", "arbitrary detention", "kidnapping", "enforced disappearance", "torture")
_UNREAL = frozenset({"future", "hypothetical", "negated"})
_COARSE = frozenset({"week", "month"})


def wanted_violations(violations: Sequence[str]) -> tuple[str, ...]:
    """The gold violation types, widened to every specific one when none is named."""
    if any(v in _SPECIFIC for v in violations):
        return tuple(violations)
    return (*violations, *_SPECIFIC)


def violation_family(violations: Iterable[str]) -> re.Pattern[str] | None:
    """The word family of the violation types (None when none has one)."""
    stems = [_FAMILIES[v] for v in violations if v in _FAMILIES]
    return re.compile(rf"\b(?:{'|'.join(stems)})", re.IGNORECASE) if stems else None


def _realises(event: Event, violations: Iterable[str]) -> bool:
    wanted = set().union(*(_VIOLATION_TYPES.get(v, frozenset()) for v in violations))
    names = {event.plover.event}
    if event.acled is not None:
        names.add(event.acled.sub_event_type)
    return bool(names & wanted)


def _strict(event: Event, violations: Sequence[str], family: re.Pattern[str] | None) -> bool:
    """The event's type realises a violation type, or its trigger is of its family."""
    if _realises(event, violations):
        return True
    words = (event.trigger.lemma, event.trigger.text) if event.trigger else ()
    return family is not None and any(family.match(w) for w in words)


def _loose(event: Event, violations: Sequence[str], family: re.Pattern[str] | None) -> bool:
    """Strict, or a word of the violation's family in the event's sentence."""
    if _strict(event, violations, family):
        return True
    return family is not None and bool(family.search(event.summary or ""))


def _position(event: Event) -> int:
    return event.trigger.span[0] if event.trigger else 0


def _day_from_text(event: Event) -> bool:
    return event.date.from_text and event.date.precision == "day"


def _background_date(event: Event, text: str) -> bool:
    """The event's date sits in a "since"/"after" phrase ("since the Feb. 1 coup")."""
    span = event.date.span
    if not text or span is None or not event.date.from_text:
        return False
    return background_phrase(text, *span) is not None


def _earliest(events: Sequence[Event], text: str) -> Event:
    return min(
        events,
        key=lambda e: (
            _background_date(e, text),
            e.date.start,
            -(e.salience or 0.0),
            _position(e),
        ),
    )


def _older_coarse(event: Event, published: str) -> bool:
    """Dated from the text to a week or month that ended before the publication month."""
    coarse = event.date.from_text and event.date.precision in _COARSE
    return coarse and event.date.end < published[:8] + "01"


def _other_violations(events: Sequence[Event], violations: Sequence[str]) -> list[Event]:
    """The events with a day read from the text that realise a violation of any kind."""
    every = (*violations, *_SPECIFIC)
    family = violation_family(every)
    return [e for e in events if _day_from_text(e) and _strict(e, every, family)]


def primary_event(
    events: Sequence[Event],
    violations: Sequence[str],
    *,
    text: str = "",
    published: str | None = None,
) -> Event | None:
    """The event whose date answers for the article, by the rules of the module docstring.

    ``text`` is the article's text, where the background cues of event dates are read;
    ``published`` its publication date (ISO), below which a coarse date counts as older.
    """
    violations = wanted_violations(violations)
    family = violation_family(violations)
    real = [e for e in events if e.status not in _UNREAL]
    strict = [e for e in real if _strict(e, violations, family)]
    loose = [e for e in real if _loose(e, violations, family)]
    for tier in (strict, loose):
        dated = [e for e in tier if _day_from_text(e)]
        if dated:
            return _earliest(dated, text)
    if published is not None:
        older = [e for e in strict if _older_coarse(e, published)]
        if older:
            return _earliest(older, text)
    other = _other_violations(real, violations)
    if other:
        return _earliest(other, text)
    story = [e for e in events if e.status == "new" and _day_from_text(e)]
    if story:
        return _earliest(story, text)
    if loose:
        return min(loose, key=_position)
    new = [e for e in events if e.status == "new"]
    return min(new, key=_position, default=None)
