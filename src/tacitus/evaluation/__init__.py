"""Evaluation against gold data: one scorecard format for every dataset."""

from tacitus.evaluation.scorecard import Metric, Scorecard

__all__ = ["Metric", "Scorecard"]
