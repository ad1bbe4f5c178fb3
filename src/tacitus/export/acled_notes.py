"""The generated ``notes`` and ``tags`` text of an ACLED row, and the fatality figure.

ACLED notes are a short description of the event that also carries what the columns cannot:
injuries, who claimed a figure and whether it was verified, disputed tolls and crowd size.
"""

from __future__ import annotations

from tacitus.records.event import Claim, Count, Event

_COUNT_WORDS: dict[str, str] = {
    "fatalities": "killed",
    "injured": "injured",
    "arrested": "arrested",
    "abducted": "abducted",
    "displaced": "displaced",
    "participants": "took part",
}
_VAGUE_QUANTITIES = frozenset(
    {"tens", "dozens", "scores", "hundreds", "thousands", "several", "many", "a few"}
)
_CROWD_EVENT_TYPES = frozenset({"Protests", "Riots"})


def count_value(count: Count) -> int | None:
    """The single figure of a count: best, else low, else high."""
    for value in (count.best, count.low, count.high):
        if value is not None:
            return value
    return None


def count_phrase(count: Count) -> str:
    """A count as a reader would say it: "at least 62", "dozens", "10-20", "6000"."""
    value = count_value(count)
    hedge = (count.hedge or "").strip()
    if hedge and (hedge.lower() in _VAGUE_QUANTITIES or value is None):
        return hedge
    if hedge:
        return f"{hedge} {value}"
    if count.low is not None and count.high is not None and count.low != count.high:
        return f"{count.low}-{count.high}"
    if count.best is None and count.low is not None:
        return f"at least {count.low}"
    if count.best is None and count.high is not None:
        return f"up to {count.high}"
    return "" if value is None else str(value)


def conservative_fatalities(event: Event) -> int:
    """ACLED's fatality figure: the most conservative reported count, else 0. A running
    total ("20 have died since the protests began") is no death of this event."""
    count = event.counts.get("fatalities")
    if count is None or count.cumulative:
        return 0
    if count.low is not None:
        return count.low
    return count.best if count.best is not None else 0


def acled_notes(event: Event) -> str:
    """A short description: the summary, sourced claims, other counts and crowd size."""
    sentences = [_sentence(event.summary or _fallback_description(event))]
    claimed = {claim.field for claim in event.claims if claim.value is not None}
    sentences += [
        _claim_sentence(claim, event) for claim in event.claims if claim.value is not None
    ]
    sentences += _count_sentences(event, exclude=claimed)
    return " ".join(s for s in sentences if s)


def acled_tags(event: Event) -> str:
    """Structured extras, ``; ``-joined: the crowd size ("no report" for unsized protests)."""
    participants = event.counts.get("participants")
    phrase = count_phrase(participants) if participants is not None else ""
    if phrase:
        return f"crowd size={phrase}"
    if event.acled is not None and event.acled.event_type in _CROWD_EVENT_TYPES:
        return "crowd size=no report"
    return ""


def _fallback_description(event: Event) -> str:
    kind = event.acled.sub_event_type.lower() if event.acled else event.plover.event.lower()
    names = [a.name for a in event.actors if a.role in ("actor1", "actor2")]
    text = f"On {event.date.start}, {kind}"
    if names:
        text += " involving " + " and ".join(names)
    if event.location is not None:
        text += f" in {event.location.name}"
    return text


def _claim_sentence(claim: Claim, event: Event) -> str:
    source = claim.claimed_by + (" (unnamed source)" if claim.anonymous else "")
    word = _COUNT_WORDS.get(claim.field)
    if word is not None and isinstance(claim.value, int):
        count = _count_for(event, claim.field)
        same = count is not None and count_value(count) == claim.value
        what = f"{count_phrase(count) if same and count else claim.value} {word}"
    else:
        what = f"{claim.field.replace('_', ' ')}: {claim.value}"
    caveat = " (not independently verified)" if claim.verified is False else ""
    return f"According to {source}, {what}{caveat}."


def _count_sentences(event: Event, *, exclude: set[str]) -> list[str]:
    sentences: list[str] = []
    fatalities = event.counts.get("fatalities")
    if fatalities and fatalities.low is not None and fatalities.high not in (None, fatalities.low):
        sentences.append(f"Reported fatalities range from {fatalities.low} to {fatalities.high}.")
    for kind in ("injured", "arrested", "abducted", "displaced"):
        count = event.counts.get(kind)
        if count is not None and kind not in exclude and count_phrase(count):
            sentences.append(_sentence(f"{count_phrase(count)} {_COUNT_WORDS[kind]}"))
    participants = event.counts.get("participants")
    if participants is not None and "participants" not in exclude and count_phrase(participants):
        sentences.append(f"Crowd size: {count_phrase(participants)}.")
    return sentences


def _count_for(event: Event, field: str) -> Count | None:
    return next((count for kind, count in event.counts.items() if kind == field), None)


def _sentence(text: str) -> str:
    text = text.strip()
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."
