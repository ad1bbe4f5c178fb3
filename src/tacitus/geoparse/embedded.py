"""Toponyms inside other names and in capitalised words the entities missed.

"The Washington Post", "HSBC Bank Malta", "the S.C. Highway Patrol", "Nigerian Army",
"a Gainesville man": the parser tags the organisation or nothing at all, yet each of
these names a place. Runs of capitalised tokens outside the toponyms already found are
cut into the longest pieces (up to four tokens) that name, in order of preference, the
postal code that ends a name ("FrontCounter BC"), a postal abbreviation of a region, a
continent or named region, a country or its demonym, an admin-1 region, a county named
with its word ("Hall County") or, in the focus country, by its bare name ("Essex"), or a
city that is prominent (a capital, a city of 250,000) or a town of the focus country.
Regional demonyms ("European") come placed; the others are left to context resolution.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tacitus.components.toponym_words import NUMERIC_LABELS
from tacitus.gazetteer.normalize import normalize_name
from tacitus.gazetteer.world import region_short_forms
from tacitus.geoparse.candidates import saint_possessive
from tacitus.pipeline.doc import PlaceMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from tacitus.actors import ActorKB
    from tacitus.gazetteer import Gazetteer, Place

MAX_PIECE_TOKENS = 4
# A listed short form of a region counts inside another name when it is this long ("NSW
# National Parks", "Herts Police"); a shorter one ("SA", "WA") is as often a company's
# suffix or an acronym ("Nestle SA").
SHORT_FORM_MIN_LETTERS = 3
# A city named inside another name counts when it is this large (anywhere: "Nashville
# Film Festival", "the Winnipeg Jets") ...
PROMINENT_CITY_POPULATION = 250_000
# ... or this large inside the article's focus country.
FOCUS_TOWN_POPULATION = 5_000
# Entities whose words are never places (dates, amounts, people's full names).
_SKIP_LABELS = NUMERIC_LABELS | {"PERSON"}
_COUNTY_WORDS = ("county", "parish", "borough")
# Capitalised words that open sentences and titles far more often than they name places.
_NOT_PLACES = frozenset(
    {"mr", "mrs", "ms", "dr", "gov", "sen", "rep", "st", "mt", "the", "a", "an", "i"}
)
# Words that open or close place names ("North Charleston", "Georgia State University")
# but name no place alone.
_NOT_ALONE = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western"}
    | {"university", "college", "center", "centre", "hospital", "airport", "park", "city"}
)

# Currencies named after their country's name or demonym ("US dollars").
_CURRENCY_WORDS = frozenset(
    {"dollar", "dollars", "pound", "pounds", "rupee", "rupees", "peso", "pesos", "euro"}
    | {"euros", "franc", "francs", "shilling", "shillings", "dinar", "dinars", "riyal"}
    | {"riyals", "rand", "yuan", "yen", "won", "naira", "lira", "krona", "kroner", "rial"}
)
# Postal codes that are also English words ("OR", "ME") or common abbreviations ("MD", a
# managing director; "NV", a Dutch company).
_WORD_CODES = frozenset(
    {"in", "or", "me", "ok", "hi", "oh", "id", "de", "la", "pa", "al", "md", "nv", "co"}
)


@dataclass(frozen=True, slots=True)
class _Piece:
    start: int
    end: int
    place: Place | None
    hint: str | None = None


def _capitalised(token: Token, regions: frozenset[int]) -> bool:
    text = token.text
    if not text[:1].isupper() or token.lower_ in _NOT_PLACES:
        return False
    if (
        token.ent_type_ in _SKIP_LABELS
        and not _lone_person(token)
        and not _currency_of(token)
        and token.i not in regions
    ):
        return False
    return token.is_alpha or (len(text) <= 5 and text.replace(".", "").isalpha())


def _currency_of(token: Token) -> bool:
    """A country's name or demonym inside an amount, before its currency ("11 billion US
    dollars", "8,000 Egyptian pounds"): it tells whose money, as a demonym tells whose."""
    if token.ent_type_ != "MONEY" or token.i + 1 >= len(token.doc):
        return False
    return token.doc[token.i + 1].lower_ in _CURRENCY_WORDS


