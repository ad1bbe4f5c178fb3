"""Names in an event's place slots that the toponym finder did not propose.

The finder works without knowing the event; the chooser knows its trigger, and some
slots name a place whatever the parser's entity label says: the object of an event noun
("the siege on Manbij", "an attack on Sere Kaniye/Ras al-Ain"), a name set before an event
noun ("the Manbij campaign") or a site ("Kawkab army base", "al-Zahawi school"), a name
listed after a word for settlements ("the settlements of Maharda and Jaba") and a border
named by the two sides' adjectives ("the Iraqi-Syrian border"). Such names are added as
unresolved candidates; they compete with the others by their roles as usual.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from tacitus.components.toponym_words import BORDER_NOUNS, NUMERIC_LABELS
from tacitus.geoparse.name_spans import PARTICLES
from tacitus.geoparse.place_words import EVENT_NOUNS
from tacitus.pipeline.doc import PlaceMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Prepositions whose object after an event noun is the place acted on.
_TARGET_PREPS = frozenset({"on", "of", "against"})
# Sites and buildings: a name set before one names it ("Kawkab army base").
SITE_NOUNS = frozenset(
    {"base", "school", "hospital", "office", "airport", "stadium", "mosque", "church"}
    | {"market", "camp", "prison", "checkpoint", "university", "palace", "port"}
)
# Words whose "over" names the place flown over ("the skies over Dhaka").
_OVERFLIGHT_WORDS = frozenset({"sky", "skies", "airspace", "fly", "patrol", "hover", "circle"})
# Words for settlements listed by name ("the settlements of Arbin, Hawsh Nasri").
_SETTLEMENT_NOUNS = frozenset({"settlement", "village", "town", "neighbourhood", "district"})
# Entity labels a name in these slots may not carry (people, peoples, numbers, times).
_NOT_PLACES = NUMERIC_LABELS | {"PERSON", "NORP"}
# Labels of groups: a name read as one in an event noun's slot is more often a group
# attacked or attacking ("an assault on Hezbollah", "Special Operations raids").
_GROUP_LABELS = frozenset({"ORG", "NORP"})
# Labels the parser gives place names it misreads as people's.
_NAME_LABELS = frozenset({"PERSON", ""})
_JOINERS = frozenset({"-", "/"})


def slot_names(doc: Doc, sent: Span, known: Sequence[PlaceMention]) -> list[PlaceMention]:
    """The names of sentence ``sent`` in a place slot that no mention of ``known`` covers."""
    starts = [s.start for s in doc.sents]
    index = bisect.bisect_right(starts, sent.start) - 1
    taken = {i for m in known for i in _token_range(doc, m)}
    found: list[PlaceMention] = []
    for span in [*_borders(sent), *_slot_runs(sent)]:
        if any(t.i in taken for t in span):
            continue
        taken.update(t.i for t in span)
        label = "LOC" if span.root.lower_ in BORDER_NOUNS else "PROPN"
        found.append(PlaceMention.of_span(span, index, label=label))
    return found


def _token_range(doc: Doc, mention: PlaceMention) -> range:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return range(span.start, span.end) if span is not None else range(mention.head, mention.head)


def _borders(sent: Span) -> Iterator[Span]:
    """ "the Greek-Macedonian border": two adjectives of the sides joined by a hyphen."""
    doc = sent.doc
    for token in sent:
        if token.lower_ not in BORDER_NOUNS or token.i - 3 < sent.start:
            continue
        left, hyphen, right = doc[token.i - 3], doc[token.i - 2], doc[token.i - 1]
        joined = hyphen.text == "-" and not left.whitespace_ and not hyphen.whitespace_
        if joined and _side(left) and _side(right):
            yield doc[left.i : token.i + 1]


def _side(token: Token) -> bool:
    return token.is_title and token.pos_ in ("ADJ", "PROPN") and token.ent_type_ != "PERSON"


def _slot_runs(sent: Span) -> Iterator[Span]:
    """Runs of proper nouns (with the hyphens, slashes and particles that join them) that
    fill a place slot."""
    for run in _proper_runs(sent):
        labels = {t.ent_type_ for t in run}
        if labels & _NOT_PLACES and not (labels <= _NAME_LABELS and _named_slot(run.root)):
            continue
        if labels & _GROUP_LABELS and not (_flown_over(run.root) or _names_site(run.root)):
            continue
        if _in_event_slot(run.root) or _listed(run.root):
            yield run


def _named_slot(root: Token) -> bool:
    """A slot that makes a name a place even where the parser reads it as a person's: a
    list after "the settlements of", or a name set before an event noun or a site
    ("the Falluja offensive", "Taftanaz air base")."""
    return _listed(root) or (root.dep_ in ("compound", "nmod") and _in_event_slot(root))


def _proper_runs(sent: Span) -> Iterator[Span]:
    doc = sent.doc
    i = sent.start
    while i < sent.end:
        if not _starts_name(doc, i):
            i += 1
            continue
        j = i
        while j + 1 < sent.end and _continues(doc, j):
            j += 1
        while doc[j].text in _JOINERS:
            j -= 1
        yield doc[i : j + 1]
        i = j + 1


def _starts_name(doc: Doc, i: int) -> bool:
    """A capitalised proper noun, or an article joined to one ("al-Zahawi")."""
    token = doc[i]
    if token.lower_ in PARTICLES and i + 2 < len(doc) and doc[i + 1].text == "-":
        return not token.whitespace_ and doc[i + 2].is_title
    return token.pos_ == "PROPN" and token.is_title


def _continues(doc: Doc, j: int) -> bool:
    """Whether the name that ends at token ``j`` goes on to token ``j + 1``."""
    nxt = doc[j + 1]
    if nxt.pos_ == "PROPN" and (nxt.is_title or nxt.is_lower):
        return True
    if nxt.text in _JOINERS:
        return not doc[j].whitespace_ and not nxt.whitespace_
    return doc[j].text in _JOINERS and nxt.is_alpha


def _in_event_slot(root: Token) -> bool:
    """The object of an event noun ("the siege on X", also when the parser hangs the
    preposition on the verb), of "over" ("the skies over X"), or a name set before an
    event noun or a site ("the X campaign", "X army base")."""
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in _TARGET_PREPS:
        return _event_noun(head.head) or _event_noun(root.doc[head.i - 1])
    if _flown_over(root):
        return True
    if root.dep_ in ("compound", "nmod", "amod"):
        return _event_noun(_compound_head(root)) or _names_site(root)
    return False


def _compound_head(root: Token) -> Token:
    """The noun a name is set before, past the nouns between ("Kawkab army base")."""
    head = root.head
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    return head


def _names_site(root: Token) -> bool:
    """A name set before a site ("al-Zahawi school", "Kawkab army base")."""
    if root.dep_ not in ("compound", "nmod", "amod"):
        return False
    head = _compound_head(root)
    return head.pos_ == "NOUN" and _lemma(head) in SITE_NOUNS


def _flown_over(root: Token) -> bool:
    """ "the skies over X", "flew over X": the place flown over (no group is)."""
    head = root.head
    return root.dep_ == "pobj" and head.lower_ == "over" and _lemma(head.head) in _OVERFLIGHT_WORDS


def _event_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and _lemma(token) in EVENT_NOUNS


def _listed(root: Token) -> bool:
    """A name listed after a word for settlements ("the settlements of X, Y and Z")."""
    token = root
    for _ in range(8):
        if token.dep_ not in ("conj", "appos") or token.head.i == token.i:
            break
        token = token.head
    head = token.head
    return (
        token.dep_ == "pobj"
        and head.lower_ == "of"
        and _lemma(head.head) in _SETTLEMENT_NOUNS
        and head.head.pos_ == "NOUN"
    )


def _lemma(token: Token) -> str:
    return token.lemma_.lower()
