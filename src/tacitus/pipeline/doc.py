"""The document that flows through the pipeline, and the mentions components add to it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from tacitus.records import Article, Event

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from tacitus.actors import ActorEntry
    from tacitus.gazetteer import Place
    from tacitus.mentions.attribution import Attribution
    from tacitus.mentions.counts import CountMention
    from tacitus.mentions.dateline import Dateline
    from tacitus.mentions.dates import DateMention


@dataclass(slots=True)
class PlaceMention:
    """A toponym in the text and, once resolved, the gazetteer place it names."""

    text: str
    start: int
    end: int
    sent: int
    head: int
    label: str = "GPE"
    kind_hint: str | None = None
    place: Place | None = None
    score: float = 0.0
    metonym: bool = False
    reason: str = ""
    # ``place`` only stands in for a town the gazetteer lacks: it is the district, state or
    # town the text puts the name in ("the village of Kuriga in Kaduna state").
    stand_in: bool = False

    @classmethod
    def of_span(
        cls,
        span: Span,
        sent: int,
        *,
        label: str = "GPE",
        kind_hint: str | None = None,
        place: Place | None = None,
        score: float = 0.0,
        metonym: bool = False,
        reason: str = "",
    ) -> PlaceMention:
        """A toponym covering the parsed ``span`` of sentence ``sent``, headed by its root."""
        return cls(
            text=span.text,
            start=span.start_char,
            end=span.end_char,
            sent=sent,
            head=span.root.i,
            label=label,
            kind_hint=kind_hint,
            place=place,
            score=score,
            metonym=metonym,
            reason=reason,
        )


@dataclass(slots=True)
class ActorMention:
    """A phrase that names who acts or is acted upon, resolved against the actor KB."""

    text: str
    start: int
    end: int
    sent: int
    head: int
    entry: ActorEntry | None
    kind: Literal["named", "generic", "unknown"]

    @classmethod
    def of_word(cls, token: Token, sent: int, entry: ActorEntry) -> ActorMention:
        """One word that names a known actor ("the Murle", a group's bare noun): named."""
        return cls(
            text=token.text,
            start=token.idx,
            end=token.idx + len(token.text),
            sent=sent,
            head=token.i,
            entry=entry,
            kind="named",
        )

    @classmethod
    def of_place(cls, place: PlaceMention, entry: ActorEntry | None) -> ActorMention:
        """A place name standing for an actor ("Tehran rejected ..."): a named mention."""
        return cls(
            text=place.text,
            start=place.start,
            end=place.end,
            sent=place.sent,
            head=place.head,
            entry=entry,
            kind="named",
        )


@dataclass(slots=True)
class TriggerMention:
    """A word or phrase that says an event happened, with its first typing."""

    text: str
    lemma: str
    start: int
    end: int
    sent: int
    head: int
    code: str
    strength: str
    pos: str


@dataclass(slots=True)
class Frame:
    """One trigger with its linked arguments: the unit event assembly merges."""

    trigger: TriggerMention
    code: str
    modality: str = "asserted"
    date: DateMention | None = None
    sentence_date: DateMention | None = None
    places: list[PlaceMention] = field(default_factory=list)
    sites: list[PlaceMention] = field(default_factory=list)
    actor1: list[ActorMention] = field(default_factory=list)
    actor2: list[ActorMention] = field(default_factory=list)
    counts: list[CountMention] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    verified: bool | None = None
    aggregate: bool = False
    reference: bool = False
    habitual: bool = False
    orphan: bool = False
    generic_plural: bool = False
    cues: set[str] = field(default_factory=set)


@dataclass(slots=True)
class ArticleDoc:
    """An article on its way through the pipeline. Components fill the fields they provide."""

    article: Article
    published: dt.date | None = None
    published_reason: str = ""
    doc: Doc | None = None
    dateline: Dateline | None = None
    title_end: int = 0
    dates: list[DateMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    actors: list[ActorMention] = field(default_factory=list)
    counts: list[CountMention] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    unverified_sents: set[int] = field(default_factory=set)
    quotes: list[tuple[int, int]] = field(default_factory=list)
    triggers: list[TriggerMention] = field(default_factory=list)
    frames: list[Frame] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    focus_country: str | None = None
    timings: dict[str, float] = field(default_factory=dict)
    _sents: tuple[Doc, list[Span]] | None = field(default=None, repr=False, compare=False)

    @property
    def sents(self) -> list[Span]:
        """The parsed sentences (empty before the parse component runs).

        spaCy finds the sentences anew on each ``doc.sents``; components ask for them many
        times, so they are found once per doc and each caller gets its own copy of the list.
        """
        if self.doc is None:
            return []
        if self._sents is None or self._sents[0] is not self.doc:
            self._sents = (self.doc, list(self.doc.sents))
        return list(self._sents[1])
