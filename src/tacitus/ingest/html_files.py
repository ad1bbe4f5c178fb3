"""HTML articles: the main text and metadata of a saved web page, via trafilatura."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from tacitus.ingest.failures import LoadFailure
from tacitus.ingest.reading import binary_failure, has_nul, read_bytes
from tacitus.ingest.text_files import date_from_stem
from tacitus.records.article import Article

_DATE_FORMAT = "%Y-%m-%dT%H:%M:%S"


def load_html_file(
    path: Path, *, published: dt.date | None = None, max_bytes: int
) -> Article | LoadFailure:
    """Read one ``.html``/``.htm`` page.

    ``Article.text`` is the main text as trafilatura extracts it, one paragraph (or
    heading) per block with a blank line between (the title is not prepended; a headline
    inside the article body stays where it is). The id derives
    from the page's canonical URL, else its text. The date is the page's own, else a
    ``_YYYY-MM-DD`` file-stem suffix, else ``published``. The source is the site name,
    else the host name. The bytes go to trafilatura undecoded, so a page in another
    encoding that declares its charset still loads.
    """
    data = read_bytes(path, max_bytes=max_bytes)
    if isinstance(data, LoadFailure):
        return data
    if has_nul(data):
        return binary_failure(str(path))
    meta = _extract(data)
    text = _paragraphs(str(meta.get("text") or ""))
    if not text:
        return LoadFailure(
            str(path), "missing_text", "no article text found in the page; is it a news story?"
        )
    url = _clean(meta.get("url"))
    day, time = _page_date(meta.get("date"))
    return Article(
        id=Article.derive_id(text=text, url=url),
        text=text,
        title=_clean(meta.get("title")),
        published=day or date_from_stem(path.stem) or published,
        published_time=time,
        source=_clean(meta.get("sitename")) or _clean(meta.get("hostname")),
        url=url,
        path=str(path),
    )


def _extract(data: bytes) -> dict[str, Any]:
    """trafilatura's text and metadata for a page, as a dict (empty when nothing found)."""
    # Imported here: trafilatura takes ~150 ms to import and only HTML input needs it.
    from trafilatura import bare_extraction
    from trafilatura.settings import set_date_params

    params = {**set_date_params(), "outputformat": _DATE_FORMAT}
    document = bare_extraction(
        data,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params=params,
    )
    if document is None or isinstance(document, dict):
        return dict(document or {})
    return dict(document.as_dict())


def _paragraphs(text: str) -> str:
    """trafilatura puts each paragraph or heading of the page on a line of its own; a blank
    line between them, as in the other inputs, keeps a heading out of the sentence after it
    ("... blamed on Jalisco cartel" / "MEXICO CITY - Gunmen ambushed ...")."""
    return "\n\n".join(line.strip() for line in text.splitlines() if line.strip())


def _clean(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _page_date(value: object) -> tuple[dt.date | None, dt.time | None]:
    """The page's date and time; a midnight time is taken as 'no time given'."""
    if not isinstance(value, str) or not value:
        return None, None
    try:
        moment = dt.datetime.strptime(value, _DATE_FORMAT)
    except ValueError:
        return None, None
    time = moment.time()
    return moment.date(), (None if time == dt.time(0, 0) else time)
