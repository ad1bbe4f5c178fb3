"""Shared fixtures: one loaded pipeline for the whole test session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tacitus.pipeline import Pipeline

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"
SHARED_SEED = REPO.parent / "shared" / "seed"


@pytest.fixture(scope="session")
def pipeline() -> Iterator[Pipeline]:
    """The default pipeline, loaded once (spaCy, gazetteer, actor KB)."""
    loaded = Pipeline()
    yield loaded
    loaded.close()
