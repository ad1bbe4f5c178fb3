"""Pick each event's counts and record who claims them.

Rules, per count kind:

- every count with a source becomes a :class:`Claim`, so conflicting figures are all kept;
- a count that is a running total ("bringing the death toll to 40") gives way to a new one,
  and a vague one ("dozens") to a specific one;
- when sources disagree (two or more claimants with different figures, in frames of the
  event's own day and of its first two counted sentences), the event keeps the most
  conservative figure, ACLED's rule: the lowest ``best`` among the new counts;
- otherwise the event keeps the first count in the text;
- the dead of two or more sides, where every new toll of the event says whose dead it
  counts ("11 soldiers were killed ... its troops had neutralised 35 attackers"), are
  added up, each side's most conservative figure: a coder adds the dead of both sides,
  and a figure of one side never stands for the whole toll. Only where one source (or
  the outlet itself) tells of two sides or more: figures of two sides from two sources
  ("activists said 20 civilians were killed; the army said it killed eight militants")
  may count the same dead. Where a toll does not say whose dead it counts, nothing is
  added either.

:func:`ucdp_estimates` gives UCDP's low / best / high across the claims of one kind;
:func:`ucdp_side` tells whose dead a fatality count counts where the text says (UCDP's
deaths_a: the government side, deaths_b: the opposing armed group, civilians, unknown) and
:func:`ucdp_side_deaths` sums an event's new fatality counts per side.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tacitus.mentions.count_mention import total
from tacitus.mentions.count_sides import SIDE_WORDS, UcdpSide, ucdp_side
from tacitus.records.event import Claim, Count, CountKind

if TYPE_CHECKING:
    from tacitus.mentions.attribution import Attribution
    from tacitus.mentions.counts import CountMention
    from tacitus.pipeline.doc import Frame

__all__ = [
    "SIDE_WORDS",
    "VAGUE_HEDGES",
    "UcdpSide",
    "count_rank",
    "event_counts",
    "side_figures",
    "source_name",
    "ucdp_estimates",
    "ucdp_side",
    "ucdp_side_deaths",
    "ucdp_side_estimates",
]

VAGUE_HEDGES = frozenset({"dozens", "tens", "hundreds", "thousands", "scores", "several"})


_DATA_NOUNS = ("estimates", "estimate", "figures", "figure", "data", "count", "tally")
"""What a source publishes rather than who it is: "according to police estimates" is
the police's claim."""
_DATA_ADJECTIVES = frozenset(
    {
        "official",
        "latest",
        "preliminary",
        "provisional",
        "new",
        "a",
        "an",
        "its",
        "their",
        "his",
        "her",
        "our",
    }
)


def source_name(source: Attribution) -> str:
    """The source as a name: a leading "the" dropped ("the health ministry"), and a trailing
    data noun ("police estimates", "UN figures": the police, the UN)."""
    text = source.source
    text = text[4:] if text.lower().startswith("the ") else text
    words = text.split()
    if len(words) < 2 or words[-1].lower() not in _DATA_NOUNS:
        return text
    kept = words[-2]
    return text if kept.lower() in _DATA_ADJECTIVES else " ".join(words[:-1])


def _claimant(count: CountMention, attributions: list[Attribution]) -> Attribution | None:
    """The source whose reported clause holds the count, else the nearest source; a later
    speaker between that source and the count takes over ("police said 3; medics said 7")."""
    inside = [a for a in attributions if a.clause_start <= count.start < a.clause_end]
    pool = inside or attributions
    best = min(pool, key=lambda a: abs(a.start - count.start), default=None)
    if best is None:
        return None
    later = [a for a in attributions if best.start < a.start < count.start]
    return later[-1] if later else best


def count_rank(count: CountMention) -> tuple[int, int, int]:
    """Sort key of the count an event keeps: new before cumulative, specific before vague."""
    vague = 1 if (count.quantity.hedge or "").split(" ")[0] in VAGUE_HEDGES else 0
    return (int(count.cumulative), vague, count.start)


def _record(count: CountMention, source: Attribution | None, verified: bool | None) -> Count:
    q = count.quantity
    return Count(
        low=q.low,
        best=q.best,
        high=q.high,
        text=count.text,
        span=(count.start, count.end),
        hedge=q.hedge,
        claimed_by=source_name(source) if source else None,
        anonymous=source.anonymous if source else False,
        verified=verified,
        cumulative=count.cumulative,
    )


def _claim(mention: CountMention, source: Attribution, verified: bool | None) -> Claim:
    return Claim(
        field=mention.kind,
        value=mention.quantity.best,
        claimed_by=source_name(source),
        anonymous=source.anonymous,
        verified=verified,
        verb=source.verb,
        span=(min(mention.start, source.start), max(mention.end, source.end)),
    )


def _choose(items: Sequence[tuple[Count, CountMention]], *, other_day: set[int]) -> Count:
    """The count an event keeps for one kind (rules of the module docstring)."""
    first = min(items, key=lambda item: count_rank(item[1]))
    peers = [
        i
        for i in items
        if count_rank(i[1])[:2] == count_rank(first[1])[:2] and id(i[1]) not in other_day
    ]
    claimants = {c.claimed_by for c, _ in peers if c.claimed_by is not None}
    values = {c.best for c, _ in peers if c.best is not None}
    if len(claimants) >= 2 and len(values) >= 2:
        return min(
            (c for c, _ in peers if c.best is not None), key=lambda c: (c.best or 0, c.span[0])
        )
    return first[0]


def event_counts(frames: list[Frame], *, text: str) -> tuple[dict[CountKind, Count], list[Claim]]:
    """One count per kind and every sourced claim, by the rules of the module docstring;
    ``text`` is the article's, which a toll added up over sides quotes."""
    counts, claims = _counts_and_claims(frames)
    sides = side_figures(frames)
    if sides is not None:
        counts["fatalities"] = _sides_toll(sides, text)
    return counts, claims


