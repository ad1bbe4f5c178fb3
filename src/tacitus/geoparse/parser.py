"""The geoparser: spaCy parse, toponym finding and resolution in context, for many texts."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from tacitus.components.toponym_people import People, people, without_people
from tacitus.components.toponyms import find_toponyms
from tacitus.doc_memo import doc_text
from tacitus.geoparse.compounds import compound_mentions
from tacitus.geoparse.datelines import caps_dateline
from tacitus.geoparse.embedded import embedded_mentions
from tacitus.geoparse.extras import (
    armed_demonym,
    dateline_mention,
    dateline_region_mention,
    demonym_mentions,
    repeated_mentions,
)
from tacitus.geoparse.facilities import placed_facilities
from tacitus.geoparse.known_places import finish_resolution, resolve_with_known
from tacitus.geoparse.known_towns import with_known_towns
from tacitus.geoparse.languages import language_uses
from tacitus.geoparse.local_sites import placed_sites
from tacitus.geoparse.resolve import resolve_mentions
from tacitus.geoparse.spans import extend_fragments
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
        gaz, kb, text = self.resources.gazetteer, self.resources.actors, doc_text(doc)
        dateline = find_dateline(text, published=None)
        mentions = find_toponyms(doc)
        extra = dateline_mention(doc, dateline, mentions)
        if extra is None and dateline is None:
            extra = caps_dateline(doc, gaz, mentions)
        if extra is not None:
            mentions = sorted([extra, *mentions], key=lambda m: m.start)
        region = dateline_region_mention(doc, dateline, mentions)
        if region is not None:
            mentions = sorted([region, *mentions], key=lambda m: m.start)
        mentions = with_known_towns(doc, extend_fragments(mentions, text, gaz), gaz)
        named = people(doc)
        where = dateline.place if dateline else (extra.text if extra else None)
        whose = frozenset(
            m.place.country
            for m in demonym_mentions(doc, actors=kb, gazetteer=gaz, taken=mentions)
            if m.place is not None and m.place.country is not None and not armed_demonym(doc, m)
        )
        mentions, focus = resolve_with_known(
            doc, mentions, gazetteer=gaz, actors=kb, dateline=where, named=named, whose=whose
        )
        demonyms = demonym_mentions(doc, actors=kb, gazetteer=gaz, taken=mentions)
        demonyms += compound_mentions(doc, actors=kb, gazetteer=gaz, taken=mentions + demonyms)
        mentions, placed, found_focus = self._add_inner(
            doc, mentions, demonyms, focus, where, named=named
        )
        if found_focus != focus:
            # The places named inside other names moved the focus ("Hall County" makes
            # "Georgia" the state): look again for the towns of the new focus country.
            mentions, more, _ = self._add_inner(
                doc, mentions, [*demonyms, *placed], found_focus, where, named=named
            )
            placed += more
        mentions, speakers = finish_resolution(
            doc, mentions, gazetteer=gaz, actors=kb, dateline=where
        )
        placed = [m for m in placed if m.text not in speakers]
        mentions += demonyms + placed
        mentions += without_people(repeated_mentions(doc, mentions), doc, named)
        mentions = placed_sites(doc, placed_facilities(doc, mentions, gazetteer=gaz))
        spoken = language_uses(doc, mentions)
        return sorted((m for m in mentions if id(m) not in spoken), key=lambda m: m.start)

    def _add_inner(
        self,
        doc: Doc,
        mentions: list[PlaceMention],
        others: list[PlaceMention],
        focus: str | None,
        where: str | None,
        *,
        named: People,
    ) -> tuple[list[PlaceMention], list[PlaceMention], str | None]:
        """Add the places named inside other names; return the mentions, the inner
        places that came placed (regions, demonyms) and the focus after resolution.

        Unresolved names of several words ("Granville County Fire Marshal Doug") give way
        to the places named inside them.
        """
        gaz, kb = self.resources.gazetteer, self.resources.actors
        loose = [m for m in mentions if m.place is None and " " in m.text]
        firm = [m for m in mentions if not _among(m, loose)]
        inner = embedded_mentions(
            doc, gazetteer=gaz, actors=kb, focus=focus, taken=[*firm, *others]
        )
        inner = [m for m in without_people(inner, doc, named) if not _overlaps(m, firm)]
        mentions = [m for m in mentions if not (_among(m, loose) and _overlaps(m, inner))]
        unplaced = [m for m in inner if m.place is None]
        if unplaced:
            mentions = sorted([*mentions, *unplaced], key=lambda m: m.start)
            focus = resolve_mentions(
                mentions, gazetteer=gaz, actors=kb, dateline=where, text=doc_text(doc)
            )
            mentions = [m for m in mentions if m.place is not None or not _among(m, unplaced)]
        return mentions, [m for m in inner if not _among(m, unplaced)], focus

    def parse(self, texts: Iterable[str]) -> Iterator[list[PlaceMention]]:
        """The resolved toponyms of each text, in order (parsed in batches with nlp.pipe)."""
        for doc in self.resources.nlp.pipe(texts, batch_size=self.batch_size):
            yield self.resolve_doc(doc)

    def close(self) -> None:
        """Release the gazetteer connection."""
        self.resources.close()


def _among(mention: PlaceMention, mentions: list[PlaceMention]) -> bool:
    return any(m is mention for m in mentions)


def _overlaps(mention: PlaceMention, mentions: list[PlaceMention]) -> bool:
    return any(m.start < mention.end and mention.start < m.end for m in mentions)
