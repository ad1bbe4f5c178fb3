"""Rows of the canonical-event tables: the upsert and its values, merge records, blocks.

Plain functions over records and rows, used by ``tacitus.store.canonical``.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import sqlite3

from tacitus.dedup.features import PLACE_RADIUS_KM, latitude_reach
from tacitus.dedup.matcher import MatchDecision
from tacitus.dedup.profile import MatchProfile
from tacitus.dedup.words import ArticleContext
from tacitus.errors import StoreError
from tacitus.records.event import Event
from tacitus.store.interface import MergeRecord
from tacitus.store.rows import event_columns

LOOKBACK_DAYS: tuple[tuple[int, int | None], ...] = ((0, 7), (1, 31), (2, 366), (3, None))
"""``(span_class, days)``: a range of class c is at most ``days`` long (None: any length)."""
_NO_REACH = 6
"""The UCDP precision of a place no finer than its country (no distance limit)."""
_BY_BLOCK = "INDEXED BY canonical_match"
"""Candidates come from the covering index alone, never from rows (whose JSON is large)."""
RECENT = 500
"""How many of the most recently stored canonical events an arm keyed by neither country
nor dates looks among (``block_sql``): without them a profile of no known country, in a
store whose dates block nothing, would be held against every stored event."""
CANONICAL_UPSERT = """
INSERT INTO canonical_events (event_id, status, date_start, date_end, span_class, country,
    event_type, sub_event_type, plover_event, lat, lon, confidence, reports, json, profile,
    place_precision, geonameid)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT(event_id) DO UPDATE SET
    status = excluded.status, date_start = excluded.date_start, date_end = excluded.date_end,
    span_class = excluded.span_class, country = excluded.country,
    event_type = excluded.event_type, sub_event_type = excluded.sub_event_type,
    plover_event = excluded.plover_event, lat = excluded.lat, lon = excluded.lon,
    confidence = excluded.confidence, reports = excluded.reports, json = excluded.json,
    profile = excluded.profile, place_precision = excluded.place_precision,
    geonameid = excluded.geonameid
"""


def span_class(start: str, end: str) -> int:
    """The smallest class whose length bound holds the range ``start..end``."""
    days = (dt.date.fromisoformat(end) - dt.date.fromisoformat(start)).days + 1
    return next(c for c, bound in LOOKBACK_DAYS if bound is None or days <= bound)


def canonical_values(
    event: Event, *, reports: int, profile: MatchProfile | None = None, stored: str | None = None
) -> tuple[tuple[object, ...], MatchProfile]:
    """Parameters for ``_UPSERT``, and the event's match profile (stored among them;
    ``stored``: its JSON when known). A report's story words stay with the report
    (``MatchProfile.without_story``)."""
    profile = profile or MatchProfile.of(event)
    if profile.story:
        profile, stored = profile.without_story(), profile.story_free_json(stored)
    values = (
        event.event_id,
        event.status,
        event.date.start,
        event.date.end,
        span_class(event.date.start, event.date.end),
        *event_columns(event),
        event.confidence,
        reports,
        event.model_dump_json(),
        stored or profile.to_json(),
        profile.reach_precision,
        profile.geonameid,
    )
    return values, profile


def block_params(profile: MatchProfile, *, slack: int | None) -> dict[str, object]:
    """Named parameters of ``block_sql`` for ``profile``'s blocks and place.

    Per span class ``c``: the earliest start a range of that class may have
    (``earliest_c``); dates widen by ``slack`` days (a stand-in date on either side).
    """
    params: dict[str, object] = {
        "country": profile.country,
        "lat": profile.lat,
        "precision": profile.place_precision,
        "geonameid": profile.geonameid,
        "recent": RECENT,
    }
    if slack is None:
        return params
    start, end = profile.days
    start -= dt.timedelta(days=0 if profile.date_from_text else slack)
    params["last"] = (end + dt.timedelta(days=slack)).isoformat()
    params["first"] = start.isoformat()
    for klass, bound in LOOKBACK_DAYS:
        earliest = "" if bound is None else (start - dt.timedelta(days=bound)).isoformat()
        params[f"earliest_{klass}"] = earliest
    return params


def placed(profile: MatchProfile) -> bool:
    """Whether ``profile``'s place can rule candidates out by distance (``near_clause``)."""
    return (
        profile.lat is not None
        and profile.lon is not None
        and latitude_reach(profile.place_precision or _NO_REACH) is not None
    )


