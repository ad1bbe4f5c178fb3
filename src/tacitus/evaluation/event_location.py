"""``tacitus eval event-location``: which place in a sentence is where the event happened.

Gold: the adjudicated records (``"source": "RELABEL"``) of the event-location data
(Halterman 2019), each a sentence with its event verb and the tokens of the places where
that event happened (none, for some). The system finds and resolves the sentence's
toponyms as the pipeline does and chooses among them with
:func:`tacitus.geoparse.event_place.choose_event_places`, given the gold verb. Scored per
token of the data's own tokenisation (precision and recall of location tokens, as
published; tokens of bare whitespace, which some records carry inside a span, are not
counted), and per sentence (the chosen set equals the gold set). The same precision and
recall are given for the pipeline's own choice, which places events only at resolved
toponyms, and for the records a single annotator accepted (sentences not adjudicated): a
noisier gold, but one that no rule of the project was designed on.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tacitus.components.toponyms import find_toponyms
from tacitus.doc_memo import doc_text
from tacitus.errors import InputError
from tacitus.evaluation.scorecard import Scorecard
from tacitus.geoparse.event_place import EventPlace, choose_event_places
from tacitus.geoparse.resolve import resolve_mentions
from tacitus.pipeline.doc import PlaceMention
from tacitus.pipeline.resources import Resources

if TYPE_CHECKING:
    from spacy.tokens import Doc

GOLD_ARCHIVE = "labeled_text.jsonl.zip"
GOLD_SOURCE = "RELABEL"


@dataclass(frozen=True, slots=True)
class GoldSentence:
    """One adjudicated sentence: text, tokens ``(start, end)``, verb and place tokens."""

    id: str
    text: str
    tokens: tuple[tuple[int, int], ...]
    verb: int | None
    places: frozenset[int]


def load_gold(
    folder: Path, *, limit: int | None = None, single: bool = False
) -> list[GoldSentence]:
    """Read the adjudicated records from ``folder/labeled_text.jsonl.zip``; with ``single``,
    instead the records one annotator accepted, of sentences not adjudicated (a noisier
    gold, but one no rule of the project was designed on)."""
    records = _records(folder / GOLD_ARCHIVE)
    adjudicated = [r for r in records if r.get("source") == GOLD_SOURCE]
    if single:
        seen = {str(r["text"]) for r in adjudicated}
        chosen = [
            r
            for r in records
            if r.get("source") != GOLD_SOURCE
            and r.get("answer") == "accept"
            and str(r["text"]) not in seen
            and any(s["label"] == "VERB" for s in r.get("spans", []))
        ]
    else:
        chosen = adjudicated
    gold = [_sentence(r) for r in chosen]
    return gold[:limit] if limit is not None else gold


def _records(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        raise InputError(f"gold file {path} is missing", source=str(path), code="missing_gold")
    try:
        with zipfile.ZipFile(path) as archive:
            name = next(n for n in archive.namelist() if n.endswith(".jsonl") and "MACOSX" not in n)
            records: list[dict[str, Any]] = json.loads(archive.read(name))
    except (zipfile.BadZipFile, StopIteration, json.JSONDecodeError) as exc:
        raise InputError(f"cannot read {path}: {exc}", source=str(path)) from exc
    return records


def _sentence(record: dict[str, Any]) -> GoldSentence:
    tokens = tuple((int(t["start"]), int(t["end"])) for t in record.get("tokens", []))
    spans = record.get("spans", [])
    verb = next((int(s["token_start"]) for s in spans if s["label"] == "VERB"), None)
    text = str(record["text"])
    places = frozenset(
        i
        for s in spans
        if s["label"] == "LOCATION"
        for i in range(int(s["token_start"]), int(s["token_end"]) + 1)
        if i < len(tokens) and text[slice(*tokens[i])].strip()
    )
    ident = str(record.get("_id") or record.get("doc_id") or "").strip()
    return GoldSentence(ident, text, tokens, verb, places)


def predict(
    sentence: GoldSentence, doc: Doc, resources: Resources
) -> tuple[frozenset[int], frozenset[int]]:
    """The gold-tokenisation indices of the places chosen for the verb: by the chooser over
    every place name (the task as published: a place need not be in a gazetteer), and as
    the pipeline places events (resolved toponyms only, no names from place slots)."""
    mentions = find_toponyms(doc)
    resolve_mentions(
        mentions, gazetteer=resources.gazetteer, actors=resources.actors, text=doc_text(doc)
    )
    trigger = _doc_token(doc, sentence)
    places = [m for m in mentions if m.place is not None or not _dated(doc, m)]
    named = choose_event_places(doc, trigger=trigger, mentions=places)
    resolved = [m for m in mentions if m.place is not None]
    placed = choose_event_places(doc, trigger=trigger, mentions=resolved, slot_names=False)
    return _indices(sentence, named), _indices(sentence, placed)


def _indices(sentence: GoldSentence, chosen: Sequence[EventPlace]) -> frozenset[int]:
    return frozenset(
        i
        for c in chosen
        for i, (start, end) in enumerate(sentence.tokens)
        if start < c.mention.end and c.mention.start < end and sentence.text[start:end].strip()
    )


def _dated(doc: Doc, mention: PlaceMention) -> bool:
    """An unresolved name that spaCy reads as a date or time ("in January")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is None or any(t.ent_type_ in ("DATE", "TIME") for t in span)


