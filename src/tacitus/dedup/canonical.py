"""The canonical event of several reports, derived by explicit rules.

- Reports of the event itself ("new") decide the fields; background mentions only add
  their claims and evidence, so they are never counted again.
- Date: one the text gives before a stand-in (dateline or publication) date, then the
  most precise (ties: the earliest report). Location: the most precise reported.
- Actors: the union, named actors before unidentified ones in each role.
- Counts: ``low`` the smallest figure reported (ACLED's conservative fatalities),
  ``high`` the largest, ``best`` the lower median of the reports' best figures (UCDP's
  low/best/high across sources); the text and span are those of the smallest figure.
- Claims: every report's claims, plus one claim per report and count, naming who said it.
- UCDP low/best/high fatalities: one report keeps its own estimate, deaths by side
  included; several, the lowest, median and highest of every fatality claim and figure
  (running totals only when nothing else gives a toll), and where every report that
  gives a toll splits it by side, each side's lower median, summed for best.
- Evidence: every report's; evidence, counts, claims and actors each name their article.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from tacitus.dedup.profile import is_generic_actor
from tacitus.records.event import (
    ActorRef,
    Claim,
    Count,
    CountKind,
    Event,
    EventDate,
    Evidence,
    Location,
    UcdpEstimate,
)

_T = TypeVar("_T")
_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


@dataclass(frozen=True, slots=True)
class Report:
    """One article's event, as linked to a canonical event."""

    article_id: str
    event: Event


def derive(canonical_id: str, reports: Sequence[Report]) -> Event:
    """The canonical event of ``reports`` (in the order they joined); one report is itself."""
    if not reports:
        raise ValueError("a canonical event needs at least one report")
    if len(reports) == 1:
        event = reports[0].event
        ucdp = event.ucdp or ucdp_estimate(event)
        return event.model_copy(update={"event_id": canonical_id, "ucdp": ucdp})
    tagged = [Report(r.article_id, _tag_spans(r.event, r.article_id)) for r in reports]
    core = [r for r in tagged if r.event.status == "new"] or tagged
    primary = core[0].event
    merged = primary.model_copy(
        update={
            "event_id": canonical_id,
            "article_ids": _unique(a for r in reports for a in r.event.article_ids),
            "status": primary.status,
            "date": min((r.event.date for r in core), key=_date_key),
            "location": _location(core),
            "other_locations": _other_locations(core),
            "actors": _actors(core),
            "counts": _counts(core),
            "claims": _claims(tagged, core),
            "evidence": _evidence(reports),
            "confidence": max(r.event.confidence for r in reports),
        }
    )
    estimate = ucdp_estimate(merged)
    return merged.model_copy(update={"ucdp": _by_side(estimate, core)})


_SIDES = ("deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown")


