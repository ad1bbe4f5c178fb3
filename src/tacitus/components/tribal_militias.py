"""Tribal and clan fighters whose tribe the article names: "Arab tribal fighters attacked
... The attackers were members of the Uqaydat tribe".

ACLED names an armed tribe or clan after it ("Al Uqaydat Tribal Militia (Syria)", "Habar
Gidir Clan Militia (Somalia)"); a generic noun alone ("tribal fighters", "clan militia") is
an unidentified communal militia. Where the article names one tribe (or one clan) and only
one, its generic tribal (clan) fighters are that tribe's (clan's) militia.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Final

from tacitus.actors.entry import slugify
from tacitus.actors.identity import identity_militia

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from tacitus.actors import ActorKB
    from tacitus.pipeline.doc import ActorMention

# Nouns that name a tribe or clan after its name ("the Uqaydat tribe"), and ACLED's word.
_KIN_NOUNS: Final = {
    "tribe": "Tribal",
    "tribesmen": "Tribal",
    "tribesman": "Tribal",
    "clan": "Clan",
    "clansmen": "Clan",
    "clansman": "Clan",
}
_COMMUNAL: Final = "communal_militia"


def _kin_word(mention: ActorMention) -> str | None:
    """ACLED's word ("Tribal", "Clan") for a generic communal noun of tribes or clans
    ("tribal fighters", "clan militia", "tribesmen")."""
    text = mention.text.lower()
    if "clan" in text:
        return "Clan"
    return "Tribal" if "trib" in text else None


def _named_kin(doc: Doc) -> dict[str, set[str]]:
    """ACLED's word -> the names the article gives tribes or clans ("the Uqaydat tribe",
    "Dulbahante clansmen"): one capitalised name set right before the kin noun."""
    found: dict[str, set[str]] = {}
    for token in doc:
        word = _KIN_NOUNS.get(token.lower_)
        if word is None or token.i == 0:
            continue
        name = _name_before(doc, token)
        if name is not None:
            found.setdefault(word, set()).add(name)
    return found


def _name_before(doc: Doc, noun: Token) -> str | None:
    before = doc[noun.i - 1]
    named = before.pos_ == "PROPN" or (before.pos_ == "NOUN" and not before.is_sent_start)
    if not named or not before.text[:1].isupper():
        return None
    if before.i > 0 and doc[before.i - 1].pos_ == "PROPN":
        return None  # a longer name ("the Al Bu Kamal tribe"): too unsure to cut
    return before.text


def tribal_militias(
    doc: Doc, kb: ActorKB, mentions: list[ActorMention], country: str | None
) -> list[ActorMention]:
    """``mentions`` with generic tribal or clan fighters given the one tribe or clan the
    article names (see the module's docstring)."""
    named = _named_kin(doc)
    found: list[ActorMention] = []
    for mention in mentions:
        entry = mention.entry
        word = _kin_word(mention) if entry is not None else None
        names = named.get(word or "", set())
        if entry is None or entry.id.split("@")[0] != slugify(_COMMUNAL) or len(names) != 1:
            found.append(mention)
            continue
        label = f"{next(iter(names))} {word}"
        militia = identity_militia(label, kb, entry.country or country)
        found.append(replace(mention, entry=militia) if militia is not None else mention)
    return found
