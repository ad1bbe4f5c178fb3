"""The article record: what every loader produces and every component reads."""

from __future__ import annotations

import datetime as dt
import hashlib

from pydantic import BaseModel, ConfigDict, Field


class Article(BaseModel):
    """One news report. Character offsets in events index into ``text``."""

    model_config = ConfigDict(frozen=True)

    id: str = Field(description="Stable id: given by the input, else derived from url or text.")
    text: str
    title: str | None = None
    published: dt.date | None = None
    published_time: dt.time | None = None
    source: str | None = None
    url: str | None = None
    path: str | None = Field(default=None, description="File the article was read from.")

    @property
    def content_hash(self) -> str:
        """Hash of the text and metadata that change extraction results."""
        payload = "\x1f".join([self.text, self.title or "", str(self.published or "")])
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]

    @staticmethod
    def derive_id(*, text: str, url: str | None = None) -> str:
        """An id for an article that came without one: from its URL, else its text."""
        basis = url if url else text
        return "art_" + hashlib.sha256(basis.encode("utf-8")).hexdigest()[:12]
