"""Field edits on an event record: dotted paths set on its JSON form, then validated."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError

from tacitus.errors import TacitusError
from tacitus.records.event import Event

PROTECTED_FIELDS = frozenset({"event_id", "article_ids"})
"""Fields no edit may change: they identify the event and its sources."""


def apply_edits(record: Mapping[str, Any], changes: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of ``record`` (an event's JSON form) with each ``path: value`` of ``changes`` set.

    Paths are dotted keys, with integers for list items: ``"location.admin1"``,
    ``"actors.0.name"``, ``"counts.fatalities.best"``. Parents are applied before their
    children, so a whole object and then one of its fields can both be set.
    """
    edited = copy.deepcopy(dict(record))
    for path in sorted(changes, key=lambda p: p.count(".")):
        _set_path(edited, path, copy.deepcopy(changes[path]))
    return edited


def check_event(record: Mapping[str, Any]) -> Event:
    """The record as a valid :class:`Event`; ``TacitusError`` (``bad_edit``) saying why not."""
    try:
        return Event.model_validate(dict(record))
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in error['loc'])}: {error['msg']}" for error in exc.errors()
        )
        raise TacitusError(f"the edited event is not valid: {problems}", code="bad_edit") from exc


def check_paths(changes: Mapping[str, Any]) -> None:
    """Raise ``TacitusError`` (``bad_edit``) for an empty or protected path."""
    for path in changes:
        head = path.split(".", 1)[0]
        if not path or any(not part for part in path.split(".")):
            raise TacitusError(f"{path!r} is not a field path", code="bad_edit")
        if head in PROTECTED_FIELDS:
            raise TacitusError(f"{head!r} cannot be edited", code="bad_edit")


def _set_path(record: dict[str, Any], path: str, value: Any) -> None:
    parts = path.split(".")
    target: Any = record
    for depth, part in enumerate(parts[:-1]):
        child = _child(target, part, path)
        if child is None:
            child = {}
            _assign(target, part, child, path)
        elif not isinstance(child, dict | list):
            done = ".".join(parts[: depth + 1])
            raise TacitusError(f"{done!r} is a value, not an object, in {path!r}", code="bad_edit")
        target = child
    _assign(target, parts[-1], value, path)


def _child(target: Any, part: str, path: str) -> Any:
    if isinstance(target, list):
        return target[_index(target, part, path)]
    return target.get(part)


def _assign(target: Any, part: str, value: Any, path: str) -> None:
    if isinstance(target, list):
        target[_index(target, part, path)] = value
    else:
        target[part] = value


def _index(items: list[Any], part: str, path: str) -> int:
    if not part.isdigit() or int(part) >= len(items):
        raise TacitusError(
            f"{part!r} is not an item of a list of {len(items)} in {path!r}", code="bad_edit"
        )
    return int(part)
