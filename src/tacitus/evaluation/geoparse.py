"""``tacitus eval geoparse``: toponym recognition and resolution on GWN, LGL and TR-News.

Counted strictly: every gold toponym with coordinates is in the denominator, and one the
system does not find (no overlapping toponym) or does not resolve is a miss. A found
toponym's error is the great-circle distance between the system's and the gold
coordinates. The gold country is the country of the gazetteer city nearest to the gold
coordinates (GWN gives no country). Precision, the share of the system's resolved
toponyms at a gold toponym, is counted beside (:mod:`tacitus.evaluation.geoparse_precision`).
"""

from __future__ import annotations

import statistics
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from tacitus.errors import InputError
from tacitus.evaluation.geoparse_precision import (
    Resolved,
    Span,
    add_precision,
    gold_place_span,
    judge,
)
from tacitus.evaluation.scorecard import Metric, Scorecard
from tacitus.geoparse import Geoparser, haversine_km
from tacitus.geoparse.reverse import CountryLocator
from tacitus.pipeline.doc import PlaceMention

GOLD_FILES: dict[str, str] = {"GWN": "GWN.xml", "LGL": "lgl.xml", "TR-News": "TR-News.xml"}
ACCURACY_KM = 161.0
# How far a gold offset may be off before the phrase is searched for nearby (TR-News).
_REALIGN_WINDOW = 30


@dataclass(frozen=True, slots=True)
class GoldToponym:
    """One gold toponym with coordinates."""

    start: int
    end: int
    text: str
    lat: float
    lon: float
    geonameid: int | None
    type: str


@dataclass(frozen=True, slots=True)
class GoldArticle:
    """One gold article: its text, its geocoded toponyms and the spans of every toponym
    the gold marks as a place (with coordinates or without)."""

    id: str
    text: str
    toponyms: tuple[GoldToponym, ...]
    places: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Outcome:
    """What the system did with one gold toponym."""

    gold: GoldToponym
    found: PlaceMention | None
    error_km: float | None
    gold_country: str | None


def load_gold(path: Path, *, limit: int | None = None) -> list[GoldArticle]:
    """Read a GWN-style or LGL-style gold file (toponyms without coordinates are dropped)."""
    if not path.is_file():
        raise InputError(f"gold file {path} is missing", source=str(path), code="missing_gold")
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise InputError(f"{path} is not valid XML: {exc}", source=str(path)) from exc
    articles: list[GoldArticle] = []
    for index, node in enumerate(root.iter("article")):
        if limit is not None and index >= limit:
            break
        text = node.findtext("text") or ""
        ident = node.get("docid") or node.get("file") or str(index)
        nodes = list(node.iter("toponym"))
        toponyms = tuple(t for t in (_toponym(x, text) for x in nodes) if t)
        places = tuple(s for s in (_place_span(x, text) for x in nodes) if s)
        articles.append(GoldArticle(id=ident, text=text, toponyms=toponyms, places=places))
    return articles


def _place_span(node: ET.Element, text: str) -> Span | None:
    phrase = node.findtext("phrase") or node.findtext("extractedName") or ""
    return gold_place_span(node, _realign(text, phrase, int(node.findtext("start") or 0)))


def _toponym(node: ET.Element, text: str) -> GoldToponym | None:
    gaztag = node.find("gaztag")
    source = gaztag if gaztag is not None else node
    lat = (source.findtext("lat") or source.findtext("latitude") or "").strip()
    lon = (source.findtext("lon") or source.findtext("longitude") or "").strip()
    if not lat or not lon:
        return None
    phrase = node.findtext("phrase") or node.findtext("extractedName") or ""
    start = int(node.findtext("start") or 0)
    start = _realign(text, phrase, start)
    gid = gaztag.get("geonameid") if gaztag is not None else node.findtext("geonamesID")
    return GoldToponym(
        start=start,
        end=start + len(phrase),
        text=phrase,
        lat=float(lat),
        lon=float(lon),
        geonameid=int(gid) if gid and gid.strip().isdigit() else None,
        type=node.findtext("type") or "Literal",
    )


def _realign(text: str, phrase: str, start: int) -> int:
    """The gold start, moved to the nearest occurrence of the phrase if it is off."""
    if not phrase or text[start : start + len(phrase)] == phrase:
        return start
    low = max(0, start - _REALIGN_WINDOW)
    window = text[low : start + len(phrase) + _REALIGN_WINDOW]
    hits = [low + i for i in range(len(window)) if window.startswith(phrase, i)]
    return min(hits, key=lambda h: abs(h - start)) if hits else start


