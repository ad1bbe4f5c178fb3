"""Toponyms the parser's entities miss: demonyms, the dateline's place, names repeated later
in the article, and continents, seas and named regions."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from tacitus.doc_memo import doc_text, span_ents
from tacitus.pipeline.doc import PlaceMention

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from tacitus.actors import ActorKB
    from tacitus.gazetteer import Gazetteer, Place
    from tacitus.mentions.dateline import Dateline


def overlaps_any(start: int, end: int, mentions: list[PlaceMention]) -> bool:
    """Whether the characters ``start``-``end`` overlap any of ``mentions``."""
    return any(m.start < end and start < m.end for m in mentions)


def demonym_mentions(
    doc: Doc, *, actors: ActorKB, gazetteer: Gazetteer, taken: list[PlaceMention]
) -> list[PlaceMention]:
    """ "Iraqi forces", "African leaders": the country or region a demonym names, marked as
    a metonym (it tells whose, never where)."""
    found: list[PlaceMention] = []
    for index, sent in enumerate(doc.sents):
        for ent in span_ents(sent):
            if ent.label_ not in ("NORP", "ORG"):
                continue
            if overlaps_any(ent.start_char, ent.end_char, taken):
                continue
            place = _demonym_place(ent.text, actors, gazetteer, norp=ent.label_ == "NORP")
            if place is not None:
                found.append(
                    PlaceMention.of_span(
                        ent,
                        index,
                        label="NORP",
                        metonym=True,
                        place=place,
                        score=0.9,
                        reason="demonym: tells whose, not where",
                    )
                )
    return found


# Nouns of a state's armed forces and their arms: a demonym before one tells whose force.
FORCE_WORDS = frozenset(
    {"troop", "troops", "soldier", "force", "forces", "army", "military", "navy", "marine"}
    | {"trooper", "serviceman", "servicemen", "drone", "missile", "rocket", "jet", "warplane"}
    | {"aircraft", "artillery", "bomber", "warship", "strike", "airstrike", "shelling"}
    | {"offensive", "invasion", "advance", "assault"}
)


def armed_demonym(doc: Doc, mention: PlaceMention) -> bool:
    """Whether the demonym ``mention`` qualifies a state's armed force or its arms
    ("Russian forces", "Israeli jets", "a Turkish drone"): an army fights abroad as often
    as at home, so it tells nothing of whose towns the article names ("Russian forces
    advanced toward Pokrovsk" is no reason to read the Pokrovsk of Yakutia), unlike the
    demonym of officials or people ("Palestinian officials said")."""
    token = doc[mention.head]
    noun = token.head if token.dep_ in ("amod", "compound", "nmod") else token
    return noun.lower_ in FORCE_WORDS or noun.lemma_.lower() in FORCE_WORDS


def _demonym_place(text: str, actors: ActorKB, gazetteer: Gazetteer, *, norp: bool) -> Place | None:
    """A NORP entity's country, region, or US state or Canadian province ("Ohioans"), or
    the capital city a seat-of-government metonym names ("Tunis"); an ORG only when it
    names a region ("EU")."""
    region = gazetteer.world_region(text)
    if region is not None and (norp or not region[1]):
        return region[0]
    if not norp:
        return None
    state = gazetteer.demonym_region(text)
    if state is not None:
        return state
    iso3 = actors.country_of_demonym(text)
    if iso3 is None:
        return None
    if actors.country_of_seat(text) == iso3:
        # A capital the parser took for a people ("between NATO and Tunis"): it stands for
        # the government, yet the name is the city's, and the city is where it points.
        seat = gazetteer.lookup(text, country=iso3, kinds=("city",), limit=1)
        if seat:
            return seat[0]
    return gazetteer.country(iso3)


# Dashes a dateline's region may carry from the rule that closes it.
_DASHES = "-\u2013\u2014 "


def dateline_mention(
    doc: Doc, dateline: Dateline | None, taken: list[PlaceMention]
) -> PlaceMention | None:
    """The dateline's place ("MANSFIELD, Ohio --") when the entities missed it."""
    if dateline is None:
        return None
    name = dateline.place.split(",")[0].strip()
    start = doc_text(doc).find(name, dateline.start, dateline.end)
    if not name or start < 0 or overlaps_any(start, start + len(name), taken):
        return None
    span = doc.char_span(start, start + len(name), alignment_mode="expand")
    head = span.root.i if span is not None else 0
    return PlaceMention(text=name, start=start, end=start + len(name), sent=0, head=head)


def dateline_region_mention(
    doc: Doc, dateline: Dateline | None, taken: list[PlaceMention]
) -> PlaceMention | None:
    """The region the dateline sets its town in ("PLEASANTON, Calif.--(BUSINESS WIRE)--")
    when the entities missed it: the writer's own qualifier of the town, a place of its
    own. A word in capitals after a town in title case is an agency's ("Moscow, SANA-")."""
    if dateline is None:
        return None
    town, _, rest = dateline.place.partition(",")
    name = rest.strip().rstrip(_DASHES).strip()
    if name.isupper() and not town.isupper():
        return None
    start = doc_text(doc).find(name, dateline.start, dateline.end) if name else -1
    if start < 0 or overlaps_any(start, start + len(name), taken):
        return None
    span = doc.char_span(start, start + len(name), alignment_mode="expand")
    head = span.root.i if span is not None else 0
    return PlaceMention(text=name, start=start, end=start + len(name), sent=0, head=head)


def region_fallback(mentions: list[PlaceMention], gazetteer: Gazetteer) -> None:
    """Unresolved toponyms that name a continent, sea or region ("Middle East")."""
    for mention in mentions:
        if mention.place is not None or mention.label == "PROPN":
            continue
        region = gazetteer.world_region(mention.text)
        if region is not None and not region[1]:
            mention.place, mention.score = region[0], 0.8
            mention.reason = "continent, sea or named region"


def repeated_mentions(doc: Doc, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Later uses of a resolved name the entities missed ("Alexandria woman charged"),
    given the same place (one sense per article)."""
    resolved = {m.text: m for m in mentions if m.place is not None and m.label != "NORP"}
    if not resolved:
        return []
    names = sorted(resolved, key=len, reverse=True)
    pattern = re.compile(r"\b(" + "|".join(re.escape(n) for n in names) + r")\b", re.IGNORECASE)
    starts = [sent.start_char for sent in doc.sents]
    found: list[PlaceMention] = []
    for hit in pattern.finditer(doc_text(doc)):
        source = resolved.get(hit.group(0)) or _upper_match(hit.group(0), resolved)
        if source is None or overlaps_any(hit.start(), hit.end(), mentions + found):
            continue
        found.append(
            _copy(source, hit.start(), hit.end(), bisect.bisect_right(starts, hit.start()) - 1)
        )
    return found


def _upper_match(text: str, resolved: dict[str, PlaceMention]) -> PlaceMention | None:
    """ "MANSFIELD" for a resolved "Mansfield" (headlines and datelines)."""
    if not text.isupper():
        return None
    return next((m for name, m in resolved.items() if name.upper() == text), None)


def _copy(source: PlaceMention, start: int, end: int, sent: int) -> PlaceMention:
    return PlaceMention(
        text=source.text,
        start=start,
        end=end,
        sent=max(sent, 0),
        head=source.head,
        label=source.label,
        kind_hint=source.kind_hint,
        place=source.place,
        score=source.score,
        metonym=source.metonym,
        reason=f"same name as at {source.start}",
    )


# A person or organisation entity counts as a place only for places this prominent.
KNOWN_CITY_POPULATION = 1_000_000
LOCAL_CITY_POPULATION = 10_000


def known_place_mentions(
    doc: Doc, *, gazetteer: Gazetteer, focus: str | None, taken: list[PlaceMention]
) -> list[PlaceMention]:
    """Entities the parser called a person or an organisation ("Alexandria woman charged",
    "Minnesota lawmakers") whose whole name is a country, a region of the focus country, a
    very large city, or a town of the focus country."""
    found: list[PlaceMention] = []
    for index, sent in enumerate(doc.sents):
        for ent in span_ents(sent):
            if ent.label_ not in ("PERSON", "ORG") or overlaps_any(
                ent.start_char, ent.end_char, taken
            ):
                continue
            if ent.label_ == "PERSON" and len(ent) > 1:
                continue
            if _known(ent.text, gazetteer, focus):
                found.append(PlaceMention.of_span(ent, index))
    return found


def _known(text: str, gazetteer: Gazetteer, focus: str | None) -> bool:
    for place in gazetteer.lookup(text, limit=10):
        if place.name != text and place.kind != "country":
            continue
        if place.kind == "country" or place.population >= KNOWN_CITY_POPULATION:
            return True
        if place.country == focus and (
            place.kind == "admin1" or place.population >= LOCAL_CITY_POPULATION
        ):
            return True
    return False
