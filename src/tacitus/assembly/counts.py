"""Pick each event's counts and record who claims them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tacitus.records.event import Claim, Count, CountKind

if TYPE_CHECKING:
    from tacitus.mentions.attribution import Attribution
    from tacitus.mentions.counts import CountMention
    from tacitus.pipeline.doc import Frame

VAGUE_HEDGES = frozenset({"dozens", "tens", "hundreds", "thousands", "scores", "several"})


def source_name(source: Attribution) -> str:
    """The source as a name: a leading "the" dropped ("the health ministry")."""
    text = source.source
    return text[4:] if text.lower().startswith("the ") else text


def _claimant(count: CountMention, attributions: list[Attribution]) -> Attribution | None:
    inside = [a for a in attributions if a.clause_start <= count.start < a.clause_end]
    pool = inside or attributions
    return pool[0] if pool else None


def _rank(count: CountMention) -> tuple[int, int, int]:
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
        verified=verified if source else None,
    )


def event_counts(frames: list[Frame]) -> tuple[dict[CountKind, Count], list[Claim]]:
    """One count per kind (specific over vague, new over cumulative) and every claim."""
    by_kind: dict[CountKind, list[tuple[Count, CountMention]]] = {}
    claims: list[Claim] = []
    for frame in frames:
        for mention in frame.counts:
            source = _claimant(mention, frame.attributions)
            record = _record(mention, source, frame.verified)
            by_kind.setdefault(mention.kind, []).append((record, mention))
            if source is not None:
                claims.append(
                    Claim(
                        field=mention.kind,
                        value=mention.quantity.best,
                        claimed_by=source_name(source),
                        anonymous=source.anonymous,
                        verified=frame.verified,
                        verb=source.verb,
                        span=(min(mention.start, source.start), max(mention.end, source.end)),
                    )
                )
    counts = {kind: min(items, key=lambda i: _rank(i[1]))[0] for kind, items in by_kind.items()}
    return counts, claims
