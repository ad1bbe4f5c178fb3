"""``tacitus eval dedup``: cross-document event deduplication scored on ECB+.

Each ECB+ document is one report. Its *main event* in the gold is the cross-document
event instance of the story it reports: its sub-topic's seminal event when it mentions
that, else the instance it mentions most (``tacitus.evaluation.ecbplus``). Tacitus extracts
each document into one store, where every event is matched incrementally; a document's
system cluster is the canonical event of its main event (``tacitus.dedup.lead``: what the
headline and lead report, the event the store matches first; no gold is read to choose
it; a document with no event is a cluster of its own). Clusters are scored at
document level with B-cubed, MUC, CEAF-e and CoNLL F1, over every topic and over the
conflict topics alone (with B-cubed F1 against the earlier gold too, each document's most
mentioned instance); then again against each document's *seminal event* (ECB+ gives
each topic two, one per subtopic: the documents of a subtopic all report one story), the
story-level gold a human clustering reports would use.

ECB+ documents carry no publication date. The pipeline needs one to read relative dates,
so every document is given the same stand-in (``PUBLISHED``); then every date that leans
on it ("on Sunday", "March 3" without a year, no date at all) is marked as not from the
text (``undated``), and the matcher treats such dates as unknown
(``Matcher(undated_days=None)``). Dates written out with their year keep every hard limit.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

from tacitus.dedup import Matcher
from tacitus.dedup.lead import lead_end, main_event
from tacitus.evaluation.coref_scores import Clustering, b_cubed, ceaf_e, conll_f1, muc
from tacitus.evaluation.ecbplus import EcbDocument, load_ecbplus
from tacitus.evaluation.scorecard import Metric, Scorecard
from tacitus.pipeline import Pipeline
from tacitus.records import Article, Event
from tacitus.store import SQLiteStore

CONFLICT_TOPICS = frozenset({8, 16, 18, 19, 22, 32, 33, 41})
"""Riot firebombing, shootings, a riot and the bombing of a refugee camp."""
PUBLISHED = dt.date(2010, 1, 1)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")

__all__ = [
    "CONFLICT_TOPICS",
    "EcbDocument",
    "cluster_documents",
    "eval_matcher",
    "lead_end",
    "load_ecbplus",
    "main_event",
    "score_dedup",
    "undated",
]


def cluster_documents(
    documents: Sequence[EcbDocument],
    *,
    pipeline: Pipeline,
    store: SQLiteStore,
    on_document: Callable[[], None] = lambda: None,
) -> dict[str, str]:
    """Extract each document into ``store``; document name -> its main event's cluster.

    The clusters are read once every document is stored: a later report may take an
    earlier one's lone event into its own (``Matcher.choose``).
    """
    articles = (
        Article(id=d.name, text=d.text, published=PUBLISHED, source=f"ECB+ topic {d.topic}")
        for d in documents
    )
    mains: dict[str, str | None] = {}
    for result in pipeline.pipe(articles):
        events = [undated(e) for e in result.events]
        if result.error is None:
            store.save(result.article, events)
        main = main_event(result.article.text, events)
        mains[result.article.id] = main.event_id if main else None
        on_document()
    return {
        name: (store.canonical_id(main) if main else None) or f"alone:{name}"
        for name, main in mains.items()
    }


def eval_matcher() -> Matcher:
    """The matcher for a corpus without publication dates: stand-in dates are unknown."""
    return Matcher(undated_days=None)


def undated(event: Event) -> Event:
    """``event`` with its date marked not from the text unless the text gives its year.

    Without a publication date, a weekday, a month and day without the year or a date
    inferred from nothing cannot be placed on the calendar.
    """
    date = event.date
    if date.from_text and "publication date" not in date.reason and _YEAR.search(date.text or ""):
        return event
    if not date.from_text:
        return event
    why = f"{date.reason}; no publication date, so not placed on the calendar"
    return event.model_copy(
        update={"date": date.model_copy(update={"from_text": False, "reason": why})}
    )


def score_dedup(documents: Sequence[EcbDocument], assigned: Clustering) -> Scorecard:
    """Scores over every document, then over the conflict topics alone."""
    card = Scorecard(dataset="ECB+", task="event deduplication (document level)")
    conflict = [d for d in documents if d.topic in CONFLICT_TOPICS]
    for label, subset in (("all", documents), ("conflict", conflict)):
        if subset:
            card.metrics.extend(_metrics(label, subset, assigned))
    for label, subset in (("all", documents), ("conflict", conflict)):
        if subset:
            card.metrics.extend(_story_metrics(label, subset, assigned))
    return card


def _story_metrics(label: str, subset: Sequence[EcbDocument], assigned: Clustering) -> list[Metric]:
    """Scores against the seminal events: one story, whichever of its events a report
    mentions most."""
    gold = {d.name: d.seminal_event for d in subset}
    system = {d.name: assigned[d.name] for d in subset}
    b3 = b_cubed(gold, system)
    note = f"{len(subset)} documents, {len(set(gold.values()))} seminal events"
    return [
        Metric(name=f"{label}, seminal events: B-cubed F1", value=round(b3.f1, 4), note=note),
        Metric(name=f"{label}, seminal events: B-cubed precision", value=round(b3.precision, 4)),
        Metric(name=f"{label}, seminal events: B-cubed recall", value=round(b3.recall, 4)),
        Metric(name=f"{label}, seminal events: CoNLL F1", value=round(conll_f1(gold, system), 4)),
    ]


def _metrics(label: str, subset: Sequence[EcbDocument], assigned: Clustering) -> list[Metric]:
    gold = {d.name: d.main_event for d in subset}
    system = {d.name: assigned[d.name] for d in subset}
    singletons = {d.name: d.name for d in subset}
    n = len(subset)
    b3, link, entity = b_cubed(gold, system), muc(gold, system), ceaf_e(gold, system)
    note = f"{n} documents, {len(set(gold.values()))} gold events"
    return [
        Metric(name=f"{label}: B-cubed F1", value=round(b3.f1, 4), note=note),
        Metric(name=f"{label}: B-cubed precision", value=round(b3.precision, 4)),
        Metric(name=f"{label}: B-cubed recall", value=round(b3.recall, 4)),
        Metric(name=f"{label}: MUC F1", value=round(link.f1, 4)),
        Metric(name=f"{label}: CEAF-e F1", value=round(entity.f1, 4)),
        Metric(name=f"{label}: CoNLL F1", value=round(conll_f1(gold, system), 4)),
        Metric(
            name=f"{label}: B-cubed F1, most-mentioned gold",
            value=round(b_cubed({d.name: d.most_mentioned for d in subset}, system).f1, 4),
            note="the gold before #7: each document's most mentioned instance",
        ),
        Metric(
            name=f"{label}: B-cubed F1, singletons baseline",
            value=round(b_cubed(gold, singletons).f1, 4),
            note="every document its own event",
        ),
        Metric(
            name=f"{label}: system clusters",
            value=float(len(set(system.values()))),
            note="canonical events the documents' main events fell into",
        ),
    ]
