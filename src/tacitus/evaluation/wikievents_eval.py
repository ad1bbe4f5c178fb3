"""WikiEvents documents: trigger detection and Attacker/Victim/Target arguments.

Scored on the KAIROS families Tacitus codes: Conflict.* (attacks and demonstrations),
Life.Die, Life.Injure and Justice.ArrestJailDetain. The predictions are the event
records the pipeline builds, each with every trigger mention it was built from (gold
annotates mentions, not events): a predicted mention is right when it overlaps a gold
trigger of the same family, each gold trigger matching at most one mention. The
arguments are the actors the record carries (actor1 acts; actor2 and targets are acted
upon), each at its own span and wherever the record's frames linked it again, given to
the nearest mention of its sentence (``linking.arguments``); one is right when its
mention is right, its role is the same and its span overlaps a mention of the gold
entity (any coreferent mention counts), each gold argument matching at most once. A word
that names a weapon or an attacker ("IED", "suicide bomber") types a record but is no
KAIROS trigger, so it is not scored as a mention.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tacitus.coding.refine import PROTEST_FAMILY, VIOLENCE_FAMILY
from tacitus.errors import EvaluationError
from tacitus.evaluation.scorecard import Metric, Scorecard
from tacitus.linking.arguments import mention_arguments, record_mentions

if TYPE_CHECKING:
    from tacitus.assembly.cluster import Cluster
    from tacitus.evaluation.typing_eval import TypingRunner
    from tacitus.pipeline.doc import ArticleDoc, TriggerMention
    from tacitus.records import Event

SPLITS = ("dev.jsonl", "test.jsonl")
ROLES = ("Attacker", "Victim", "Target")
_CONFLICT_CODES = VIOLENCE_FAMILY | PROTEST_FAMILY | {"abduction"}
_DIE = frozenset(
    {"kill", "die", "behead", "execute", "massacre", "death", "dead", "slaughter", "slaying"}
)
_INJURE = frozenset({"wound", "injure", "injury", "maim", "mutilate"})
# Words that type an event by its weapon or its attacker ("a roadside IED", "the suicide
# bomber"): they name a thing or a person, not the act KAIROS annotates.
_NOT_ACTS = frozenset(
    {"ied", "landmine", "grenade", "rocket", "mortar", "missile", "artillery", "drone"}
    | {"suicide bomber", "hostage"}
)
Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """A gold event of a scored family, with character spans."""

    family: str
    trigger: Span
    arguments: tuple[tuple[str, tuple[Span, ...]], ...]


@dataclass(frozen=True, slots=True)
class GoldDoc:
    """One WikiEvents document rebuilt as text, with its scored events."""

    id: str
    text: str
    events: tuple[GoldEvent, ...]


def gold_family(event_type: str) -> str | None:
    """The scored family of a KAIROS event type, or None when it is not scored."""
    if event_type.startswith("Conflict."):
        return "Conflict"
    for prefix, name in (
        ("Life.Die", "Life.Die"),
        ("Life.Injure", "Life.Injure"),
        ("Justice.ArrestJailDetain", "Justice.Arrest"),
    ):
        if event_type.startswith(prefix):
            return name
    return None


def predicted_family(trigger: TriggerMention) -> str | None:
    """The KAIROS family of a Tacitus trigger ("killed" is Life.Die, "arrest" Justice);
    None for a word that names a weapon or an attacker rather than an act."""
    if trigger.lemma in _NOT_ACTS:
        return None
    if trigger.strength == "casualty" or trigger.lemma in _DIE:
        if trigger.lemma in _DIE:
            return "Life.Die"
        return "Life.Injure" if trigger.lemma in _INJURE else None
    if trigger.code in _CONFLICT_CODES:
        return "Conflict"
    return "Justice.Arrest" if trigger.code == "arrests" else None


def _token_spans(sentences: list[Any]) -> tuple[str, list[Span]]:
    """The document text (sentences joined by blank lines) and each token's char span.

    Gold offsets index the original text, whose sentences run together ("SyriaThe").
    """
    parts: list[str] = []
    spans: list[Span] = []
    base = 0
    for tokens, sentence in sentences:
        origin = int(tokens[0][1]) if tokens else 0
        spans.extend((base + int(t[1]) - origin, base + int(t[2]) - origin) for t in tokens)
        parts.append(sentence)
        base += len(sentence) + 2
    return "\n\n".join(parts), spans


def _gold_doc(raw: dict[str, Any], coref: list[list[str]]) -> GoldDoc:
    text, spans = _token_spans(raw["sentences"])
    entity_span = {
        e["id"]: (spans[e["start"]][0], spans[e["end"] - 1][1]) for e in raw["entity_mentions"]
    }
    cluster_of = {e: c for c in coref for e in c}
    events: list[GoldEvent] = []
    for mention in raw["event_mentions"]:
        family = gold_family(mention["event_type"])
        if family is None:
            continue
        trig = mention["trigger"]
        arguments = tuple(
            (
                arg["role"],
                tuple(
                    entity_span[e]
                    for e in cluster_of.get(arg["entity_id"], [arg["entity_id"]])
                    if e in entity_span
                ),
            )
            for arg in mention["arguments"]
            if arg["role"] in ROLES
        )
        trigger_span = (spans[trig["start"]][0], spans[trig["end"] - 1][1])
        events.append(GoldEvent(family, trigger_span, arguments))
    return GoldDoc(id=raw["doc_id"], text=text, events=tuple(events))


def load_documents(folder: Path, *, splits: tuple[str, ...] = SPLITS) -> Iterator[GoldDoc]:
    """Every document of the given splits (default: dev and test)."""
    for split in splits:
        path = folder / split
        coref_path = folder / "coref" / split.replace(".jsonl", ".jsonlines")
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
            coref_lines = coref_path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise EvaluationError(f"cannot read WikiEvents file: {exc}") from exc
        coref = {c["doc_key"]: c["clusters"] for c in map(json.loads, coref_lines)}
        for line in lines:
            raw = json.loads(line)
            yield _gold_doc(raw, coref.get(raw["doc_id"], []))


@dataclass(frozen=True, slots=True)
class PredEvent:
    """A predicted trigger mention of a scored family and its role-labelled argument spans."""

    family: str
    trigger: Span
    arguments: tuple[tuple[str, Span], ...]


def _role_name(family: str, side: str) -> str | None:
    """The KAIROS role of an agent or patient: Attacker/Target, or a casualty's Victim."""
    if family == "Conflict":
        return "Attacker" if side == "agent" else "Target"
    if family in ("Life.Die", "Life.Injure") and side == "patient":
        return "Victim"
    return None


