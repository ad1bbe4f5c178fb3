"""The merge decision: score a new report against candidate canonical events, pick the best.

The score is a weighted mean of what both reports say (``features.compare``). A candidate
of several articles is also held against each of its reports' own profiles, which keep
their article's story words (``tacitus.dedup.story``); so is a candidate of one article
when those words could change the decision (``Matcher.best_report``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace

from tacitus.dedup.features import MatchFeatures, compare
from tacitus.dedup.limits import (
    TOO_FAR,
    UNDATED_DAYS,
    place_similarity,
    places_agree,
    ruled_out,
    spread_only,
)
from tacitus.dedup.profile import MatchProfile
from tacitus.dedup.similarity import SAME_FAMILY, own_name_similarity
from tacitus.dedup.story import story_similarity

STORY_WEIGHT = 0.5
"""``Weights.story_sim``: the articles' shared distinctive words (``tacitus.dedup.story``)."""
STORY_FULL = 0.3
"""``Matcher.story_full``: on ECB+, two articles of one story share about a quarter of
their distinctive words (median), of two stories rarely a fifth."""
UNSURE_STORY = 0.2
"""``Matcher.unsure_story``: a fifth, which two articles of two stories rarely share (two
of one story typically share a quarter, and a pair asked for more is often one whose
evidence is thin, so it shares less); between articles' main events only, since their
story words speak of nothing else. On ECB+ conflict topics, of the main-event pairs asked
for more that share a fifth to a quarter, 31 are one event and 5 two; 10 and 2 of them
reach their score."""
STORY_APART = 0.1
"""``Matcher.story_apart``: most pairs of articles about two stories share less."""
ABSORB_MARGIN = 0.05
"""``Matcher.absorb_margin``: a new report that clears a lone article's main event by this
much, as well as the event it joins, takes it in. Only main events of articles: what an
article leads with is what a later one retells; a side mention may be any earlier event."""
MERGEABLE_STATUSES = frozenset({"new", "background"})
"""Reports that may join another: a dated event, or a background mention of one.

Aggregates, future, hypothetical and negated events stay on their own.
"""


@dataclass(frozen=True, slots=True)
class Weights:
    """How much each similarity counts in the score, relative to the others that both
    reports give (``Matcher.score`` divides by the sum of those)."""

    type_sim: float = 0.15
    date_sim: float = 0.1
    place_sim: float = 0.1
    actor_sim: float = 0.1
    count_sim: float = 0.05
    evidence_sim: float = 0.1
    name_sim: float = 0.4
    story_sim: float = STORY_WEIGHT


@dataclass(frozen=True, slots=True)
class MatchDecision:
    """A new report joins ``canonical_id``, with the features and score that decided it."""

    canonical_id: str
    score: float
    features: MatchFeatures
    report: str | None = None
    """The report (article event id) whose own profile matched best; None when the
    canonical event's merged profile did."""
    leads: bool = False
    """Whether the new report and what it matched (the report, else the canonical event)
    are both their articles' main events (``MatchProfile.lead``)."""


@dataclass(frozen=True, slots=True)
class Choice:
    """What ``Matcher.choose`` decided for a new report."""

    best: MatchDecision | None
    absorbed: tuple[str, ...] = ()
    """Canonical events of one article that join ``best``'s along with the new report."""


