"""Find toponyms in a parsed text: spaCy's place entities, plus proper nouns in place slots.

A toponym keeps a *kind hint* from the word around it ("Kandahar province" is an admin-1
region, "Arghandab district" an admin-2 one), and is marked as a metonym where the name
stands for a government ("Tehran said ...") or only modifies a noun ("U.S. embassy").
"""

from __future__ import annotations

import bisect
import calendar
import itertools
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Final

from tacitus.components.toponym_lists import listed_places, postal_abbreviations
from tacitus.components.toponym_people import people, without_people
from tacitus.components.toponym_words import (
    AIRSPACE_WORDS,
    ASSAULT_WORDS,
    BORDER_NOUNS,
    INNER_PARTICLES,
    KIND_WORDS,
    MOTION_VERBS,
    NAME_PARTICLES,
    ORIGIN_GROUPS,
    PLACE_NOUNS,
    PLACE_OBJECT_VERBS,
    RESTRICTION_WORDS,
    SLOT_PREPS,
    SPEECH_VERBS,
    is_place_noun,
)
from tacitus.gazetteer.world import abbreviations
from tacitus.mentions.route_ends import ROUTE_WORDS, hyphen_joined, name_word, route_ends
from tacitus.pipeline.doc import PlaceMention

__all__ = ["KIND_WORDS", "PLACE_LABELS", "PLACE_NOUNS", "PLACE_OBJECT_VERBS", "find_toponyms"]

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Entities whose words may still be a place that the parser mislabelled ("Grozny" PERSON).
_NON_PLACE_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL"})
# Capitalised words that make the name before them a region's: "Sokoto State".
_REGION_WORDS = frozenset({"State", "Province", "Governorate", "Oblast", "County", "District"})
# Capitalised words that are dates on their own: months, weekdays and feasts.
_CALENDAR_WORDS = frozenset(
    {m.lower() for m in calendar.month_name[1:]}
    | {m.lower() for m in calendar.month_abbr[1:]}
    | {d.lower() for d in calendar.day_name}
    | {"christmas", "easter", "ramadan", "eid", "thanksgiving", "passover", "diwali"}
    | {"hanukkah", "halloween", "lent", "advent", "today", "tonight", "yesterday"}
)


# Sites and parts a town holds: a name before one says where the site or the part is,
# not whose it is ("in Batibo market", "residents in the Kibera slum").
_TOWN_SITES = frozenset(
    {"market", "hospital", "prison", "airport", "camp", "checkpoint", "bridge", "station"}
    | {"stadium", "mosque", "church", "university", "port", "square", "base", "jail"}
    | {"slum", "township", "neighbourhood", "neighborhood", "suburb", "estate"}
)


_POSSESSIVE_ENDS = frozenset({"'s", "\u2019s", "'", "\u2019"})


def _metonym(ent: Span) -> bool:
    root = ent.root
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if after is not None and after.text == "-":
        return True
    head = root.head
    if head.lower_ in KIND_WORDS or head.ent_type_ in PLACE_LABELS:
        return False
    if root.dep_ == "compound" and head.lower_ in _TOWN_SITES:  # "in Batibo market"
        return False
    if root.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in SPEECH_VERBS:
        return True
    if root.dep_ in ("compound", "amod"):
        return True
    return root.dep_ == "poss" and head.pos_ == "NOUN"


def _kind_word(span: Span) -> str | None:
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.lower_ in KIND_WORDS:
        return after.lower_
    before = doc[span.start - 2] if span.start >= 2 else None
    if before is not None and before.lower_ in KIND_WORDS and doc[span.start - 1].lower_ == "of":
        return None if _numbered(before) else before.lower_
    return None


def _numbered(kind: Token) -> bool:
    """ "the 25th District of Florida": a numbered district is an electoral one, of the
    state named after it, not a district that bears the name; "the Bannang Sata district
    of Yala": a district named before its word is that name's, and Yala is the province
    that holds it."""
    first = kind.nbor(-1) if kind.i > 0 else None
    if first is not None and first.pos_ == "PROPN" and kind.pos_ != "PROPN":
        return True
    return first is not None and (first.like_num or first.ent_type_ == "ORDINAL")


