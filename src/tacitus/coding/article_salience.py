"""How central each event is to the article that reports it: its main event scores highest.

A coder reading a report takes as its main event the one the headline and the lead report,
about the person the report is about, told as what happened rather than as the background
of something else. Each event gets a score between 0 and 1 (``Event.salience``) from these
cues, weighted by :data:`WEIGHTS`:

- ``headline``: a word of the title shares its stem with one of the event's triggers
  ("Journalist arrested, charged ..." for "was arrested on Nov. 4");
- ``lead``: the event is mentioned in the article's lead (its first :data:`LEAD_SENTENCES`
  sentences after the title);
- ``mentions``: how many sentences mention it (counted up to :data:`FULL_MENTIONS`);
- ``subject``: one of its sentences names the person the article is about: a person named
  in the title and again in the text, else the one person named most often (at least
  :data:`SUBJECT_MIN_MENTIONS` times, more than anyone else);
- ``foreground``: some mention of it is not inside a background clause or phrase ("after
  the arrest", "following the killing", "for journalists detained in ...");
- ``status``: what happened now over old background, tallies and unreal events.

The score ranks events within one article; it says nothing across articles.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from tacitus.coding.salience import background

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from tacitus.assembly.cluster import Cluster
    from tacitus.pipeline.doc import ArticleDoc
    from tacitus.records.event import Event, EventStatus

__all__ = [
    "FULL_MENTIONS",
    "LEAD_SENTENCES",
    "SUBJECT_MIN_MENTIONS",
    "WEIGHTS",
    "SalienceCues",
    "rank_events",
    "salience_score",
    "subject_keys",
]

LEAD_SENTENCES: Final = 3
FULL_MENTIONS: Final = 3
SUBJECT_MIN_MENTIONS: Final = 3
STEM: Final = 4
WEIGHTS: Final = {
    "headline": 0.3,
    "lead": 0.2,
    "mentions": 0.15,
    "subject": 0.15,
    "foreground": 0.1,
    "status": 0.1,
}
_STATUS_VALUE: Final = {"new": 1.0, "background": 0.5, "aggregate": 0.25}
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


@dataclass(frozen=True, slots=True)
class SalienceCues:
    """What marks one event as central to its article (see the module docstring)."""

    headline: bool
    lead: bool
    mentions: int
    subject: bool
    foreground: bool
    status: EventStatus


def salience_score(cues: SalienceCues) -> float:
    """The weighted sum of the cues, between 0 and 1."""
    values = {
        "headline": float(cues.headline),
        "lead": float(cues.lead),
        "mentions": min(cues.mentions, FULL_MENTIONS) / FULL_MENTIONS,
        "subject": float(cues.subject),
        "foreground": float(cues.foreground),
        "status": _STATUS_VALUE.get(cues.status, 0.0),
    }
    return round(sum(WEIGHTS[name] * value for name, value in values.items()), 2)


def _stems(words: Iterable[str]) -> set[str]:
    return {w.lower()[:STEM] for w in words if len(w) >= STEM}


def title_stems(title: str) -> set[str]:
    """The stems (first letters) of the title's words."""
    return _stems(_WORD.findall(title))


def _name_key(name: str) -> str | None:
    """A person's key: the last capitalised word of the name, lower-cased ("binniyat")."""
    words = [w for w in _WORD.findall(name) if w[0].isupper() and len(w) > 2]
    return words[-1].lower() if words else None


def subject_keys(doc: Doc, title: str) -> set[str]:
    """The keys of the person(s) the article is about (see the module docstring)."""
    counts = Counter(
        key for ent in doc.ents if ent.label_ == "PERSON" and (key := _name_key(ent.text))
    )
    in_title = {k for k in counts if re.search(rf"\b{re.escape(k)}\b", title, re.IGNORECASE)}
    if in_title:
        return in_title
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < SUBJECT_MIN_MENTIONS:
        return set()
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return set()
    return {ranked[0][0]}


def _sentence_keys(doc: Doc) -> dict[int, set[str]]:
    """Person keys named in each sentence, by sentence index."""
    starts = [s.start for s in doc.sents]
    found: dict[int, set[str]] = {}
    for ent in doc.ents:
        key = _name_key(ent.text) if ent.label_ == "PERSON" else None
        if key is None:
            continue
        index = max(i for i, start in enumerate(starts) if start <= ent.start)
        found.setdefault(index, set()).add(key)
    return found


@dataclass(frozen=True, slots=True)
class _Article:
    """What every event of one article is compared with."""

    headline: set[str]
    lead_end: int
    subjects: set[str]
    persons: dict[int, set[str]]


def _article(adoc: ArticleDoc) -> _Article:
    text = adoc.article.text
    title = adoc.article.title or text[: adoc.title_end]
    sents = [s for s in adoc.sents if s.start_char >= adoc.title_end]
    lead_end = sents[min(LEAD_SENTENCES, len(sents)) - 1].end_char if sents else 0
    doc = adoc.doc
    subjects = subject_keys(doc, title) if doc is not None else set()
    persons = _sentence_keys(doc) if doc is not None and subjects else {}
    return _Article(title_stems(title), lead_end, subjects, persons)


def _cues(cluster: Cluster, status: EventStatus, adoc: ArticleDoc, art: _Article) -> SalienceCues:
    frames = [*cluster.frames, *cluster.references]
    sents = {f.trigger.sent for f in frames}
    doc = adoc.doc
    foreground = doc is None or any(not background(doc[f.trigger.head]) for f in cluster.frames)
    return SalienceCues(
        headline=bool(_stems(f.trigger.lemma for f in frames) & art.headline),
        lead=any(f.trigger.start < art.lead_end for f in frames),
        mentions=len(sents),
        subject=any(art.persons.get(i, set()) & art.subjects for i in sents),
        foreground=foreground,
        status=status,
    )


def rank_events(built: Sequence[tuple[Cluster, Event]], adoc: ArticleDoc) -> list[Event]:
    """The events of one article with their ``salience`` set, in their original order."""
    art = _article(adoc)
    return [
        event.model_copy(update={"salience": salience_score(_cues(c, event.status, adoc, art))})
        for c, event in built
    ]
