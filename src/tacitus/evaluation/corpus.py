"""Evaluate on the bundled sample corpus against its hand-written expected events."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from tacitus.errors import EvaluationError
from tacitus.evaluation.gold_files import read_json_object
from tacitus.evaluation.matching import Gold, match_events
from tacitus.evaluation.scorecard import Scorecard
from tacitus.ingest import LoadFailure, iter_articles
from tacitus.pipeline import Pipeline
from tacitus.records import Article, Event

_COUNT_FIELDS = ("fatalities", "injured", "arrested", "participants")


def load_expected(folder: Path) -> dict[str, list[Gold]]:
    """``_expected.json`` of a sample folder: file key -> expected events."""
    return read_json_object(folder / "_expected.json")


def article_key(article: Article) -> str:
    """The _expected.json key of an article: its file name, plus ``#id`` inside JSON Lines."""
    name = Path((article.path or "").split(":")[0]).name
    return f"{name}#{article.id}" if name.endswith(".jsonl") else name


def extract_folder(folder: Path, *, pipeline: Pipeline) -> dict[str, list[Event]]:
    """Events of every sample article, keyed as in _expected.json."""
    articles = [a for a in iter_articles([folder]) if not isinstance(a, LoadFailure)]
    found: dict[str, list[Event]] = {}
    for result in pipeline.pipe(articles):
        if result.error is not None:
            raise EvaluationError(f"sample {result.article.id} failed: {result.error}")
        found[article_key(result.article)] = result.events
    return found


def _count_value(count: Mapping[str, Any] | None) -> int | None:
    return None if count is None else count.get("best")


def _score_pair(card_rows: dict[str, list[int]], gold: Gold, event: Event) -> dict[str, object]:
    """Tally the fields of a matched pair; return the fields it got wrong, each with the
    gold value and the system's."""
    acled = event.acled
    place = event.location
    actor1 = event.actor("actor1")
    checks: dict[str, tuple[bool, object, object]] = {
        "sub_event_type": (
            acled is not None and acled.sub_event_type == gold.get("sub_event_type"),
            gold.get("sub_event_type"),
            acled.sub_event_type if acled is not None else None,
        ),
        "country": (
            place is not None and place.country == gold.get("country"),
            gold.get("country"),
            place.country if place is not None else None,
        ),
        "actor1": (
            actor1 is not None and actor1.name == gold.get("actor1"),
            gold.get("actor1"),
            actor1.name if actor1 is not None else None,
        ),
        "location": (
            _same_place(gold.get("location"), event),
            gold.get("location"),
            place.name if place is not None else None,
        ),
    }
    for field in _COUNT_FIELDS:
        want = _count_value(gold.get(field))
        got = event.counts.get(field)  # type: ignore[call-overload]
        if got is not None and got.cumulative:
            got = None  # a running total is no figure of this event, as in every export
        if want is not None or got is not None:
            best = got.best if got is not None else None
            checks[f"{field} best"] = (got is not None and best == want, want, best)
    wrong: dict[str, object] = {}
    for name, (ok, gold_value, have) in checks.items():
        card_rows.setdefault(name, [0, 0])
        card_rows[name][0] += int(ok)
        card_rows[name][1] += 1
        if not ok:
            wrong[name] = {"gold": gold_value, "system": have}
    return wrong


def _summary(event: Event) -> str:
    """A system event told in a line: its type, its trigger and its first actor."""
    kind = event.acled.sub_event_type if event.acled is not None else event.plover.event
    actor = event.actor("actor1")
    trigger = event.trigger.text if event.trigger is not None else ""
    return f"{kind}: {trigger!r} by {actor.name if actor is not None else 'no one named'}"


def _folded(name: str) -> str:
    """A place name compared without case and accents ("Bogotá" is "bogota")."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


def _same_place(want: object, event: Event) -> bool:
    """The event's location is the gold's place: its gazetteer name or the text it was
    read from names it."""
    place = event.location
    if not isinstance(want, str) or place is None:
        return False
    names = {_folded(place.name)} | ({_folded(place.text)} if place.text else set())
    return _folded(want) in names


def _is_acled_gold(gold: Gold) -> bool:
    return gold.get("sub_event_type") is not None


def _detection(
    card: Scorecard,
    expected: Mapping[str, Sequence[Gold]],
    found: Mapping[str, Sequence[Event]],
    *,
    acled: bool,
    fields: dict[str, list[int]],
) -> None:
    label = "ACLED events" if acled else "statements"
    hits = gold_total = system_total = 0
    for key, gold_events in expected.items():
        gold = [
            g for g in gold_events if g.get("status", "new") == "new" and _is_acled_gold(g) == acled
        ]
        system = [
            e for e in found.get(key, []) if e.status == "new" and (e.acled is not None) == acled
        ]
        gold_total += len(gold)
        system_total += len(system)
        pairs = match_events(gold, system)
        for item, event in pairs:
            detail: dict[str, object] = {
                "article": key,
                "gold": item.get("summary"),
                "matched": event.event_id if event else None,
            }
            if event is not None:
                hits += 1
                if acled and (wrong := _score_pair(fields, item, event)):
                    detail["wrong"] = wrong
            card.details.append(detail)
        matched = {event.event_id for _, event in pairs if event is not None}
        card.details.extend(
            {"article": key, "unmatched": e.event_id, "system": _summary(e)}
            for e in system
            if e.event_id not in matched
        )
    card.add(f"{label}: recall", hits, gold_total, note="gold 'new' events found (same day, type)")
    card.add(f"{label}: precision", hits, system_total, note="system 'new' events matching gold")


def score(
    expected: Mapping[str, Sequence[Gold]], found: Mapping[str, Sequence[Event]]
) -> Scorecard:
    """Event detection (ACLED events and statements apart) and field accuracy."""
    card = Scorecard(dataset="samples", task="end-to-end extraction")
    fields: dict[str, list[int]] = {}
    _detection(card, expected, found, acled=True, fields=fields)
    _detection(card, expected, found, acled=False, fields=fields)
    for name, (ok, total) in fields.items():
        card.add(f"{name} accuracy", ok, total, note="over matched ACLED events")
    return card