def _counts_and_claims(frames: list[Frame]) -> tuple[dict[CountKind, Count], list[Claim]]:
    by_kind: dict[CountKind, list[tuple[Count, CountMention]]] = {}
    claims: list[Claim] = []
    dated = [f.date for f in frames if f.date is not None]
    day = min(dated, key=lambda d: d.start) if dated else None
    other_day: set[int] = set()
    first_sent = min((f.trigger.sent for f in frames if f.counts), default=0)
    for frame in frames:
        off_day = day is not None and frame.date is not None and frame.date != day
        if off_day or frame.trigger.sent - first_sent > 1:
            other_day.update(id(m) for m in frame.counts)
        for mention in frame.counts:
            source = _claimant(mention, frame.attributions)
            by_kind.setdefault(mention.kind, []).append(
                (_record(mention, source, frame.verified), mention)
            )
            if source is not None:
                claims.append(_claim(mention, source, frame.verified))
    return {k: _choose(v, other_day=other_day) for k, v in by_kind.items()}, claims


def ucdp_estimates(
    claims: Sequence[Claim], *, field: str
) -> tuple[int | None, int | None, int | None]:
    """UCDP low / best / high across the claims of ``field``.

    low is the lowest figure, high the highest, and best the lowest figure from a named
    (not anonymous) source when there is one, else the lowest: UCDP's best estimate is
    the most reliable figure, and without a way to rate sources the conservative one.
    """
    values = [c for c in claims if c.field == field and isinstance(c.value, int)]
    if not values:
        return None, None, None
    numbers = [int(c.value) for c in values if isinstance(c.value, int)]
    named = [int(c.value) for c in values if isinstance(c.value, int) and not c.anonymous]
    return min(numbers), min(named or numbers), max(numbers)


@dataclass(frozen=True, slots=True)
class _Toll:
    """One side's figure of an event's new toll, and who gives it (None: the outlet)."""

    part: CountMention
    source: str | None


def _new_tolls(frames: Sequence[Frame]) -> dict[UcdpSide, list[_Toll]]:
    """An event's new (not cumulative) fatality counts by UCDP side, joined tolls split
    into their sides' parts; counts of frames dated to another day than the event's are
    left out (another event's toll: "on Thursday, a roadside bomb killed two policemen")."""
    dated = [f.date for f in frames if f.date is not None]
    day = min(dated, key=lambda d: d.start) if dated else None
    by_side: dict[UcdpSide, list[_Toll]] = {}
    for frame in frames:
        if day is not None and frame.date is not None and frame.date != day:
            continue
        for mention in frame.counts:
            claimant = _claimant(mention, frame.attributions)
            source = source_name(claimant) if claimant is not None else None
            for part in mention.parts or (mention,):
                best = part.quantity.best
                if part.kind == "fatalities" and not part.cumulative and best is not None:
                    by_side.setdefault(ucdp_side(part), []).append(_Toll(part, source))
    return by_side


def ucdp_side_deaths(frames: Sequence[Frame]) -> dict[UcdpSide, int]:
    """An event's new (not cumulative) fatality counts summed per UCDP side; a side whose
    figure comes from several sources keeps the lowest (the conservative figure)."""
    return {side: _lowest(tolls) for side, tolls in _new_tolls(frames).items()}


def _lowest(tolls: Sequence[_Toll]) -> int:
    return min(t.part.quantity.best or 0 for t in tolls)


def _highest(tolls: Sequence[_Toll]) -> int:
    return max(t.part.quantity.best or 0 for t in tolls)


SideTolls = dict[UcdpSide, list[_Toll]]


def side_figures(frames: Sequence[Frame]) -> SideTolls | None:
    """The new tolls by side when the dead of two or more sides add up (rules of the
    module docstring): every toll says whose dead it counts, and one source (or the
    outlet itself) tells of two sides or more. Else None: "activists said 20 civilians
    were killed; the army said it killed eight militants" may count the same dead."""
    by_side = _new_tolls(frames)
    if len(by_side) < 2 or "unknown" in by_side:
        return None
    sides_told: dict[str | None, set[UcdpSide]] = {}
    for side, tolls in by_side.items():
        for toll in tolls:
            sides_told.setdefault(toll.source, set()).add(side)
    return by_side if any(len(told) >= 2 for told in sides_told.values()) else None


def ucdp_side_estimates(sides: SideTolls) -> tuple[int, int, int]:
    """UCDP low / best / high of a toll of several sides: the sums of each side's lowest,
    most conservative and highest figures."""
    lows = [_lowest(tolls) for tolls in sides.values()]
    return sum(lows), sum(lows), sum(_highest(tolls) for tolls in sides.values())


def _sides_toll(sides: SideTolls, text: str) -> Count:
    """The event's toll from the sides' most conservative figures added up (rules of the
    module docstring); its span runs from the first figure to the last, its claimant is
    theirs when they share one."""
    chosen = sorted(
        (min(ts, key=lambda t: (t.part.quantity.best or 0, t.part.start)) for ts in sides.values()),
        key=lambda t: t.part.start,
    )
    parts = [t.part for t in chosen]
    sources = {t.source for t in chosen}
    return Count(
        low=total([p.quantity.low for p in parts]),
        best=total([p.quantity.best for p in parts]),
        high=total([p.quantity.high for p in parts]),
        text=text[parts[0].start : max(p.end for p in parts)],
        span=(parts[0].start, max(p.end for p in parts)),
        hedge=next((p.quantity.hedge for p in parts if p.quantity.hedge), None),
        claimed_by=sources.pop() if len(sources) == 1 else None,
    )
