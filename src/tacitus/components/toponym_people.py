"""People's names that look like places: "Baker", "Clark", "Lincoln", "Ripley".

Many surnames are also town names, and the parser often labels a lone surname a place.
An article that introduces a person by full name ("Kevin George Baker") or by title
("Mr. Baker", "Sen. Lincoln"; not "Miss", which also crowns "Miss Ohio") goes on to
call that person by the surname alone; such a surname, said alone, is the person, not
the town. So is a name right after a title or
after a first name the parser calls a person's ("President Bush", "Kristina Petrova").
A surname still names a place in a place's own slots: with a region after a comma
("Baker, La."), with a kind word ("Baker County"), or after "in", "at" and other
place prepositions ("the crash in Baker"). After "near", "around" or "beside", which
stand beside people as often as beside places ("a woman walking near Baker was hit"), the
surname of a person the article also calls by that name alone ("Baker, 34, said") is
still that person.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt
from spacy.attrs import LOWER
from spacy.strings import get_string_id

from tacitus.components.toponym_fixed_names import in_fixed_name
from tacitus.components.toponym_words import KIND_WORDS, PLACE_NOUNS, SLOT_PREPS
from tacitus.pipeline.doc import PlaceMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Words that open a person's name: honorifics, ranks and offices ("Sgt. Baker").
TITLES = frozenset(
    {"mr", "mrs", "ms", "dr", "prof", "rev", "sen", "rep", "gov", "lt", "sgt", "capt"}
    | {"col", "gen", "maj", "cpl", "pvt", "det", "insp", "supt", "atty", "pres"}
    | {"president", "senator", "governor", "officer", "judge", "coach", "deputy", "trooper"}
    | {"sheriff", "mayor", "councilman", "councilwoman", "commissioner", "secretary"}
    | {"professor", "superintendent", "principal", "pastor", "father", "reverend", "chief"}
    | {"sergeant", "lieutenant", "captain", "detective", "attorney", "representative"}
)

BESIDE_PREPS = frozenset({"near", "around", "beside"})
"""Place prepositions said of people as often as of places ("standing near Baker")."""
MAX_NAME_WORDS = 4
# What may follow a surname: "Martin Luther King Jr.".
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Words of place names and offices, never part of a person's name.
_NOT_NAME_WORDS = (
    TITLES
    | KIND_WORDS.keys()
    | PLACE_NOUNS
    | {"colony", "heights", "springs", "falls", "beach", "harbor", "creek", "valley"}
    | {"mills", "station", "landing", "parish", "road", "street", "avenue", "township"}
)


@dataclass(frozen=True, slots=True)
class People:
    """The surnames an article uses for people, and where its opening run of
    capitalised words (a headline) ends: the index of its first lowercase word."""

    surnames: frozenset[str]
    opening: int
    alone: frozenset[str] = frozenset()
    """The surnames the article also says alone of the person, outside a place's slots."""

    def named(self, doc: Doc, start: int, end: int) -> bool:
        """Whether the name of one word at tokens ``start:end`` of ``doc`` is a person's
        there: after a title or a first name, or a surname of the article, outside a
        place's slots."""
        if end - start != 1:
            return False
        token = doc[start]
        if not (token.text in self.surnames or _titled_before(token, self.opening)):
            return False
        return not _place_slot(token, people=token.text in self.alone)


def without_people(mentions: list[PlaceMention], doc: Doc, named: People) -> list[PlaceMention]:
    """``mentions`` less the one-word names that are a person's there ("Baker said") or
    part of a fixed name ("St. Patrick", see :mod:`tacitus.components.toponym_fixed_names`);
    a name said with its kind word ("Hitchcock and Hayes counties") stays a place."""
    return [m for m in mentions if not _a_person(m, doc, named)]


def _a_person(mention: PlaceMention, doc: Doc, named: People) -> bool:
    if " " in mention.text or mention.kind_hint is not None:
        return False
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    return named.named(doc, span.start, span.end) or (len(span) == 1 and in_fixed_name(span[0]))


