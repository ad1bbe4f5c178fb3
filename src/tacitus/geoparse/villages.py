"""Villages: places of fewer than 1,000 people, which the gazetteer holds (GeoNames'
cities500) so that local news can name them, but which share their names with larger
towns far more often than news means them.

A village is read for a name only when no larger place bears the name, or when the
article sets it locally: a qualifier after the name holds it ("Sharon, Conn."), another
name of the article names its state or county, or the article's places gather in its
state. A namesake village in the article's country with nothing more ("Montreal",
Wisconsin, in an American story about Quebec) does not outrank the great city; nor is a
village read for a name a country or a state bears ("Kansas", Illinois), and a country
written after the name ("Russia, U.S.") sets none locally: it holds every town it has.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tacitus.gazetteer.normalize import normalize_name
from tacitus.geoparse.context import mention_key
from tacitus.geoparse.namesakes import bare_county

if TYPE_CHECKING:
    from tacitus.gazetteer import Place
    from tacitus.geoparse.context import Context
    from tacitus.geoparse.qualifiers import Qualifier
    from tacitus.pipeline.doc import PlaceMention

VILLAGE_POPULATION = 1000


def is_village(place: Place) -> bool:
    """A populated place under :data:`VILLAGE_POPULATION` that is no seat or capital."""
    return (
        place.kind == "city"
        and place.population < VILLAGE_POPULATION
        and place.feature_code not in ("PPLA", "PPLC")
    )


def _set_locally(
    place: Place,
    found: list[Place],
    mention: PlaceMention,
    *,
    context: Context,
    qualifier: Qualifier | None,
) -> bool:
    """Whether the article sets ``place`` locally: a qualifier of its state, county or a
    nearby town holds it, or another name names its state or county, or the article's
    places gather in its state."""
    key = mention_key(mention)
    if qualifier is not None and qualifier.holds(place):
        region = qualifier.mention.place
        return region is not None and region.kind != "country"
    hinted = mention.kind_hint is not None
    if context.admin1_named(place, key) and not bare_county(place, key, hinted=hinted):
        return True
    if context.in_region(place, key):
        return True
    if context.shared is not None and context.shared.bonus(place, found, key):
        return True
    return context.counties is not None and bool(context.counties.bonus(place, key))


def without_villages(
    found: list[Place],
    mention: PlaceMention,
    context: Context,
    qualifier: Qualifier | None,
    key: str,
) -> list[Place]:
    """``found`` without the villages the article does not set locally, when a larger
    place (or a region or country) is among them."""
    if all(is_village(c) for c in found):
        return found
    if any(c.kind in ("country", "admin1") and normalize_name(c.name) == key for c in found):
        return [c for c in found if not is_village(c)]
    return [
        c
        for c in found
        if not is_village(c)
        or _set_locally(c, found, mention, context=context, qualifier=qualifier)
    ]


def voting(found: list[Place]) -> list[Place]:
    """The candidates of a name that speak for where the article is: a village lends it no
    country, region or neighbours while a larger place bears the name (a village "Albany"
    in Ohio would set a story of Albany, New York, in Ohio beside any Ohio town it names)."""
    larger = [c for c in found if not is_village(c)]
    return larger or found
