"""``tacitus eval dedup``: cross-document event deduplication scored on ECB+.

Each ECB+ document is one report. Its *main event* in the gold is the cross-document
event instance with the most mentions in it (ties: the first mentioned). Tacitus extracts
each document into one store, where every event is matched incrementally; a document's
system cluster is the canonical event of its main event (``main_event``: what the headline
and lead report; a document with no event is a cluster of its own). Clusters are scored at
document level with B-cubed, MUC, CEAF-e and CoNLL F1, over every topic and over the
conflict topics alone; then again against each document's *seminal event* (ECB+ gives
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
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from tacitus.dedup import Matcher
from tacitus.errors import TacitusError
from tacitus.evaluation.coref_scores import Clustering, b_cubed, ceaf_e, conll_f1, muc
from tacitus.evaluation.scorecard import Metric, Scorecard
from tacitus.pipeline import Pipeline
from tacitus.records import Article, Event
from tacitus.store import SQLiteStore

CONFLICT_TOPICS = frozenset({8, 16, 18, 19, 22, 32, 33, 41})
"""Riot firebombing, shootings, a riot and the bombing of a refugee camp."""
PUBLISHED = dt.date(2010, 1, 1)
_LEAD_WORDS = 8
_SENTENCE_END = (".", "!", "?", '"', "”")
_STEM = 5
"""A trigger's lemma is counted in the text by its first letters ("shoot" in "shooting")."""
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_NO_SPACE_BEFORE = re.compile(r" ([.,;:!?%)\]'’]|n't|'s)")
_NO_SPACE_AFTER = re.compile(r"([(\[$]) ")


@dataclass(frozen=True, slots=True)
class EcbDocument:
    """One ECB+ document: its text and the gold instance of its main event."""

    name: str
    topic: int
    text: str
    main_event: str

    @property
    def seminal_event(self) -> str:
        """The story the document reports: its topic and half (ECB or ECB+ subtopic)."""
        half = "ecbplus" if self.name.endswith("ecbplus") else "ecb"
        return f"{self.topic}:{half}"


def load_ecbplus(folder: Path, *, topics: Iterable[int] | None = None) -> list[EcbDocument]:
    """The documents under ``folder/ECB+`` that have a cross-document event, by name."""
    root = folder / "ECB+"
    if not root.is_dir():
        raise TacitusError(f"no ECB+ corpus at {root}; pass --data", code="no_data")
    wanted = set(topics) if topics is not None else None
    documents = []
    for path in sorted(root.glob("*/*.xml")):
        topic = int(path.parent.name)
        if wanted is not None and topic not in wanted:
            continue
        document = _document(path, topic=topic)
        if document is not None:
            documents.append(document)
    return documents


def _document(path: Path, *, topic: int) -> EcbDocument | None:
    tree = ET.parse(path).getroot()
    tokens = [(t.get("t_id", ""), t.get("sentence", "0"), t.text or "") for t in tree.iter("token")]
    first_token = {t_id: n for n, (t_id, _, _) in enumerate(tokens)}
    anchors = {
        m.get("m_id", ""): [first_token.get(a.get("t_id", ""), 1 << 30) for a in m]
        for m in tree.find("Markables") or []
        if m.tag.startswith("ACTION") and len(m)
    }
    mentions: Counter[str] = Counter()
    first: dict[str, int] = {}
    for relation in tree.iter("CROSS_DOC_COREF"):
        instance = relation.get("note", "")
        for source in relation.iter("source"):
            m_id = source.get("m_id", "")
            if m_id in anchors:
                mentions[instance] += 1
                first[instance] = min(first.get(instance, 1 << 30), *anchors[m_id])
    if not mentions:
        return None
    main = max(mentions, key=lambda i: (mentions[i], -first[i]))
    return EcbDocument(path.stem, topic, _detokenize(tokens), main)


def _detokenize(tokens: Sequence[tuple[str, str, str]]) -> str:
    """The document as paragraphs, one per sentence; an ECB+ document's first sentence is
    its source address when it was found on the web (dropped), else its lead."""
    sentences: dict[str, list[str]] = {}
    for _, sentence, word in tokens:
        sentences.setdefault(sentence, []).append(word)
    lines = [" ".join(words) for words in sentences.values()]
    text = "\n\n".join(line for line in lines if not line.startswith("http"))
    return _NO_SPACE_AFTER.sub(r"\1", _NO_SPACE_BEFORE.sub(r"\1", text))


def cluster_documents(
    documents: Sequence[EcbDocument],
    *,
    pipeline: Pipeline,
    store: SQLiteStore,
    on_document: Callable[[], None] = lambda: None,
) -> dict[str, str]:
    """Extract each document into ``store``; document name -> its main event's cluster."""
    articles = (
        Article(id=d.name, text=d.text, published=PUBLISHED, source=f"ECB+ topic {d.topic}")
        for d in documents
    )
    assigned: dict[str, str] = {}
    for result in pipeline.pipe(articles):
        name = result.article.id
        events = [undated(e) for e in result.events]
        if result.error is None:
            store.save(result.article, events)
        main = main_event(result.article.text, events)
        canonical = store.canonical_id(main.event_id) if main else None
        assigned[name] = canonical or f"alone:{name}"
        on_document()
    return assigned


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


def main_event(text: str, events: Sequence[Event]) -> Event | None:
    """The event a report is about, as a coder reads it: among events reported as new
    (else any), a coded one, then one whose trigger is in the headline or lead, then the
    one whose trigger's word the article repeats most, then the most confident.
    """
    reported = [e for e in events if e.status == "new"] or list(events)
    if not reported:
        return None
    lead, lowered = lead_end(text), text.casefold()

    def rank(event: Event) -> tuple[bool, bool, int, float]:
        trigger = event.trigger
        in_lead = trigger is not None and trigger.span[0] < lead
        repeated = lowered.count(trigger.lemma[:_STEM].casefold()) if trigger else 0
        return event.acled is not None, in_lead, repeated, event.confidence

    return max(reported, key=rank)


def lead_end(text: str) -> int:
    """Where the headline and lead end: after the first paragraph that is a full sentence
    (``_LEAD_WORDS`` words or more, ending a sentence); the whole text when none is."""
    position = 0
    for paragraph in text.split("\n\n"):
        position += len(paragraph) + 2
        if len(paragraph.split()) >= _LEAD_WORDS and paragraph.rstrip().endswith(_SENTENCE_END):
            return position
    return len(text)


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
