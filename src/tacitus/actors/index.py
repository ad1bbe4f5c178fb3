"""Lookup tables from normalised surface forms to actors, countries and noun classes."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from tacitus.actors.normalize import is_case_sensitive, norm_key
from tacitus.errors import ResourceError


def key_variants(alias: str) -> set[str]:
    """Normalised keys for an alias: as written, and with ``'s`` read as a plain ``s``."""
    keys = {norm_key(alias)}
    for mark in ("'s", "’s"):
        if mark in alias:
            keys.add(norm_key(alias.replace(mark, "s")))
    return {k for k in keys if k}


@dataclass(slots=True)
class SurfaceIndex:
    """Normalised surface form -> value; acronyms are kept case-sensitive, the rest lowered.

    Two different values for one form are recorded in ``conflicts`` rather than silently
    overwritten, so the data can be checked (``raise_on_conflict``).
    """

    what: str
    folded: dict[str, str] = field(default_factory=dict)
    exact: dict[str, str] = field(default_factory=dict)
    conflicts: list[tuple[str, str, str]] = field(default_factory=list)

    def add(self, surface: str, value: str) -> None:
        """Index ``surface`` (all its key variants) as naming ``value``."""
        sensitive = is_case_sensitive(surface)
        table = self.exact if sensitive else self.folded
        for variant in key_variants(surface):
            key = variant if sensitive else variant.lower()
            known = table.setdefault(key, value)
            if known != value:
                self.conflicts.append((key, known, value))

    def add_all(self, surfaces: Iterable[str], value: str) -> None:
        """Index every surface form in ``surfaces`` as naming ``value``."""
        for surface in surfaces:
            self.add(surface, value)

    def get(self, text: str) -> str | None:
        """The value named by ``text`` (exact acronym first, then case-folded)."""
        key = norm_key(text)
        return self.exact.get(key) or self.folded.get(key.lower())

    def raise_on_conflict(self) -> None:
        """Fail loudly when one surface form names two different things."""
        if self.conflicts:
            shown = "; ".join(f"{k!r}: {a} / {b}" for k, a, b in self.conflicts[:10])
            raise ResourceError(
                f"{len(self.conflicts)} ambiguous {self.what} in the actor data: {shown}"
            )

    def __len__(self) -> int:
        return len(self.folded) + len(self.exact)
