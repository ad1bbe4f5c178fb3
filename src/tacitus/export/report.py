"""What an export wrote and what it left out, and why."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class ExportReport:
    """The outcome of one export: rows written and events skipped, counted by reason."""

    format: str
    written: int
    skipped: dict[str, int] = field(default_factory=dict)

    @property
    def skipped_total(self) -> int:
        """How many events were left out, whatever the reason."""
        return sum(self.skipped.values())


@dataclass(slots=True)
class ReportTally:
    """Mutable counter one export call fills in, then freezes into an :class:`ExportReport`."""

    format: str
    written: int = 0
    skipped: Counter[str] = field(default_factory=Counter)

    def wrote(self, n: int = 1) -> None:
        """Count ``n`` records as written."""
        self.written += n

    def skip(self, reason: str) -> None:
        """Count one event as left out for ``reason``."""
        self.skipped[reason] += 1

    def freeze(self) -> ExportReport:
        """The finished, immutable report."""
        return ExportReport(
            format=self.format, written=self.written, skipped=dict(sorted(self.skipped.items()))
        )
