"""``tacitus eval typing``: event typing and actor roles scored on public gold data.

The real pipeline components run on the gold text (parse, dateline, mentions, places,
actors, triggers, linking). PLOVER scores a sentence's main frame for its type and the
assembled record of that frame for its actors; WikiEvents assembles the event records and
scores every mention of each.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from tacitus.coding.salience import salience_key
from tacitus.errors import EvaluationError
from tacitus.pipeline.config import PipelineConfig
from tacitus.records import Article

if TYPE_CHECKING:
    from tacitus.evaluation.scorecard import Scorecard
    from tacitus.pipeline.doc import ArticleDoc, Frame
    from tacitus.pipeline.pipeline import Pipeline
    from tacitus.records import Event

TYPING_COMPONENTS: tuple[str, ...] = (
    "parse",
    "dateline",
    "mentions",
    "places",
    "actors",
    "triggers",
    "linking",
)
_BENCH_DAY = dt.date(2020, 1, 1)


@dataclass(frozen=True, slots=True)
class TypingRunner:
    """Runs the typing components on gold text and hands back the analysed document."""

    pipeline: Pipeline
    failures: list[str] = field(default_factory=list)

    @classmethod
    def create(cls) -> TypingRunner:
        """A runner over the default resources with the components up to linking."""
        from tacitus.pipeline.pipeline import Pipeline

        return cls(pipeline=Pipeline(PipelineConfig(components=TYPING_COMPONENTS)))

    def analyse(self, text: str, *, doc_id: str) -> ArticleDoc | None:
        """The document after linking (a fixed publication date: gold text has none).

        A component that fails on a gold text is recorded in ``failures`` (and the text
        scored as if nothing was found), so one bad document cannot hide every figure.
        """
        article = Article(id=doc_id, text=text, published=_BENCH_DAY)
        try:
            return self.pipeline.process(article)
        except Exception as exc:  # recorded in failures, and reported on the scorecard
            self.failures.append(f"{doc_id}: {type(exc).__name__}: {exc}")
            return None


def main_frame(adoc: ArticleDoc | None) -> Frame | None:
    """The frame a coder would pick for a one-sentence record (see ``coding.salience``).

    Orphan frames (a count with no trigger) are never a sentence's event.
    """
    doc = adoc.doc if adoc is not None else None
    if adoc is None or doc is None:
        return None
    frames = [f for f in adoc.frames if not f.orphan]
    if not frames:
        return None
    return min(frames, key=lambda f: salience_key(f, doc[f.trigger.head]))


def frame_record(adoc: ArticleDoc, frame: Frame, *, runner: TypingRunner) -> Event | None:
    """The assembled event record ``frame`` is a mention of: the record users get for
    the sentence's event (None when assembly makes no record of it)."""
    from tacitus.components.events import assemble

    for cluster, event in assemble(adoc, runner.pipeline.resources):
        if any(f is frame for f in (*cluster.frames, *cluster.references)):
            return event
    return None


def evaluate_typing(data: Path, *, runner: TypingRunner | None = None) -> list[Scorecard]:
    """Scorecards for PLOVER GSR and WikiEvents found under ``data`` (the bench folder)."""
    from tacitus.evaluation.plover_eval import score_plover
    from tacitus.evaluation.wikievents_eval import score_wikievents

    if not data.is_dir():
        raise EvaluationError(f"bench folder not found at {data} (give it with --data)")
    active = runner or TypingRunner.create()
    return [
        score_plover(data / "plover_gsr", runner=active),
        *score_wikievents(data / "wikievents", runner=active),
    ]
