"""The CAMEO role an actor's noun names, finer than the ACLED actor it is coded as.

ACLED codes students shot at as Civilians and a court or a parliament as the
Government; CAMEO and PLOVER keep the role (EDU, JUD, LEG). The role is read from the
last words of the actor's phrase, the longest listed ending first, so "aid workers" is
a civilian role and "paper workers" labour (see ``data/actors/role_sectors.json``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from tacitus.actors.data import role_sectors

if TYPE_CHECKING:
    from tacitus.actors.entry import ActorEntry

_LONGEST: Final = 3
# Crowds and victims: rioters, protesters, civilians (ACLED inter 5-7). Armed generic
# actors ("armed herders" as a communal militia) keep their sector.
_CROWD_INTERS: Final = frozenset({5, 6, 7})


def role_sector(text: str) -> str | None:
    """The CAMEO type the phrase's closing noun names ("Argentine judge": ``JUD``)."""
    words = text.lower().replace("\u2019", "'").split()
    table = role_sectors()
    for size in range(min(_LONGEST, len(words)), 0, -1):
        found = table.get(" ".join(words[-size:]))
        if found is not None:
            return found
    return None


def refined_sector(text: str, entry: ActorEntry | None) -> str | None:
    """The sector an event actor takes: the role its words name where the actor is a
    crowd or victims, a government or unknown ("Polish parliament": ``LEG``); otherwise, and
    where the words name no role, the knowledge base's sector. Forces and named groups
    keep theirs ("student militia" stays an armed group)."""
    if entry is not None and not _refinable(entry):
        return entry.sector
    return role_sector(text) or (entry.sector if entry is not None else None)


def _refinable(entry: ActorEntry) -> bool:
    if entry.kind == "generic":
        return entry.inter in _CROWD_INTERS
    return entry.kind == "state" and entry.sector == "GOV"
