"""The canonical event of several reports, derived by explicit rules.

- Reports of the event itself ("new") decide the fields; background mentions only add
  their claims and evidence, so they are never counted again.
- Date and location: the most precise reported (ties: the earliest report).
- Actors: the union, named actors before unidentified ones in each role.
- Counts: ``low`` the smallest figure reported (ACLED's conservative fatalities),
  ``high`` the largest, ``best`` the lower median of the reports' best figures (UCDP's
  low/best/high across sources); the text and span are those of the smallest figure.
- Claims: every report's claims, plus one claim per report and count, naming who said it.
- Evidence: every report's, each tagged with its article.
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
        return reports[0].event.model_copy(update={"event_id": canonical_id})
    core = [r for r in reports if r.event.status == "new"] or list(reports)
    primary = core[0].event
    return primary.model_copy(
        update={
            "event_id": canonical_id,
            "article_ids": _unique(a for r in reports for a in r.event.article_ids),
            "status": primary.status,
            "date": min((r.event.date for r in core), key=_date_key),
            "location": _location(core),
            "other_locations": _other_locations(core),
            "actors": _actors(core),
            "counts": _counts(core),
            "claims": _claims(reports, core),
            "evidence": _evidence(reports),
            "confidence": max(r.event.confidence for r in reports),
        }
    )


def _unique(items: Iterable[_T]) -> list[_T]:
    return list(dict.fromkeys(items))


def _date_key(date: EventDate) -> tuple[int, int]:
    start, end = dt.date.fromisoformat(date.start), dt.date.fromisoformat(date.end)
    return _PRECISION_RANK[date.precision], (end - start).days


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
        merged[kind] = _merge_counts(found)
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
                field=kind,
                value=_figure(count),
                claimed_by=count.claimed_by or f"article {report.article_id}",
                anonymous=count.anonymous,
                verified=count.verified,
                span=count.span,
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
