"""The geoparser: spaCy parse, toponym finding and resolution in context, for many texts."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from tacitus.components.toponyms import find_toponyms
from tacitus.geoparse.embedded import embedded_mentions
from tacitus.geoparse.extras import (
    dateline_mention,
    demonym_mentions,
    known_place_mentions,
    region_fallback,
    repeated_mentions,
)
from tacitus.geoparse.resolve import resolve_mentions
from tacitus.mentions.dateline import find_dateline
from tacitus.pipeline.doc import PlaceMention
from tacitus.pipeline.resources import Resources

if TYPE_CHECKING:
    from spacy.tokens import Doc


class Geoparser:
    """Find and resolve the toponyms of texts (no event extraction).

    Shares a pipeline's :class:`Resources` when given one; else loads its own spaCy model,
    gazetteer and actor knowledge base on first use.
    """

    def __init__(self, *, resources: Resources | None = None, batch_size: int = 32) -> None:
        self.resources = resources or Resources()
        self.batch_size = batch_size

    def resolve_doc(self, doc: Doc) -> list[PlaceMention]:
        """Every toponym of a parsed text, resolved, in text order.

        Beyond the pipeline's place mentions, this includes the dateline's place,
        demonyms (as metonyms), continents and seas, places named inside other names
        ("the Texas Forest Service"), and repeated uses of a resolved name.
        """
        gaz, kb = self.resources.gazetteer, self.resources.actors
        dateline = find_dateline(doc.text, published=None)
        mentions = find_toponyms(doc)
        extra = dateline_mention(doc, dateline, mentions)
        if extra is not None:
            mentions = sorted([extra, *mentions], key=lambda m: m.start)
        where = dateline.place if dateline else None
        focus = resolve_mentions(mentions, gazetteer=gaz, actors=kb, dateline=where, text=doc.text)
        known = known_place_mentions(doc, gazetteer=gaz, focus=focus, taken=mentions)
        if known:
            mentions = sorted([*mentions, *known], key=lambda m: m.start)
            focus = resolve_mentions(
                mentions, gazetteer=gaz, actors=kb, dateline=where, text=doc.text
            )
        demonyms = demonym_mentions(doc, actors=kb, gazetteer=gaz, taken=mentions)
        inner = embedded_mentions(
            doc, gazetteer=gaz, actors=kb, focus=focus, taken=[*mentions, *demonyms]
        )
        unplaced = [m for m in inner if m.place is None]
        if unplaced:
            mentions = sorted([*mentions, *unplaced], key=lambda m: m.start)
            resolve_mentions(mentions, gazetteer=gaz, actors=kb, dateline=where, text=doc.text)
        region_fallback(mentions, gaz)
        mentions = [m for m in mentions if m.place is not None or not _among(m, unplaced)]
        mentions += demonyms + [m for m in inner if m.place is not None]
        mentions += repeated_mentions(doc, mentions)
        return sorted(mentions, key=lambda m: m.start)

    def parse(self, texts: Iterable[str]) -> Iterator[list[PlaceMention]]:
        """The resolved toponyms of each text, in order (parsed in batches with nlp.pipe)."""
        for doc in self.resources.nlp.pipe(texts, batch_size=self.batch_size):
            yield self.resolve_doc(doc)

    def close(self) -> None:
        """Release the gazetteer connection."""
        self.resources.close()


def _among(mention: PlaceMention, mentions: list[PlaceMention]) -> bool:
    return any(m is mention for m in mentions)