def match(
    article: GoldArticle, mentions: Sequence[PlaceMention], locator: CountryLocator
) -> Iterator[Outcome]:
    """Pair each gold toponym with the system toponym overlapping it most."""
    for gold in article.toponyms:
        found = _best_overlap(gold, mentions)
        place = found.place if found else None
        error = haversine_km(gold.lat, gold.lon, place.lat, place.lon) if place else None
        yield Outcome(gold, found, error, locator.country_at(gold.lat, gold.lon))


def _best_overlap(gold: GoldToponym, mentions: Sequence[PlaceMention]) -> PlaceMention | None:
    best, best_len = None, 0
    for mention in mentions:
        overlap = min(gold.end, mention.end) - max(gold.start, mention.start)
        if overlap > best_len:
            best, best_len = mention, overlap
    return best


def score(
    dataset: str, outcomes: Sequence[Outcome], resolved: Sequence[Resolved] = ()
) -> Scorecard:
    """The scorecard of one gold set; ``resolved`` (the system's resolved toponyms,
    judged against the gold) gives its precision."""
    card = Scorecard(dataset=dataset, task="geoparse")
    total = len(outcomes)
    errors = [o.error_km for o in outcomes if o.error_km is not None]
    card.add("accuracy@161km", sum(e <= ACCURACY_KM for e in errors), total, note="strict")
    same_id = sum(1 for o in outcomes if _correct(o))
    card.add(
        "accuracy@161km or same GeoNames id",
        same_id,
        total,
        note="strict; our country and region centroids are not GeoNames'",
    )
    card.add("toponym recall", sum(o.found is not None for o in outcomes), total)
    card.add("resolved", len(errors), total, note="found and given a place")
    same = sum(1 for o in outcomes if o.found and o.found.place and _same_country(o))
    card.add("correct country", same, total, note="strict")
    card.add("accuracy@161km over resolved", sum(e <= ACCURACY_KM for e in errors), len(errors))
    _add_errors(card, errors)
    card.details = [_detail(o) for o in outcomes if not _correct(o)]
    if resolved:
        add_precision(card, list(resolved))
    return card


def _correct(outcome: Outcome) -> bool:
    """Within 161 km, or the very GeoNames entry the gold names (at other coordinates)."""
    place = outcome.found.place if outcome.found else None
    if place is None or outcome.error_km is None:
        return False
    gold_id = outcome.gold.geonameid
    return outcome.error_km <= ACCURACY_KM or (gold_id is not None and place.geonameid == gold_id)


def _same_country(outcome: Outcome) -> bool:
    place = outcome.found.place if outcome.found else None
    return place is not None and place.country == outcome.gold_country


def _add_errors(card: Scorecard, errors: list[float]) -> None:
    if not errors:
        return
    mean, median = statistics.fmean(errors), statistics.median(errors)
    card.metrics.append(_km("mean error km (resolved)", mean, len(errors)))
    card.metrics.append(_km("median error km (resolved)", median, len(errors)))


def _km(name: str, value: float, n: int) -> Metric:
    return Metric(name=name, value=round(value, 1), note=f"km, over {n} resolved")


def _detail(outcome: Outcome) -> dict[str, object]:
    place = outcome.found.place if outcome.found else None
    return {
        "gold": outcome.gold.text,
        "start": outcome.gold.start,
        "type": outcome.gold.type,
        "gold_country": outcome.gold_country,
        "found": outcome.found.text if outcome.found else None,
        "place": f"{place.name}, {place.admin1}, {place.country} ({place.kind})" if place else None,
        "gold_id": outcome.gold.geonameid,
        "id": place.geonameid if place else None,
        "error_km": None if outcome.error_km is None else round(outcome.error_km),
    }


def evaluate(folder: Path, *, geoparser: Geoparser, limit: int | None = None) -> list[Scorecard]:
    """Scorecards for every gold set in ``folder`` (GWN, LGL, TR-News)."""
    locator = CountryLocator(geoparser.resources.gazetteer.city_points())
    cards: list[Scorecard] = []
    for dataset, filename in GOLD_FILES.items():
        articles = load_gold(folder / filename, limit=limit)
        outcomes: list[Outcome] = []
        resolved: list[Resolved] = []
        parsed = geoparser.parse(a.text for a in articles)
        for article, mentions in zip(articles, parsed, strict=True):
            outcomes += match(article, mentions, locator)
            resolved += judge(mentions, article.places)
        cards.append(score(dataset, outcomes, resolved))
    return cards
