"""The geoparser: spaCy parse, toponym finding and resolution in context, for many texts."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from tacitus.components.toponyms import find_toponyms
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
        demonyms (as metonyms), continents and seas, and repeated uses of a resolved name.
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
            resolve_mentions(mentions, gazetteer=gaz, actors=kb, dateline=where, text=doc.text)
        region_fallback(mentions, gaz)
        mentions += demonym_mentions(doc, actors=kb, gazetteer=gaz, taken=mentions)
        mentions += repeated_mentions(doc, mentions)
        return sorted(mentions, key=lambda m: m.start)

    def parse(self, texts: Iterable[str]) -> Iterator[list[PlaceMention]]:
        """The resolved toponyms of each text, in order (parsed in batches with nlp.pipe)."""
        for doc in self.resources.nlp.pipe(texts, batch_size=self.batch_size):
            yield self.resolve_doc(doc)

    def close(self) -> None:
        """Release the gazetteer connection."""
        self.resources.close()
