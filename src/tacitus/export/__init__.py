"""Exporters: the event record written as JSON Lines, ACLED CSV, GeoJSON, PLOVER JSONL,
UCDP GED CSV, CAMEO/GDELT rows or Parquet."""

from tacitus.export.acled_csv import ACLED_COLUMNS
from tacitus.export.registry import (
    Exporter,
    ExportFormat,
    export_formats,
    exporter,
    suffix_for,
    write_events,
    write_events_bytes,
)
from tacitus.export.report import ExportReport

__all__ = [
    "ACLED_COLUMNS",
    "ExportFormat",
    "ExportReport",
    "Exporter",
    "export_formats",
    "exporter",
    "suffix_for",
    "write_events",
    "write_events_bytes",
]
