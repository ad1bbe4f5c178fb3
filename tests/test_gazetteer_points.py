"""Country and admin-1 points are GeoNames' own where the project table knows them."""

from __future__ import annotations

from tacitus.gazetteer.countries import country_table
from tacitus.gazetteer.points import admin1_points, country_points


def test_every_country_point_is_on_the_globe_and_known_ones_are_geonames() -> None:
    points = country_points()
    assert len(points) > 180
    assert all(-90 <= p.lat <= 90 and -180 <= p.lon <= 180 for p in points.values())
    assert points["RUS"].source == "geonames" and (points["RUS"].lat, points["RUS"].lon) == (
        60.0,
        100.0,
    )


def test_country_table_uses_the_points() -> None:
    iraq = country_table()["IRQ"]
    assert (iraq.lat, iraq.lon, iraq.geonameid) == (33.0, 44.0, 99237)


def test_admin1_points_by_geonameid() -> None:
    texas = admin1_points()[4736286]
    assert round(texas.lat, 2) == 31.25 and round(texas.lon, 2) == -99.25
