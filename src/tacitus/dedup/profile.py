"""What matching reads from an event: a small, flat profile kept next to each canonical event.

Parsing a whole event record for every candidate would dominate the cost of matching, so
the store keeps this profile as compact JSON and the matcher compares profiles only.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Iterable
from dataclasses import MISSING, dataclass, fields, replace
from typing import Any

from tacitus.dedup.words import (
    MAX_CONTEXT,
    MAX_NAMES,
    MAX_WORDS,
    MAX_YEARS,
    ArticleContext,
    content_words,
    proper_names,
)
from tacitus.records.event import Event

_EVIDENCE_CHARS = 400
_GENERIC_PREFIXES = ("unidentified", "unknown", "rioters", "protesters", "civilians")
"""ACLED's generic actors: they say what kind of people acted, not who."""
_COUNTRY_PRECISION = 6
SET_FIELDS = ("names", "words", "context", "story")
"""The profile's names and words, stored after the rest (``MatchProfile.to_json``); a
profile stored before ``story`` existed lists only the first three."""
_REQUIRED = object()
"""Stands for "no default": a required field is always written."""
_COMPACT = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False)
"""The encoder of ``MatchProfile.to_json`` (``json.dumps`` would build one per call)."""
_MERGED_ARTICLES = 4
"""A canonical event keeps the names and words of up to this many articles' evidence."""


@dataclass(frozen=True, slots=True)
class MatchProfile:
    """The fields of an event that matching compares, flattened."""

    event_id: str
    status: str
    event_type: str | None
    sub_event_type: str | None
    plover: str
    date_start: str
    date_end: str
    date_precision: str
    country: str | None
    lat: float | None
    lon: float | None
    place_precision: int | None
    """UCDP location precision: 1 exact place ... 6 country, 7 beyond; None without a place."""
    geonameid: int | None
    actor1: tuple[str, ...]
    actor2: tuple[str, ...]
    counts: tuple[tuple[str, int], ...]
    evidence: str
    """The evidence text, kept only when it gives no content words (``words``)."""
    article_ids: tuple[str, ...]
    date_from_text: bool = True
    """False when the date only stands in for one (the dateline or publication date)."""
    names: tuple[str, ...] = ()
    """Named participants and places in the evidence and actors (``words.proper_names``)."""
    words: tuple[str, ...] = ()
    """Content words of the evidence (``words.content_words``)."""
    context: tuple[str, ...] = ()
    """Named participants and places of the whole article (``ArticleContext.names``) beyond
    ``names``; of every report's article, for a canonical event."""
    years: tuple[int, ...] = ()
    """Years the article mentions, the most mentioned first (``ArticleContext.years``)."""
    story: tuple[str, ...] = ()
    """The distinctive words of a report's article (``ArticleContext.words``). Empty for a
    canonical event: its reports keep theirs (``without_story``)."""
    spread: int | None = None
    """For a canonical event whose reports put it apart: the UCDP precision whose radius
    around its place holds every report's place (``tacitus.dedup.spread``); None when its
    own precision's does."""
    lead: bool = False
    """Whether the event is its article's main event (``ArticleContext.lead``); for a
    canonical event, whether it is some report's (``Matcher.best`` holds leads together)."""

    @classmethod
    def of(cls, event: Event, *, context: ArticleContext | None = None) -> MatchProfile:
        """The profile of ``event``, with what its article says around it when given."""
        place = event.location
        articles = min(_MERGED_ARTICLES, max(1, len(event.article_ids)))
        names = proper_names(_name_texts(event), limit=MAX_NAMES * articles)
        words = content_words(_evidence_texts(event), limit=MAX_WORDS * articles)
        return cls(
            event_id=event.event_id,
            status=event.status,
            event_type=event.acled.event_type if event.acled else None,
            sub_event_type=event.acled.sub_event_type if event.acled else None,
            plover=event.plover.event,
            date_start=event.date.start,
            date_end=event.date.end,
            date_precision=event.date.precision,
            country=place.country.upper() if place and place.country else None,
            lat=place.lat if place else None,
            lon=place.lon if place else None,
            place_precision=place.precision.ucdp if place else None,
            geonameid=place.geonameid if place else None,
            actor1=tuple(a.name for a in event.actors if a.role == "actor1"),
            actor2=tuple(a.name for a in event.actors if a.role == "actor2"),
            counts=tuple(sorted(_count_values(event).items())),
            evidence="" if words else _evidence_text(event),
            article_ids=tuple(event.article_ids),
            date_from_text=event.date.from_text,
            names=names,
            words=words,
            context=_beyond(context.names, names) if context else (),
            years=context.years if context else (),
            story=context.words if context else (),
            lead=context is not None and context.lead == event.event_id,
        )

    @property
    def article_context(self) -> ArticleContext:
        """The article context this profile carries: its own names, then the rest."""
        return ArticleContext(
            names=(*self.names, *self.context), years=self.years, words=self.story
        )

    def joined(self, other: ArticleContext) -> MatchProfile:
        """This (canonical) profile with the context of one more article: names from
        every article, years in the order the articles joined; no story words
        (``without_story``)."""
        names = _beyond((*self.context, *other.names), self.names)
        years = dict.fromkeys((*self.years, *other.years))
        limit = MAX_CONTEXT * _MERGED_ARTICLES
        return replace(self, context=names[:limit], years=tuple(years)[:MAX_YEARS], story=())

    def without_story(self) -> MatchProfile:
        """This profile as a canonical event keeps it: without its article's story words,
        which stay with the report (``tacitus.dedup.story``)."""
        return replace(self, story=()) if self.story else self

    def to_json(self) -> str:
        """Compact JSON for the store: fields at their defaults are left out, and the
        names and words (``SET_FIELDS``, less trailing empty ones) follow on a line of
        their own.

        It sits in the store's covering index, whose entries beyond about a quarter of a
        page spill onto pages of their own; small profiles keep each block's candidates
        together on a few pages. The first line alone (``head_of``) holds what the hard
        limits read, so that a candidate they rule out costs no parsing of its names.
        """
        return self._head_json() + self._sets_json(story=True)

    def story_free_json(self, stored: str | None = None) -> str:
        """``without_story().to_json()``: the JSON a canonical event keeps. ``stored``:
        this profile's own ``to_json``, whose first line is then reused as it is (the
        story words are not in it)."""
        head = self._head_json() if stored is None else stored.partition("\n")[0]
        return head + self._sets_json(story=False)

    def _head_json(self) -> str:
        """The first line of ``to_json``: every field but the names and words, those at
        their defaults left out."""
        # A shallow mapping: the fields are flat (tuples become JSON arrays), and
        # ``dataclasses.asdict`` would deep-copy every value first.
        flat = {
            name: value
            for name, default in _head_fields()
            if (value := getattr(self, name)) != default
        }
        return _COMPACT.encode(flat)

    def _sets_json(self, *, story: bool) -> str:
        """The second line of ``to_json`` with its line break, or "" when it has none; with
        the story words or without them."""
        sets = [getattr(self, name) for name in SET_FIELDS if story or name != "story"]
        while sets and not sets[-1]:
            sets.pop()
        return "\n" + _COMPACT.encode(sets) if sets else ""

    @classmethod
    def from_json(cls, text: str) -> MatchProfile:
        """The profile stored by ``to_json`` (or by earlier versions: one JSON object)."""
        head, _, sets = text.partition("\n")
        raw = json.loads(head)
        if sets:
            raw.update(zip(SET_FIELDS, json.loads(sets), strict=False))
        return cls._of_raw(raw)

    @classmethod
    def head_of(cls, text: str) -> MatchProfile:
        """The profile stored by ``to_json`` without its names and words, read from the
        first line alone (the whole profile when it has none or is of an earlier version)."""
        return cls._of_raw(json.loads(text.partition("\n")[0]))

    @classmethod
    def _of_raw(cls, raw: dict[str, Any]) -> MatchProfile:
        for key in ("actor1", "actor2", "article_ids", *SET_FIELDS, "years"):
            raw[key] = tuple(raw.get(key, ()))
        raw["counts"] = tuple((kind, int(value)) for kind, value in raw["counts"])
        return cls(**raw)

    @property
    def reach_precision(self) -> int | None:
        """The precision whose radius says how far from its place a report may be found:
        its own, or its ``spread`` when wider."""
        if self.spread is None or self.place_precision is None:
            return self.place_precision
        return max(self.place_precision, self.spread)

    @property
    def days(self) -> tuple[dt.date, dt.date]:
        """The first and last day the event may have happened on."""
        return dt.date.fromisoformat(self.date_start), dt.date.fromisoformat(self.date_end)


