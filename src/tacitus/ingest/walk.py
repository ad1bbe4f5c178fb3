"""Find article files under the paths a user gives and load each with the right reader.

Folders are walked recursively in sorted order. Hidden files and folders (names starting
with ``.``), names starting with ``_`` (notes and answer keys kept beside articles, such
as ``samples/_expected.json``) and symbolic links to folders are skipped. Files with a
supported suffix (``.txt``, ``.json``, ``.jsonl``, ``.ndjson``, ``.html``, ``.htm``; any
case) are read. Inside a folder, files that are clearly not articles (documentation, tables, code,
images, archives, databases; see ``IGNORED_SUFFIXES``) are skipped silently; any other
file becomes an ``unsupported`` failure so nothing disappears unnoticed. A file named
explicitly is never skipped: if its suffix is not supported it is an ``unsupported``
failure.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from pathlib import Path

from tacitus.ingest.failures import LoadFailure
from tacitus.ingest.html_files import load_html_file
from tacitus.ingest.json_files import iter_json_file, iter_jsonl_file
from tacitus.ingest.reading import unreadable
from tacitus.ingest.text_files import load_text_file
from tacitus.records.article import Article

DEFAULT_MAX_BYTES = 20_000_000
SUPPORTED_SUFFIXES = frozenset({".txt", ".json", ".jsonl", ".ndjson", ".html", ".htm"})
IGNORED_SUFFIXES = frozenset(
    {
        *(".md", ".markdown", ".rst", ".csv", ".tsv", ".parquet", ".xlsx", ".xls", ".ods"),
        *(".py", ".js", ".ts", ".css", ".sh", ".toml", ".yaml", ".yml", ".ini", ".cfg"),
        *(".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".ico", ".bmp", ".tif", ".tiff"),
        *(".zip", ".gz", ".bz2", ".xz", ".zst", ".tar", ".tgz", ".7z", ".rar"),
        *(".db", ".sqlite", ".sqlite3", ".db-wal", ".db-shm", ".db-journal", ".lock", ".log"),
        *(".mp3", ".mp4", ".wav", ".ogg", ".webm", ".mov", ".woff", ".woff2", ".ttf"),
    }
)


def iter_articles(
    paths: Sequence[Path],
    *,
    published: dt.date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Article | LoadFailure]:
    """Every article in ``paths`` (files or folders), or a failure for each bad input.

    ``published`` fills the publication date of articles whose input states none; it
    never overrides a stated date. An article with no known date is still yielded with
    ``published=None``. ``max_bytes`` bounds each file (each line for JSON Lines).
    """
    for item in iter_input_files(paths):
        if isinstance(item, LoadFailure):
            yield item
        else:
            yield from load_file(item, published=published, max_bytes=max_bytes)


def count_inputs(paths: Sequence[Path]) -> int:
    """How many files ``iter_articles`` will read (for a progress bar)."""
    return sum(1 for item in iter_input_files(paths) if isinstance(item, Path))


def load_file(
    path: Path, *, published: dt.date | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Article | LoadFailure]:
    """The articles in one file, chosen by its suffix."""
    suffix = path.suffix.lower()
    if suffix == ".txt":
        yield load_text_file(path, published=published, max_bytes=max_bytes)
    elif suffix in (".html", ".htm"):
        yield load_html_file(path, published=published, max_bytes=max_bytes)
    elif suffix == ".json":
        yield from iter_json_file(path, published=published, max_bytes=max_bytes)
    elif suffix in (".jsonl", ".ndjson"):
        yield from iter_jsonl_file(path, published=published, max_bytes=max_bytes)
    else:
        yield unsupported(path)


def unsupported(path: Path) -> LoadFailure:
    """A failure for a file whose format no loader reads."""
    formats = ", ".join(sorted(SUPPORTED_SUFFIXES))
    return LoadFailure(
        str(path), "unsupported", f"no reader for '{path.suffix or path.name}'; use {formats}"
    )


def iter_input_files(paths: Sequence[Path]) -> Iterator[Path | LoadFailure]:
    """Files to load, in order, and failures for paths that cannot be listed or read."""
    for path in paths:
        if path.is_dir():
            yield from _walk_folder(path)
        elif path.exists():
            yield path if path.suffix.lower() in SUPPORTED_SUFFIXES else unsupported(path)
        else:
            yield LoadFailure(str(path), "unreadable", "path does not exist; check the path")


def _walk_folder(folder: Path) -> Iterator[Path | LoadFailure]:
    try:
        entries = sorted(folder.iterdir(), key=lambda entry: entry.name)
    except OSError as exc:
        yield unreadable(folder, exc)
        return
    for entry in entries:
        if entry.name.startswith((".", "_")):
            continue
        if entry.is_dir():
            if not entry.is_symlink():
                yield from _walk_folder(entry)
            continue
        suffix = entry.suffix.lower()
        if suffix in SUPPORTED_SUFFIXES:
            yield entry
        elif suffix not in IGNORED_SUFFIXES:
            yield unsupported(entry)