def _doc_token(doc: Doc, sentence: GoldSentence) -> int:
    """The spaCy token at the gold verb (the root of the first sentence when none)."""
    if sentence.verb is not None and sentence.verb < len(sentence.tokens):
        span = doc.char_span(*sentence.tokens[sentence.verb], alignment_mode="expand")
        if span is not None and len(span):
            return span.root.i
    return next(iter(doc.sents)).root.i


Pairs = Sequence[tuple[GoldSentence, frozenset[int]]]


def score(pairs: Pairs, *, placed: Pairs = ()) -> Scorecard:
    """Token precision and recall, and the share of sentences chosen exactly; with
    ``placed``, precision and recall of the pipeline's own choice (resolved places only)."""
    card = Scorecard(dataset="event_location (RELABEL)", task="event-location")
    hits, predicted, gold_total = _tokens(pairs)
    card.add("token precision", hits, predicted, note="published: above 0.83")
    card.add("token recall", hits, gold_total, note="published: above 0.83")
    if placed:
        hits, predicted, gold_total = _tokens(placed)
        card.add("token precision, pipeline", hits, predicted, note="resolved places only")
        card.add("token recall, pipeline", hits, gold_total, note="resolved places only")
    card.add("sentence exact", sum(g.places == p for g, p in pairs), len(pairs))
    empty = [p for g, p in pairs if not g.places]
    card.add("no place chosen where gold has none", sum(not p for p in empty), len(empty))
    card.details = [_detail(g, p) for g, p in pairs if g.places != p]
    return card


def _tokens(pairs: Pairs) -> tuple[int, int, int]:
    """Hits, predicted tokens and gold tokens."""
    predicted = sum(len(p) for _, p in pairs)
    gold_total = sum(len(g.places) for g, _ in pairs)
    return sum(len(g.places & p) for g, p in pairs), predicted, gold_total


def _detail(gold: GoldSentence, predicted: frozenset[int]) -> dict[str, object]:
    def words(indices: frozenset[int]) -> list[str]:
        return [gold.text[slice(*gold.tokens[i])] for i in sorted(indices)]

    return {
        "id": gold.id,
        "text": gold.text,
        "gold": words(gold.places),
        "system": words(predicted),
    }


def run(
    folder: Path, *, resources: Resources, limit: int | None = None, single: bool = False
) -> Iterator[tuple[GoldSentence, frozenset[int], frozenset[int]]]:
    """Each gold sentence with the chooser's choice and the pipeline's."""
    gold = load_gold(folder, limit=limit, single=single)
    for sentence, doc in zip(gold, resources.nlp.pipe(g.text for g in gold), strict=True):
        yield sentence, *predict(sentence, doc, resources)


def evaluate(
    folder: Path, *, resources: Resources, limit: int | None = None, unseen: bool = True
) -> Scorecard:
    """The scorecard of the event-location gold in ``folder``; with ``unseen``, also token
    precision and recall on the single-annotator records (:func:`load_gold`)."""
    found = list(run(folder, resources=resources, limit=limit))
    card = score([(g, n) for g, n, _ in found], placed=[(g, p) for g, _, p in found])
    if unseen:
        other = [(g, n) for g, n, _ in run(folder, resources=resources, limit=limit, single=True)]
        hits, predicted, gold_total = _tokens(other)
        note = f"{len(other)} sentences one annotator accepted; not designed on"
        card.add("token precision, single-annotator records", hits, predicted, note=note)
        card.add("token recall, single-annotator records", hits, gold_total, note=note)
    return card
