"""Cross-article deduplication: many reports of one event become one canonical event.

``MatchProfile`` flattens an event for matching (with its named participants and content
words, ``tacitus.dedup.words``), ``compare`` computes the pairwise features (with hard
limits on country, dates and distance), ``Matcher`` scores and decides, and
``derive`` builds the canonical event from its reports by explicit rules. The store
(``tacitus.store.canonical``) runs the matching incrementally, with blocking and an audit.
"""

from tacitus.dedup.canonical import Report, derive
from tacitus.dedup.features import MatchFeatures, compare, haversine_km
from tacitus.dedup.matcher import MatchDecision, Matcher, Weights
from tacitus.dedup.profile import MatchProfile

__all__ = [
    "MatchDecision",
    "MatchFeatures",
    "MatchProfile",
    "Matcher",
    "Report",
    "Weights",
    "compare",
    "derive",
    "haversine_km",
]
