"""The merge decision: score a new report against candidate canonical events, pick the best."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from tacitus.dedup.features import SAME_FAMILY, UNDATED_DAYS, MatchFeatures, compare
from tacitus.dedup.profile import MatchProfile

MERGEABLE_STATUSES = frozenset({"new", "background"})
"""Reports that may join another: a dated event, or a background mention of one.

Aggregates, future, hypothetical and negated events stay on their own.
"""


@dataclass(frozen=True, slots=True)
class Weights:
    """How much each similarity counts in the score (they sum to 1)."""

    type_sim: float = 0.15
    date_sim: float = 0.1
    place_sim: float = 0.1
    actor_sim: float = 0.1
    count_sim: float = 0.05
    evidence_sim: float = 0.1
    name_sim: float = 0.4


@dataclass(frozen=True, slots=True)
class MatchDecision:
    """A new report joins ``canonical_id``, with the features and score that decided it."""

    canonical_id: str
    score: float
    features: MatchFeatures


@dataclass(frozen=True, slots=True)
class Matcher:
    """Scores pairs and decides merges; ``threshold`` is the lowest score that merges.

    ``undated_days``: how many days before its stand-in date (dateline or publication
    date) an event the text does not date may have happened; None when stand-in dates
    mean nothing (a corpus without publication dates): such dates are then unknown, and
    blocking falls back to the country alone.
    """

    threshold: float = 0.55
    weights: Weights = field(default_factory=Weights)
    undated_days: int | None = UNDATED_DAYS
    unsure_margin: float = 0.05
    """Added to the threshold when either report leaves the country unknown or the two
    types only loosely agree; such pairs must also share ``unsure_names`` of names."""
    unsure_names: float = 0.6

    def required(self, features: MatchFeatures) -> float:
        """The score ``features`` must reach: higher when the evidence is thin."""
        if features.country_known and features.type_sim >= SAME_FAMILY:
            return self.threshold
        if features.name_sim < self.unsure_names:
            return 2.0
        return self.threshold + self.unsure_margin

    def score(self, features: MatchFeatures) -> float:
        """The weighted mean of the similarities both reports give; 0 when a hard limit
        is broken.

        What either report leaves unsaid (date, place, actors, counts) is no evidence
        either way: it drops out and the other weights are rescaled.

        ACLED's floor (same actors, same day, same place) always reaches the threshold.
        """
        if features.blocked_by is not None:
            return 0.0
        w = self.weights
        known = [
            (weight, value)
            for weight, value in (
                (w.type_sim, features.type_sim),
                (w.date_sim, features.date_sim),
                (w.place_sim, features.place_sim),
                (w.actor_sim, features.actor_sim),
                (w.count_sim, features.count_sim),
                (w.evidence_sim, features.evidence_sim),
                (w.name_sim, features.name_sim),
            )
            if value is not None
        ]
        total = sum(weight * value for weight, value in known) / sum(wt for wt, _ in known)
        if features.acled_floor:
            total = max(total, self.threshold)
        return round(total, 4)

    def best(self, new: MatchProfile, candidates: Iterable[MatchProfile]) -> MatchDecision | None:
        """The best candidate at or above the threshold, if any.

        Events reported as new come before background-only ones, then the higher score;
        ties go to the candidate listed first (the store lists older events first). A
        background mention joins only an event reported as new, never another mention.
        """
        if new.status not in MERGEABLE_STATUSES:
            return None
        best: tuple[bool, float, MatchDecision] | None = None
        for candidate in candidates:
            if not _may_join(new, candidate):
                continue
            features = compare(new, candidate, undated_days=self.undated_days)
            score = self.score(features)
            rank = (candidate.status == "new", score)
            if score >= self.required(features) and (best is None or rank > best[:2]):
                best = (*rank, MatchDecision(candidate.event_id, score, features))
        return best[2] if best else None


def _may_join(new: MatchProfile, candidate: MatchProfile) -> bool:
    if candidate.status not in MERGEABLE_STATUSES:
        return False
    return new.status == "new" or candidate.status == "new"