ReportsOf = Callable[[str], Sequence[MatchProfile]]
"""The profiles of a canonical event's reports, by its id (``Matcher.best``)."""


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
    unsure_story: float = UNSURE_STORY
    """Or share this much of their articles' distinctive words (``story_sim``)."""
    story_apart: float = STORY_APART
    """A ``story_sim`` below this says two stories: it counts against the pair. Above it,
    it counts only for the pair: two reporters of one story may write it differently."""
    story_full: float = STORY_FULL
    """The ``story_sim`` that counts as full agreement in the score (``story_score``)."""
    absorb_margin: float = ABSORB_MARGIN
    """How far a new report must clear a lone article's main event, besides the event it
    joins, to take it in (``choose``)."""

    def required(self, features: MatchFeatures) -> float:
        """The score ``features`` must reach: higher when the evidence is thin."""
        if features.country_known and features.type_sim >= SAME_FAMILY:
            return self.threshold
        if features.name_sim < self.unsure_names and (
            features.story_sim is None or features.story_sim < self.unsure_story
        ):
            return 2.0
        return self.threshold + self.unsure_margin

    def story_score(self, story_sim: float | None) -> float | None:
        """``story_sim`` on the scale of the other similarities: ``story_full`` and above
        is full agreement (two long articles of one story never share every word)."""
        return None if story_sim is None else min(1.0, story_sim / self.story_full)

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
                (w.story_sim, self.story_score(features.story_sim)),
            )
            if value is not None
        ]
        total = sum(weight * value for weight, value in known) / sum(wt for wt, _ in known)
        if features.acled_floor:
            total = max(total, self.threshold)
        return round(total, 4)

    def best(
        self,
        new: MatchProfile,
        candidates: Iterable[MatchProfile],
        *,
        reports_of: ReportsOf | None = None,
    ) -> MatchDecision | None:
        """The best candidate at or above the threshold, if any (``choose``)."""
        return self.choose(new, candidates, reports_of=reports_of).best

    def choose(
        self,
        new: MatchProfile,
        candidates: Iterable[MatchProfile],
        *,
        reports_of: ReportsOf | None = None,
    ) -> Choice:
        """The best candidate at or above the threshold, and the lone reports it takes in.

        Events reported as new come before background-only ones; then, for an article's
        main event (``MatchProfile.lead``), canonical events that are the main event of
        an earlier article come first: two reports of one story lead with the same event,
        while what one mentions on the side (an earlier attack, an arrest, a funeral)
        makes a canonical event of its own, as alike to the story's words as the main
        one. Then the higher score; ties go to the candidate listed first (the store
        lists older events first). A background mention joins only an event reported as
        new, never another mention.

        ``reports_of``: a candidate of several articles is also compared with each of its
        reports (``best_report``), as a coder holds a new article against each earlier
        one, not only against their sum (whose pooled names dilute the overlap); so is a
        candidate of one article when its article's story words could lift the pair.

        Matching in storage order can leave a story's first article alone: the second
        falls just short of it, the later ones then join the second. When a later
        article's main event clears a lone article's main event by ``absorb_margin`` as
        well as the event it joins, the lone one is taken in too (``Choice.absorbed``),
        provided it fits the chosen event (``_fits``). When the lone one is the best
        candidate and an event of several articles is reached too, the new report joins
        that event and brings the lone one along.
        """
        if new.status not in MERGEABLE_STATUSES:
            return Choice(None)
        best: tuple[tuple[bool, bool, float], MatchDecision, MatchProfile] | None = None
        told: tuple[tuple[bool, bool, float], MatchDecision, MatchProfile] | None = None
        lone: list[tuple[MatchProfile, MatchDecision]] = []
        for candidate in candidates:
            if not _may_join(new, candidate):
                continue
            decision = self._decide(new, candidate, reports_of=reports_of)
            if not self.reaches(decision.features, decision.score):
                continue
            rank = (candidate.status == "new", decision.leads, decision.score)
            if self._may_absorb(new, candidate, decision):
                lone.append((candidate, decision))
            elif len(candidate.article_ids) > 1 and (told is None or rank > told[0]):
                told = (rank, decision, candidate)
            if best is None or rank > best[0]:
                best = (rank, decision, candidate)
        if best is None:
            return Choice(None)
        _, chosen, target = best
        if (
            told is not None
            and told[1].leads
            and any(d is chosen for _, d in lone)
            and self._fits(target, told[2], new)
        ):
            # The best is a lone article's main event, and an event of several articles'
            # main events is reached too: the lone one goes into it with the new report.
            _, chosen, target = told
        absorbed = tuple(
            candidate.event_id
            for candidate, decision in lone
            if decision is not chosen and chosen.leads and self._fits(candidate, target, new)
        )
        return Choice(chosen, absorbed)

    def _fits(self, lone: MatchProfile, target: MatchProfile, new: MatchProfile) -> bool:
        """Whether the lone event may join ``target`` along with ``new``: no hard limit
        keeps them apart, and it sets the event no farther from ``target``'s place than
        ``new`` does. The new report vouches for the lone one by their shared words, not
        for a place of its own: two strikes a few miles apart on one day, told alike,
        stay apart."""
        if ruled_out(lone, target, undated_days=self.undated_days) is not None:
            return False
        place = place_similarity(lone, target)[1]
        return place is None or place >= (place_similarity(new, target)[1] or 0.0)

    def _may_absorb(
        self, new: MatchProfile, candidate: MatchProfile, decision: MatchDecision
    ) -> bool:
        """Whether ``candidate``, if not chosen, is a lone main event ``new`` clears by far."""
        return (
            new.status == "new"
            and candidate.status == "new"
            and decision.leads
            and len(candidate.article_ids) == 1
            and decision.score - self.required(decision.features) >= self.absorb_margin
        )

    def reaches(self, features: MatchFeatures, score: float) -> bool:
        """Whether ``score`` reaches what ``features`` require (``required``)."""
        return score >= self.required(features)

    def _decide(
        self, new: MatchProfile, candidate: MatchProfile, *, reports_of: ReportsOf | None
    ) -> MatchDecision:
        features = compare(new, candidate, undated_days=self.undated_days)
        merged = MatchDecision(
            candidate.event_id, self.score(features), features, leads=new.lead and candidate.lead
        )
        if features.blocked_by is not None:
            return merged
        reports: Sequence[MatchProfile] | None = None
        if spread_only(new, candidate):
            # Near only one of the places its reports give, not the one it keeps: one of
            # those reports must name a place near enough.
            reports = reports_of(candidate.event_id) if reports_of is not None else ()
            if not any(places_agree(new, report) for report in reports):
                apart = MatchFeatures(blocked_by=TOO_FAR, distance_km=features.distance_km)
                return MatchDecision(candidate.event_id, 0.0, apart)
        if reports_of is None:
            return merged
        if len(candidate.article_ids) < 2 and not self._story_may_decide(new, merged):
            return merged
        if reports is None:
            reports = reports_of(candidate.event_id)
        return self.best_report(new, reports, merged=merged)

    def _story_may_decide(self, new: MatchProfile, merged: MatchDecision) -> bool:
        """Whether the articles' story words, not yet read, could change the decision: they
        count only between two articles' main events, where they confirm or overturn a pair
        that reaches what it requires, and may carry one below it over. Only then are the
        reports of a candidate of one article read."""
        features = merged.features
        if not (new.story and merged.leads) or features.story_sim is not None:
            return False
        if self.reaches(features, merged.score):
            return True
        best = replace(features, story_sim=self.story_full)
        return self.reaches(best, self.score(best))

    def best_report(
        self, new: MatchProfile, reports: Iterable[MatchProfile], *, merged: MatchDecision
    ) -> MatchDecision:
        """The decision of the report that matches the new one best: for an article's main
        event, another article's main event that it reaches first (``MatchDecision.leads``),
        then the report that clears what its features require by most.

        A report's features are the merged profile's with what that report shares with the
        new one: the names of its own sentences (``own_name_similarity``, where higher than
        the merged profile's) and, when both are their articles' main events, the
        distinctive words of the two articles (``story_sim``). Two articles that tell one
        story lead with one event; their shared words say nothing of the other events
        either mentions, which the story's words would carry to any event of one kind
        in one place. The merged profile's decision stands when no report clears by more
        and no story words were read: once read, they count for the pair or against it.

        Everything else stays the merged profile's (what the reports agree on together),
        and a report that breaks a hard limit of its own is passed over. Only the reports'
        own names count here: their articles' names, pooled in the merged profile, spread
        over every story set in one place. On ECB+ comparing whole report profiles instead
        merged more stories wrongly and lowered B-cubed.
        """
        known = merged.features
        best: tuple[tuple[bool, float], MatchDecision] | None = None
        told = False
        for report in reports:
            if ruled_out(new, report, undated_days=self.undated_days) is not None:
                continue
            leads = new.lead and report.lead
            story = story_similarity(new.story, report.story) if leads else None
            told = told or story is not None
            features = replace(
                known,
                name_sim=max(known.name_sim, own_name_similarity(new, report)),
                story_sim=_higher(known.story_sim, story),
            )
            score = self.score(features)
            margin = score - self.required(features)
            key = (leads and margin >= 0, margin)
            if best is None or key > best[0]:
                decision = MatchDecision(
                    merged.canonical_id, score, features, report.event_id, leads=leads
                )
                best = (key, decision)
        if best is None:
            return merged
        (_, margin), decision = best
        apart = told and (decision.features.story_sim or 0.0) < self.story_apart
        if not apart and margin <= merged.score - self.required(known):
            return replace(merged, leads=decision.leads)
        return decision


def _higher(known: float | None, other: float | None) -> float | None:
    """The higher of two similarities either of which may be unknown (None)."""
    if known is None or other is None:
        return other if known is None else known
    return max(known, other)


def _may_join(new: MatchProfile, candidate: MatchProfile) -> bool:
    if candidate.status not in MERGEABLE_STATUSES:
        return False
    return new.status == "new" or candidate.status == "new"
