"""JSON Lines: one full event record per line, every status included."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from tacitus.export.context import ExportContext
from tacitus.export.report import ExportReport, ReportTally
from tacitus.records.event import Event


def write_jsonl(events: Iterable[Event], out: TextIO, context: ExportContext) -> ExportReport:
    """Write each event as one JSON object per line (``Event.model_dump(mode="json")``)."""
    del context  # the full record needs nothing beyond the event
    tally = ReportTally(format="jsonl")
    for event in events:
        out.write(json.dumps(event.model_dump(mode="json"), ensure_ascii=False))
        out.write("\n")
        tally.wrote()
    return tally.freeze()
