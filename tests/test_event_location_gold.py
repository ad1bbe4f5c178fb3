"""Reading the event-location gold: adjudicated records, and the single-annotator ones
kept apart as a check no rule was designed on."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

from tacitus.evaluation.event_location import GOLD_ARCHIVE, load_gold


def _record(text: str, source: str, answer: str | None) -> dict[str, Any]:
    words = text.split()
    tokens, start = [], 0
    for word in words:
        tokens.append({"start": start, "end": start + len(word)})
        start += len(word) + 1
    spans = [
        {"label": "VERB", "token_start": 1, "token_end": 1},
        {"label": "LOCATION", "token_start": 3, "token_end": 3},
    ]
    return {"text": text, "tokens": tokens, "spans": spans, "source": source, "answer": answer}


def test_single_annotator_records_leave_out_the_adjudicated_sentences(tmp_path: Path) -> None:
    records = [
        _record("Troops shelled positions near Kherson overnight", "RELABEL", "accept"),
        _record("Troops shelled positions near Kherson overnight", "AP", "accept"),
        _record("Rebels attacked villages in Ituri yesterday", "AP", "accept"),
        _record("Police arrested students in Dhaka today", "AFP", None),
    ]
    with zipfile.ZipFile(tmp_path / GOLD_ARCHIVE, "w") as archive:
        archive.writestr("labeled_text.jsonl", json.dumps(records))
    adjudicated = load_gold(tmp_path)
    single = load_gold(tmp_path, single=True)
    assert [g.text for g in adjudicated] == ["Troops shelled positions near Kherson overnight"]
    assert [g.text for g in single] == ["Rebels attacked villages in Ituri yesterday"]
    assert single[0].verb == 1
    assert single[0].places == frozenset({3})
