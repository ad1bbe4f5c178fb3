"""The scorecard: what an evaluation measured, as JSON and as a Markdown table."""

from __future__ import annotations

import datetime as dt
import json

from pydantic import BaseModel, Field


class Metric(BaseModel):
    """One measured figure: its value, and what it was computed over."""

    name: str
    value: float | None
    numerator: int | None = None
    denominator: int | None = None
    note: str = ""


class Scorecard(BaseModel):
    """The results of one evaluation run on one dataset."""

    dataset: str
    task: str
    created: str = Field(
        default_factory=lambda: dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    )
    metrics: list[Metric] = Field(default_factory=list)
    details: list[dict[str, object]] = Field(default_factory=list)

    def add(self, name: str, hits: int, total: int, *, note: str = "") -> Metric:
        """Add a rate ``hits / total`` (None when nothing was counted)."""
        value = round(hits / total, 4) if total else None
        metric = Metric(name=name, value=value, numerator=hits, denominator=total, note=note)
        self.metrics.append(metric)
        return metric

    def value(self, name: str) -> float | None:
        """The value of the metric called ``name``."""
        return next((m.value for m in self.metrics if m.name == name), None)

    def to_json(self) -> str:
        """The scorecard as indented JSON."""
        return json.dumps(self.model_dump(mode="json"), indent=2)

    def to_markdown(self) -> str:
        """The metrics as a Markdown table."""
        lines = [
            f"### {self.task} — {self.dataset}",
            "",
            "| metric | value | n | note |",
            "|---|---|---|---|",
        ]
        for m in self.metrics:
            value = "—" if m.value is None else f"{m.value:.3f}"
            count = f"{m.numerator}/{m.denominator}" if m.denominator is not None else ""
            lines.append(f"| {m.name} | {value} | {count} | {m.note} |")
        return "\n".join(lines) + "\n"
