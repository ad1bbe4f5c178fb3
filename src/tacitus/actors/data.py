"""Pure, cached loaders of the packaged actor data (``tacitus/data/actors``)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from tacitus.errors import ResourceError

_PACKAGE = "tacitus"
_FOLDER = ("data", "actors")


def _read_json(name: str) -> Any:
    """Parse one JSON file of the actor data folder."""
    path = resources.files(_PACKAGE).joinpath(*_FOLDER).joinpath(name)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ResourceError(f"actor data file {name!r} cannot be read: {exc}") from exc


@cache
def country_overrides() -> dict[str, dict[str, Any]]:
    """Hand-written per-country facts keyed by ISO-3 (demonyms, metonyms, ACLED names)."""
    raw: dict[str, Any] = _read_json("countries.json")
    return {key: value for key, value in raw.items() if not key.startswith("_")}


@cache
def force_nouns() -> dict[str, Any]:
    """State-force noun lists, modifiers, member nouns and generic actor templates."""
    raw: dict[str, Any] = _read_json("forces.json")
    return raw


@cache
def group_records() -> list[dict[str, Any]]:
    """The named non-state (and a few named state) actors, one dict per actor."""
    raw: list[dict[str, Any]] = _read_json("groups.json")
    return raw


@cache
def organisation_records() -> list[dict[str, Any]]:
    """International organisations (IGO sector) and international non-governmental ones
    (NGO sector), one dict per organisation, in the shape of the group records."""
    raw: list[dict[str, Any]] = _read_json("organisations.json")
    return raw


@cache
def role_sectors() -> dict[str, str]:
    """Role nouns ("judge", "farmers", "aid workers") -> the CAMEO actor type they name."""
    raw: dict[str, Any] = _read_json("role_sectors.json")
    return {
        str(noun): code for code, nouns in raw.items() if not code.startswith("_") for noun in nouns
    }


@cache
def leader_records() -> list[dict[str, Any]]:
    """Heads of state and government and armed groups' leaders, with their terms."""
    raw: dict[str, Any] = _read_json("leaders.json")
    leaders: list[dict[str, Any]] = raw["leaders"]
    return leaders
