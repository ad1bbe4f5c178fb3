"""Town names in the slots local news gives them, which the entities miss or call
organisations: "a Gainesville man", "Rochester Fire Department", "Hounslow residents",
and a legislator's home after the party letter ("Rep. Ann Lee, R-Elbow Lake", "D-Calif.").

The words before a word for local people ("man", "residents") or for a town's own
institutions ("Police", "Fire", "Mayor", "Township") name a town when the gazetteer holds
a city or county of that very name; so do the words after a party letter and a hyphen
inside a person's description. A postal abbreviation there names its state.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from tacitus.gazetteer.normalize import normalize_name
from tacitus.geoparse.extras import overlaps_any
from tacitus.pipeline.doc import PlaceMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from tacitus.gazetteer import Gazetteer

# Lowercase nouns for people of a place: "a Gainesville man", "Hounslow residents".
PEOPLE_NOUNS = frozenset(
    {"man", "men", "woman", "women", "boy", "girl", "teen", "teenager", "resident"}
    | {"residents", "native", "natives", "couple", "family", "homeowner", "homeowners"}
)
# Capitalised words that open the name of a town's own institution or office.
INSTITUTION_WORDS = frozenset(
    {"Police", "Fire", "Sheriff", "Mayor", "Township", "Selectmen", "Borough", "Village"}
)
# Party letters before a legislator's home: "R-Marshall", "DFL-Cook", "D-Calif.".
PARTY_LETTERS = frozenset({"R", "D", "I", "DFL"})
MAX_NAME_TOKENS = 3
_COUNTY_SUFFIXES = (" county", " parish")


def local_slot_mentions(
    doc: Doc, *, gazetteer: Gazetteer, taken: list[PlaceMention]
) -> list[PlaceMention]:
    """Unresolved toponyms (label ``GPE``) found in local slots, in text order."""
    found: list[PlaceMention] = []
    sent_index = {sent.start: i for i, sent in enumerate(doc.sents)}
    for span, stated in _slots(doc):
        named = _gazetteer_name(span, gazetteer, stated=stated)
        if named is None or overlaps_any(named[0].start_char, named[0].end_char, [*taken, *found]):
            continue
        name, abbreviated = named
        found.append(
            PlaceMention(
                text=name.text,
                start=name.start_char,
                end=name.end_char,
                sent=sent_index.get(name.sent.start, 0),
                head=name.root.i,
                label="GPE",
                kind_hint="state" if abbreviated else None,
            )
        )
    return found


def _slots(doc: Doc) -> Iterator[tuple[Span, bool]]:
    """Candidate name spans, with whether a state abbreviation is allowed (party slots)."""
    for token in doc:
        if token.lower_ in PEOPLE_NOUNS or token.text in INSTITUTION_WORDS:
            span = _titled_before(token)
            if span is not None:
                yield span, False
        elif token.text in PARTY_LETTERS and _party_hyphen(token):
            span = _titled_after(doc, token.i + 2)
            if span is not None:
                yield span, True


# Entities whose capitalised words are no town's: "Two Sundays ago" (a number alone,
# "One man", is ruled out in ``_gazetteer_name``: "Two Rivers residents" is a town's).
_NOT_TOWNS = frozenset({"PERSON", "ORDINAL", "DATE", "TIME"})


def _titled(token: Token) -> bool:
    return token.is_alpha and token.is_title and token.ent_type_ not in _NOT_TOWNS


def _titled_before(token: Token) -> Span | None:
    """The capitalised words right before ``token`` (at most a few)."""
    doc, end = token.doc, token.i
    start = end
    while start > token.sent.start and end - start < MAX_NAME_TOKENS and _titled(doc[start - 1]):
        start -= 1
    return doc[start:end] if start < end else None


def _party_hyphen(token: Token) -> bool:
    """ "R-" inside a description: the letter, then a hyphen joined on both sides."""
    doc = token.doc
    if token.i + 2 >= len(doc) or token.whitespace_:
        return False
    hyphen = doc[token.i + 1]
    before = doc[token.i - 1] if token.i > 0 else None
    opens = before is not None and before.text in (",", "(")
    return opens and hyphen.text == "-" and not hyphen.whitespace_


def _titled_after(doc: Doc, start: int) -> Span | None:
    """The capitalised words (or one abbreviation, "Calif.") from ``start`` on."""
    first = doc[start]
    if first.text.endswith(".") and first.text[:1].isupper():
        return doc[start : start + 1]
    end = start
    while end < len(doc) and end - start < MAX_NAME_TOKENS and _titled(doc[end]):
        end += 1
    return doc[start:end] if end > start else None


def _gazetteer_name(span: Span, gazetteer: Gazetteer, *, stated: bool) -> tuple[Span, bool] | None:
    """The longest tail of ``span`` that names a city or county or, when ``stated``, a
    region's abbreviation (then ``True``)."""
    for begin in range(span.start, span.end):
        piece = span.doc[begin : span.end]
        if len(piece) == 1 and piece[0].like_num:
            continue  # "One man was shot"
        if stated and gazetteer.abbreviated_region(piece.text) is not None:
            return piece, True
        if _names_town(piece.text, gazetteer):
            return piece, False
    return None


def _names_town(text: str, gazetteer: Gazetteer) -> bool:
    key = normalize_name(text)
    for place in gazetteer.lookup(text, kinds=("city", "admin2"), limit=10):
        own = normalize_name(place.name)
        if own == key or (place.kind == "admin2" and own in (key + s for s in _COUNTY_SUFFIXES)):
            return True
    return False
