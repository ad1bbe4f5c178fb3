"""The hard limits: what rules two reports out as one event, whatever else they share.

Different countries, dates the precisions keep apart, places farther apart than their
precisions allow, incompatible event types, two events of one article. What a report
leaves unsaid (no country, no date) is no veto. ``latitude_reach`` lets a store rule out
candidates too far away before reading their profiles.
"""

from __future__ import annotations

import datetime as dt
import math

from tacitus.dedup.profile import MatchProfile
from tacitus.dedup.similarity import type_similarity
from tacitus.geodesy import EARTH_RADIUS_KM, haversine_km

TOO_FAR = "places too far apart"
PLACE_RADIUS_KM: dict[int, float] = {1: 10.0, 2: 25.0, 3: 60.0, 4: 150.0, 5: 300.0}
"""How far apart two reports of one event may put it, by the coarser UCDP precision.

Precision 6 (country) and 7 (beyond) put no limit on distance beyond the country itself.
"""
UNDATED_DAYS = 3
"""How many days before its stand-in date (dateline or publication) an event whose date the
text does not give may have happened. ``None`` in ``compare``: the date is unknown."""


def ruled_out(
    new: MatchProfile, stored: MatchProfile, *, undated_days: int | None = UNDATED_DAYS
) -> str | None:
    """The hard limit ``features.compare`` would find broken, if any, read without the
    names and words (``MatchProfile.head_of`` suffices)."""
    blocked = hard_limit(new, stored, undated_days=undated_days)
    if blocked is not None:
        return blocked
    place = place_similarity(new, stored)[1]
    return TOO_FAR if place is not None and place < 0 else None


def latitude_reach(precision: int) -> float | None:
    """The widest difference in latitude, in degrees, at which two places whose coarser
    UCDP precision is ``precision`` may still be one event's (None: any distance).

    A great circle is never shorter than its difference in latitude (``R * dlat``), so
    places farther apart in latitude alone are ``place_similarity``'s "too far" for sure,
    unless both name one gazetteer place; a store can rule such candidates out before
    reading their profiles. The reach is rounded up a little, never down.
    """
    radius = PLACE_RADIUS_KM.get(precision)
    if radius is None:
        return None
    return math.degrees(radius / EARTH_RADIUS_KM) * (1 + 1e-9) + 1e-9


def hard_limit(new: MatchProfile, stored: MatchProfile, *, undated_days: int | None) -> str | None:
    """Which limit other than distance the pair breaks, if any: countries, dates, types,
    one article."""
    if None not in (new.country, stored.country) and new.country != stored.country:
        return "different countries"
    dates = _dates_apart(new, stored, undated_days=undated_days)
    if dates is not None:
        return dates
    if type_similarity(new, stored) == 0.0:
        return "incompatible event types"
    if set(new.article_ids) & set(stored.article_ids):
        return "same article"
    return None


def _dates_apart(
    new: MatchProfile, stored: MatchProfile, *, undated_days: int | None
) -> str | None:
    """Why the two dates rule the pair out, if they do.

    When either date is unknown, the years the two articles mention most stand in: each
    article's most mentioned year must be one the other mentions too.
    """
    mine = date_window(new, undated_days=undated_days)
    theirs = date_window(stored, undated_days=undated_days)
    if mine is None or theirs is None:
        return (
            "undated reports of articles set in different years"
            if _years_apart(new, stored)
            else None
        )
    if mine[0] > theirs[1] or theirs[0] > mine[1]:
        if new.date_from_text and stored.date_from_text:
            return "dates apart beyond their precision"
        return "undated report too far from the other's date"
    return None


def _years_apart(a: MatchProfile, b: MatchProfile) -> bool:
    """Whether each article's most mentioned year is one the other never mentions."""
    if not a.years or not b.years:
        return False
    return a.years[0] not in b.years and b.years[0] not in a.years


def date_window(
    profile: MatchProfile, *, undated_days: int | None = UNDATED_DAYS
) -> tuple[dt.date, dt.date] | None:
    """The days the event may have happened on; None when its date is unknown."""
    start, end = profile.days
    if profile.date_from_text:
        return start, end
    if undated_days is None:
        return None
    return start - dt.timedelta(days=undated_days), end


def place_similarity(
    a: MatchProfile, b: MatchProfile, *, spread: bool = True
) -> tuple[float | None, float | None]:
    """(distance in km or None, similarity); similarity -1 when precisions rule it out,
    None when either place is unknown or names only the country.

    ``spread``: a canonical event whose reports put it apart (``MatchProfile.spread``)
    reaches as far as their places do; ``spread_only`` then asks a report to agree."""
    coarser = max(a.place_precision or 6, b.place_precision or 6)
    if a.geonameid is not None and a.geonameid == b.geonameid and coarser in PLACE_RADIUS_KM:
        return 0.0, 1.0
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None, None
    distance = haversine_km(a.lat, a.lon, b.lat, b.lon)
    radius = PLACE_RADIUS_KM.get(coarser)
    if radius is None:
        return distance, None
    if distance > radius and spread:
        radius = PLACE_RADIUS_KM.get(max(coarser, a.spread or 0, b.spread or 0), radius)
    if distance > radius:
        return distance, -1.0
    return distance, 1.0 - 0.5 * distance / radius


def spread_only(new: MatchProfile, stored: MatchProfile) -> bool:
    """Whether only ``stored``'s spread brings the two places near enough: the pair then
    needs a report of ``stored`` whose own place agrees (``places_agree``)."""
    if stored.spread is None:
        return False
    place = place_similarity(new, stored, spread=False)[1]
    return place is not None and place < 0


def places_agree(new: MatchProfile, report: MatchProfile) -> bool:
    """Whether the report names a place finer than the country near enough to ``new``'s."""
    place = place_similarity(new, report, spread=False)[1]
    return place is not None and place >= 0
