"""Find toponyms in a parsed text: spaCy's place entities, plus proper nouns in place slots.

A toponym keeps a *kind hint* from the word around it ("Kandahar province" is an admin-1
region, "Arghandab district" an admin-2 one), and is marked as a metonym where the name
stands for a government ("Tehran said ...") or only modifies a noun ("U.S. embassy").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from tacitus.pipeline.doc import PlaceMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_SPEECH_VERBS = frozenset(
    {
        "say",
        "call",
        "blame",
        "accuse",
        "condemn",
        "warn",
        "threaten",
        "tell",
        "deny",
        "claim",
        "announce",
        "vow",
        "demand",
        "urge",
        "reject",
        "respond",
        "insist",
        "want",
    }
)
KIND_WORDS: dict[str, tuple[str, ...]] = {
    "province": ("admin1",),
    "governorate": ("admin1",),
    "state": ("admin1",),
    "region": ("admin1",),
    "oblast": ("admin1",),
    "department": ("admin1",),
    "county": ("admin2", "admin1"),
    "district": ("admin2", "city", "landmark"),
    "territory": ("admin2",),
    "city": ("city",),
    "town": ("city",),
    "village": ("city",),
    "camp": ("landmark", "city"),
}
_SLOT_PREPS = frozenset({"in", "near", "at", "outside", "around", "into"})


def _metonym(ent: Span) -> bool:
    root = ent.root
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if after is not None and after.text == "-":
        return True
    head = root.head
    if head.lower_ in KIND_WORDS or head.ent_type_ in PLACE_LABELS:
        return False
    if root.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in _SPEECH_VERBS:
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
        return before.lower_
    return None


def _mention(span: Span, sent_index: int, *, label: str, metonym: bool) -> PlaceMention:
    hint = _kind_word(span)
    if len(span) > 1 and span[-1].lower_ in KIND_WORDS:
        hint, span = span[-1].lower_, span[:-1]
    text, start = span.text, span.start_char
    if text.lower().startswith("the "):
        text, start = text[4:], start + 4
    return PlaceMention(
        text=text,
        start=start,
        end=span.end_char,
        sent=sent_index,
        head=span.root.i,
        label=label,
        metonym=metonym,
        kind_hint=hint,
    )


def _proper_runs(sent: Span) -> Iterator[Span]:
    """Runs of proper nouns that sit where places sit: after "in", "near", "village of"."""
    doc = sent.doc
    i = sent.start
    while i < sent.end:
        if doc[i].pos_ != "PROPN" or doc[i].ent_type_ in PLACE_LABELS:
            i += 1
            continue
        j = i
        while (
            j + 1 < sent.end
            and doc[j + 1].pos_ == "PROPN"
            and doc[j + 1].ent_type_ not in (PLACE_LABELS)
        ):
            j += 1
        run = doc[i : j + 1]
        if _in_place_slot(run):
            yield run
        i = j + 1


def _in_place_slot(run: Span) -> bool:
    """A kind word beside it, or the object of a place preposition ("in Adan Yabaal")."""
    root: Token = run.root
    if _kind_word(run) is not None:
        return True
    return root.dep_ == "pobj" and root.head.lower_ in _SLOT_PREPS


def find_toponyms(doc: Doc) -> list[PlaceMention]:
    """Every toponym of ``doc`` in text order."""
    found: list[PlaceMention] = []
    for index, sent in enumerate(doc.sents):
        for ent in sent.ents:
            if ent.label_ in PLACE_LABELS:
                found.append(_mention(ent, index, label=ent.label_, metonym=_metonym(ent)))
        for run in _proper_runs(sent):
            found.append(_mention(run, index, label="PROPN", metonym=False))
    return sorted(found, key=lambda m: m.start)
