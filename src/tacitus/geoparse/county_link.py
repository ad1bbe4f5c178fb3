"""A town and the county it lies in, both named in one article.

"Paris and Henry County": ten states have a Henry County and a dozen a Paris, but only
in Tennessee is Paris in Henry County. Local news names its town with the county around
it ("Palestine" with "Anderson County", "Alexandria" with "Rapides Parish"); a town whose
own county (admin-2 region) another name of the article can be, and that county, each
gain over their namesakes. The county must be named as one: "Arlington" alone is the
town, not a sign of Arlington County.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tacitus.gazetteer.normalize import normalize_name
from tacitus.geoparse.candidates import lookup_name

if TYPE_CHECKING:
    from tacitus.gazetteer import Place
    from tacitus.pipeline.doc import PlaceMention

# What a town in a county the article names, and that county, gain.
COUNTY_LINK_BONUS = 2.5

_COUNTY_SUFFIXES = (" county", " parish", " borough")
# A county: its country, its admin-1 region and its folded name ("henry county").
_County = tuple[str, str, str]


@dataclass(frozen=True, slots=True)
class CountyLinks:
    """The counties the article's names can be (``counties``) and the counties its towns
    can lie in (``towns_in``), each with the folded names that can be or lie in it."""

    counties: Mapping[_County, frozenset[str]]
    towns_in: Mapping[_County, frozenset[str]]

    def bonus(self, place: Place, key: str) -> float:
        """What ``place`` gains as the reading of the folded name ``key``: a town in a
        county another name can be, or a county another name's town lies in."""
        if place.kind == "city":
            county = _town_county(place)
            names = self.counties.get(county) if county else None
        elif place.kind == "admin2":
            county = _county(place)
            names = self.towns_in.get(county) if county else None
        else:
            return 0.0
        return COUNTY_LINK_BONUS if names and names != {key} else 0.0


def _town_county(place: Place) -> _County | None:
    if place.country is None or place.admin1 is None or not place.admin2:
        return None
    return (place.country, place.admin1, normalize_name(place.admin2))


def _county(place: Place) -> _County | None:
    if place.country is None or place.admin1 is None:
        return None
    return (place.country, place.admin1, normalize_name(place.name))


def _names_county(mention: PlaceMention, key: str, county: str) -> bool:
    """Whether the mention names the county as a county: by its full name ("Henry
    County") or with the kind word after it ("Henry" in "Henry and Carroll counties"); a
    county found under the bare name of its seat ("Arlington") is not named."""
    if county == key:
        return True
    return mention.kind_hint == "county" and county in (key + s for s in _COUNTY_SUFFIXES)


def county_links(
    distinct: Sequence[PlaceMention], cands: Mapping[int, list[Place]]
) -> CountyLinks | None:
    """The county links among the candidates of ``distinct`` (one mention per name), or
    None when no town of one name lies in a county another name can be."""
    counties: dict[_County, set[str]] = {}
    towns_in: dict[_County, set[str]] = {}
    for mention in distinct:
        key = normalize_name(lookup_name(mention.text))
        for place in cands[id(mention)]:
            if place.kind == "admin2" and (county := _county(place)) is not None:
                if _names_county(mention, key, county[2]):
                    counties.setdefault(county, set()).add(key)
            elif place.kind == "city" and (county := _town_county(place)) is not None:
                towns_in.setdefault(county, set()).add(key)
    linked = {c for c in counties.keys() & towns_in.keys() if len(counties[c] | towns_in[c]) > 1}
    if not linked:
        return None
    return CountyLinks(
        counties={c: frozenset(counties[c]) for c in linked},
        towns_in={c: frozenset(towns_in[c]) for c in linked},
    )
