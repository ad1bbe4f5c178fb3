"""Reading gold files: one place that turns a missing or malformed file into an error."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tacitus.errors import EvaluationError


def read_json_array(path: Path) -> list[Any]:
    """The JSON array in ``path``; EvaluationError when it is missing or not an array."""
    data = _read(path)
    if not isinstance(data, list):
        raise EvaluationError(f"{path} must hold a JSON array")
    return data


def read_json_object(path: Path) -> dict[str, Any]:
    """The JSON object in ``path``; EvaluationError when it is missing or not an object."""
    data = _read(path)
    if not isinstance(data, dict):
        raise EvaluationError(f"{path} must hold a JSON object")
    return data


def _read(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise EvaluationError(f"cannot read {path}: {exc}") from exc
