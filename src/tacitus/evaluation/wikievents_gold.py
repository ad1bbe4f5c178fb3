"""WikiEvents gold documents: the text rebuilt from the tokens, the events of the scored
KAIROS families with character spans, and each argument's coreferent mentions."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tacitus.errors import EvaluationError

SPLITS = ("dev.jsonl", "test.jsonl")
ROLES = ("Attacker", "Victim", "Target")
Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """A gold event of a scored family, with character spans: each argument is its role
    and every mention of its entity (coreferent mentions included)."""

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