@functools.cache
def _head_fields() -> tuple[tuple[str, object], ...]:
    """``(name, default)`` of the fields ``to_json`` writes on its first line, in order;
    ``_REQUIRED`` for a field without a default, which is always written."""
    return tuple(
        (f.name, _REQUIRED if f.default is MISSING else f.default)
        for f in fields(MatchProfile)
        if f.name not in SET_FIELDS
    )


def _beyond(names: Iterable[str], own: tuple[str, ...]) -> tuple[str, ...]:
    """``names`` not in ``own``, once each, in order."""
    mine = set(own)
    return tuple(n for n in dict.fromkeys(names) if n not in mine)


def is_generic_actor(name: str) -> bool:
    """Whether an actor name says only that someone unidentified, or a crowd of no named
    group (rioters, protesters, civilians), acted."""
    return name.casefold().startswith(_GENERIC_PREFIXES)


def _count_values(event: Event) -> dict[str, int]:
    values: dict[str, int] = {}
    for kind, count in event.counts.items():
        value = next((v for v in (count.best, count.low, count.high) if v is not None), None)
        if value is not None:
            values[kind] = value
    return values


def _evidence_texts(event: Event) -> list[str]:
    texts = [e.text for e in event.evidence if e.text]
    return texts or [event.summary or ""]


def _evidence_text(event: Event) -> str:
    return " ".join(_evidence_texts(event))[:_EVIDENCE_CHARS]


def _name_texts(event: Event) -> list[str]:
    """Evidence, then each actor's words and the place name as sentences of their own.

    A place that is only the country adds nothing the country does not say. An actor's
    text or a place name is a short phrase, read as running text after a
    neutral first word so that its capitalised words count as names.
    """
    place = event.location
    phrases = [a.text for a in event.actors]
    if place is not None and place.precision.ucdp < _COUNTRY_PRECISION:
        phrases.append(place.name)
    return [*_evidence_texts(event), *(f"by {p}" for p in phrases if p)]
