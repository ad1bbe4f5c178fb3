"""PLOVER gold-standard records: event type, source/target country and sector.

The gold file uses an older PLOVER list; its retired types are mapped to the 16 current
ones (DEMAND -> REQUEST, DISAPPROVE and INVESTIGATE -> ACCUSE, FIGHT -> ASSAULT).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tacitus.actors.countries import load_countries
from tacitus.coding.statements import stated_event
from tacitus.evaluation.gold_files import read_json_array
from tacitus.evaluation.plover_codes import (
    actor_codes,
    actor_sectors,
    gold_code,
    gold_sector,
    record_codes,
    record_sectors,
)
from tacitus.evaluation.scorecard import Metric, Scorecard

if TYPE_CHECKING:
    from tacitus.actors import ActorKB
    from tacitus.evaluation.typing_eval import TypingRunner
    from tacitus.pipeline.doc import Frame
    from tacitus.records import Event

GSR_FILE = "PLOVER_GSR_CAMEO.json"
OLD_TO_CURRENT: dict[str, str] = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
}
NONE = "NONE"


@dataclass(frozen=True, slots=True)
class GoldRecord:
    """One gold sentence: its current PLOVER type and the actors' codes."""

    id: str
    text: str
    event: str
    source_codes: frozenset[str]
    source_sectors: frozenset[str]
    target_codes: frozenset[str]


