"""The count record, and how numbers tied to one verb become one count: conjoined victims of
one verb are summed ("a soldier and two civilians were killed": 3) and a rising toll keeps
its latest figure."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from tacitus.doc_memo import doc_text
from tacitus.mentions.quantities import Quantity
from tacitus.records.event import CountKind


@dataclass(frozen=True, slots=True)
class CountMention:
    """A number of people that a sentence says were killed, hurt, held, taken or present."""

    kind: CountKind
    quantity: Quantity
    victims: str | None
    head: int
    text: str
    start: int
    end: int
    cumulative: bool
    parts: tuple[CountMention, ...] = ()
    """The counts added into this one, each with its own victims (``count_sides``)."""


@dataclass(frozen=True, slots=True)
class Link:
    """One quantity tied to its kind, before conjoined victims are summed."""

    kind: CountKind
    quantity: Quantity
    victim: Token | None
    head: Token
    tokens: tuple[int, ...]
    cumulative: bool
    elliptical: bool


def group_links(links: list[Link]) -> list[list[Link]]:
    """Conjoined victims of one verb form one group; a rising toll keeps its latest figure."""
    groups: dict[tuple[str, int], list[Link]] = {}
    ordered: list[list[Link]] = []
    for link in links:
        key = (link.kind, link.head.i)
        if link.elliptical or key not in groups:
            groups[key] = [link]
            ordered.append(groups[key])
        elif link.cumulative:
            groups[key][:] = [link]
        else:
            groups[key].append(link)
    return ordered


def group_mention(sent: Span, group: list[Link]) -> CountMention:
    """One count for a group of links: quantities summed, victims joined, span covering all."""
    doc = sent.doc
    indices = [i for link in group for i in link.tokens]
    start = min(doc[min(indices)].idx, *(link.quantity.start for link in group))
    last = doc[max(indices)]
    end = max(last.idx + len(last.text), *(link.quantity.end for link in group))
    victims = [(link.victim, link.quantity) for link in group if link.victim is not None]
    first = group[0]
    return CountMention(
        kind=first.kind,
        quantity=summed(doc_text(doc), [link.quantity for link in group]),
        victims=" and ".join(_victim_text(v, q) for v, q in victims) or None,
        head=first.head.i,
        text=doc_text(doc)[start:end],
        start=start,
        end=end,
        cumulative=any(link.cumulative for link in group),
        parts=_victim_parts(group) if len(victims) == len(group) > 1 else (),
    )


def _victim_parts(group: list[Link]) -> tuple[CountMention, ...]:
    """Each conjoined victim's own count ("a soldier and two civilians": 1 soldier, 2
    civilians), so that the dead of each side are told apart."""
    parts: list[CountMention] = []
    for link in group:
        assert link.victim is not None
        victim = link.victim
        start = min(link.quantity.start, victim.idx)
        end = max(link.quantity.end, victim.idx + len(victim.text))
        parts.append(
            CountMention(
                kind=link.kind,
                quantity=link.quantity,
                victims=_victim_text(victim, link.quantity),
                head=link.head.i,
                text=doc_text(victim.doc)[start:end],
                start=start,
                end=end,
                cumulative=link.cumulative,
            )
        )
    return tuple(parts)


def total(values: Sequence[int | None]) -> int | None:
    """The sum of figures, unknown when one of them is."""
    return None if any(v is None for v in values) else sum(v or 0 for v in values)


def summed(text: str, quantities: list[Quantity]) -> Quantity:
    """One quantity for several added together: lows, bests and highs summed (unknown when
    one of them is), the first hedge, the text from the first to the last."""
    if len(quantities) == 1:
        return quantities[0]
    start, end = quantities[0].start, quantities[-1].end
    return Quantity(
        low=total([q.low for q in quantities]),
        best=total([q.best for q in quantities]),
        high=total([q.high for q in quantities]),
        hedge=next((q.hedge for q in quantities if q.hedge), None),
        text=text[start:end],
        start=start,
        end=end,
    )


def _victim_text(victim: Token, quantity: Quantity) -> str:
    mods = [
        c for c in victim.lefts if c.dep_ in ("compound", "amod", "nmod") and c.idx >= quantity.end
    ]
    start = min((m.left_edge.idx for m in mods), default=victim.idx)
    return doc_text(victim.doc)[start : victim.idx + len(victim.text)]
