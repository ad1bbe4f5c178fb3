"""One end-to-end case: a text, its publication date and what its event must say."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

TUESDAY = "2019-12-31"


@dataclass(frozen=True)
class Case:
    """A sentence (or two) and the expected fields of its selected event.

    ``expect`` keys: ``date`` (start, end), ``precision``, ``status`` (also selects the
    event: the first with that status, default "new"), a count kind -> (low, best, high),
    ``source`` (kind, claimed_by), ``anonymous`` (kind, bool), ``verified`` (kind, value),
    ``claims`` [(field, value, claimed_by)], ``none``: no event of that status at all.
    """

    text: str
    published: str = TUESDAY
    expect: dict[str, Any] = field(default_factory=dict)
    xfail: str | None = None

    @property
    def id(self) -> str:
        return self.text[:60]


def case(text: str, published: str = TUESDAY, *, xfail: str | None = None, **expect: Any) -> Case:
    """Shorthand for :class:`Case`."""
    return Case(text, published, expect, xfail)
