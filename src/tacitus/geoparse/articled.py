"""Names said with "the": a building or a site, rarely a town.

Towns are named bare ("in White House, Tennessee"); buildings, squares and bases take the
article ("outside the White House", "at the Pentagon"). A name the text gives "the" leans
to the landmark among its namesakes. Towns whose own name holds the article ("The
Hague") keep it inside the name, so a lower-case "the" before a name is the sentence's.
A government's seat the actor KB knows ("a White House dinner") leans so without "the".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tacitus.pipeline.doc import PlaceMention

if TYPE_CHECKING:
    from tacitus.actors import ActorKB
    from tacitus.gazetteer import Place

# What a landmark gains over namesake towns when the text says "the" before its name.
ARTICLED_LANDMARK_BONUS = 2.0


def articled(mentions: list[PlaceMention], text: str | None) -> set[int]:
    """The ids of the mentions the text writes with a lower-case "the" before them."""
    if text is None:
        return set()
    return {id(m) for m in mentions if text[max(0, m.start - 4) : m.start] == "the "}


def seats(mentions: list[PlaceMention], kb: ActorKB) -> set[int]:
    """The ids of the mentions that name a government's seat the actor KB knows ("a White
    House dinner", "Kremlin officials"): the building, articled or not, not a town that
    bears its name (White House, Tennessee)."""
    found: set[int] = set()
    for mention in mentions:
        entry = kb.get_by_alias(mention.text)
        if entry is not None and entry.kind == "state" and entry.sector == "GOV":
            found.add(id(mention))
    return found


def landmark_bonus(place: Place, *, with_article: bool) -> float:
    """The bonus of ``place`` for a name written with "the" (``with_article``)."""
    return ARTICLED_LANDMARK_BONUS if with_article and place.kind == "landmark" else 0.0
