"""Direct quotations: what someone said, as opposed to what the outlet reports."""

from __future__ import annotations

import re

_QUOTE = re.compile(r"[\"“”]")
_OPENERS = frozenset({'"', "“"})


def find_quotes(text: str, *, max_chars: int = 600) -> list[tuple[int, int]]:
    """``[start, end)`` spans of quoted passages, quote marks included.

    Straight quotes pair up in order; a curly opener pairs with the next closer. A
    passage longer than ``max_chars`` is taken as a stray mark and ignored, and a quote
    never runs across a paragraph break.
    """
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for match in _QUOTE.finditer(text):
        mark, pos = match.group(), match.start()
        if opened is None:
            if mark in _OPENERS:
                opened = pos
            continue
        if mark == "“":
            opened = pos
            continue
        if pos - opened <= max_chars and "\n\n" not in text[opened:pos]:
            spans.append((opened, pos + 1))
        opened = None
    return spans
