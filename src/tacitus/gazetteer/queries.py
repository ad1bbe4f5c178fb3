"""SQL behind the gazetteer's lookups. Every query is an index range, never a table scan."""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from tacitus.errors import TacitusError
from tacitus.gazetteer.entries import TIER_LARGE_CITY
from tacitus.gazetteer.normalize import fuzzy_signature, strip_article
from tacitus.gazetteer.place import PLACE_COLUMNS, Place
from tacitus.gazetteer.schema import MATCH_BARE, MATCH_NAME

_COLUMNS = ", ".join(f"p.{column}" for column in PLACE_COLUMNS)
# A city found only by an alternate name ranks after the large cities found by their own
# ("Philadelphia": the US city before Amman, whose ancient name it was).
_RANK_TIER = (
    f"CASE WHEN best > {MATCH_NAME} AND p.kind = 'city' AND p.tier < {TIER_LARGE_CITY}"
    f" THEN {TIER_LARGE_CITY} + 0.5 ELSE p.tier END"
)
# Candidate keys read per fuzzy probe (prefix and suffix) before scoring.
FUZZY_PROBE_LIMIT = 4000


@dataclass(frozen=True, slots=True)
class Filters:
    """Optional restrictions shared by exact and fuzzy lookups."""

    country: str | None = None
    kinds: tuple[str, ...] = ()

    def sql(self) -> tuple[str, list[object]]:
        """Return the ``AND ...`` clause and its parameters."""
        clause, params = "", list[object]()
        if self.country is not None:
            clause += " AND p.country = ?"
            params.append(self.country)
        if self.kinds:
            clause += f" AND p.kind IN ({', '.join('?' * len(self.kinds))})"
            params.extend(self.kinds)
        return clause, params


def exact(conn: sqlite3.Connection, key: str, filters: Filters, limit: int) -> list[Place]:
    """Places whose name or alias folds to ``key`` (or to ``key`` without its article).

    Matches on the full key come first, then by tier (landmark, country, capital, seat,
    large city, admin-1, admin-2, city) and population.
    """
    clause, params = filters.sql()
    sql = (
        f"SELECT {_COLUMNS}, min(CASE WHEN n.key = ? AND n.match < {MATCH_BARE} THEN 0 ELSE 1 END)"
        f" AS quality, min(n.match) AS best FROM names n JOIN places p ON p.id = n.place_id"
        f" WHERE n.key IN (?, ?){clause} GROUP BY p.id"
        f" ORDER BY quality, {_RANK_TIER}, p.sort_pop DESC, p.id LIMIT ?"
    )
    rows = conn.execute(sql, [key, key, strip_article(key) or key, *params, limit])
    return [Place.from_row(row[: len(PLACE_COLUMNS)]) for row in rows]


def fuzzy(
    conn: sqlite3.Connection, key: str, filters: Filters, *, limit: int, min_score: float
) -> list[tuple[Place, float]]:
    """Places whose keys score at least ``min_score`` (rapidfuzz ratio) against ``key``."""
    scored = _score(key, _candidates(conn, key), min_score=min_score, limit=max(limit * 4, 20))
    if not scored:
        return []
    scores = dict(scored)
    clause, params = filters.sql()
    sql = (
        f"SELECT {_COLUMNS}, p.id, p.tier, p.sort_pop, n.key FROM names n"
        f" JOIN places p ON p.id = n.place_id WHERE n.key IN ({', '.join('?' * len(scores))})"
        f"{clause}"
    )
    rows = conn.execute(sql, [*scores, *params]).fetchall()
    rows.sort(key=lambda r: (-scores[r[-1]], r[-3], -r[-2], r[-4]))
    return _unique_places(rows, scores, limit)


def _candidates(conn: sqlite3.Connection, key: str) -> list[str]:
    head, tail, length = fuzzy_signature(key)
    band = max(2, length // 4)
    low, high = length - band, length + band
    by_head = conn.execute(
        "SELECT key FROM fuzzy_keys WHERE head = ? AND len BETWEEN ? AND ? LIMIT ?",
        (head, low, high, FUZZY_PROBE_LIMIT),
    )
    by_tail = conn.execute(
        "SELECT key FROM fuzzy_keys INDEXED BY fuzzy_tail"
        " WHERE tail = ? AND len BETWEEN ? AND ? LIMIT ?",
        (tail, low, high, FUZZY_PROBE_LIMIT),
    )
    return list({row[0] for row in (*by_head, *by_tail)})


def _score(
    key: str, candidates: Sequence[str], *, min_score: float, limit: int
) -> list[tuple[str, float]]:
    bare = [strip_article(c) if c.startswith("al") else c for c in candidates]
    found = process.extract(
        strip_article(key), bare, scorer=fuzz.ratio, score_cutoff=min_score, limit=limit
    )
    return [(candidates[index], float(score)) for _, score, index in found]


def _unique_places(
    rows: Sequence[tuple[object, ...]], scores: dict[str, float], limit: int
) -> list[tuple[Place, float]]:
    seen: set[object] = set()
    out: list[tuple[Place, float]] = []
    for row in rows:
        place_id = row[len(PLACE_COLUMNS)]
        if place_id in seen:
            continue
        seen.add(place_id)
        out.append((Place.from_row(row[: len(PLACE_COLUMNS)]), scores[str(row[-1])]))
        if len(out) == limit:
            break
    return out


def country_by_code(
    conn: sqlite3.Connection, *, iso2: str | None, iso3: str | None
) -> Place | None:
    """The country place for an ISO-2 or ISO-3 code."""
    if iso2 is not None:
        sql, arg = f"SELECT {_COLUMNS} FROM places p WHERE p.iso2 = ?", iso2
    elif iso3 is not None:
        sql = f"SELECT {_COLUMNS} FROM places p WHERE p.kind = 'country' AND p.country = ?"
        arg = iso3
    else:
        return None
    row = conn.execute(sql + " LIMIT 1", (arg,)).fetchone()
    return None if row is None else Place.from_row(row)


def capital_city(conn: sqlite3.Connection, *, country: str) -> Place | None:
    """The capital (``PPLC``) city of a country, by ISO-3 code."""
    sql = (
        f"SELECT {_COLUMNS} FROM places p WHERE p.kind = 'city' AND p.country = ?"
        " AND p.feature_code = 'PPLC' ORDER BY p.population DESC LIMIT 1"
    )
    row = conn.execute(sql, (country,)).fetchone()
    return None if row is None else Place.from_row(row)


def admin1_region(
    conn: sqlite3.Connection, *, country: str, code: str | None, name: str | None
) -> Place | None:
    """The admin-1 place of a country, by ISO 3166-2 code or else by name."""
    base = f"SELECT {_COLUMNS} FROM places p WHERE p.kind = 'admin1' AND p.country = ?"
    if code is not None:
        row = conn.execute(base + " AND p.admin1_code = ? LIMIT 1", (country, code)).fetchone()
    elif name is not None:
        row = conn.execute(base + " AND p.name = ? LIMIT 1", (country, name)).fetchone()
    else:
        return None
    return None if row is None else Place.from_row(row)


def check_kinds(kinds: Collection[str] | None, allowed: Collection[str]) -> tuple[str, ...]:
    """Return ``kinds`` as a tuple, rejecting unknown kinds."""
    if kinds is None:
        return ()
    unknown = sorted(set(kinds) - set(allowed))
    if unknown:
        raise TacitusError(
            f"unknown place kinds {unknown}; expected some of {sorted(allowed)}",
            code="bad_argument",
        )
    return tuple(kinds)
