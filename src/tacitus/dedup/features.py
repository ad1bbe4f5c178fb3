"""Pairwise features of a new report against a stored canonical event, as a coder weighs them.

Hard limits come first (``tacitus.dedup.limits``): different countries, dates the
precisions keep apart, places farther apart than their precisions allow, incompatible
event types. Only pairs that pass every limit get a score. What a report leaves unsaid (no
country, no date, no place finer than the country, only unidentified actors, no count, no
stored article words) is no evidence either way: the similarity is None and the matcher
asks the rest for more (``Matcher.required``). Named participants and content words of the
evidence (``tacitus.dedup.similarity``) and what the two articles share of their stories
(``tacitus.dedup.story``) tell two reports of one kind of event in one country apart.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from tacitus.dedup.limits import (
    PLACE_RADIUS_KM,
    TOO_FAR,
    UNDATED_DAYS,
    hard_limit,
    latitude_reach,
    place_similarity,
    ruled_out,
)
from tacitus.dedup.profile import MatchProfile
from tacitus.dedup.similarity import (
    SAME_FAMILY,
    actor_similarity,
    count_similarity,
    date_similarity,
    evidence_similarity,
    name_similarity,
    own_name_similarity,
    same_actors,
    type_similarity,
)
from tacitus.dedup.story import story_similarity
from tacitus.geodesy import haversine_km

__all__ = [
    "PLACE_RADIUS_KM",
    "SAME_FAMILY",
    "UNDATED_DAYS",
    "MatchFeatures",
    "compare",
    "haversine_km",
    "latitude_reach",
    "own_name_similarity",
    "ruled_out",
    "type_similarity",
]


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
    story_sim: float | None = None
    """Shared distinctive words of the two articles (``story.story_similarity``); None
    until read from a report's own profile (a canonical event's keeps none)."""
    country_known: bool = True
    """False when either report does not say the country: no veto, but no support either."""
    acled_floor: bool = False
    """Same actors, same day, same place: ACLED's own rule for one event."""

    def as_dict(self) -> dict[str, object]:
        """The features as a plain mapping, for the audit record."""
        return asdict(self)


def compare(
    new: MatchProfile, stored: MatchProfile, *, undated_days: int | None = UNDATED_DAYS
) -> MatchFeatures:
    """The features of ``new`` against ``stored``; ``blocked_by`` names a broken hard limit.

    Dates the text gives are compared within their precision, always. A date that only
    stands in for one (``date_from_text`` False) is widened to the ``undated_days``
    before it, or is unknown when ``undated_days`` is None.
    """
    blocked = hard_limit(new, stored, undated_days=undated_days)
    if blocked is not None:
        return MatchFeatures(blocked_by=blocked)
    distance, place = place_similarity(new, stored)
    if place is not None and place < 0:
        return MatchFeatures(blocked_by=TOO_FAR, distance_km=distance)
    date = date_similarity(new, stored, undated_days=undated_days)
    return MatchFeatures(
        blocked_by=None,
        type_sim=type_similarity(new, stored),
        date_sim=date,
        distance_km=None if distance is None else round(distance, 2),
        place_sim=None if place is None else round(place, 4),
        actor_sim=actor_similarity(new, stored),
        count_sim=count_similarity(new, stored),
        evidence_sim=round(evidence_similarity(new, stored), 4),
        name_sim=round(name_similarity(new, stored), 4),
        story_sim=story_similarity(new.story, stored.story),
        country_known=new.country is not None and stored.country is not None,
        acled_floor=date == 1.0 and (place or 0.0) >= 0.9 and same_actors(new, stored),
    )
