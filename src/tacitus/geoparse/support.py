"""Mutual support between the candidates of different toponyms of one article.

"Atlanta" and "Georgia" in one story: a reading in which Atlanta lies in the Georgia the
article names beats one in which they are 10,000 km apart. A candidate is supported by
each other name (counted once per distinct text) one of whose candidates contains it
(its admin-1 region) or lies in it; a weaker support comes from names with a candidate
in the same admin-1 region.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tacitus.gazetteer import Place
    from tacitus.pipeline.doc import PlaceMention

CONTAIN_BONUS = 1.5
SIBLING_BONUS = 0.5
# Supporters counted at most (so a long list of towns does not swamp every prior).
MAX_SUPPORTERS = 2

_Key = tuple[str, str]


@dataclass(frozen=True, slots=True)
class Support:
    """For each admin-1 region: the toponym texts with a candidate that is the region
    (``regions``) or lies in it (``members``)."""

    regions: Mapping[_Key, frozenset[str]]
    members: Mapping[_Key, frozenset[str]]

    @classmethod
    def of(cls, mentions: Sequence[PlaceMention], cands: Mapping[int, list[Place]]) -> Support:
        """Index the candidates of ``mentions`` (``cands`` keyed by ``id(mention)``)."""
        regions: dict[_Key, set[str]] = {}
        members: dict[_Key, set[str]] = {}
        for mention in mentions:
            for place in cands[id(mention)]:
                if place.country is None or place.kind == "country":
                    continue
                if place.kind == "admin1":
                    regions.setdefault((place.country, place.name), set()).add(mention.text)
                elif place.admin1 is not None:
                    members.setdefault((place.country, place.admin1), set()).add(mention.text)
        return cls(
            regions={k: frozenset(v) for k, v in regions.items()},
            members={k: frozenset(v) for k, v in members.items()},
        )

    def bonus(self, place: Place, text: str) -> float:
        """The support the article's other names give ``place`` as the reading of ``text``."""
        if place.country is None or place.kind == "country":
            return 0.0
        if place.kind == "admin1":
            return CONTAIN_BONUS * _count(self.members, (place.country, place.name), text)
        if place.admin1 is None:
            return 0.0
        key = (place.country, place.admin1)
        contain = _count(self.regions, key, text)
        return CONTAIN_BONUS * contain + SIBLING_BONUS * _count(self.members, key, text)


def _count(index: Mapping[_Key, frozenset[str]], key: _Key, text: str) -> int:
    texts = index.get(key)
    if not texts:
        return 0
    return min(len(texts) - (text in texts), MAX_SUPPORTERS)
