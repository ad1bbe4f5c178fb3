"""Typed records of the actor knowledge base."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

ActorKind = Literal["state", "group", "generic"]


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One actor as ACLED would name it, with the codes downstream coding needs."""

    id: str
    name: str
    inter: int
    sector: str
    country: str | None
    kind: ActorKind
    aliases: tuple[str, ...]
    parent: str | None = None


@dataclass(frozen=True, slots=True)
class ActorMatch:
    """A mention of an actor: ``text == source[start:end]`` of the text given to ``find``."""

    entry: ActorEntry
    start: int
    end: int
    text: str


def slugify(name: str) -> str:
    """A stable ASCII slug for an actor name: ``"Kata'ib Hezbollah"`` -> ``"kataib-hezbollah"``."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    folded = re.sub(r"['`]", "", folded.lower())
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")
