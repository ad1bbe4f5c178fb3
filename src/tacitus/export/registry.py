"""The export formats by name, their file suffixes, and the one entry point to write them."""

from __future__ import annotations

import io
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import IO, Final, Literal, TextIO

from tacitus.errors import ExportError
from tacitus.export.acled_csv import write_acled_csv
from tacitus.export.context import ExportContext
from tacitus.export.gdelt_tsv import write_gdelt_tsv
from tacitus.export.geojson import write_geojson
from tacitus.export.jsonl import write_jsonl
from tacitus.export.parquet import write_parquet
from tacitus.export.plover_jsonl import write_plover_jsonl
from tacitus.export.report import ExportReport
from tacitus.export.ucdp_ged import write_ucdp_ged_csv
from tacitus.records.article import Article
from tacitus.records.event import Event

ExportFormat = Literal[
    "jsonl", "acled-csv", "geojson", "plover-jsonl", "ucdp-ged-csv", "gdelt-tsv", "parquet"
]
Writer = Callable[[Iterable[Event], TextIO, ExportContext], ExportReport]
BytesWriter = Callable[[Iterable[Event], IO[bytes], ExportContext], ExportReport]


@dataclass(frozen=True, slots=True)
class Exporter:
    """One output format: its name, file suffix and writer (text, or bytes for Parquet)."""

    name: str
    suffix: str
    write: Writer | None
    description: str
    write_bytes: BytesWriter | None = None

    @property
    def binary(self) -> bool:
        """Whether the format is binary: it can only be written to a byte stream."""
        return self.write is None


_EXPORTERS: Final[Mapping[str, Exporter]] = MappingProxyType(
    {
        "jsonl": Exporter("jsonl", ".jsonl", write_jsonl, "Full event records, one per line"),
        "acled-csv": Exporter("acled-csv", ".csv", write_acled_csv, "ACLED columns and codes"),
        "geojson": Exporter("geojson", ".geojson", write_geojson, "Point per located event"),
        "plover-jsonl": Exporter(
            "plover-jsonl", ".jsonl", write_plover_jsonl, "PLOVER event records, one per line"
        ),
        "ucdp-ged-csv": Exporter(
            "ucdp-ged-csv", ".csv", write_ucdp_ged_csv, "UCDP GED columns, deadly events only"
        ),
        "gdelt-tsv": Exporter(
            "gdelt-tsv", ".tsv", write_gdelt_tsv, "GDELT 2.0 event columns with CAMEO codes"
        ),
        "parquet": Exporter(
            "parquet", ".parquet", None, "Flat typed columns plus the full record", write_parquet
        ),
    }
)


def export_formats() -> tuple[str, ...]:
    """Names of every export format, for ``--format`` choices."""
    return tuple(_EXPORTERS)


def exporter(format: str) -> Exporter:
    """The exporter called ``format``; :class:`ExportError` if there is none."""
    found = _EXPORTERS.get(format)
    if found is None:
        known = ", ".join(_EXPORTERS)
        raise ExportError(f"unknown export format {format!r}; choose one of: {known}")
    return found


def suffix_for(format: str) -> str:
    """The file suffix for ``format``: ".jsonl", ".csv" or ".geojson"."""
    return exporter(format).suffix


def write_events(
    events: Iterable[Event],
    out: TextIO,
    *,
    format: ExportFormat,
    articles: Mapping[str, Article] | None = None,
    clock: Callable[[], float] = time.time,
) -> ExportReport:
    """Write ``events`` to ``out`` in ``format`` and report what was written and skipped.

    ``articles`` (by id) supply outlet names and evidence text; ``clock`` gives the export
    time (UNIX seconds) used for ACLED's ``timestamp`` column. Raises :class:`ExportError`
    naming the event and field when an event cannot be written validly.
    """
    chosen = exporter(format)
    if chosen.write is None:
        raise ExportError(f"{format} is a binary format: write it with write_events_bytes")
    context = ExportContext(timestamp=int(clock()), articles=dict(articles or {}))
    return chosen.write(events, out, context)


def write_events_bytes(
    events: Iterable[Event],
    out: IO[bytes],
    *,
    format: ExportFormat,
    articles: Mapping[str, Article] | None = None,
    clock: Callable[[], float] = time.time,
) -> ExportReport:
    """Write ``events`` to the byte stream ``out`` in any format (text formats as UTF-8).

    The same contract as :func:`write_events`; this is the one entry point for files opened
    in binary mode, standard output's buffer and HTTP bodies, which every format can use.
    """
    chosen = exporter(format)
    context = ExportContext(timestamp=int(clock()), articles=dict(articles or {}))
    if chosen.write_bytes is not None:
        return chosen.write_bytes(events, out, context)
    if chosen.write is None:
        raise ExportError(f"export format {format!r} has no writer")
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    try:
        return chosen.write(events, text, context)
    finally:
        text.flush()
        text.detach()
