"""Pairwise features of a new report against a stored canonical event, as a coder weighs them.

Hard limits come first (``blocked_by``): different countries, dates the precisions keep
apart, places farther apart than their precisions allow, incompatible event types. Only
pairs that pass every limit get a score. What a report leaves unsaid (no country, no date,
no place finer than the country, only unidentified actors, no count) is no evidence either
way: the similarity is None and the matcher asks the rest for more (``Matcher.required``).
Named participants and content words of the evidence (``tacitus.dedup.words``) are what
tell two reports of one kind of event in one country apart.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import asdict, dataclass

from rapidfuzz import fuzz

from tacitus.dedup.profile import MatchProfile, is_generic_actor
from tacitus.dedup.words import overlap

_EARTH_KM = 6371.0088
_TOO_FAR = "places too far apart"
PLACE_RADIUS_KM: dict[int, float] = {1: 10.0, 2: 25.0, 3: 60.0, 4: 150.0, 5: 300.0}
"""How far apart two reports of one event may put it, by the coarser UCDP precision.

Precision 6 (country) and 7 (beyond) put no limit on distance beyond the country itself.
"""
_FAMILIES = {
    "Battles": "political violence",
    "Explosions/Remote violence": "political violence",
    "Violence against civilians": "political violence",
    "Protests": "demonstrations",
    "Riots": "demonstrations",
    "Strategic developments": "strategic developments",
}
_SAME_NAME = 90.0
SAME_FAMILY = 0.5
"""``type_similarity`` of two types of one family (political violence, demonstrations)."""
VIOLENT_PAIR = 0.25
NAMES_ENOUGH = 3
"""Names shared count against the smaller set, taken as at least this many."""
WORDS_ENOUGH = 8
CONTEXT_ENOUGH = 6
"""Names shared by two whole articles count against the smaller set, at least this many."""
CONTEXT_WEIGHT = 0.8
"""An article's names count for less than those of the event's own sentences."""
UNKNOWN = 0.4
"""A role's similarity when one side names only an unidentified actor."""
UNDATED_DAYS = 3
"""How many days before its stand-in date (dateline or publication) an event whose date the
text does not give may have happened. ``None`` in ``compare``: the date is unknown."""


@dataclass(frozen=True, slots=True)
class MatchFeatures:
    """Why two reports are, or are not, one event; each similarity is in [0, 1]."""

    blocked_by: str | None
    type_sim: float = 0.0
    date_sim: float | None = 0.0
    """None when either date is unknown (no date in the text and no publication date)."""
    distance_km: float | None = None
    place_sim: float | None = 0.0
    """None when either place is unknown or no finer than the country."""
    actor_sim: float | None = 0.0
    """None when no role names an identified actor on both sides."""
    count_sim: float | None = 0.0
    """None when the two reports share no kind of count."""
    evidence_sim: float = 0.0
    """Shared content words of the two evidences (``words.overlap``)."""
    name_sim: float = 0.0
    """Shared named participants and places (``name_similarity``)."""
    country_known: bool = True
    """False when either report does not say the country: no veto, but no support either."""
    acled_floor: bool = False
    """Same actors, same day, same place: ACLED's own rule for one event."""

    def as_dict(self) -> dict[str, object]:
        """The features as a plain mapping, for the audit record."""
        return asdict(self)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * _EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


def compare(
    new: MatchProfile, stored: MatchProfile, *, undated_days: int | None = UNDATED_DAYS
) -> MatchFeatures:
    """The features of ``new`` against ``stored``; ``blocked_by`` names a broken hard limit.

    Dates the text gives are compared within their precision, always. A date that only
    stands in for one (``date_from_text`` False) is widened to the ``undated_days``
    before it, or is unknown when ``undated_days`` is None.
    """
    blocked = _hard_limit(new, stored, undated_days=undated_days)
    if blocked is not None:
        return MatchFeatures(blocked_by=blocked)
    distance, place = place_similarity(new, stored)
    if place is not None and place < 0:
        return MatchFeatures(blocked_by=_TOO_FAR, distance_km=distance)
    actors = actor_similarity(new, stored)
    date = date_similarity(new, stored, undated_days=undated_days)
    return MatchFeatures(
        blocked_by=None,
        type_sim=type_similarity(new, stored),
        date_sim=date,
        distance_km=None if distance is None else round(distance, 2),
        place_sim=None if place is None else round(place, 4),
        actor_sim=actors,
        count_sim=count_similarity(new, stored),
        evidence_sim=round(evidence_similarity(new, stored), 4),
        name_sim=round(name_similarity(new, stored), 4),
        country_known=new.country is not None and stored.country is not None,
        acled_floor=date == 1.0 and (place or 0.0) >= 0.9 and _same_actors(new, stored),
    )


def ruled_out(
    new: MatchProfile, stored: MatchProfile, *, undated_days: int | None = UNDATED_DAYS
) -> str | None:
    """The hard limit ``compare`` would find broken, if any, read without the names and
    words (``MatchProfile.head_of`` suffices)."""
    blocked = _hard_limit(new, stored, undated_days=undated_days)
    if blocked is not None:
        return blocked
    place = place_similarity(new, stored)[1]
    return _TOO_FAR if place is not None and place < 0 else None


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
    return math.degrees(radius / _EARTH_KM) * (1 + 1e-9) + 1e-9


def _hard_limit(new: MatchProfile, stored: MatchProfile, *, undated_days: int | None) -> str | None:
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


