"""PLOVER gold-standard records: event type, source/target country and sector.

The gold file uses an older PLOVER list; its retired types are mapped to the 16 current
ones (DEMAND -> REQUEST, DISAPPROVE and INVESTIGATE -> ACCUSE, FIGHT -> ASSAULT).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tacitus.coding.statements import stated_event
from tacitus.evaluation.gold_files import read_json_array
from tacitus.evaluation.scorecard import Metric, Scorecard

if TYPE_CHECKING:
    from tacitus.actors import ActorKB
    from tacitus.evaluation.typing_eval import TypingRunner
    from tacitus.pipeline.doc import ActorMention

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


def _codes(actors: Any) -> tuple[frozenset[str], frozenset[str]]:
    if not isinstance(actors, list):
        return frozenset(), frozenset()
    codes = {str(a.get("code") or "").upper() for a in actors if isinstance(a, dict)}
    sectors = {str(a.get("sector") or "")[:3].upper() for a in actors if isinstance(a, dict)}
    return frozenset(codes - {""}), frozenset(sectors - {"", "***"})


def load_gold(folder: Path) -> list[GoldRecord]:
    """The gold records of ``folder`` (documentation records skipped)."""
    path = folder / GSR_FILE
    raw = read_json_array(path)
    records: list[GoldRecord] = []
    for item in raw:
        event = str(item.get("event", ""))
        if event == "DOCUMENT" or not item.get("text"):
            continue
        source_codes, source_sectors = _codes(item.get("source"))
        target_codes, _ = _codes(item.get("target"))
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
class Prediction:
    """What the pipeline said about one gold sentence."""

    event: str
    code: str
    source_countries: tuple[str, ...]
    source_sectors: tuple[str, ...]
    target_countries: tuple[str, ...]


def _countries(actors: list[ActorMention], kb: ActorKB) -> tuple[str, ...]:
    """Each actor's country: its KB entry's, else the demonym it is or starts with
    ("Palestinians", "Palestinian protesters")."""
    found: list[str] = []
    for actor in actors:
        if actor.entry is not None and actor.entry.country:
            found.append(actor.entry.country)
        elif actor.entry is None:
            country = _demonym_country(actor.text, kb)
            if country is not None:
                found.append(country)
    return tuple(found)


def _demonym_country(text: str, kb: ActorKB) -> str | None:
    """The country of a demonym phrase: the whole of it ("the Palestinians"), else its
    first word that is one ("Palestinian protesters")."""
    whole = kb.country_of_demonym(text.removeprefix("the ").strip())
    if whole is not None:
        return whole
    return next(filter(None, (kb.country_of_demonym(w) for w in text.split())), None)


def _sectors(actors: list[ActorMention]) -> tuple[str, ...]:
    return tuple(a.entry.sector for a in actors if a.entry is not None)


def predict(record: GoldRecord, *, runner: TypingRunner) -> Prediction:
    """The PLOVER type and actors of the sentence's main frame."""
    from tacitus.evaluation.typing_eval import main_frame

    adoc = runner.analyse(record.text, doc_id=record.id)
    frame = main_frame(adoc)
    if frame is None:
        return Prediction(NONE, "", (), (), ())
    lexicon = runner.pipeline.resources.lexicon
    kb = runner.pipeline.resources.actors
    token = adoc.doc[frame.trigger.head] if adoc is not None and adoc.doc is not None else None
    event = lexicon.code(frame.code).plover_event
    return Prediction(
        event=stated_event(token, event) if token is not None else event,
        code=frame.code,
        source_countries=_countries(frame.actor1, kb),
        source_sectors=_sectors(frame.actor1),
        target_countries=_countries(frame.actor2, kb),
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


def _first_hits(
    golds: list[GoldRecord], preds: list[Prediction], *, target: bool
) -> tuple[int, int]:
    hits = total = 0
    for gold, pred in zip(golds, preds, strict=True):
        codes = gold.target_codes if target else gold.source_codes
        found = pred.target_countries if target else pred.source_countries
        if not codes:
            continue
        total += 1
        hits += bool(found) and found[0] in codes
    return hits, total


def score_plover(folder: Path, *, runner: TypingRunner) -> Scorecard:
    """PLOVER type accuracy and macro-F1, actor country and sector accuracy."""
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
    hits, total = _first_hits(golds, preds, target=False)
    card.add(
        "source_country_accuracy", hits, total, note="first actor1's country (KB, else demonym)"
    )
    hits, total = _first_hits(golds, preds, target=True)
    card.add("target_country_accuracy", hits, total, note="first actor2's country")
    sector_pairs = [(g, p) for g, p in zip(golds, preds, strict=True) if g.source_sectors]
    card.add(
        "source_sector_accuracy",
        sum(
            bool(p.source_sectors) and p.source_sectors[0] in g.source_sectors
            for g, p in sector_pairs
        ),
        len(sector_pairs),
        note="first actor1's PLOVER sector",
    )
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