def _by_side(estimate: UcdpEstimate | None, core: Sequence[Report]) -> UcdpEstimate | None:
    """The estimate with deaths by side, where every report that gives a toll splits it
    by side: each side's lower median over the reports, their sum the best figure (kept
    only when it lies between the estimate's low and high)."""
    tolls = [r.event.ucdp for r in core if r.event.ucdp is not None]
    if estimate is None or not tolls:
        return estimate
    split = [t for t in tolls if any(getattr(t, side) is not None for side in _SIDES)]
    if len(split) != len(tolls):
        return estimate
    sides: dict[str, int | None] = {}
    for side in _SIDES:
        values = sorted(v for t in split if (v := getattr(t, side)) is not None)
        sides[side] = values[(len(values) - 1) // 2] if values else None
    best = sum(v or 0 for v in sides.values())
    low = estimate.low if estimate.low is not None else best
    high = estimate.high if estimate.high is not None else best
    if not low <= best <= high:
        return estimate
    return estimate.model_copy(update={"best": best, **sides})


def ucdp_estimate(event: Event) -> UcdpEstimate | None:
    """UCDP's low/best/high fatalities over the event's fatality count and claims.

    Low is the smallest figure anyone gives, high the largest; best is the lower median
    of the distinct claimed figures when two or more disagree, else the count's best.
    None when nobody gives a fatality figure.
    """
    claimed = sorted(
        {
            c.value
            for c in event.claims
            if c.field == "fatalities"
            and isinstance(c.value, int)
            and not isinstance(c.value, bool)
        }
    )
    count = event.counts.get("fatalities")
    own = [] if count is None else [v for v in (count.low, count.best, count.high) if v is not None]
    figures = sorted(claimed + own)
    if not figures:
        return None
    if len(claimed) >= 2:
        best = claimed[(len(claimed) - 1) // 2]
    elif count is not None and count.best is not None:
        best = count.best
    else:
        best = figures[(len(figures) - 1) // 2]
    return UcdpEstimate(low=figures[0], best=best, high=figures[-1])


def _tag_spans(event: Event, article_id: str) -> Event:
    """The event with every count, claim and actor naming the article its span is in."""
    return event.model_copy(
        update={
            "actors": [_tagged(a, article_id) for a in event.actors],
            "counts": {k: _tagged(c, article_id) for k, c in event.counts.items()},
            "claims": [_tagged(c, article_id) for c in event.claims],
        }
    )


_Spanned = TypeVar("_Spanned", ActorRef, Count, Claim)


def _tagged(item: _Spanned, article_id: str) -> _Spanned:
    return item if item.article_id else item.model_copy(update={"article_id": article_id})


def _unique(items: Iterable[_T]) -> list[_T]:
    return list(dict.fromkeys(items))


def _date_key(date: EventDate) -> tuple[bool, int, int]:
    start, end = dt.date.fromisoformat(date.start), dt.date.fromisoformat(date.end)
    return not date.from_text, _PRECISION_RANK[date.precision], (end - start).days


def _location(core: Sequence[Report]) -> Location | None:
    places = [r.event.location for r in core if r.event.location is not None]
    if not places:
        return None
    return min(places, key=lambda p: (p.precision.ucdp, p.precision.acled))


def _other_locations(core: Sequence[Report]) -> list[Location]:
    seen: dict[tuple[str, str | None], Location] = {}
    for report in core:
        for place in report.event.other_locations:
            seen.setdefault((place.name, place.country), place)
    return list(seen.values())


def _actors(core: Sequence[Report]) -> list[ActorRef]:
    seen: dict[tuple[str, str], ActorRef] = {}
    for report in core:
        for actor in report.event.actors:
            seen.setdefault((actor.role, actor.name), actor)
    return sorted(seen.values(), key=lambda a: is_generic_actor(a.name))


def _counts(core: Sequence[Report]) -> dict[CountKind, Count]:
    merged: dict[CountKind, Count] = {}
    for kind in _unique(k for r in core for k in r.event.counts):
        found = [r.event.counts[kind] for r in core if kind in r.event.counts]
        merged[kind] = _merge_counts([c for c in found if not c.cumulative] or found)
    return merged


def _figure(count: Count) -> int | None:
    return next((v for v in (count.best, count.low, count.high) if v is not None), None)


def _sort_figure(count: Count) -> int:
    figure = _figure(count)
    return figure if figure is not None else 1 << 62


def _merge_counts(found: Sequence[Count]) -> Count:
    figures = [f for f in map(_figure, found) if f is not None]
    if len(found) == 1 or not figures:
        return found[0]
    lows = [c.low if c.low is not None else _figure(c) for c in found]
    highs = [c.high if c.high is not None else _figure(c) for c in found]
    smallest = min(found, key=_sort_figure)
    ordered = sorted(figures)
    return smallest.model_copy(
        update={
            "low": min(v for v in lows if v is not None),
            "best": ordered[(len(ordered) - 1) // 2],
            "high": max(v for v in highs if v is not None),
        }
    )


def _claims(reports: Sequence[Report], core: Sequence[Report]) -> list[Claim]:
    claims: list[Claim] = []
    for report in reports:
        claims.extend(c for c in report.event.claims if c not in claims)
    for report in core:
        for kind, count in report.event.counts.items():
            claim = Claim(
                field=f"{kind}_cumulative" if count.cumulative else kind,
                value=_figure(count),
                claimed_by=count.claimed_by or f"article {report.article_id}",
                anonymous=count.anonymous,
                verified=count.verified,
                span=count.span,
                article_id=count.article_id or report.article_id,
            )
            if not any(
                (c.field, c.value, c.claimed_by) == (claim.field, claim.value, claim.claimed_by)
                for c in claims
            ):
                claims.append(claim)
    return claims


def _evidence(reports: Sequence[Report]) -> list[Evidence]:
    evidence: list[Evidence] = []
    for report in reports:
        for item in report.event.evidence:
            tagged = (
                item
                if item.article_id
                else item.model_copy(update={"article_id": report.article_id})
            )
            if tagged not in evidence:
                evidence.append(tagged)
    return evidence
