"""Which files a batch run reads, and how they become one Ray dataset of input rows."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Final

from tacitus.errors import ConfigError

if TYPE_CHECKING:
    from ray.data import Dataset

SUFFIXES: Final = (".jsonl", ".parquet")


def input_files(inputs: Sequence[Path]) -> list[Path]:
    """Every JSON Lines and Parquet file named, or inside a named folder, in order (in
    folders, names starting with "_" or "." are skipped, as ``tacitus extract`` does)."""
    if not inputs:
        raise ConfigError("no inputs given; name .jsonl or .parquet files or folders")
    files: list[Path] = []
    for path in inputs:
        if path.is_dir():
            files.extend(
                sorted(
                    p for p in path.rglob("*")
                    if p.suffix in SUFFIXES and not p.name.startswith(("_", "."))
                )
            )  # fmt: skip
        elif not path.exists():
            raise ConfigError(f"{path} does not exist; check the path", code="no_input")
        elif path.suffix not in SUFFIXES:
            raise ConfigError(
                f"{path}: batch runs read .jsonl or .parquet files (one article per line or "
                "row); use `tacitus extract` for text and HTML files",
                code="unsupported",
            )
        else:
            files.append(path)
    if not files:
        raise ConfigError("the folders named hold no .jsonl or .parquet files", code="no_input")
    return files


def read_inputs(files: Sequence[Path]) -> Dataset:
    """One dataset of input rows: ``line`` and ``path`` for JSON Lines, the article columns
    (plus ``path``) for Parquet."""
    import ray.data

    lines = [str(p) for p in files if p.suffix == ".jsonl"]
    tables = [str(p) for p in files if p.suffix == ".parquet"]
    parts: list[Dataset] = []
    if lines:
        text = ray.data.read_text(lines, include_paths=True, drop_empty_lines=True)
        parts.append(text.rename_columns({"text": "line"}))
    if tables:
        parts.append(ray.data.read_parquet(tables, include_paths=True))
    first, *rest = parts
    return first.union(*rest) if rest else first
