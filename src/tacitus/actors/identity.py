"""Crowds named by who they are: "Palestinians protested", "supporters of X marched".

ACLED names a crowd by its type and country ("Protesters (Palestine)") and keeps the
party or leader it supports as an associated actor. A crowd named by a demonym takes the
demonym's country; a crowd of supporters ("supporters of opposition leader X") keeps X.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from tacitus.actors.entry import ActorEntry, slugify

if TYPE_CHECKING:
    from tacitus.actors.kb import ActorKB
    from tacitus.pipeline.doc import ActorMention

IDENTITY_MILITIA: Final = 4
"""ACLED's inter code of identity (ethnic, communal) militias."""
# Lemmas of nouns for a militia's fighters: "Hema militiamen" are the Hema militia's.
FIGHTERS: Final = frozenset(
    {"militiaman", "militia", "fighter", "youth", "gunman", "combatant", "warrior"}
)
SUPPORTER_NOUNS: Final = frozenset(
    {
        "supporters",
        "followers",
        "partisans",
        "loyalists",
        "sympathisers",
        "sympathizers",
        "backers",
        "adherents",
    }
)


def is_supporters(mention: ActorMention) -> bool:
    """A "supporters of X" crowd mention (see ``components.actors``)."""
    first = mention.text.split(" ", 1)[0].lower()
    return mention.kind == "generic" and first in SUPPORTER_NOUNS and " of " in mention.text


def supported(crowd: ActorMention, mentions: list[ActorMention]) -> ActorMention | None:
    """The actor a supporters crowd backs: the mention its phrase ends with."""
    inside = [
        m for m in mentions if m is not crowd and crowd.start < m.start and m.end == crowd.end
    ]
    return min(inside, key=lambda m: m.start, default=None)


def demonym_country(mention: ActorMention, kb: ActorKB) -> str | None:
    """The country of an unresolved demonym standing for people ("Palestinians"), or of
    the demonym an unknown phrase opens with ("Algerian landowners")."""
    if _ethnic(mention):  # an ethnicity, not a nationality: "ethnic Serbs" in Bosnia
        return None
    word = _people_word(mention)
    if word is not None:
        return kb.country_of_demonym(word)
    if mention.entry is not None or mention.kind != "unknown" or " " not in mention.text:
        return None
    first = mention.text.removeprefix("the ").split(" ", 1)[0]
    return kb.country_of_demonym(first) if first[:1].isupper() else None


def crowd_country(mention: ActorMention, kb: ActorKB) -> str | None:
    """The country a crowd's own words give it: an unresolved demonym's (see
    :func:`demonym_country`), or the demonym that opens a generic actor ("French paper
    workers" blocking a bridge into Germany are French)."""
    found = demonym_country(mention, kb)
    entry = mention.entry
    if found is not None or entry is None or entry.kind != "generic" or entry.country is None:
        return found
    first = mention.text.removeprefix("the ").split(" ", 1)[0]
    return entry.country if kb.country_of_demonym(first) == entry.country else None


def written_country(mention: ActorMention, kb: ActorKB, country: str | None) -> str | None:
    """The country of an actor named as written: its demonym's ("Algerian landowners",
    "Kurds" where a demonym is known), else, for a people named by one capitalised
    plural ("Kurds", "Hutus"), the country where the event happened."""
    found = demonym_country(mention, kb)
    if found is None and _people_word(mention) is not None:
        return country
    return found


def _people_word(mention: ActorMention) -> str | None:
    """ "Kurds", "the Hutus": one capitalised plural word the KB could not resolve."""
    if mention.entry is not None or mention.kind != "unknown":
        return None
    text = mention.text.removeprefix("the ").strip()
    if _ethnic(mention):
        text = text.split(" ", 1)[-1]
    if " " in text or not text.endswith("s") or not text[:1].isupper():
        return None
    return text


def _ethnic(mention: ActorMention) -> bool:
    """A people named as an ethnicity ("ethnic Albanians")."""
    return mention.text.removeprefix("the ").lower().startswith("ethnic ")


# Nouns after a people's name that name its armed men or the people as a whole: "the
# Jie community", "Dodoth warriors", "Misseriya tribesmen".
_COMMUNITY_NOUNS: Final = frozenset(
    {"community", "communities", "tribe", "tribes", "tribesmen", "warriors", "raiders"}
)


def _community_people(mention: ActorMention, kb: ActorKB) -> str | None:
    """ "the Jie community", "Turkana warriors": the people a phrase the KB could not
    resolve names by one capitalised name and a community noun (not a nationality's
    demonym: "the Kenyan community" is no identity militia)."""
    if mention.entry is not None or mention.kind != "unknown":
        return None
    words = mention.text.removeprefix("the ").split()
    if len(words) != 2 or words[1].lower() not in _COMMUNITY_NOUNS:
        return None
    name = words[0]
    if not name[:1].isupper() or kb.country_of_demonym(name) is not None:
        return None
    return name


def ethnic_militia(mention: ActorMention, kb: ActorKB, country: str | None) -> ActorEntry | None:
    """An armed side named only by its people ("Kurds attacked", "warriors from the Jie
    community raided"): ACLED's identity militia (inter 4) of that group in the event's
    country, "Kurd Ethnic Militia (Iraq)", "Jie Ethnic Militia (Uganda)"."""
    word = _people_word(mention)
    people = word[:-1] if word is not None else _community_people(mention, kb)
    return people_militia(people, kb, country) if people is not None else None


def people_militia(people: str, kb: ActorKB, country: str | None) -> ActorEntry | None:
    """ACLED's identity militia of a people in ``country``: "Nuer Ethnic Militia (South
    Sudan)"; None without a country."""
    return identity_militia(f"{people} Ethnic", kb, country)


def identity_militia(label: str, kb: ActorKB, country: str | None) -> ActorEntry | None:
    """ACLED's identity militia ``label`` names in ``country`` ("Nuer Ethnic" -> "Nuer
    Ethnic Militia (South Sudan)", "Shaitat Tribal" -> "Shaitat Tribal Militia (Syria)");
    None without a country."""
    place = kb.country_name(country) if country else None
    if place is None:
        return None
    name = f"{label} Militia ({place})"
    return ActorEntry(
        id=slugify(name),
        name=name,
        inter=4,
        sector="UAF",
        country=country,
        kind="generic",
        aliases=(),
    )


def people_not_fighters(entry: ActorEntry, text: str) -> bool:
    """A people's identity militia read from members named by another noun than a
    fighter's ("14 Fulani herders", "Dinka villagers"): struck by one-sided violence,
    they are civilians; only a people's fighters ("Fulani militiamen") are its militia."""
    words = {w.lower().removesuffix("s").replace("men", "man") for w in text.split()}
    return entry.inter == IDENTITY_MILITIA and not words & FIGHTERS