def near_clause() -> str:
    """A candidate's place may be near enough (``features.latitude_reach``): it has none,
    or none of a precision with a radius, or the same gazetteer id, or a latitude within
    reach for the coarser precision of the two."""
    reach = " ".join(
        f"WHEN {precision} THEN {latitude_reach(precision)!r}" for precision in PLACE_RADIUS_KM
    )
    return (
        "(lat IS NULL OR lon IS NULL OR place_precision IS NULL"
        f" OR place_precision NOT IN ({', '.join(map(str, PLACE_RADIUS_KM))})"
        " OR geonameid = :geonameid OR abs(lat - :lat)"
        f" <= CASE max(place_precision, :precision) {reach} ELSE 180.0 END)"
    )


@functools.cache
def block_sql(*, known: bool, dated: bool, near: bool) -> str:
    """One statement for every block of a profile: its country's (when ``known``), then
    that of no known country; per span class when ``dated``, else the whole country. A
    profile of no known country and no date to block by is held against events of a
    known country, then the rest. ``near``: leave out candidates too far away
    (``near_clause``).

    An arm keyed by neither the country nor dates (no known country, and dates that block
    nothing) looks only among the ``RECENT`` canonical events stored last (``:recent``),
    read by their row numbers: reports of one story are stored close together, and
    without a key a block would be the whole store.

    Each block in the order the arms are listed, oldest first within it; no row is in two
    arms (they differ in country or span class). Parameters: ``block_params``.
    """
    arms: list[str] = []
    wheres = _country_wheres(known=known, dated=dated)
    classes = [klass for klass, _ in LOOKBACK_DAYS] if dated else [None]
    near_sql = " AND " + near_clause() if near else ""
    for where in wheres:
        for klass in classes:
            dates = (
                f" AND span_class = {klass} AND date_start BETWEEN :earliest_{klass} AND :last"
                " AND date_end >= :first"
            )
            source, keyed = _arm_source(where, dated=dated)
            arms.append(
                f"SELECT profile, {len(arms)} AS arm, num FROM {source}"
                f" WHERE {keyed}{dates if dated else ''}{near_sql}"
            )
    return " UNION ALL ".join(arms) + " ORDER BY arm, num"


_OWN_COUNTRY = "country = :country"


def _arm_source(where: str, *, dated: bool) -> tuple[str, str]:
    """Where an arm of ``block_sql`` reads, and its condition: the covering index, or for
    an arm keyed by neither the country nor dates, the ``RECENT`` rows stored last."""
    if dated or where == _OWN_COUNTRY:
        return f"canonical_events {_BY_BLOCK}", where
    recent = "num > (SELECT max(num) FROM canonical_events) - :recent"
    return "canonical_events NOT INDEXED", f"{recent} AND {where}"


def _country_wheres(*, known: bool, dated: bool) -> tuple[str, ...]:
    """The country conditions of ``block_sql``'s arms, in order."""
    if known:
        return (_OWN_COUNTRY, "country IS NULL")
    return ("country IS NULL",) if dated else ("country IS NOT NULL", "country IS NULL")


def article_context(stored: str | None, text: str | None) -> ArticleContext:
    """An article's context: as stored with it, else read from its text."""
    if stored is not None:
        return ArticleContext.from_json(stored)
    if text is None:
        raise StoreError("an article has neither a stored context nor a text")
    return ArticleContext.of(text)


def audited(decision: MatchDecision) -> dict[str, object]:
    """The features that decided a merge, and the report they were measured against."""
    features = decision.features.as_dict()
    if decision.report is not None:
        features["report"] = decision.report
    return features


def merge_record(row: sqlite3.Row) -> MergeRecord:
    return MergeRecord(
        merge_id=row["merge_id"],
        action=row["action"],
        canonical_id=row["canonical_id"],
        event_id=row["event_id"],
        article_id=row["article_id"],
        score=row["score"],
        features=json.loads(row["features"]) if row["features"] else None,
        decided_by=row["decided_by"],
        at=row["at"],
        undone_at=row["undone_at"],
    )
