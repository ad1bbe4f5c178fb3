"""Event dates on HRDsAttack (dataminr-ai/HRDsAttack, MIT): full news articles, one gold event.

Each article is run through the whole pipeline with its publication date. The gold event
is the one the annotators describe (a killing, detention, kidnapping, ...); the system's
answer for it is its *primary* event, chosen the way a coder reads a human-rights report
(:func:`primary_event`):

- the candidates are the events that happened (not future, hypothetical or negated; old
  ones count: these reports are often about a detention or killing months before) and
  that are of the violation's kind: the ACLED/PLOVER type realises a gold violation type,
  or the trigger or its sentence belongs to the violation's word family ("detained",
  "jailed" for arbitrary detention; "abducted", "missing" for kidnapping); where the
  annotators name no specific violation (only "other" or "unknown"), every violation
  against a defender qualifies (killing, detention, kidnapping, disappearance, torture):
  the gold event is always an attack on one;
- among them, those with a day read from the text come first; then those whose date is
  not background, i.e. not inside a "since"/"after"/"following" phrase ("detained 2,900
  people since the Feb. 1 coup": the coup's day, not the detentions'); and of those the
  earliest day: the violation precedes what the report is written about (charges, a trial,
  bail, a release, a statement); ties go to the first in the text;
- without a candidate, the first ``new`` event; without one, the publication date.

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
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tacitus.evaluation.gold_files import read_json_array
from tacitus.evaluation.scorecard import Scorecard
from tacitus.mentions.date_background import background_phrase
from tacitus.records import Article, Event

__all__ = ["GoldDate", "HrdsItem", "load_hrdsattack", "primary_event", "score_dates"]

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_TAG = re.compile(r"<[^>]+>")
_PARAGRAPH = re.compile(r"</p>\s*<p>|<br\s*/?>", re.IGNORECASE)
# Gold violation type -> ACLED sub-event types and PLOVER events that realise it.
_VIOLATION_TYPES: Mapping[str, frozenset[str]] = {
    "killing": frozenset({"Attack", "Armed clash", "Mob violence", "ASSAULT", "Air/drone strike"}),
    "kidnapping": frozenset({"Abduction/forced disappearance"}),
    "enforced disappearance": frozenset({"Abduction/forced disappearance"}),
    "arbitrary detention": frozenset({"Arrests"}),
    "torture": frozenset({"Attack", "ASSAULT"}),
}


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


# Gold violation type -> word family of its triggers (lemmas) and of its sentences (stems).
_FAMILIES: Mapping[str, str] = {
    "killing": r"kill|murder|shot|shoot|assassinat|death|dead|died|massacre|execut|stabb|lynch",
    "arbitrary detention": r"detain|detention|arrest|jail|imprison|custody|sentenc|convict|prison",
    "kidnapping": r"kidnap|abduct|disappear|missing|hostage",
    "enforced disappearance": r"disappear|abduct|kidnap|missing|detain|arrest",
    "torture": r"tortur|beat|abus|rape|assault",
    "other": r"attack|threat|harass|assault|raid|beat|injur|wound|deport|expel|charg",
}
_UNREAL = frozenset({"future", "hypothetical", "negated"})


def _family(violations: Iterable[str]) -> re.Pattern[str] | None:
    stems = [_FAMILIES[v] for v in violations if v in _FAMILIES]
    return re.compile(rf"\b(?:{'|'.join(stems)})", re.IGNORECASE) if stems else None


def _of_kind(event: Event, violations: Sequence[str], family: re.Pattern[str] | None) -> bool:
    """The event realises a violation type, or its trigger or sentence is of its family."""
    if _matches(event, violations):
        return True
    if family is None:
        return False
    words = (event.trigger.lemma, event.trigger.text) if event.trigger else ()
    return any(family.match(w) for w in words) or bool(family.search(event.summary or ""))


def _day_from_text(event: Event) -> bool:
    return event.date.from_text and event.date.precision == "day"


def _position(event: Event) -> int:
    return event.trigger.span[0] if event.trigger else 0


def _matches(event: Event, violations: Iterable[str]) -> bool:
    wanted = set().union(*(_VIOLATION_TYPES.get(v, frozenset()) for v in violations))
    names = {event.plover.event}
    if event.acled is not None:
        names.add(event.acled.sub_event_type)
    return bool(names & wanted)


_SPECIFIC = ("killing", "arbitrary detention", "kidnapping", "enforced disappearance", "torture")


def _wanted(violations: Sequence[str]) -> tuple[str, ...]:
    """The gold violation types, widened to every specific one when none is named."""
    if any(v in _SPECIFIC for v in violations):
        return tuple(violations)
    return (*violations, *_SPECIFIC)


def _background_date(event: Event, text: str) -> bool:
    """The event's date sits in a "since"/"after" phrase ("since the Feb. 1 coup")."""
    span = event.date.span
    if not text or span is None or not event.date.from_text:
        return False
    return background_phrase(text, *span) is not None


def primary_event(
    events: Sequence[Event], violations: Sequence[str], *, text: str = ""
) -> Event | None:
    """The event the article is about, by the rules of the module docstring.

    ``text`` is the article's text, where the background cues of event dates are read.
    """
    violations = _wanted(violations)
    family = _family(violations)
    candidates = [e for e in events if e.status not in _UNREAL and _of_kind(e, violations, family)]
    if candidates:
        return min(
            candidates,
            key=lambda e: (
                not _day_from_text(e),
                _background_date(e, text),
                e.date.start if _day_from_text(e) else "",
                _position(e),
            ),
        )
    new = [e for e in events if e.status == "new"]
    return min(new, key=_position, default=None)


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
        event = primary_event(events, item.violations, text=item.article.text)
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
        "reason": event.date.reason if event else "no new event: publication date",
    }