def _mention(span: Span, sent_index: int, *, label: str, metonym: bool = False) -> PlaceMention:
    if len(span) > 2 and span[-1].lower_ in _POSSESSIVE_ENDS and span[-2].lower_ in KIND_WORDS:
        span = span[:-1]  # "Idlib province's": the province; "St. John's" keeps its own
    hint = _kind_word(span) or _settlement_gloss(span)
    if len(span) > 1 and span[-1].lower_ in KIND_WORDS and span[-1].text != "City":
        hint, span = span[-1].lower_, span[:-1]
    span = _join_hyphens(span)
    text, start, end = span.text, span.start_char, span.end_char
    if text.lower().startswith("the "):
        text, start = text[4:], start + 4
    if _period_follows(span) and text + "." in abbreviations():
        text, end = text + ".", end + 1
    return PlaceMention(
        text=text,
        start=start,
        end=end,
        sent=sent_index,
        head=span.root.i,
        label=label,
        metonym=metonym,
        kind_hint=hint,
    )


# Capitalised words that make the name before them a street's: "Newton Street".
STREET_WORDS = frozenset({"Street", "Avenue", "Boulevard", "Lane", "Drive", "Terrace"})


def _street_word_after(ent: Span) -> bool:
    """ "Newton Street", read as the place "Newton" and a proper noun "Street": the name
    is a street's, one toponym (a facility), neither a town called Newton nor one called
    Street."""
    doc = ent.doc
    return ent.end < len(doc) and doc[ent.end].text in STREET_WORDS and not doc[ent.end].ent_type_


def _period_follows(span: Span) -> bool:
    """ "Que" + "." as the parser splits "Gatineau, Que., ...": the period is the name's."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].text == "." and not span[-1].whitespace_


def _join_hyphens(span: Span) -> Span:
    """The span widened over a hyphenated name's article or particle and what it joins
    ("Al-Bayaa", "al-Thawra", "Mazar-e-Sharif"); names joined by a bare hyphen stay apart
    ("Fargo-Moorhead", "Iran-Iraq")."""
    doc = span.doc
    start, end = span.start, span.end
    while (
        start >= 2 and hyphen_joined(doc[start - 2], doc[start - 1]) and _particle(doc[start - 2])
    ):
        start -= 2
        if (
            start >= 2
            and hyphen_joined(doc[start - 2], doc[start - 1])
            and name_word(doc[start - 2])
        ):
            start -= 2
    while end + 1 < len(doc) and hyphen_joined(doc[end - 1], doc[end]) and _particle(doc[end - 1]):
        if not (name_word(doc[end + 1]) or _particle(doc[end + 1])):
            break
        end += 2
    return doc[start:end] if (start, end) != (span.start, span.end) else span


def _particle(token: Token) -> bool:
    return token.lower_ in NAME_PARTICLES


def _proper_runs(sent: Span) -> Iterator[Span]:
    """Runs of proper nouns that sit where places sit: after "in", "near", "village of"."""
    doc = sent.doc
    i = sent.start
    while i < sent.end:
        if not _free_proper(doc[i]):
            i += 1
            continue
        j = i
        while j + 1 < sent.end and _free_proper(doc[j + 1]):
            j += 1
        run = doc[i : j + 1]
        # "during Passover": a feast, month or weekday is no place, whatever its tag.
        dated = all(t.lower_ in _CALENDAR_WORDS for t in run)
        if not dated and (_in_place_slot(run) or _before_its_region(run)):
            yield run
        i = j + 1


# What may follow "Town, Region" for the region to close the phrase.
_PHRASE_ENDS = frozenset({".", ";", ")", ":", "\n"})


def _before_its_region(run: Span) -> bool:
    """ "Croft, Yorkshire.", "Knockhill, Fife;": a name set before a comma and a region
    that ends the phrase is a place named with its county or state, as listings and
    datelines write them; a region that goes on ("Jones, Texas's attorney general")
    leaves the name to the other rules."""
    doc = run.doc
    comma = run.end
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return False
    region = doc[comma + 1]
    if region.ent_type_ not in ("GPE", "LOC") or region.ent_iob_ != "B":
        return False
    end = comma + 2
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end >= len(doc) or doc[end].text.strip() in _PHRASE_ENDS or doc[end].is_space


def _free_proper(token: Token) -> bool:
    """A proper noun outside any entity that may be a place; one written in lower case
    is the parser's mistake ("herded the children into the bush"), but for a name's
    particle or a word hyphened to the name ("al-Qasaa", "Deir ez-Zor"). A capitalised
    word the tagger took for an adjective before a region's word is a name too ("over the
    Kyiv region"), unless it is a compass word ("the Northern region")."""
    if token.pos_ == "ADJ" and _named_region_adjective(token):
        return True
    if token.pos_ != "PROPN" or (token.text[:1].islower() and not _name_part(token)):
        return False
    if token.ent_type_ in PLACE_LABELS:
        return False
    return token.ent_type_ not in _NON_PLACE_ENTS or _misdated(token)


