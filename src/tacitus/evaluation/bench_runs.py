"""Run the pipeline over a gold data set and score it: the glue behind ``tacitus eval``."""

from __future__ import annotations

from pathlib import Path

from tacitus.evaluation.counts_eval import load_plover_gsr, score_counts, system_figures
from tacitus.evaluation.hrdsattack import load_hrdsattack, score_dates
from tacitus.evaluation.scorecard import Scorecard
from tacitus.records import Event

__all__ = ["run_hrdsattack", "run_plover_counts"]


def run_hrdsattack(folder: Path, *, split: str = "dev", limit: int | None = None) -> Scorecard:
    """Event-date scorecard of the full pipeline on one HRDsAttack split."""
    from tacitus.pipeline import Pipeline

    items = load_hrdsattack(folder, split=split, limit=limit)
    found: list[list[Event]] = []
    pipeline = Pipeline()
    try:
        for result in pipeline.pipe([item.article for item in items]):
            found.append(list(result.events))
    finally:
        pipeline.close()
    card = score_dates(items, found)
    card.dataset = f"hrdsattack-{split}"
    return card


def run_plover_counts(folder: Path) -> Scorecard:
    """Counts scorecard on the PLOVER gold-standard sentences."""
    from tacitus.pipeline.config import PipelineConfig
    from tacitus.pipeline.spacy_setup import load_spacy

    nlp = load_spacy(PipelineConfig().spacy_model)
    items = load_plover_gsr(folder)
    return score_counts(items, [system_figures(nlp, item.text) for item in items])
