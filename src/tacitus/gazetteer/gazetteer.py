"""The offline gazetteer: an indexed SQLite file compiled once into the user's cache."""

from __future__ import annotations

import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable, Collection
from pathlib import Path
from types import TracebackType

from tacitus.errors import ResourceError
from tacitus.gazetteer import queries, world
from tacitus.gazetteer.build import ensure_built
from tacitus.gazetteer.countries import iso3_from_iso2
from tacitus.gazetteer.normalize import normalize_name
from tacitus.gazetteer.paths import default_gazetteer_path
from tacitus.gazetteer.place import PLACE_KINDS, Place

# Exact lookups remembered per gazetteer: news names the same places over and over, and
# resolution asks for a name's candidates more than once per article.
LOOKUP_MEMO_SIZE = 20_000


class Gazetteer:
    """Name -> place lookups over the compiled gazetteer (read-only).

    Open with :meth:`open`, which builds the file first if it is missing or stale. The
    connection may be used from one thread at a time (calls are serialised by a lock).
    The file is read-only, so exact lookups are remembered (the most recent
    :data:`LOOKUP_MEMO_SIZE`).
    """

    def __init__(self, conn: sqlite3.Connection, *, path: Path) -> None:
        self._conn = conn
        self._lock = threading.Lock()
        self._memo: OrderedDict[tuple[str, queries.Filters, int], tuple[Place, ...]] = OrderedDict()
        self.path = path

    @classmethod
    def open(
        cls,
        *,
        path: Path | None = None,
        rebuild: bool = False,
        progress: Callable[[int, int], None] | None = None,
    ) -> Gazetteer:
        """Open the gazetteer at ``path`` (default :func:`default_gazetteer_path`).

        Builds it first when missing, stale (its source stamp differs) or ``rebuild`` is
        set; ``progress(done, total)`` is called during a build.
        """
        target = Path(path) if path is not None else default_gazetteer_path()
        ensure_built(target, rebuild=rebuild, progress=progress)
        uri = f"{target.resolve().as_uri()}?mode=ro"
        try:
            conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        except sqlite3.Error as exc:
            raise ResourceError(f"cannot open the gazetteer {target}: {exc}") from exc
        return cls(conn, path=target)

    def lookup(
        self,
        name: str,
        *,
        country: str | None = None,
        kinds: Collection[str] | None = None,
        limit: int = 10,
    ) -> list[Place]:
        """Return places whose name or alternate name matches ``name`` after folding.

        Ranked: full-key matches before article-less ones, then landmarks, countries,
        capitals, admin-1 seats, large cities (100k+), admin-1 regions, admin-2 regions
        and other cities, each by population. ``country`` (ISO-3 or ISO-2) and ``kinds`` filter.
        """
        key = normalize_name(name)
        filters = self._filters(country, kinds)
        if not key or filters is None:
            return []
        with self._lock:
            return list(self._exact(key, filters, limit))

    def _exact(self, key: str, filters: queries.Filters, limit: int) -> tuple[Place, ...]:
        """An exact lookup, from the memo when asked before (the caller holds the lock)."""
        memo_key = (key, filters, limit)
        found = self._memo.get(memo_key)
        if found is None:
            found = tuple(queries.exact(self._conn, key, filters, limit))
            self._memo[memo_key] = found
            while len(self._memo) > LOOKUP_MEMO_SIZE:
                self._memo.popitem(last=False)
        else:
            self._memo.move_to_end(memo_key)
        return found

    def fuzzy_lookup(
        self,
        name: str,
        *,
        country: str | None = None,
        limit: int = 5,
        min_score: float = 88.0,
    ) -> list[tuple[Place, float]]:
        """Return ``(place, score)`` pairs for names close to ``name`` (rapidfuzz ratio,
        0-100), best first. Candidates come from indexed prefix and suffix probes."""
        key = normalize_name(name)
        filters = self._filters(country, None)
        if not key or filters is None:
            return []
        with self._lock:
            return queries.fuzzy(self._conn, key, filters, limit=limit, min_score=min_score)

    def country(self, code_or_name: str) -> Place | None:
        """Return the country place for an ISO-2 code, ISO-3 code or name."""
        text = code_or_name.strip()
        if text.isalpha() and len(text) in (2, 3):
            code = text.upper()
            with self._lock:
                found = queries.country_by_code(
                    self._conn,
                    iso2=code if len(code) == 2 else None,
                    iso3=code if len(code) == 3 else None,
                )
            if found is not None:
                return found
        matches = self.lookup(text, kinds=("country",), limit=1)
        return matches[0] if matches else None

    def capital(self, iso3: str) -> Place | None:
        """Return the capital city of a country (by ISO-3 code), if the gazetteer has it."""
        with self._lock:
            return queries.capital_city(self._conn, country=iso3)

    def admin1_of(self, place: Place) -> Place | None:
        """Return the admin-1 region a place lies in (an admin-1 place returns itself)."""
        if place.country is None or place.kind == "country":
            return None
        with self._lock:
            return queries.admin1_region(
                self._conn, country=place.country, code=place.admin1_code, name=place.admin1
            )

    def world_region(self, name: str) -> tuple[Place, bool] | None:
        """Return a continent, sea or named region called ``name`` (or named by its
        demonym, "African"), with ``True`` when ``name`` is the demonym."""
        return world.world_regions().get(normalize_name(name))

    def demonym_region(self, text: str) -> Place | None:
        """Return the US state, Canadian province or British nation a demonym names
        ("Ohioans", "Welsh")."""
        found = world.region_demonyms().get(normalize_name(text))
        if found is None:
            return None
        name, iso3 = found
        with self._lock:
            return queries.admin1_region(self._conn, country=iso3, code=None, name=name)

    def abbreviated_region(self, text: str) -> Place | None:
        """Return the admin-1 region a postal abbreviation stands for ("Va.", "B.C.")."""
        code = world.abbreviations().get(text.strip())
        iso3 = iso3_from_iso2(code[:2]) if code else None
        if code is None or iso3 is None:
            return None
        with self._lock:
            return queries.admin1_region(self._conn, country=iso3, code=code, name=None)

    def postal_region(self, code: str) -> Place | None:
        """Return the US state or Canadian province a two-letter postal code stands for
        ("KY", "BC"); only for codes written in capitals."""
        iso = world.postal_codes().get(code) if code.isupper() else None
        iso3 = iso3_from_iso2(iso[:2]) if iso else None
        if iso is None or iso3 is None:
            return None
        with self._lock:
            return queries.admin1_region(self._conn, country=iso3, code=iso, name=None)

    def city_points(self) -> list[tuple[float, float, str]]:
        """Return ``(lat, lon, country ISO-3)`` of every city (for reverse geocoding)."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT lat, lon, country FROM places WHERE kind = 'city' AND country IS NOT NULL"
            ).fetchall()
        return [(float(lat), float(lon), str(country)) for lat, lon, country in rows]

    def metadata(self) -> dict[str, str]:
        """Return the build metadata: source stamp, versions, build time and counts."""
        with self._lock:
            rows = self._conn.execute("SELECT key, value FROM meta").fetchall()
        return {str(k): str(v) for k, v in rows}

    def close(self) -> None:
        """Close the database connection."""
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Gazetteer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _filters(
        self, country: str | None, kinds: Collection[str] | None
    ) -> queries.Filters | None:
        """Build lookup filters; ``None`` when the country filter names no known country."""
        checked = queries.check_kinds(kinds, PLACE_KINDS)
        if country is None:
            return queries.Filters(kinds=checked)
        code = country.strip().upper()
        iso3 = iso3_from_iso2(code) if len(code) == 2 else code
        return None if iso3 is None else queries.Filters(country=iso3, kinds=checked)
