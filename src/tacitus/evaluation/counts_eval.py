"""Counts on the PLOVER gold-standard records (openeventdata/PLOVER, CC BY-SA 4.0).

Each record is one sentence with, for some, the number of ``dead``, ``injured`` and the
``size`` of the group acted on or taking part. The sentence is parsed and read with
:func:`tacitus.mentions.counts.find_counts`; the system figure of a field is the ``best``
value of the count the event assembly would pick (new over cumulative, specific over
vague, first in the text). Field mapping: dead = fatalities, injured = injured, size =
participants, else arrested, else abducted, else displaced. A gold size that is not a
number ("group") is not scored. Scores: exact match of ``best`` per field and overall, and
how often a field the annotators left empty got a figure anyway (informative: PLOVER leaves
many empty).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tacitus.evaluation.gold_files import read_json_array
from tacitus.evaluation.scorecard import Scorecard
from tacitus.mentions.quantities import parse_quantity

if TYPE_CHECKING:
    from spacy.language import Language

    from tacitus.mentions.counts import CountMention

__all__ = ["GsrItem", "gold_number", "load_plover_gsr", "score_counts", "system_figures"]

FIELDS: Mapping[str, tuple[str, ...]] = {
    "dead": ("fatalities",),
    "injured": ("injured",),
    "size": ("participants", "arrested", "abducted", "displaced"),
}
_FILE = "PLOVER_GSR_CAMEO.json"


@dataclass(frozen=True, slots=True)
class GsrItem:
    """One gold sentence and its annotated figures (None where not annotated)."""

    id: str
    text: str
    gold: Mapping[str, int | None]
    unscored: tuple[str, ...]


def gold_number(value: object) -> int | None:
    """A gold figure as a number: "156" -> 156, "Tens of thousands" -> 10000, "group" -> None."""
    if value is None:
        return None
    quantity = parse_quantity(str(value))
    return None if quantity is None else quantity.best


def _item(record: Mapping[str, Any]) -> GsrItem:
    gold: dict[str, int | None] = {}
    unscored: list[str] = []
    for field in FIELDS:
        raw = record.get(field)
        gold[field] = gold_number(raw)
        if raw is not None and gold[field] is None:
            unscored.append(field)
    return GsrItem(str(record.get("id")), str(record["text"]), gold, tuple(unscored))


def load_plover_gsr(folder: Path) -> list[GsrItem]:
    """Every gold record that has a sentence (the DOCUMENT records have none)."""
    path = folder / _FILE
    records = read_json_array(path)
    return [_item(r) for r in records if isinstance(r, dict) and r.get("text")]


def _pick(mentions: Sequence[CountMention]) -> CountMention | None:
    from tacitus.assembly.counts import count_rank

    return min(mentions, key=count_rank, default=None)


def system_figures(nlp: Language, text: str) -> dict[str, int | None]:
    """The figure Tacitus reads for each gold field in one sentence."""
    from tacitus.mentions.counts import find_counts

    doc = nlp(text)
    mentions = [m for sent in doc.sents for m in find_counts(sent)]
    figures: dict[str, int | None] = {}
    for field, kinds in FIELDS.items():
        chosen = None
        for kind in kinds:
            chosen = _pick([m for m in mentions if m.kind == kind])
            if chosen is not None:
                break
        figures[field] = chosen.quantity.best if chosen is not None else None
    return figures


def score_counts(items: Sequence[GsrItem], found: Sequence[Mapping[str, int | None]]) -> Scorecard:
    """Exact-match rates of dead / injured / size, and figures where gold has none."""
    card = Scorecard(dataset="plover_gsr", task="counts")
    hits: dict[str, int] = dict.fromkeys(FIELDS, 0)
    totals: dict[str, int] = dict.fromkeys(FIELDS, 0)
    extra: dict[str, int] = dict.fromkeys(FIELDS, 0)
    empty: dict[str, int] = dict.fromkeys(FIELDS, 0)
    for item, figures in zip(items, found, strict=True):
        for field in FIELDS:
            want, got = item.gold[field], figures.get(field)
            if field in item.unscored:
                continue
            if want is None:
                empty[field] += 1
                extra[field] += int(got is not None)
                continue
            totals[field] += 1
            hits[field] += int(got == want)
            if got != want:
                card.details.append({"id": item.id, "field": field, "gold": want, "system": got})
    for field in FIELDS:
        card.add(f"{field}: exact", hits[field], totals[field], note="best == gold")
    card.add("all counts: exact", sum(hits.values()), sum(totals.values()), note="best == gold")
    for field in FIELDS:
        card.add(
            f"{field}: figure where gold is empty",
            extra[field],
            empty[field],
            note="informative: PLOVER leaves many counts unannotated",
        )
    return card
