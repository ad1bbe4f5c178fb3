"""Resolution steps of the geoparser, the last of them shared with the pipeline.

The geoparser adds to the toponyms the parser tagged the names found by their position
("the village of Mamove") and names the gazetteer knows that the tagger missed, resolving
all of them in context. After the rest of resolution, the geoparser and the pipeline's
place layer both drop names that only speak ("Tehran said") and take a region, or a town
that is the only place of its name, where context chose nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tacitus.components.toponym_people import People, without_people
from tacitus.doc_memo import doc_text
from tacitus.geoparse.extras import known_place_mentions, region_fallback
from tacitus.geoparse.local_slots import local_slot_mentions
from tacitus.geoparse.resolve import resolve_mentions
from tacitus.geoparse.sole_towns import sole_town_fallback
from tacitus.geoparse.speakers import speaking_names
from tacitus.pipeline.doc import PlaceMention

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from tacitus.actors import ActorKB
    from tacitus.gazetteer import Gazetteer


def resolve_with_known(
    doc: Doc,
    mentions: list[PlaceMention],
    *,
    gazetteer: Gazetteer,
    actors: ActorKB,
    dateline: str | None,
    named: People,
    whose: frozenset[str] = frozenset(),
) -> tuple[list[PlaceMention], str | None]:
    """``mentions`` with the names found by position and the known names the tagger
    missed, all resolved; and the article's focus country. ``whose``: the countries the
    article's demonyms name."""
    text = doc_text(doc)
    local = local_slot_mentions(doc, gazetteer=gazetteer, taken=mentions)
    mentions = sorted([*mentions, *local], key=lambda m: m.start)
    focus = resolve_mentions(
        mentions, gazetteer=gazetteer, actors=actors, dateline=dateline, text=text, whose=whose
    )
    known = known_place_mentions(doc, gazetteer=gazetteer, focus=focus, taken=mentions)
    known = without_people(known, doc, named)
    if known:
        mentions = sorted([*mentions, *known], key=lambda m: m.start)
        focus = resolve_mentions(
            mentions,
            gazetteer=gazetteer,
            actors=actors,
            dateline=dateline,
            text=text,
            whose=whose,
        )
    return mentions, focus


def finish_resolution(
    doc: Doc,
    mentions: list[PlaceMention],
    *,
    gazetteer: Gazetteer,
    actors: ActorKB,
    dateline: str | None,
) -> tuple[list[PlaceMention], set[str]]:
    """``mentions`` without names that only speak, re-resolved if any went, and with the
    region and sole-town fallbacks applied where context chose nothing; and the names
    dropped as speakers."""
    speakers = speaking_names(doc, mentions)
    if speakers:
        mentions = [m for m in mentions if m.text not in speakers]
        resolve_mentions(
            mentions, gazetteer=gazetteer, actors=actors, dateline=dateline, text=doc_text(doc)
        )
    region_fallback(mentions, gazetteer)
    sole_town_fallback(doc, mentions, gazetteer)
    return mentions, speakers
