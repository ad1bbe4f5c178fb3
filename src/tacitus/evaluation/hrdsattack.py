"""Event dates on HRDsAttack (dataminr-ai/HRDsAttack, MIT): full news articles, one gold event.

Each article is run through the whole pipeline with its publication date. The gold event
is the one the annotators describe (a killing, detention, kidnapping, ...); the system's
answer for it is the event :func:`~tacitus.evaluation.hrds_primary.primary_event` picks:
the earliest dated event of the violation's kind, as a coder reads a human-rights report
(see that module).

Scores:

- exact day: the primary event starts on the gold day (over gold events with a day);
- month: the primary event starts in the gold year and month (over gold with a month);
- year: the primary event starts in the gold year (over all gold events);
- the same three for the publication-date baseline, and an "any event" ceiling: some
  event of the article (any status) has a date window holding the gold day.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tacitus.evaluation.gold_files import read_json_array
from tacitus.evaluation.hrds_primary import primary_event
from tacitus.evaluation.scorecard import Scorecard
from tacitus.records import Article, Event

__all__ = ["GoldDate", "HrdsItem", "load_hrdsattack", "primary_event", "score_dates"]

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_TAG = re.compile(r"<[^>]+>")
_PARAGRAPH = re.compile(r"</p>\s*<p>|<br\s*/?>", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class GoldDate:
    """The annotated date of an event: year always, month and day when known."""

    year: int | None
    month: int | None
    day: int | None

    def as_date(self) -> dt.date | None:
        """The gold day as a date, when year, month and day are all known."""
        if self.year is None or self.month is None or self.day is None:
            return None
        try:
            return dt.date(self.year, self.month, self.day)
        except ValueError:
            return None


@dataclass(frozen=True, slots=True)
class HrdsItem:
    """One article with its gold event date and violation types."""

    article: Article
    gold: GoldDate
    violations: tuple[str, ...]


def _number(value: object) -> int | None:
    if value is None:
        return None
    try:
        return int(float(str(value)))
    except ValueError:
        return None


def _month(value: object) -> int | None:
    """A gold month: "02", "2.0", "December" or a misspelt name ("Novermber")."""
    number = _number(value)
    if number is not None:
        return number if 1 <= number <= 12 else None
    prefix = str(value or "").strip().lower()[:3]
    return _MONTHS.index(prefix) + 1 if prefix in _MONTHS else None


def article_text(markup: str) -> str:
    """Plain text of the HTML paragraphs: one blank line between paragraphs."""
    text = _PARAGRAPH.sub("\n\n", markup)
    return html.unescape(_TAG.sub("", text)).strip()


def _item(index: int, record: Mapping[str, Any]) -> HrdsItem:
    sample = record["sample"]
    gold = record["annotations"][0]["annotation"]
    published = dt.date.fromisoformat(str(sample["Input.publish_date"])[:10])
    article = Article(
        id=f"hrds-{index:03d}",
        text=article_text(str(sample["Input.article_interface"])),
        title=sample.get("Input.title"),
        published=published,
    )
    date = GoldDate(_number(gold.get("year")), _month(gold.get("month")), _number(gold.get("date")))
    return HrdsItem(article, date, tuple(gold.get("violation_types") or ()))


def load_hrdsattack(
    folder: Path, *, split: str = "dev", limit: int | None = None
) -> list[HrdsItem]:
    """The articles of one split (``train``, ``dev`` or ``test``) with their gold dates."""
    path = folder / f"{split}.json"
    records = read_json_array(path)
    items = [_item(i, r) for i, r in enumerate(records) if r.get("annotations")]
    return items[:limit] if limit is not None else items


def _holds(event: Event, day: dt.date) -> bool:
    return event.date.start <= day.isoformat() <= event.date.end


@dataclass(slots=True)
class _Tally:
    hits: dict[str, int]
    totals: dict[str, int]

    def add(self, name: str, ok: bool) -> None:
        self.hits[name] = self.hits.get(name, 0) + int(ok)
        self.totals[name] = self.totals.get(name, 0) + 1


def _score_one(tally: _Tally, item: HrdsItem, start: dt.date, *, prefix: str) -> None:
    gold = item.gold
    if gold.as_date() is not None:
        tally.add(f"{prefix}exact day", start == gold.as_date())
    if gold.year is not None and gold.month is not None:
        tally.add(f"{prefix}month", (start.year, start.month) == (gold.year, gold.month))
    if gold.year is not None:
        tally.add(f"{prefix}year", start.year == gold.year)


def score_dates(items: Sequence[HrdsItem], found: Sequence[Sequence[Event]]) -> Scorecard:
    """Scorecard of event-date accuracy, system against the publication-date baseline."""
    card = Scorecard(dataset="hrdsattack", task="event dates")
    tally = _Tally({}, {})
    for item, events in zip(items, found, strict=True):
        published = item.article.published
        if published is None:
            continue
        event = primary_event(
            events, item.violations, text=item.article.text, published=published.isoformat()
        )
        start = dt.date.fromisoformat(event.date.start) if event is not None else published
        _score_one(tally, item, start, prefix="")
        _score_one(tally, item, published, prefix="baseline (publication date): ")
        gold_day = item.gold.as_date()
        if gold_day is not None:
            tally.add(
                "ceiling: some event holds the gold day", any(_holds(e, gold_day) for e in events)
            )
        card.details.append(_detail(item, event))
    notes = {"exact day": "primary event", "month": "year and month", "year": "year only"}
    for name, total in tally.totals.items():
        note = next((v for k, v in notes.items() if name.endswith(k)), "")
        card.add(name, tally.hits[name], total, note=note)
    return card


def _detail(item: HrdsItem, event: Event | None) -> dict[str, object]:
    gold = item.gold
    return {
        "article": item.article.id,
        "published": str(item.article.published),
        "gold": f"{gold.year}-{gold.month}-{gold.day}",
        "system": event.date.start if event else None,
        "text": event.date.text if event else None,
        "trigger": event.trigger.text if event and event.trigger else None,
        "reason": event.date.reason if event else "no new event: publication date",
    }
