"""The pipeline object: assemble components from a config and run articles through them."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING

from tacitus.errors import InputError, TacitusError
from tacitus.pipeline.config import PipelineConfig
from tacitus.pipeline.doc import ArticleDoc
from tacitus.pipeline.registry import Component, Registry
from tacitus.pipeline.resources import Resources
from tacitus.records import Article, Event

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(frozen=True, slots=True)
class PipelineResult:
    """The outcome for one article: its events, or the error that stopped it."""

    article: Article
    events: list[Event] = field(default_factory=list)
    error: TacitusError | None = None
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True when the article was processed."""
        return self.error is None


class Pipeline:
    """An ordered list of components, each ``ArticleDoc -> ArticleDoc``.

    Heavy resources load on first use and are shared by every component of this pipeline.
    """

    def __init__(
        self,
        config: PipelineConfig | None = None,
        *,
        resources: Resources | None = None,
        registry: Registry | None = None,
    ) -> None:
        from tacitus.components import default_registry

        self.config = config or PipelineConfig()
        self.resources = resources or Resources(
            spacy_model=self.config.spacy_model, gazetteer_path=self.config.gazetteer_path
        )
        specs = (registry or default_registry()).check_order(self.config.components)
        self._steps: list[tuple[str, Component]] = [
            (spec.name, spec.factory(self.resources)) for spec in specs
        ]

    @property
    def component_names(self) -> list[str]:
        """The names of the components, in order."""
        return [name for name, _ in self._steps]

    def process(self, article: Article, *, published: dt.date | None = None) -> ArticleDoc:
        """Run every component on one article; errors propagate."""
        if len(article.text) > self.config.max_chars:
            raise self._too_large(article)
        adoc = ArticleDoc(article=article)
        if published is not None and article.published is None:
            adoc.published, adoc.published_reason = published, "given by the caller"
        return self._run_steps(adoc)

    def _run_steps(self, adoc: ArticleDoc) -> ArticleDoc:
        for name, step in self._steps:
            began = time.perf_counter()
            adoc = step(adoc)
            adoc.timings[name] = adoc.timings.get(name, 0.0) + time.perf_counter() - began
        return adoc

    def __call__(self, article: Article) -> list[Event]:
        """The events of one article."""
        return self.process(article).events

    def extract(
        self,
        text: str,
        *,
        published: dt.date | str | None = None,
        title: str | None = None,
        article_id: str | None = None,
    ) -> list[Event]:
        """The events of a text, dated against ``published`` (a date or ISO string)."""
        day = dt.date.fromisoformat(published) if isinstance(published, str) else published
        article = Article(
            id=article_id or Article.derive_id(text=text), text=text, title=title, published=day
        )
        return self(article)

    def pipe(self, articles: Iterable[Article]) -> Iterator[PipelineResult]:
        """Results for many articles, parsed in batches; a failing article never stops the run.

        Any exception inside a component is recorded on that article's result (as a
        TacitusError with code ``extraction_failed`` when it was not one already).
        """
        iterator = iter(articles)
        while batch := list(islice(iterator, self.config.batch_size)):
            yield from self._pipe_batch(batch)

    def _pipe_batch(self, batch: list[Article]) -> Iterator[PipelineResult]:
        docs, seconds = self._parse_batch(batch)
        for article, doc in zip(batch, docs, strict=True):
            yield self._safe(article, doc, parse_seconds=seconds)

    def _parse_batch(self, batch: list[Article]) -> tuple[list[Doc | None], float]:
        """Parsed docs (None where the parse component is not configured) and the parse
        time per article of the batch."""
        if "parse" not in self.component_names:
            return [None] * len(batch), 0.0
        texts = [a.text if len(a.text) <= self.config.max_chars else "" for a in batch]
        began = time.perf_counter()
        docs: list[Doc | None] = list(self.resources.nlp.pipe(texts))
        return docs, (time.perf_counter() - began) / max(len(batch), 1)

    def _safe(self, article: Article, doc: Doc | None, *, parse_seconds: float) -> PipelineResult:
        if len(article.text) > self.config.max_chars:
            return PipelineResult(article=article, error=self._too_large(article))
        try:
            adoc = ArticleDoc(article=article, doc=doc)
            if doc is not None:
                adoc.timings["parse"] = parse_seconds
            adoc = self._run_steps(adoc)
        except TacitusError as exc:
            return PipelineResult(article=article, error=exc)
        except Exception as exc:  # recorded on the result, with its type, never dropped
            error = TacitusError(f"{type(exc).__name__}: {exc}", code="extraction_failed")
            return PipelineResult(article=article, error=error)
        return PipelineResult(article=article, events=adoc.events, timings=adoc.timings)

    def _too_large(self, article: Article) -> InputError:
        return InputError(
            f"article has {len(article.text):,} characters; the limit is "
            f"{self.config.max_chars:,} (PipelineConfig.max_chars)",
            source=article.path or article.id,
            code="too_large",
        )

    def close(self) -> None:
        """Release resources (open gazetteer files)."""
        self.resources.close()
