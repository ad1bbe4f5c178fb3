"""The record a loader yields instead of an article when an input cannot be read."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

FailureCode = Literal[
    "empty",
    "binary",
    "not_utf8",
    "too_large",
    "bad_json",
    "missing_text",
    "unreadable",
    "unsupported",
    "no_date",
]


@dataclass(frozen=True, slots=True)
class LoadFailure:
    """An input that did not become an article, with a reason a user can act on.

    ``source`` is the file path; for one record inside a file it is ``"path:line"``
    (JSON Lines) or ``"path[index]"`` (an element of a JSON array).
    """

    source: str
    code: FailureCode
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: [{self.code}] {self.reason}"
