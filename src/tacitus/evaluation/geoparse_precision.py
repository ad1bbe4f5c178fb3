"""Precision of the geoparser: how many of the places it gives name a gold toponym.

Strict accuracy counts only the gold toponyms; a person's name or a company resolved as
a place costs it nothing. Precision is the share of the system's resolved toponyms whose
span overlaps a gold toponym's. Every toponym the gold marks counts, with coordinates or
without ("Tskhinvali", "Main Street" in LGL); GeoWebNews also marks words that are no
place, which do not: non-toponyms ("Cambridge Analytica"), homonyms ("Paris Hilton"),
languages and non-locational expressions.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from tacitus.evaluation.scorecard import Scorecard
from tacitus.pipeline.doc import PlaceMention

# GeoWebNews types of annotations that name no place.
NOT_PLACE_TYPES = frozenset({"Non_Toponym", "Homonym", "Language"})

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Resolved:
    """One toponym the system resolved, and whether a gold toponym is at its span."""

    mention: PlaceMention
    matched: bool


def gold_place_span(node: ET.Element, start: int) -> Span | None:
    """The span of a gold toponym that names a place (``start`` realigned), else None."""
    if node.findtext("type") in NOT_PLACE_TYPES or node.findtext("nonLocational") == "Yes":
        return None
    phrase = node.findtext("phrase") or node.findtext("extractedName") or ""
    return (start, start + len(phrase)) if phrase else None


def judge(mentions: Iterable[PlaceMention], places: Iterable[Span]) -> Iterator[Resolved]:
    """Each resolved mention, with whether it overlaps one of the gold ``places``."""
    spans = list(places)
    for mention in mentions:
        if mention.place is not None:
            hit = any(s < mention.end and mention.start < e for s, e in spans)
            yield Resolved(mention, hit)


def add_precision(card: Scorecard, resolved: list[Resolved]) -> None:
    """Add the precision figures to ``card`` and list the false places in its details."""
    matched = sum(r.matched for r in resolved)
    card.add("precision", matched, len(resolved), note="resolved toponyms at a gold toponym")
    names = [r for r in resolved if r.mention.label != "NORP"]
    card.add(
        "precision, demonyms left out",
        sum(r.matched for r in names),
        len(names),
        note="as above, without 'Iraqi', 'Americans'",
    )
    card.details.extend(_false(r.mention) for r in resolved if not r.matched)


def _false(mention: PlaceMention) -> dict[str, object]:
    place = mention.place
    return {
        "false place": mention.text,
        "start": mention.start,
        "label": mention.label,
        "place": f"{place.name}, {place.admin1}, {place.country} ({place.kind})" if place else None,
        "reason": mention.reason,
    }