def _codes(actors: Any, countries: Collection[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The scored codes and sectors of a gold actor list (see ``plover_codes``)."""
    if not isinstance(actors, list):
        return frozenset(), frozenset()
    items = [a for a in actors if isinstance(a, dict)]
    codes = {gold_code(str(a.get("code") or ""), countries) for a in items}
    sectors = {gold_sector(str(a.get("sector") or "")) for a in items}
    return frozenset(c for c in codes if c), frozenset(s for s in sectors if s)


def load_gold(folder: Path) -> list[GoldRecord]:
    """The gold records of ``folder`` (documentation records skipped)."""
    path = folder / GSR_FILE
    raw = read_json_array(path)
    countries = frozenset(load_countries())
    records: list[GoldRecord] = []
    for item in raw:
        event = str(item.get("event", ""))
        if event == "DOCUMENT" or not item.get("text"):
            continue
        source_codes, source_sectors = _codes(item.get("source"), countries)
        target_codes, _ = _codes(item.get("target"), countries)
        records.append(
            GoldRecord(
                id=str(item["id"]),
                text=str(item["text"]),
                event=OLD_TO_CURRENT.get(event, event),
                source_codes=source_codes,
                source_sectors=source_sectors,
                target_codes=target_codes,
            )
        )
    return records


@dataclass(frozen=True, slots=True)
class Sides:
    """The codes and sectors of an event's source (actor 1) and target (actor 2)."""

    source_countries: tuple[str, ...] = ()
    source_sectors: tuple[str, ...] = ()
    target_countries: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Prediction:
    """What the pipeline said about one gold sentence: the main frame's type, the actors
    of the event record assembled from it, and (for diagnosis) the frame's own actors."""

    event: str
    code: str
    record: Sides = Sides()
    frame: Sides = Sides()


def _record_sides(event: Event | None, kb: ActorKB) -> Sides:
    if event is None:
        return Sides()
    return Sides(
        source_countries=record_codes(event.actors, "actor1", kb),
        source_sectors=record_sectors(event.actors, "actor1"),
        target_countries=(
            *record_codes(event.actors, "actor2", kb),
            *record_codes(event.actors, "target", kb),
        ),
    )


def _frame_sides(frame: Frame, kb: ActorKB) -> Sides:
    return Sides(
        source_countries=actor_codes(frame.actor1, kb),
        source_sectors=actor_sectors(frame.actor1),
        target_countries=actor_codes(frame.actor2, kb),
    )


def predict(record: GoldRecord, *, runner: TypingRunner) -> Prediction:
    """The PLOVER type of the sentence's main frame, the actors of the event record
    assembled from that frame, and the frame's own actors."""
    from tacitus.evaluation.typing_eval import frame_record, main_frame

    adoc = runner.analyse(record.text, doc_id=record.id)
    frame = main_frame(adoc)
    if adoc is None or adoc.doc is None or frame is None:
        return Prediction(NONE, "")
    kb = runner.pipeline.resources.actors
    event = runner.pipeline.resources.lexicon.code(frame.code).plover_event
    return Prediction(
        event=stated_event(adoc.doc[frame.trigger.head], event),
        code=frame.code,
        record=_record_sides(frame_record(adoc, frame, runner=runner), kb),
        frame=_frame_sides(frame, kb),
    )


def macro_f1(pairs: list[tuple[str, str]]) -> float:
    """Macro-averaged F1 over the gold types (a missing prediction counts as wrong)."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for gold, pred in pairs:
        if gold == pred:
            tp[gold] += 1
            continue
        fn[gold] += 1
        if pred != NONE:
            fp[pred] += 1
    labels = {g for g, _ in pairs}
    scores = [2 * tp[t] / (2 * tp[t] + fp[t] + fn[t]) for t in labels if tp[t] + fp[t] + fn[t]]
    return round(sum(scores) / len(scores), 4) if scores else 0.0


def _first_hits(golds: list[GoldRecord], preds: list[Sides], *, target: bool) -> tuple[int, int]:
    """Records whose first actor1 (actor2) code is one of the gold's, over the records
    whose gold names a scored code for that side."""
    hits = total = 0
    for gold, pred in zip(golds, preds, strict=True):
        codes = gold.target_codes if target else gold.source_codes
        found = pred.target_countries if target else pred.source_countries
        if not codes:
            continue
        total += 1
        hits += bool(found) and found[0] in codes
    return hits, total


def _sector_hits(golds: list[GoldRecord], preds: list[Sides]) -> tuple[int, int]:
    pairs = [(g, p) for g, p in zip(golds, preds, strict=True) if g.source_sectors]
    hits = sum(bool(p.source_sectors) and p.source_sectors[0] in g.source_sectors for g, p in pairs)
    return hits, len(pairs)


def halves(golds: list[GoldRecord]) -> dict[str, list[int]]:
    """Record positions of the two fixed halves: ``a`` the even positions of the file's
    records (documentation records skipped), ``b`` the odd ones. The actor rules were
    designed looking at half a only; half b is held out."""
    return {"a": list(range(0, len(golds), 2)), "b": list(range(1, len(golds), 2))}


def _add_actor_rows(
    card: Scorecard, golds: list[GoldRecord], preds: list[Sides], *, suffix: str = "", of: str
) -> None:
    hits, total = _first_hits(golds, preds, target=False)
    card.add(f"source_country_accuracy{suffix}", hits, total, note=f"{of} actor1's code")
    hits, total = _first_hits(golds, preds, target=True)
    recipient = "actor2's" if suffix == "_frame" else "recipient's (actor2, else target)"
    card.add(f"target_country_accuracy{suffix}", hits, total, note=f"{of} {recipient} code")
    hits, total = _sector_hits(golds, preds)
    card.add(f"source_sector_accuracy{suffix}", hits, total, note=f"{of} actor1's sector")


def _add_half_rows(card: Scorecard, golds: list[GoldRecord], preds: list[Prediction]) -> None:
    """Type and actor rows for each half (see :func:`halves`)."""
    for name, positions in halves(golds).items():
        half_golds = [golds[i] for i in positions]
        half_preds = [preds[i] for i in positions]
        note = "even records (rules designed on)" if name == "a" else "odd records (held out)"
        hits = sum(g.event == p.event for g, p in zip(half_golds, half_preds, strict=True))
        card.add(f"plover_type_accuracy_half_{name}", hits, len(half_golds), note=note)
        sides = [p.record for p in half_preds]
        _add_actor_rows(card, half_golds, sides, suffix=f"_half_{name}", of="record's")


def score_plover(folder: Path, *, runner: TypingRunner) -> Scorecard:
    """PLOVER type accuracy and macro-F1, actor country and sector accuracy, overall and
    for each half of the records."""
    golds = load_gold(folder)
    before = len(runner.failures)
    preds = [predict(g, runner=runner) for g in golds]
    failed = runner.failures[before:]
    card = Scorecard(dataset="plover_gsr", task="typing")
    pairs = [(g.event, p.event) for g, p in zip(golds, preds, strict=True)]
    card.add("plover_type_accuracy", sum(g == p for g, p in pairs), len(pairs))
    card.metrics.append(
        Metric(name="plover_type_macro_f1", value=macro_f1(pairs), note="over gold types")
    )
    card.add("typed_at_all", sum(p != NONE for _, p in pairs), len(pairs), note="any frame")
    _add_actor_rows(card, golds, [p.record for p in preds], of="record's")
    _add_actor_rows(card, golds, [p.frame for p in preds], suffix="_frame", of="main frame's")
    _add_half_rows(card, golds, preds)
    card.add("failed_sentences", len(failed), len(golds), note="a component raised")
    card.details.extend({"failure": f} for f in failed)
    for gold, pred in zip(golds, preds, strict=True):
        if gold.event != pred.event:
            card.details.append(
                {
                    "id": gold.id,
                    "gold": gold.event,
                    "pred": pred.event,
                    "code": pred.code,
                    "text": gold.text,
                }
            )
    return card
