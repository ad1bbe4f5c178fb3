"""Safe byte and text reading shared by every loader: size, emptiness, binary, encoding."""

from __future__ import annotations

import codecs
from pathlib import Path

from tacitus.ingest.failures import LoadFailure

SNIFF_BYTES = 8192
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\b\x1b")


def read_bytes(path: Path, *, max_bytes: int) -> bytes | LoadFailure:
    """The file's bytes, or a failure when it is missing, empty, too large or unreadable.

    The size is checked with ``stat`` first, so an oversized file is never read.
    """
    source = str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return LoadFailure(source, "unreadable", "file does not exist; check the path")
    except OSError as exc:
        return unreadable(path, exc)
    if size > max_bytes:
        return too_large(source, size=size, max_bytes=max_bytes)
    if size == 0:
        return LoadFailure(source, "empty", "file is empty; remove it or add the article text")
    try:
        return path.read_bytes()
    except OSError as exc:
        return unreadable(path, exc)


def unreadable(path: Path, exc: OSError) -> LoadFailure:
    """A failure for a file or folder the operating system refused to read."""
    detail = exc.strerror or str(exc)
    return LoadFailure(str(path), "unreadable", f"cannot be read ({detail}); check its permissions")


def too_large(source: str, *, size: int | None, max_bytes: int) -> LoadFailure:
    """A failure for an input over the size limit (``size`` None when not measured)."""
    what = f"{size:,} bytes is" if size is not None else "it is"
    return LoadFailure(
        source,
        "too_large",
        f"{what} over the limit of {max_bytes:,} bytes; split it or raise max_bytes",
    )


def binary_failure(source: str) -> LoadFailure:
    """A failure for content that is not text at all."""
    return LoadFailure(
        source,
        "binary",
        "looks like a binary file, not text (if it is UTF-16 text, re-save it as UTF-8)",
    )


def has_nul(data: bytes) -> bool:
    """Whether the first few kilobytes hold a NUL byte, the usual sign of a binary file."""
    return b"\x00" in data[:SNIFF_BYTES]


def looks_binary(data: bytes) -> bool:
    """Whether a sample that is not UTF-8 is mostly non-text rather than another encoding."""
    sample = data[:SNIFF_BYTES]
    if not sample:
        return False
    controls = sum(1 for b in sample if b < 0x20 and b not in _TEXT_CONTROLS) + sample.count(0x7F)
    high = sum(1 for b in sample if b >= 0x80)
    return controls / len(sample) > 0.05 or high / len(sample) > 0.3


def decode_utf8(data: bytes, *, source: str, base_offset: int = 0) -> str | LoadFailure:
    """Decode UTF-8 (a leading byte order mark is dropped), or explain why it is not text.

    ``base_offset`` is added to the reported byte offset of a bad byte, for callers that
    decode one line of a larger file.
    """
    if has_nul(data):
        return binary_failure(source)
    bom = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    try:
        return data[bom:].decode("utf-8")
    except UnicodeDecodeError as exc:
        if looks_binary(data):
            return binary_failure(source)
        offset = base_offset + bom + exc.start
        return LoadFailure(
            source,
            "not_utf8",
            f"not valid UTF-8 at byte {offset}; re-save the file as UTF-8 "
            "(e.g. iconv -f windows-1252 -t utf-8)",
        )


def read_text(path: Path, *, max_bytes: int) -> str | LoadFailure:
    """The whole file as text, or the failure that stops it being an article."""
    data = read_bytes(path, max_bytes=max_bytes)
    if isinstance(data, LoadFailure):
        return data
    text = decode_utf8(data, source=str(path))
    if isinstance(text, str) and not text.strip():
        return LoadFailure(str(path), "empty", "file holds only whitespace; add the article text")
    return text