# Capitalised adjectives before a region's word that name no place: compass words.
_COMPASS_ADJECTIVES = frozenset(
    {"northern", "southern", "eastern", "western", "central", "north", "south", "east"}
    | {"west", "northeastern", "northwestern", "southeastern", "southwestern", "autonomous"}
)


def _named_region_adjective(token: Token) -> bool:
    """ "the Kyiv region" with "Kyiv" tagged an adjective and no entity."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (
        after is not None
        and after.lower_ in KIND_WORDS
        and token.is_title
        and token.is_alpha
        and not token.ent_type_
        and token.lower_ not in _COMPASS_ADJECTIVES
    )


def _misdated(token: Token) -> bool:
    """ "embedded with US forces in Manbij", "Manbij" read as a DATE: a capitalised proper
    noun that is a date entity all alone, yet no month, weekday or feast, is a name the
    parser misread."""
    doc = token.doc
    alone = token.ent_iob_ == "B" and (token.i + 1 == len(doc) or doc[token.i + 1].ent_iob_ != "I")
    return (
        alone
        and token.ent_type_ == "DATE"
        and token.is_title
        and token.is_alpha
        and token.lower_ not in _CALENDAR_WORDS
    )


def _name_part(token: Token) -> bool:
    doc = token.doc
    hyphened = token.i + 1 < len(doc) and hyphen_joined(token, doc[token.i + 1])
    return _particle(token) or hyphened or _inner_particle(token)


def _inner_particle(token: Token) -> bool:
    """ "da" of "Mocimboa da Praia": a particle between two capitalised proper nouns."""
    doc = token.doc
    if token.lower_ not in INNER_PARTICLES or not 0 < token.i < len(doc) - 1:
        return False
    return all(
        t.pos_ == "PROPN" and t.text[:1].isupper() for t in (doc[token.i - 1], doc[token.i + 1])
    )


def _in_place_slot(run: Span) -> bool:
    """A kind word beside it, the object of a place preposition ("in Adan Yabaal"), of
    "to" or "from" after a verb of going ("drove to Castlegar"), of "between" after a way
    or a place noun ("the road between Lima and Puno"), of "over" after an aircraft
    or a verb of flying ("downed a drone over Belgorod"), or of a verb that acts on
    places ("captured Badme"), or a name set beside a place noun ("the
    regional capital, Grozny", "Grozny's streets", "the outskirts of Karachi")."""
    root: Token = run.root
    head = root.head
    if _kind_word(run) is not None or _ends_in_region_word(run) or _glossed_as_a_settlement(run):
        return True
    if root.dep_ == "pobj":
        return _place_object(head) or _across_border(run)
    if root.dep_ in ("dobj", "nsubjpass"):
        return head.lemma_.lower() in PLACE_OBJECT_VERBS
    if root.dep_ in ("appos", "compound", "poss"):
        return is_place_noun(head) or head.ent_type_ in PLACE_LABELS
    if root.dep_ == "conj" and head.pos_ == "PROPN":
        # "the towns of Nyabibwe and Dutu": a name listed with a place is one.
        return head.ent_type_ in PLACE_LABELS or _in_place_slot(run.doc[head.i : head.i + 1])
    return False


# Nouns that gloss a name as a settlement: "Kanam, a village in the Bankass district".
_SETTLEMENT_GLOSSES = frozenset({"village", "town", "hamlet"})


def _settlement_gloss(run: Span) -> str | None:
    """ "the main road of Kanam, a village in the Bankass district": the settlement noun
    ("village", "town") set in apposition after a name, which makes the name that place,
    whatever the parser took it for (often a person's name)."""
    root: Token = run.root
    name = root.head if root.dep_ == "compound" and root.head.pos_ == "PROPN" else root
    gloss = next(
        (
            c
            for c in name.children
            if c.dep_ == "appos" and c.lemma_.lower() in _SETTLEMENT_GLOSSES and c.i > name.i
        ),
        None,
    )
    return gloss.lemma_.lower() if gloss is not None else None


def _glossed_as_a_settlement(run: Span) -> bool:
    """A name glossed as a settlement (``_settlement_gloss``) sits where places sit."""
    return _settlement_gloss(run) is not None


# Entities a country across a border is misread as, when it is the name alone.
_BORDER_MISREADS = frozenset({"", "PERSON"})


def _across_border(run: Span) -> bool:
    """ "near the border with Mali", the tagger calling "Mali" a person: the object of
    "with" after a border is the land on its other side. A name the tagger reads as an
    organisation is left as it read it."""
    prep = run.root.head
    if prep.lower_ != "with" or prep.head.lemma_.lower() not in BORDER_NOUNS:
        return False
    return all(t.ent_type_ in _BORDER_MISREADS for t in run)


def _ends_in_region_word(run: Span) -> bool:
    """ "Governor of Sokoto State", the parser calling "Sokoto State" a person: a name of
    one word and a capitalised region word is a region wherever it stands."""
    return len(run) == 2 and run[0].is_title and run[1].text in _REGION_WORDS


# Prepositions whose object names a place after a verb of going only.
_GOING_PREPS = frozenset({"to", "toward", "towards", "from"})


# Prepositions whose object is a place only after some heads: "a drone over Belgorod",
# not "a row over Smith"; "the highway between Lima and Puno", not "talks between".
_HEAD_SLOTS: Final[dict[str, Callable[[Token], bool]]] = {
    "over": lambda head: head.lemma_.lower() in AIRSPACE_WORDS,
    "between": lambda head: head.lemma_.lower() in ROUTE_WORDS or is_place_noun(head),
}


def _place_object(prep: Token) -> bool:
    """Whether the object of ``prep`` sits where a place sits: "in", "near", "the
    outskirts of", "to", "toward" and "from" after a verb of going, "from" after armed groups or
    people told by their origin ("militias from Misrata"), "on" after a verb or noun of
    armed assault ("fired on Qamishli")."""
    if prep.lower_ in _GOING_PREPS:
        if prep.lower_ == "from" and prep.head.lemma_.lower() in ORIGIN_GROUPS:
            return True
        return prep.head.lemma_.lower() in MOTION_VERBS
    if prep.lower_ == "on":  # "fired on Qamishli", "the assault on Falluja"
        if prep.head.lemma_.lower() in RESTRICTION_WORDS:  # "a curfew on Dhiban"
            return not any(c.ent_type_ == "NORP" or c.tag_ == "NNPS" for c in prep.children)
        return prep.head.lemma_.lower() in ASSAULT_WORDS
    head_fits = _HEAD_SLOTS.get(prep.lower_)
    if head_fits is not None:
        return head_fits(prep.head)
    return is_place_noun(prep.head) if prep.lower_ == "of" else prep.lower_ in SLOT_PREPS


def _comma_parts(ent: Span) -> list[Span]:
    """ "Bentiu, South Sudan" read as one entity: a place and the region that qualifies it,
    each a toponym of its own (a part must start with a capital letter)."""
    cuts = [t.i for t in ent if t.text == "," and ent.start < t.i < ent.end - 1]
    if not cuts:
        return [ent]
    bounds = [ent.start, *cuts, ent.end]
    pairs = itertools.pairwise(bounds)
    parts = [p for p in (ent.doc[a + (a != ent.start) : b] for a, b in pairs) if len(p)]
    return parts if all(p[0].is_title or p[0].is_upper for p in parts) else [ent]


def find_toponyms(doc: Doc) -> list[PlaceMention]:
    """Every toponym of ``doc`` in text order."""
    found: list[PlaceMention] = []
    sents = list(doc.sents)
    starts = [sent.start for sent in sents]
    streets: list[PlaceMention] = []
    for ent in doc.ents:
        if ent.label_ in PLACE_LABELS:
            index = bisect.bisect_right(starts, ent.start) - 1
            if _street_word_after(ent):
                streets.append(_mention(doc[ent.start : ent.end + 1], index, label="FAC"))
                continue
            metonym = _metonym(ent)
            for part in _comma_parts(ent):
                found.append(_mention(part, index, label=ent.label_, metonym=metonym))
    for index, sent in enumerate(sents):
        for run in _proper_runs(sent):
            mention = _mention(run, index, label="PROPN")
            if not any(s.start <= mention.start < s.end for s in streets):
                found.append(mention)
    found += streets
    found = _with_route_ends(doc, found, starts)
    found += _syntax_mentions(doc, found, starts)
    found = without_people(found, doc, people(doc))
    found += _distance_anchors(doc, found, starts)
    return sorted(found, key=lambda m: m.start)


def _distance_anchors(doc: Doc, found: list[PlaceMention], starts: list[int]) -> list[PlaceMention]:
    """A capitalised word a distance is measured from ("about 30 km northeast of Bor"),
    whatever the tagger took it for (a short town's name is often read as a person's): a
    distance and a direction are measured from a place."""
    # Imported here: tacitus.geoparse imports this module.
    from tacitus.geoparse.relative import relation_before

    text = doc.text
    extra: list[PlaceMention] = []
    for token in doc:
        if not name_word(token) or token.is_sent_start or token.ent_type_ in PLACE_LABELS:
            continue
        if any(m.start <= token.idx < m.end for m in found):
            continue
        relation = relation_before(text, token.idx)
        if relation is None or relation.kind != "distance":
            continue
        index = bisect.bisect_right(starts, token.i) - 1
        extra.append(_mention(doc[token.i : token.i + 1], index, label="PROPN"))
    return extra


def _with_route_ends(doc: Doc, found: list[PlaceMention], starts: list[int]) -> list[PlaceMention]:
    """The mentions with each town a way is named by in place of what overlaps them."""
    ends = [
        _mention(end, bisect.bisect_right(starts, end.start) - 1, label="GPE")
        for end in route_ends(doc)
    ]
    kept = [m for m in found if not any(m.start < e.end and e.start < m.end for e in ends)]
    return kept + ends


def _syntax_mentions(doc: Doc, found: list[PlaceMention], starts: list[int]) -> list[PlaceMention]:
    """Names listed before a plural kind word and postal abbreviations after a comma
    (:mod:`tacitus.components.toponym_lists`); a toponym already found there takes the
    kind word."""
    extra: list[PlaceMention] = []
    for item in [*listed_places(doc), *postal_abbreviations(doc)]:
        same = next((m for m in found if (m.start, m.end) == (item.start, item.end)), None)
        if same is not None:
            same.kind_hint = same.kind_hint or item.hint
            continue
        if any(m.start < item.end and item.start < m.end for m in [*found, *extra]):
            continue
        span = doc.char_span(item.start, item.end, alignment_mode="expand")
        if span is None:
            continue
        extra.append(
            PlaceMention(
                text=span.text,
                start=item.start,
                end=item.end,
                sent=bisect.bisect_right(starts, span.start) - 1,
                head=span.root.i,
                label="GPE" if item.hint == "state" else "PROPN",
                kind_hint=item.hint,
            )
        )
    return extra
