"""Facilities placed in the town the text sets them in: "the University of St. Thomas in
Houston", "Crossroads Correctional Center in Shelby", "Percy French Hotel, Ballyjamesduff".

A hospital, school, prison or hotel is no town, and the gazetteer holds none; yet a text
that names one "in" or "at" a town, or with the town after a comma, says where it stands,
and a facility lies within its town, far inside geoparsing's usual tolerance. The
facility takes the town's place. A town named inside the facility's own name gives way
to it ("Washington" of "Washington University in St. Louis"): that word names a founder,
not the site; a region there stays ("Dawson County" of "the Dawson County Jail in
Lexington"), since the facility serves it. "Court" is left out: as often a street
("Vista Court") as a tribunal.

Some facilities stand where their kind says. An embassy stands in its host country's
capital: one the text sets in a country ("the Russian Embassy in the U.S.", "the Embassy
of Armenia in the Holy See") takes that country's capital, and one styled with its town
after it ("the British Embassy Tokyo") takes that town. A nation's ministry ("the Russian
Foreign Ministry") stands in the nation's capital, not at the middle of its map.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tacitus.doc_memo import span_ents
from tacitus.pipeline.doc import PlaceMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from tacitus.gazetteer import Gazetteer, Place

# Head nouns of the names of buildings and institutions that stand at one site.
FACILITY_WORDS = frozenset(
    {"university", "college", "school", "academy", "institute", "hospital", "clinic"}
    | {"courthouse", "prison", "jail", "penitentiary", "church", "chapel"}
    | {"cathedral", "mosque", "temple", "synagogue", "hotel", "stadium", "arena"}
    | {"library", "museum", "theatre", "theater", "studio", "embassy", "consulate"}
    | {"centre", "center", "hall", "airport", "cemetery"}
)
# Words that set a facility in the town named next: "in Houston", "at San Marcos".
_SETTING_WORDS = frozenset({"in", "at"})
# Missions that stand in their host country's capital, and bodies in their nation's.
_EMBASSY = "embassy"
_MINISTRY = "ministry"
_POSSESSIVES = frozenset({"'s", "\u2019s"})


def placed_facilities(
    doc: Doc, mentions: list[PlaceMention], *, gazetteer: Gazetteer
) -> list[PlaceMention]:
    """``mentions`` with each facility set in a resolved town given that town's place
    (a new mention, or the facility's unresolved one), less the places named inside it;
    embassies and ministries placed at the capital they stand in (see the module's
    docstring)."""
    result = list(mentions)
    for index, sent in enumerate(doc.sents):
        for span in _facility_spans(sent, mentions):
            town = _town_after(span, mentions) or _town_ending(span, mentions)
            if town is not None and town.place is not None:
                place, score, reason = town.place, town.score, f"a facility in {town.text}"
            else:
                seat = _capital_seat(span, mentions, gazetteer)
                if seat is None:
                    continue
                place, score, reason = seat
            inside = [m for m in result if _gives_way(m, span)]
            result = [m for m in result if not any(m is i for i in inside)]
            result.append(
                PlaceMention.of_span(
                    span, index, label="FAC", place=place, score=score, reason=reason
                )
            )
    return sorted(result, key=lambda m: m.start)


def _capital_seat(
    span: Span, mentions: list[PlaceMention], gazetteer: Gazetteer
) -> tuple[Place, float, str] | None:
    """The capital an embassy set in a country stands in ("the Russian Embassy in the
    U.S."), or a nation's ministry named with the nation ("the Russian Foreign Ministry")."""
    words = {t.lower_ for t in span}
    if _EMBASSY in words:
        host = _named_after(span, mentions, articled=True)
        if host is not None and host.place is not None and host.place.kind == "country":
            capital = _capital(host.place, gazetteer)
            if capital is not None:
                return capital, host.score, f"an embassy in {host.text}, at its capital"
    if _MINISTRY in (span[-1].lower_, span.root.lower_):
        nation = next((m for m in mentions if _inside(m, span) and _country(m)), None)
        if nation is not None and nation.place is not None:
            capital = _capital(nation.place, gazetteer)
            if capital is not None:
                return capital, nation.score, f"a ministry of {nation.text}, at its capital"
    return None


def _capital(country: Place, gazetteer: Gazetteer) -> Place | None:
    return gazetteer.capital(country.country) if country.country else None


def _country(mention: PlaceMention) -> bool:
    return mention.place is not None and mention.place.kind == "country"


def _inside(mention: PlaceMention, span: Span) -> bool:
    return span.start_char <= mention.start and mention.end <= span.end_char


def _town_ending(span: Span, mentions: list[PlaceMention]) -> PlaceMention | None:
    """The town an embassy's name ends with, as missions are styled ("the British Embassy
    Tokyo")."""
    doc = span.doc
    for mention in mentions:
        if mention.end != span.end_char or mention.start <= span.start_char:
            continue
        before = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if before is None or before.start == 0 or doc[before.start - 1].lower_ != _EMBASSY:
            continue
        if mention.place is not None and mention.place.kind == "city":
            return mention
    return None


def _facility_spans(sent: Span, mentions: list[PlaceMention]) -> list[Span]:
    """The sentence's organisation and facility entities, and its unresolved names, whose
    head or last word is a facility's ("Alder Hey Children's Hospital", "University of
    St. Thomas"); a name resolved whole as a landmark or a region is left alone ("Texas
    Southern University" read as Texas)."""
    doc = sent.doc
    spans = [e for e in span_ents(sent) if e.label_ in ("ORG", "FAC")]
    for m in mentions:
        if m.place is None and sent.start_char <= m.start < sent.end_char:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                spans.append(span)
    kept = [m for m in mentions if m.place is not None and m.place.kind != "city"]
    found: list[Span] = []
    for entity in spans:
        span = entity[1:] if entity[0].lower_ == "the" else entity
        if not len(span) or not _facility_name(span):
            continue
        if any((m.start, m.end) == (span.start_char, span.end_char) for m in kept):
            continue
        if not any(s.start == span.start and s.end == span.end for s in found):
            found.append(span)
    return found


def _gives_way(mention: PlaceMention, span: Span) -> bool:
    """Whether ``mention`` lies inside the facility's name (or is that name, read as a
    town) and names no region there."""
    inside = span.start_char <= mention.start and mention.end <= span.end_char
    return inside and (mention.place is None or mention.place.kind == "city")


def _facility_name(span: Span) -> bool:
    if span[-1].lower_ in FACILITY_WORDS or span.root.lower_ in FACILITY_WORDS:
        return True
    return span[-1].lower_ == _MINISTRY or any(t.lower_ == _EMBASSY for t in span)


def _town_after(span: Span, mentions: list[PlaceMention]) -> PlaceMention | None:
    """The resolved town named right after the facility: "in Houston", "at San Marcos",
    ", Ballyjamesduff" or ", in Goodlands", past a parenthesised short form ("New Bilibid
    Prison (NBP) in Muntinlupa")."""
    town = _named_after(span, mentions, articled=False)
    if town is None or town.place is None or town.place.kind != "city" or town.metonym:
        return None
    return town


def _named_after(
    span: Span, mentions: list[PlaceMention], *, articled: bool
) -> PlaceMention | None:
    """The place named right after the facility (see :func:`_town_after`); ``articled``
    lets "the" open it ("in the U.S.", "in the Holy See")."""
    doc = span.doc
    i = span.end
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
        i += 3
    if i < len(doc) and doc[i].text == ",":
        i += 1
        if i < len(doc) and doc[i].lower_ in _SETTING_WORDS:
            i += 1
    elif i < len(doc) and doc[i].lower_ in _SETTING_WORDS:
        i += 1
    else:
        return None
    if articled and i < len(doc) and doc[i].lower_ == "the":
        i += 1
    if i >= len(doc) or i == span.end:
        return None
    start = doc[i].idx
    town = next((m for m in mentions if m.start == start), None)
    if town is None:
        return None
    after = next((t for t in doc[i:] if t.idx >= town.end), None)
    if after is not None and (after.idx == town.end + 1 and _name_goes_on(after)):
        return None
    if after is not None and after.idx == town.end and after.lower_ in _POSSESSIVES:
        # "at Omaha's Center for Public Affairs": the town owns what follows.
        return None
    return town


def _name_goes_on(token: Token) -> bool:
    """ "at Chapel Hill Harvester Church": a capitalised word after the town makes it the
    start of another name, not the facility's town (as a possessive makes it the owner
    of what follows)."""
    return token.is_title and token.pos_ == "PROPN"
