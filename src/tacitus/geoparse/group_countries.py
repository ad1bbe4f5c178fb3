"""The countries of the armed groups an article names: where its small towns may lie.

A report of one armed group's attack often names no country at all ("Al-Shabaab fighters
attacked a base in El Bur"): the group is the only sign of where the story is, and the
actor base ties many groups to the one country they fight in. Such a country lets a name
found only by its position be read as a town there, as a country the article names does,
and weighs for its towns among namesakes; it casts no vote for the article's focus, for
groups cross borders (Al-Shabaab raids in Kenya), so the article's own places outrank it.
Groups of no single country (the Islamic State) and state forces ("Somali troops", whose
armies fight abroad) give none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tacitus.actors import ActorKB


def group_countries(text: str | None, actors: ActorKB) -> frozenset[str]:
    """The countries of the named armed groups ``text`` mentions (see the module)."""
    if not text:
        return frozenset()
    return frozenset(
        match.entry.country
        for match in actors.find(text)
        if match.entry.kind == "group" and match.entry.country is not None
    )
