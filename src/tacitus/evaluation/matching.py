"""Match system events to gold events of one article, one to one."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from tacitus.gazetteer.normalize import fold_ascii
from tacitus.records import Event

Gold = Mapping[str, Any]


def _score(gold: Gold, event: Event) -> int:
    if event.date.start != gold.get("date") and not (
        event.date.start <= str(gold.get("date")) <= event.date.end
    ):
        return 0
    score = 1
    acled = event.acled
    if acled is not None and acled.event_type == gold.get("event_type"):
        score += 2
        score += acled.sub_event_type == gold.get("sub_event_type")
    elif event.plover.event == gold.get("plover"):
        score += 1
    else:
        return 0
    location = event.location
    score += location is not None and location.country == gold.get("country")
    return score + _same_place(event, gold)


def _same_place(event: Event, gold: Gold) -> bool:
    """The gold place is the event's, or the district or region it lies in (accents and
    case aside): which of two protests of one day is the one in Nairobi (at parliament)
    and which the one in Mombasa."""
    location = event.location
    wanted = fold_ascii(str(gold.get("location") or ""))
    if location is None or not wanted:
        return False
    names = (location.name, location.text, location.admin2, location.admin1)
    return wanted in {fold_ascii(n) for n in names if n}


def match_events(gold: Sequence[Gold], system: Sequence[Event]) -> list[tuple[Gold, Event | None]]:
    """Each gold event with the best unused system event of the same day and type."""
    used: set[str] = set()
    pairs: list[tuple[Gold, Event | None]] = []
    for item in gold:
        candidates = [(e, _score(item, e)) for e in system if e.event_id not in used]
        candidates = [(e, s) for e, s in candidates if s > 0]
        if not candidates:
            pairs.append((item, None))
            continue
        best = max(candidates, key=lambda pair: pair[1])[0]
        used.add(best.event_id)
        pairs.append((item, best))
    return pairs
