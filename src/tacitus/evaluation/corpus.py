"""Evaluate on the bundled sample corpus against its hand-written expected events."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from tacitus.errors import EvaluationError
from tacitus.evaluation.matching import Gold, match_events
from tacitus.evaluation.scorecard import Scorecard
from tacitus.ingest import LoadFailure, iter_articles
from tacitus.pipeline import Pipeline
from tacitus.records import Article, Event

_COUNT_FIELDS = ("fatalities", "injured", "arrested", "participants")


def load_expected(folder: Path) -> dict[str, list[Gold]]:
    """``expected.json`` of a sample folder: file key -> expected events."""
    path = folder / "expected.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise EvaluationError(f"cannot read {path}: {exc}") from exc
    if not isinstance(data, dict):
        raise EvaluationError(f"{path} must hold an object keyed by sample file")
    return data


def article_key(article: Article, folder: Path) -> str:
    """The expected.json key of an article: its file name, plus ``#id`` inside JSON Lines."""
    name = Path((article.path or "").split(":")[0]).name
    return f"{name}#{article.id}" if name.endswith(".jsonl") else name


def extract_folder(folder: Path, *, pipeline: Pipeline) -> dict[str, list[Event]]:
    """Events of every sample article, keyed as in expected.json."""
    articles = [a for a in iter_articles([folder]) if not isinstance(a, LoadFailure)]
    found: dict[str, list[Event]] = {}
    for result in pipeline.pipe(articles):
        if result.error is not None:
            raise EvaluationError(f"sample {result.article.id} failed: {result.error}")
        found[article_key(result.article, folder)] = result.events
    return found


def _count_value(count: Mapping[str, Any] | None) -> int | None:
    return None if count is None else count.get("best")


def _score_pair(card_rows: dict[str, list[int]], gold: Gold, event: Event) -> None:
    acled = event.acled
    checks = {
        "sub_event_type": acled is not None and acled.sub_event_type == gold.get("sub_event_type"),
        "country": event.location is not None and event.location.country == gold.get("country"),
        "actor1": (a := event.actor("actor1")) is not None and a.name == gold.get("actor1"),
    }
    for field in _COUNT_FIELDS:
        want = _count_value(gold.get(field))
        got = event.counts.get(field)  # type: ignore[call-overload]
        if want is not None or got is not None:
            checks[f"{field} best"] = got is not None and got.best == want
    for name, ok in checks.items():
        card_rows.setdefault(name, [0, 0])
        card_rows[name][0] += int(ok)
        card_rows[name][1] += 1


def score(
    expected: Mapping[str, Sequence[Gold]], found: Mapping[str, Sequence[Event]]
) -> Scorecard:
    """Event detection and field accuracy over the articles of ``expected``."""
    card = Scorecard(dataset="samples", task="end-to-end extraction")
    fields: dict[str, list[int]] = {}
    hits = gold_total = system_total = 0
    for key, gold_events in expected.items():
        new_gold = [g for g in gold_events if g.get("status", "new") == "new"]
        system = [e for e in found.get(key, []) if e.status == "new"]
        gold_total += len(new_gold)
        system_total += len(system)
        for gold, event in match_events(new_gold, system):
            card.details.append(
                {
                    "article": key,
                    "gold": gold.get("summary"),
                    "matched": event.event_id if event else None,
                }
            )
            if event is not None:
                hits += 1
                _score_pair(fields, gold, event)
    card.add("event recall", hits, gold_total, note="gold 'new' events found (same day and type)")
    card.add("event precision", hits, system_total, note="system 'new' events that match gold")
    for name, (ok, total) in fields.items():
        card.add(f"{name} accuracy", ok, total, note="over matched events")
    return card