def predict_events(adoc: ArticleDoc | None, built: list[tuple[Cluster, Event]]) -> list[PredEvent]:
    """Every scored-family trigger mention of the document's event records, each with
    the record's actors that are its arguments (see ``linking.arguments``; an actor goes
    to the nearest mention KAIROS annotates)."""
    doc = adoc.doc if adoc is not None else None
    if adoc is None or doc is None:
        return []
    found: list[PredEvent] = []
    for (cluster, event), (_, every) in zip(built, record_mentions(adoc, built), strict=True):
        mentions = [m for m in every if predicted_family(m) is not None]
        arguments = mention_arguments(doc, cluster, event, mentions)
        for mention in mentions:
            kind = predicted_family(mention) or ""
            named = {(_role_name(kind, side), span) for side, span in arguments[mention.start]}
            roles = tuple(sorted((r, span) for r, span in named if r is not None))
            found.append(PredEvent(kind, (mention.start, mention.end), roles))
    return found


def _overlap(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@dataclass(slots=True)
class _Tally:
    gold_triggers: int = 0
    pred_triggers: int = 0
    hit_triggers: int = 0
    gold_args: int = 0
    pred_args: int = 0
    hit_args: int = 0


def _match(gold: GoldDoc, preds: list[PredEvent], tally: _Tally) -> None:
    used: set[int] = set()
    tally.gold_triggers += len(gold.events)
    tally.pred_triggers += len(preds)
    tally.gold_args += sum(len(e.arguments) for e in gold.events)
    for pred in preds:
        tally.pred_args += len(pred.arguments)
        index = next(
            (
                n
                for n, g in enumerate(gold.events)
                if n not in used and g.family == pred.family and _overlap(g.trigger, pred.trigger)
            ),
            None,
        )
        if index is None:
            continue
        used.add(index)
        tally.hit_triggers += 1
        tally.hit_args += _hit_arguments(gold.events[index], pred)


def _hit_arguments(gold: GoldEvent, pred: PredEvent) -> int:
    open_args = list(gold.arguments)
    hits = 0
    for role, span in pred.arguments:
        for item in open_args:
            if item[0] == role and any(_overlap(span, m) for m in item[1]):
                open_args.remove(item)
                hits += 1
                break
    return hits


def _prf(card: Scorecard, name: str, hit: int, pred: int, gold: int) -> None:
    precision = hit / pred if pred else 0.0
    recall = hit / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    card.add(f"{name}_precision", hit, pred)
    card.add(f"{name}_recall", hit, gold)
    card.metrics.append(Metric(name=f"{name}_f1", value=round(f1, 4)))


def _card(split: str, tally: _Tally, docs: int, failed: list[str]) -> Scorecard:
    card = Scorecard(dataset=f"wikievents-{split}", task="typing")
    _prf(card, "trigger", tally.hit_triggers, tally.pred_triggers, tally.gold_triggers)
    _prf(card, "argument", tally.hit_args, tally.pred_args, tally.gold_args)
    card.add("failed_documents", len(failed), docs, note="a component raised")
    card.details.extend({"failure": f} for f in failed)
    return card


def score_wikievents(folder: Path, *, runner: TypingRunner) -> list[Scorecard]:
    """Trigger and argument precision, recall and F1, one scorecard per split.

    The pipeline runs through assembly; every mention of every event record is scored
    against the gold mentions, with the actors the record carries as its arguments.
    """
    from tacitus.components.events import assemble

    cards: list[Scorecard] = []
    for split in SPLITS:
        tally = _Tally()
        before = len(runner.failures)
        docs = 0
        details: list[dict[str, object]] = []
        for gold in load_documents(folder, splits=(split,)):
            docs += 1
            adoc = runner.analyse(gold.text, doc_id=gold.id)
            built = assemble(adoc, runner.pipeline.resources) if adoc is not None else []
            preds = predict_events(adoc, built)
            _match(gold, preds, tally)
            details.append({"id": gold.id, "gold": len(gold.events), "pred": len(preds)})
        card = _card(split.removesuffix(".jsonl"), tally, docs, runner.failures[before:])
        card.details[:0] = details
        cards.append(card)
    return cards