def name_similarity(a: MatchProfile, b: MatchProfile) -> float:
    """Shared names of the events' own sentences, or (weighted by ``CONTEXT_WEIGHT``) of
    their whole articles, whichever is higher."""
    own = overlap(a.names, b.names, enough=NAMES_ENOUGH)
    if not a.context and not b.context:
        return own
    wide = overlap((*a.names, *a.context), (*b.names, *b.context), enough=CONTEXT_ENOUGH)
    return max(own, CONTEXT_WEIGHT * wide)


def own_name_similarity(a: MatchProfile, b: MatchProfile) -> float:
    """Shared names of the events' own sentences and actors alone (no article context)."""
    return round(overlap(a.names, b.names, enough=NAMES_ENOUGH), 4)


def type_similarity(a: MatchProfile, b: MatchProfile) -> float:
    """1 same sub-event type, 0.8 same event type, 0.5 same family, else 0.

    ``VIOLENT_PAIR`` for political violence against a riot or protest: reports often
    disagree whether clashes at a demonstration were a riot or an armed clash.
    """
    if a.event_type is None or b.event_type is None:
        return 0.8 if a.event_type == b.event_type and a.plover == b.plover else 0.0
    if a.sub_event_type == b.sub_event_type:
        return 1.0
    if a.event_type == b.event_type:
        return 0.8
    families = {_FAMILIES.get(a.event_type), _FAMILIES.get(b.event_type)}
    if len(families) == 1:
        return SAME_FAMILY
    return VIOLENT_PAIR if families == {"political violence", "demonstrations"} else 0.0


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


def date_similarity(
    a: MatchProfile, b: MatchProfile, *, undated_days: int | None = UNDATED_DAYS
) -> float | None:
    """1 for the same single day; lower as the wider of the two date ranges grows.

    A stand-in date counts as a few days' range; None when either date is unknown.
    """
    if not (a.date_from_text and b.date_from_text):
        return None if undated_days is None else 0.5
    widest = max(_width_days(a), _width_days(b))
    if widest <= 1:
        return 1.0
    if widest <= 7:
        return 0.7
    return 0.5 if widest <= 31 else 0.3


def _width_days(profile: MatchProfile) -> int:
    start, end = profile.days
    return (end - start).days + 1


def place_similarity(a: MatchProfile, b: MatchProfile) -> tuple[float | None, float | None]:
    """(distance in km or None, similarity); similarity -1 when precisions rule it out,
    None when either place is unknown or names only the country."""
    coarser = max(a.place_precision or 6, b.place_precision or 6)
    if a.geonameid is not None and a.geonameid == b.geonameid and coarser in PLACE_RADIUS_KM:
        return 0.0, 1.0
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None, None
    distance = haversine_km(a.lat, a.lon, b.lat, b.lon)
    radius = PLACE_RADIUS_KM.get(coarser)
    if radius is None:
        return distance, None
    if distance > radius:
        return distance, -1.0
    return distance, 1.0 - 0.5 * distance / radius


def actor_similarity(a: MatchProfile, b: MatchProfile) -> float | None:
    """Per role named in both: 1 same named actor, ``UNKNOWN`` if unidentified, 0 different.

    None when no role has an identified actor on both sides.
    """
    scores = [
        _role_score(mine, theirs)
        for mine, theirs in ((a.actor1, b.actor1), (a.actor2, b.actor2))
        if mine and theirs
    ]
    if not scores or all(s == UNKNOWN for s in scores):
        return None
    return round(sum(scores) / len(scores), 4)


def _role_score(mine: tuple[str, ...], theirs: tuple[str, ...]) -> float:
    named = [n for n in mine if not is_generic_actor(n)]
    their_named = [n for n in theirs if not is_generic_actor(n)]
    if any(_same_name(x, y) for x in named for y in their_named):
        return 1.0
    return UNKNOWN if not named or not their_named else 0.0


def _same_name(x: str, y: str) -> bool:
    return fuzz.token_set_ratio(x.casefold(), y.casefold()) >= _SAME_NAME


def _same_actors(a: MatchProfile, b: MatchProfile) -> bool:
    named1 = [n for n in a.actor1 if not is_generic_actor(n)]
    if not named1 or not b.actor1:
        return False
    same1 = any(_same_name(x, y) for x in named1 for y in b.actor1)
    same2 = (not a.actor2 and not b.actor2) or any(
        _same_name(x, y) for x in a.actor2 for y in b.actor2
    )
    return same1 and same2


def count_similarity(a: MatchProfile, b: MatchProfile) -> float | None:
    """Mean ratio smaller/larger of the counts both give; None when none is shared."""
    mine, theirs = dict(a.counts), dict(b.counts)
    ratios = [
        (min(mine[k], theirs[k]) + 1) / (max(mine[k], theirs[k]) + 1)
        for k in mine.keys() & theirs.keys()
    ]
    return round(sum(ratios) / len(ratios), 4) if ratios else None


def evidence_similarity(a: MatchProfile, b: MatchProfile) -> float:
    """Shared content words of the evidence; fuzzy token overlap for older profiles."""
    if a.words and b.words:
        return min(1.0, overlap(a.words, b.words, enough=WORDS_ENOUGH))
    if not a.evidence or not b.evidence:
        return 0.0
    return float(fuzz.token_set_ratio(a.evidence.casefold(), b.evidence.casefold())) / 100.0
