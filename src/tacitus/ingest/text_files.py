"""Plain-text articles: one article per ``.txt`` file."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from tacitus.ingest.failures import LoadFailure
from tacitus.ingest.reading import read_text
from tacitus.records.article import Article

TITLE_MAX_CHARS = 200
_DATE_SUFFIX = re.compile(r"[_-](\d{4}-\d{2}-\d{2})$")


def load_text_file(
    path: Path, *, published: dt.date | None = None, max_bytes: int
) -> Article | LoadFailure:
    """Read one ``.txt`` article.

    ``Article.text`` is the whole file (title included, byte order mark dropped, line
    ends kept) so character offsets index the file. The id is the file stem; the
    publication date comes from a ``_YYYY-MM-DD`` or ``-YYYY-MM-DD`` stem suffix, else
    ``published``.
    """
    text = read_text(path, max_bytes=max_bytes)
    if isinstance(text, LoadFailure):
        return text
    return Article(
        id=path.stem,
        text=text,
        title=title_from_text(text),
        published=date_from_stem(path.stem) or published,
        path=str(path),
    )


def title_from_text(text: str) -> str | None:
    """The first line, when a blank line follows it, body text follows that, and it is short."""
    lines = text.splitlines()
    if len(lines) < 3:
        return None
    first = lines[0].strip()
    if not first or len(first) >= TITLE_MAX_CHARS or lines[1].strip():
        return None
    if not any(line.strip() for line in lines[2:]):
        return None
    return first


def date_from_stem(stem: str) -> dt.date | None:
    """The date in a ``name_2019-12-31`` or ``name-2019-12-31`` file stem, if valid."""
    match = _DATE_SUFFIX.search(stem)
    if match is None:
        return None
    try:
        return dt.date.fromisoformat(match.group(1))
    except ValueError:
        return None