def people(doc: Doc) -> People:
    """The surnames of ``doc``: the last word of a person's full name ("Kevin George
    Baker") and the word after a title ("Mr. Baker")."""
    opening = next((t.i for t in doc if t.is_alpha and not (t.is_title or t.is_upper)), len(doc))
    names: set[str] = set()
    for ent in doc.ents:
        if ent.label_ == "PERSON" and _full_name(ent, opening):
            names.add(ent[-1].text)
    for i in np.flatnonzero(np.isin(doc.to_array(LOWER), _title_ids())):
        after = doc[int(i) + 1] if int(i) + 1 < len(doc) else None
        if after is not None and _name_word(after) and _titled_before(after, opening):
            names.add(after.text)
    alone = {
        t.text
        for t in (doc if names else ())
        if t.text in names and not (t.ent_type_ == "PERSON" and t.ent_iob_ == "I")
        if not _place_slot(t)
    }
    return People(frozenset(names), opening, frozenset(alone))


@cache
def _title_ids() -> npt.NDArray[np.uint64]:
    """The word ids of the titles, with and without a period ("mr", "mr.")."""
    words = [w for title in sorted(TITLES) for w in (title, title + ".")]
    return np.fromiter((get_string_id(w) for w in words), dtype=np.uint64)


def _full_name(ent: Span, opening: int) -> bool:
    """A person's full name: two to four capitalised words or initials, none a word of
    places or offices ("Anderson County Sheriff", "Tennessee Colony"), in a sentence
    written in sentence case (a headline capitalises every word: "Rethinking Egypt")."""
    words = ent[:-1] if ent[-1].lower_.rstrip(".") in _SUFFIXES else ent
    if not 2 <= len(words) <= MAX_NAME_WORDS or not _name_word(words[-1]):
        return False
    if not all(_name_word(t) or _initial(t) for t in words):
        return False
    if any(t.lower_ in _NOT_NAME_WORDS for t in words):
        return False
    return not _in_capitals(ent.doc, ent.start, ent.end, opening)


def _headline(doc: Doc, end: int, opening: int) -> bool:
    """Whether the words before token ``end`` lie in the text's opening run of capitalised
    words (which ends at token ``opening``) and the run goes on after them: a headline
    ("Rethinking Egypt-US relations"), not a text that opens with a name ("Kevin George
    Baker, a veteran, ...")."""
    return end <= opening and any(t.is_alpha for t in doc[end:opening])


def _in_capitals(doc: Doc, start: int, end: int, opening: int) -> bool:
    """Whether tokens ``start:end`` sit in a headline: the text's opening one, or a run
    of capitalised words around them ("... Joins Sochi Mayor Race")."""
    if _headline(doc, end, opening):
        return True
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    return all(t is not None and t.is_alpha and t.is_title for t in (before, after))


def _name_word(token: Token) -> bool:
    return token.is_alpha and token.is_title and len(token.text) > 1


def _initial(token: Token) -> bool:
    text = token.text
    return len(text) == 2 and text[0].isupper() and text[1] == "."


def _titled_before(token: Token, opening: int) -> bool:
    """A title ("Mr.", "Sen.", "President") or a person's first name right before (not
    in a headline, whose capitals the parser reads as names: "Rethinking Egypt")."""
    if token.i == 0:
        return False
    before = token.doc[token.i - 1]
    if before.lower_.rstrip(".") in TITLES and before.is_title:
        return True
    if not (before.ent_type_ == "PERSON" and token.ent_type_ == "PERSON" and before.is_title):
        return False
    return not _in_capitals(token.doc, token.i - 1, token.i + 1, opening)


def _place_slot(token: Token, *, people: bool = False) -> bool:
    """A region after a comma, a kind word after, or a place preposition before; when
    ``people`` (the article says the word alone of a person), not one said of people as
    often (``BESIDE_PREPS``)."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is not None and after.lower_ in KIND_WORDS:
        return True
    if after is not None and after.text == "," and token.i + 2 < len(doc):
        nxt = doc[token.i + 2]
        if nxt.ent_type_ == "GPE" or (nxt.text[:1].isupper() and nxt.text.endswith(".")):
            return True
    before = doc[token.i - 1] if token.i > 0 else None
    if before is None or before.lower_ not in SLOT_PREPS:
        return False
    return not (people and before.lower_ in BESIDE_PREPS)
