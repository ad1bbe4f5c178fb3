"""The shared writer of the tabular formats (ACLED CSV, UCDP GED CSV, GDELT rows).

Every row is built (and validated by its builder) before anything is written, so an
invalid event leaves the output untouched; events the format cannot hold are counted by
reason instead.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TextIO

from tacitus.export.report import ExportReport, ReportTally
from tacitus.records.event import Event

SkipReason = Callable[[Event], str | None]
RowBuilder = Callable[[Event], Mapping[str, object]]


def write_table(
    events: Iterable[Event],
    out: TextIO,
    *,
    format: str,
    columns: Sequence[str],
    skip_reason: SkipReason,
    row: RowBuilder,
    delimiter: str = ",",
) -> ExportReport:
    """Write a header and one row per event that ``skip_reason`` accepts."""
    tally = ReportTally(format=format)
    rows: list[Mapping[str, object]] = []
    for event in events:
        reason = skip_reason(event)
        if reason is not None:
            tally.skip(reason)
            continue
        rows.append(row(event))
    writer = csv.DictWriter(
        out, fieldnames=list(columns), delimiter=delimiter, lineterminator="\n", restval=""
    )
    writer.writeheader()
    writer.writerows(rows)
    tally.wrote(len(rows))
    return tally.freeze()


def only_new(event: Event) -> str | None:
    """Skip every event that did not happen as reported (its status is not "new")."""
    return None if event.status == "new" else f"status_{event.status}"
