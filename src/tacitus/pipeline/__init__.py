"""The pipeline: an ordered list of named components, each ``ArticleDoc -> ArticleDoc``."""

from tacitus.pipeline.config import PipelineConfig
from tacitus.pipeline.doc import ArticleDoc
from tacitus.pipeline.pipeline import Pipeline, PipelineResult

__all__ = ["ArticleDoc", "Pipeline", "PipelineConfig", "PipelineResult"]