def _lone_person(token: Token) -> bool:
    """A one-word person entity ("Lincoln") may still be a place."""
    if token.ent_type_ != "PERSON":
        return False
    return not any(e.start <= token.i < e.end and len(e) > 1 for e in token.doc.ents)


def _runs(doc: Doc, taken: list[PlaceMention], regions: frozenset[int]) -> Iterator[Span]:
    """Maximal runs of capitalised tokens that overlap no toponym already found."""
    i = 0
    while i < len(doc):
        if not _free(doc[i], taken, regions):
            i += 1
            continue
        j = i
        while (
            j + 1 < len(doc)
            and _free(doc[j + 1], taken, regions)
            and doc[j + 1].sent == doc[i].sent
        ):
            j += 1
        yield doc[i : j + 1]
        i = j + 1


def _free(token: Token, taken: list[PlaceMention], regions: frozenset[int]) -> bool:
    if not _capitalised(token, regions):
        return False
    start, end = token.idx, token.idx + len(token.text)
    return not any(m.start < end and start < m.end for m in taken)


@dataclass(frozen=True, slots=True)
class _Matcher:
    gazetteer: Gazetteer
    actors: ActorKB
    focus: str | None

    def placed(self, text: str) -> Place | None:
        """The continent or region a demonym names ("European"), which resolution skips."""
        region = self.gazetteer.world_region(text)
        return region[0] if region is not None and region[1] else None

    def known(self, text: str) -> bool:
        """A region abbreviation ("S.C."), a listed short form of a region ("NSW",
        "Herts"), a continent or sea, or a country's demonym."""
        gaz = self.gazetteer
        if "." in text and gaz.abbreviated_region(text) is not None:
            return True
        if len(text) >= SHORT_FORM_MIN_LETTERS and text in region_short_forms():
            return True
        if gaz.world_region(text) is not None:
            return True
        return not text.isupper() and self.actors.country_of_demonym(text) is not None

    def currency_country(self, token: Token) -> Place | None:
        """The country whose currency an amount names ("11 billion US dollars"), placed
        at once: it tells whose money, not where, and lends the article no country."""
        if not _currency_of(token):
            return None
        iso3 = self.actors.country_of_demonym(token.text)
        return self.gazetteer.country(iso3) if iso3 is not None else None

    def closing_code(self, run: Span, i: int) -> bool:
        """The province or state whose postal code ends a name in mixed case ("FrontCounter
        BC", "Tourism BC"): agencies and firms append their province's code as others
        append its name. Not a code that is an English word ("Go ON"), nor one in a run of
        capitals, where it is as likely an acronym."""
        doc = run.doc
        token = doc[i]
        if i == run.start or i + 1 != run.end or token.lower_ in _WORD_CODES:
            return False
        before = doc[i - 1]
        if before.is_upper or not before.is_alpha or len(token.text) != 2:
            return False
        return self.gazetteer.postal_region(token.text) is not None

    def region_person(self, ent: Span) -> bool:
        """A person entity of several words that opens with a region's name ("New
        Brunswick RCMP", "Rapides Parish Fire" read as people): no one is called by a
        county's name with its word, nor by a province's or country's name of two words
        or more."""
        if len(ent) < 2 or ent.label_ != "PERSON":
            return False
        if any(t.lower_ in _COUNTY_WORDS for t in ent[1:]):
            return True
        return any(self._region_name(ent[:end].text) for end in range(len(ent), 1, -1))

    def _region_name(self, text: str) -> bool:
        key = normalize_name(text)
        return any(
            normalize_name(p.name) == key
            for p in self.gazetteer.lookup(text, kinds=("admin1", "country"), limit=5)
        )

    def named(self, text: str) -> bool:
        """An admin-1 region, a focus-country county, or a prominent city or focus town."""
        key = normalize_name(text)
        for place in self.gazetteer.lookup(text, limit=10):
            if place.kind == "country" or (
                normalize_name(place.name) == key and self._counts(place, key, text.isupper())
            ):
                return True
        return False

    def _counts(self, place: Place, key: str, capitals: bool) -> bool:
        """Whether ``place`` counts; a name in capitals ("NICE", an acronym) only as a
        capital, a region or a town of the focus country."""
        if place.kind == "landmark":
            return False
        local = self.focus is not None and place.country == self.focus
        if place.kind == "admin1":
            return True
        if place.kind == "admin2":
            # "Hall County"; or a county of the focus country known by its bare name
            # ("the Essex and Herts Air Ambulance"), as Britain's and Ireland's are.
            return key.endswith(_COUNTY_WORDS) or (local and not capitals)
        if place.feature_code == "PPLC":
            return True
        if place.population >= PROMINENT_CITY_POPULATION and not capitals:
            return True
        return local and place.population >= FOCUS_TOWN_POPULATION


