"""Reverse geocoding to a country: the country of the nearest gazetteer city."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable

from tacitus.geodesy import haversine_km

Cell = tuple[int, int]


class CountryLocator:
    """Nearest-city country lookup over a one-degree grid of city points."""

    def __init__(self, points: Iterable[tuple[float, float, str]]) -> None:
        self._cells: dict[Cell, list[tuple[float, float, str]]] = defaultdict(list)
        for lat, lon, country in points:
            self._cells[_cell(lat, lon)].append((lat, lon, country))

    def country_at(self, lat: float, lon: float, *, max_rings: int = 6) -> str | None:
        """ISO-3 of the city nearest to ``(lat, lon)``; ``None`` if none lies within reach."""
        row, col = _cell(lat, lon)
        for ring in range(max_rings + 1):
            near = [
                point
                for dr in range(-ring, ring + 1)
                for dc in range(-ring, ring + 1)
                for point in self._cells.get((row + dr, col + dc), ())
            ]
            if near:
                best = min(near, key=lambda p: haversine_km(lat, lon, p[0], p[1]))
                return best[2]
        return None


def _cell(lat: float, lon: float) -> Cell:
    return math.floor(lat), math.floor(lon)