def _pieces(run: Span, matcher: _Matcher) -> Iterator[_Piece]:
    """The longest matching pieces of a run, left to right."""
    i = run.start
    while i < run.end:
        country = matcher.currency_country(run.doc[i])
        if country is not None:
            yield _Piece(i, i + 1, country)
            i += 1
            continue
        if matcher.closing_code(run, i):
            # Left to resolution, which reads the code as a state's ("Ky", "KY" after
            # a comma), so that the province votes for the article's country.
            yield _Piece(i, i + 1, None, hint="state")
            i += 1
            continue
        for j in range(min(run.end, i + MAX_PIECE_TOKENS), i, -1):
            text = run.doc[i:j].text
            if text.lower() in _NOT_ALONE:
                continue
            place = matcher.placed(text)
            if place is not None or matcher.known(text) or matcher.named(text):
                yield _Piece(i, j, place)
                i = j
                break
        else:
            i += 1


def embedded_mentions(
    doc: Doc,
    *,
    gazetteer: Gazetteer,
    actors: ActorKB,
    focus: str | None,
    taken: list[PlaceMention],
) -> list[PlaceMention]:
    """Place names inside other names or missed by the entities, in text order.

    Countries, regions and demonyms come with their place (marked as metonyms: they tell
    whose); the others come unresolved, labelled ``GPE``, for :func:`resolve_mentions`.
    """
    matcher = _Matcher(gazetteer, actors, focus)
    regions = frozenset(
        i for ent in doc.ents if matcher.region_person(ent) for i in range(ent.start, ent.end)
    )
    sent_of = {sent.start: index for index, sent in enumerate(doc.sents)}
    found = _country_entities(doc, gazetteer, taken, sent_of)
    for run in _runs(doc, [*taken, *found], regions):
        for piece in _pieces(run, matcher):
            span = doc[piece.start : piece.end]
            if _saints_name(span, gazetteer):
                continue
            found.append(_mention(span, sent_of[span.sent.start], piece))
    return found


def _country_entities(
    doc: Doc, gaz: Gazetteer, taken: list[PlaceMention], sent_of: dict[int, int]
) -> list[PlaceMention]:
    """Organisation entities whose whole name is a country's ("the Democratic People's
    Republic of Korea"): the country, not the shorter name inside ("Korea", the South).
    An official name of several words with "of" in it is cut by the runs of capitalised
    words, and what is left may name a neighbour."""
    found: list[PlaceMention] = []
    for ent in doc.ents:
        span = ent[1:] if ent[0].lower_ == "the" else ent
        if ent.label_ != "ORG" or len(span) < 3:
            continue
        if any(m.start < span.end_char and span.start_char < m.end for m in taken):
            continue
        countries = gaz.lookup(span.text, kinds=("country",), limit=1)
        if countries:
            found.append(
                PlaceMention.of_span(
                    span,
                    sent_of[span.sent.start],
                    place=countries[0],
                    score=0.8,
                    reason="a country's full name",
                )
            )
    return found


def _saints_name(span: Span, gaz: Gazetteer) -> bool:
    """ "St. John" of "St. John's Health System": a saint's possessive names a church,
    school or hospital, not the saint's town (see
    :func:`tacitus.geoparse.candidates.saint_possessive`)."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ not in ("'s", "’s"):
        return False
    return saint_possessive(gaz, span.text + doc[span.end].text)


def _mention(span: Span, sent: int, piece: _Piece) -> PlaceMention:
    root, place = span.root, piece.place
    inside = span[0].ent_type_ != "" or root.dep_ in ("compound", "amod", "poss")
    metonym = place is not None or inside
    return PlaceMention.of_span(
        span,
        sent,
        kind_hint=piece.hint,
        metonym=metonym,
        place=place,
        score=0.8 if place is not None else 0.0,
        reason="named inside another name" if place is not None else "",
    )
