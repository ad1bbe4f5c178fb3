"""Candidate places for one toponym, before context picks among them."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tacitus.components.toponyms import KIND_WORDS
from tacitus.gazetteer.normalize import normalize_name
from tacitus.gazetteer.world import city_short_forms, region_short_forms
from tacitus.pipeline.doc import PlaceMention

if TYPE_CHECKING:
    from tacitus.actors import ActorKB
    from tacitus.gazetteer import Gazetteer, Place

CANDIDATE_LIMIT = 25
_KINDS_FOR_LABEL: dict[str, tuple[str, ...] | None] = {
    "GPE": None,
    "PROPN": ("city", "admin2", "admin1", "landmark"),
    "LOC": ("landmark", "admin1", "admin2", "country"),
    "FAC": ("landmark",),
}
# Lowercase words that open a toponym span but are not part of the name ("south Fargo").
_DIRECTIONS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"}
)

# "St. Michael's", "Saint Peter's": a saint's name in the possessive is what a church, school
# or hospital is called; only a town of this size that bears the possessive as its own
# name ("St. John's", Newfoundland) is meant by it.
_SAINT_POSSESSIVE = re.compile(r"^(?:St\.?|Saint|Ste\.?) \S+['’]s$")
SAINT_TOWN_POPULATION = 20_000
# A city this large bearing a saint's name is what the name's possessive means.
SAINT_CITY_POPULATION = 100_000
# Peoples spread over many countries, whose names some small towns bear (Arab, Alabama;
# Kurd, Hungary): said of people, never of those towns.
_PEOPLES = frozenset(
    {"Arab", "Arabs", "Kurd", "Kurds", "Berber", "Berbers", "Bedouin", "Bedouins"}
    | {"Pashtun", "Pashtuns", "Hispanic", "Hispanics", "Latino", "Latinos"}
)
# The Arabic article joined to a town's name by a hyphen ("Al-Arish", "Ad-Dawr").
_ARABIC_ARTICLE = re.compile(r"^(?:[AaEe]l|[Aa][dnrstz]|[Aa]sh)-[A-Z]")
# "MoD", "DoD", "DfE": an initialism written in mixed case is an institution's.
_MIXED_INITIALISM = re.compile(r"^[A-Z][a-z]{1,2}[A-Z]{1,2}$")

_ENGLISH_SPEAKING = frozenset({"USA", "GBR", "CAN", "AUS", "NZL", "IRL"})
# A capitalised compass word before a name the gazetteer lacks whole ("South Arlington").
_DIRECTION_HEAD = re.compile(
    r"^(?:(?:North|South)(?:-?[Ee]ast|-?[Ww]est)?|Northern|Southern|East|West|Eastern|Western"
    r"|Central) "
)

# Last words of a facility named after its place ("Cottonport Fire Station"), and "City"
# after a city's name ("Fargo City", "Norwich City") when the gazetteer lacks the whole.
_FACILITY_WORDS = frozenset(
    {
        "station",
        "road",
        "office",
        "department",
        "school",
        "university",
        "college",
        "court",
        "embassy",
        "consulate",
        "hospital",
        "airport",
        "police",
        "jail",
        "prison",
        "council",
        "board",
        "district",
        "church",
        "mosque",
        "hall",
        "center",
        "centre",
        "park",
        "bridge",
        "highway",
        "base",
        "market",
        "stadium",
        "club",
        "city",
    }
)


def kinds_for(mention: PlaceMention) -> tuple[str, ...] | None:
    """The kinds of place a mention may name (from its kind word, else its label)."""
    if mention.kind_hint is not None:
        return KIND_WORDS[mention.kind_hint]
    return _KINDS_FOR_LABEL.get(mention.label)


def lookup_name(text: str) -> str:
    """The part of a toponym's text to look up: possessive and leading direction dropped."""
    name = text.removesuffix("'s").removesuffix("’s").strip()
    first, _, rest = name.partition(" ")
    return rest if first in _DIRECTIONS and rest else name


def saint_possessive(gaz: Gazetteer, text: str) -> bool:
    """Whether ``text`` is a saint's name in the possessive ("St. Michael's"); not a great
    city's possessive ("St. Louis's", "St. Petersburg's"), whose own name is a saint's."""
    if _SAINT_POSSESSIVE.match(text) is None:
        return False
    name = lookup_name(text)
    wanted = _saint_form(name)
    return not any(
        p.population >= SAINT_CITY_POPULATION and _saint_form(p.name) == wanted
        for p in gaz.lookup(name, kinds=("city",), limit=CANDIDATE_LIMIT)
    )


def placeless(gaz: Gazetteer, kb: ActorKB, mention: PlaceMention) -> bool:
    """Whether a toponym can name no place: a saint's possessive (see
    :func:`saint_possessive`), an initialism in mixed case ("the MoD"), a people's name
    ("Arab leaders"), or an armed or political group's name found only by its position
    ("talks between Israel and Hamas"), which a town's alternate names may happen to
    hold (Hamm, Germany). An international organisation's name is left to the other
    rules: it stands for its seat or its region ("within the EU")."""
    if saint_possessive(gaz, mention.text) or _MIXED_INITIALISM.match(mention.text):
        return True
    if lookup_name(mention.text) in _PEOPLES:
        return True
    if mention.label != "PROPN":
        return False
    actor = kb.get_by_alias(lookup_name(mention.text))
    return actor is not None and actor.kind == "group" and actor.sector != "IGO"


def _saint_towns(gaz: Gazetteer, text: str) -> list[Place]:
    """The towns a saint's possessive names: those of some size that bear it, apostrophe
    and all, as their own name ("St. John's"); not the saint's town without the
    possessive (Saint Peter, Minnesota, for "St. Peter's Basilica"), nor one that merely
    drops the apostrophe (St. Peters, Missouri)."""
    wanted = _saint_form(text)
    return [
        p
        for p in gaz.lookup(text, kinds=("city",), limit=CANDIDATE_LIMIT)
        if p.population >= SAINT_TOWN_POPULATION and _saint_form(p.name) == wanted
    ]


def _saint_form(name: str) -> str:
    words = name.replace("’", "'").replace(".", "").lower().split()
    return " ".join(["st" if w in ("saint", "st", "ste") else w for w in words])


def candidates(gaz: Gazetteer, kb: ActorKB, mention: PlaceMention) -> list[Place]:
    """Gazetteer candidates, best-ranked first; a country the actor KB knows by this name
    ("Tehran" for Iran, "Kremlin") leads when the gazetteer ranks a namesake first."""
    if saint_possessive(gaz, mention.text):
        return _saint_towns(gaz, mention.text)
    if placeless(gaz, kb, mention):
        return []
    name = lookup_name(mention.text)
    abbreviated = _abbreviated(gaz, name, stated=mention.kind_hint == "state")
    if abbreviated is not None:
        return [abbreviated]
    short = _short_form(gaz, name)
    if short:
        return short
    nation = gaz.demonym_region(name)
    if nation is not None:
        # "the English city of Salisbury": a demonym of a state or of one of the United
        # Kingdom's nations names that region, not its country nor a town that bears the
        # word (English, Indiana).
        return [nation]
    found = _with_kind_word(gaz, name, mention.kind_hint)
    if not found and mention.kind_hint is None:
        found = _town_before_city(gaz, name)
    if not found:
        found = gaz.lookup(name, kinds=kinds_for(mention), limit=CANDIDATE_LIMIT)
    if not found and mention.kind_hint is not None:
        found = gaz.lookup(name, limit=CANDIDATE_LIMIT)
    region = gaz.world_region(name)
    if not found and region is None and _DIRECTION_HEAD.match(name):
        found = _after_direction(gaz, name.split(" ", 1)[1], mention)
    if region is not None and (not region[1] or not found):
        # A region's own name leads; its demonym ("Central American") only when no place
        # bears the word as a name.
        found = [region[0], *found]
    found = [*found, *_region_short_form(gaz, name, found)]
    if not found:
        found = _towns_by_label(gaz, name, mention.label)
    if not found:
        found = _prefix_candidates(gaz, name)
    return _nation_first(gaz, kb, name, found)


def arabic_article(name: str) -> bool:
    """Whether the Arabic article opens ``name``, joined by a hyphen ("Al-Arish")."""
    return _ARABIC_ARTICLE.match(name) is not None


def _towns_by_label(gaz: Gazetteer, name: str, label: str) -> list[Place]:
    """The towns a name the tagger calls a location or a facility may be, where nothing
    of those kinds bears it."""
    if label == "LOC":
        return _towns_of_location(gaz, name)
    if label == "FAC":
        return _towns_of_facility_name(gaz, name)
    return []


def _towns_of_location(gaz: Gazetteer, name: str) -> list[Place]:
    """The towns a name the tagger calls a location may be, where no region or landmark
    bears it: many a town whose name the Arabic article opens ("Al-Arish", "El-Fasher"),
    by any of its names, and many a small town of one word ("Pama", "Djibo"), by its own
    name only (an alternate name of a town abroad is another place's: "Pama" among
    Parma's). Never a compass word ("the West"), which names a region."""
    towns = gaz.lookup(name, kinds=("city",), limit=CANDIDATE_LIMIT)
    if arabic_article(name):
        return towns
    key = normalize_name(name)
    if any(word in _DIRECTIONS for word in key.split()):
        return []
    return [t for t in towns if normalize_name(t.name) == key]


def _towns_of_facility_name(gaz: Gazetteer, name: str) -> list[Place]:
    """The towns a name the tagger calls a facility may be, where no landmark bears it
    and no facility's word ends it: towns whose own name it is, never by an alternate
    name; of several words ("near Dera Ismail Khan", "in Fada N'Gourma", "of
    Port-au-Prince") any such town, of one word ("shelling of Kharkiv") a city of
    100,000 people or more only, as a one-word facility is often a building's own name."""
    words = re.split(r"[\s-]+", name)
    if words[-1].lower() in _FACILITY_WORDS:
        return []
    key = normalize_name(name)
    if len(words) == 1 and not name[:1].isupper():
        return []  # "the metro": a common noun the tagger took for a facility
    floor = 0 if len(words) > 1 else _FACILITY_CITY_POPULATION
    return [
        t
        for t in gaz.lookup(name, kinds=("city",), limit=CANDIDATE_LIMIT)
        if normalize_name(t.name) == key and t.population >= floor
    ]


_FACILITY_CITY_POPULATION = 100_000


def _nation_first(gaz: Gazetteer, kb: ActorKB, name: str, found: list[Place]) -> list[Place]:
    """``found`` led by the country the actor KB knows ``name`` for ("Tehran", "Kremlin")
    when the gazetteer ranks a namesake first; a nation's adjective ("Canadian Press")
    names the nation alone, never a town that bears the word (Canadian, Texas)."""
    iso3 = kb.country_of_demonym(name)
    country = gaz.country(iso3) if iso3 is not None else None
    if country is None:
        return found
    if pure_demonym(kb, name):
        return [country]
    return found if found and found[0].country == iso3 else [country, *found]


def pure_demonym(kb: ActorKB, name: str) -> bool:
    """Whether ``name`` is a nation's demonym only: not also its name or short form
    ("US"), its capital ("Tehran") or its government's seat ("White House")."""
    if kb.country_of_name(name) is not None or kb.country_of_seat(name) is not None:
        return False
    return kb.get_by_alias(name) is None and kb.demonyms.get(name) is not None


def _after_direction(gaz: Gazetteer, rest: str, mention: PlaceMention) -> list[Place]:
    """The places "Northeast Philadelphia" lies in: those named after the compass word;
    none after a sea or continent ("Southwest Pacific"), whose part the name inside it
    gives (:mod:`tacitus.geoparse.embedded`)."""
    if gaz.world_region(rest) is not None:
        return []
    return gaz.lookup(rest, kinds=kinds_for(mention), limit=CANDIDATE_LIMIT)


def _abbreviated(gaz: Gazetteer, name: str, *, stated: bool) -> Place | None:
    """The region a postal abbreviation names ("Va.", "W. Va."); after a name and a comma
    (``stated``) also without its period ("Ky", "Que") or as a postal code ("KY")."""
    found = gaz.abbreviated_region(name)
    if found is None and stated:
        found = gaz.abbreviated_region(name + ".") or gaz.postal_region(name)
    return found


def _short_form(gaz: Gazetteer, name: str) -> list[Place]:
    """The city a short form stands for ("L.A." for Los Angeles), if ``name`` is one."""
    full = city_short_forms().get(name)
    if full is None:
        return []
    city, country = full
    return gaz.lookup(city, country=country, kinds=("city",), limit=1)


def _region_short_form(gaz: Gazetteer, name: str, found: list[Place]) -> list[Place]:
    """The states, counties or countries a short form stands for ("NSW", "Herts", "SA"),
    after the places that bear the word as their own name ("WA": Wa in Ghana too), for
    context to choose among."""
    places: list[Place] = []
    for full, country, kind in region_short_forms().get(name, ()):
        if kind == "country":
            nation = gaz.country(country)
            if nation is not None:
                places.append(nation)
        else:
            places.extend(gaz.lookup(full, country=country, kinds=(kind,), limit=1))
    return [p for p in places if p not in found]


def _with_kind_word(gaz: Gazetteer, name: str, hint: str | None) -> list[Place]:
    """Places whose own name includes the kind word said with the name ("Northern
    Territory", "Granville County"), which the toponym's text lost."""
    if hint is None:
        return []
    full = f"{name} {hint}"
    key = normalize_name(full)
    found = gaz.lookup(full, limit=CANDIDATE_LIMIT)
    return [p for p in found if normalize_name(p.name) == key]


def _town_before_city(gaz: Gazetteer, name: str) -> list[Place]:
    """For "Dublin City" (cut from "Dublin City Council", "Dublin City Schools"): the
    towns named "Dublin", the city's own council or schools being meant; unless a city
    or country bears the whole name as its own ("Kansas City", "Vatican City"). A region
    of that name (Ireland's "Dublin City") does not keep it. The towns must bear the name
    as their own (no town that merely lists "Quebec" among its alternate names); a city
    known by the whole name as an alternate one ("Quebec City") stays a candidate."""
    head = name.removesuffix(" City")
    if head == name or not head:
        return []
    key = normalize_name(name)
    whole = gaz.lookup(name, limit=CANDIDATE_LIMIT)
    if any(p.kind in ("city", "country") and normalize_name(p.name) == key for p in whole):
        return []
    town = normalize_name(head)
    found = gaz.lookup(head, kinds=("city",), limit=CANDIDATE_LIMIT)
    towns = [p for p in found if normalize_name(p.name) == town]
    return [*towns, *(p for p in whole if p.kind == "city" and p not in towns)] if towns else []


def _prefix_candidates(gaz: Gazetteer, name: str) -> list[Place]:
    """For "Cottonport Fire Station" or "Otter Tail County Road": the longest leading
    words that name a city or region. Compass words alone name none ("Central Mental
    Hospital" is not in a region called Central), and one before a town's name is left
    off ("South Ossett Church" is in Ossett)."""
    words = name.split()
    if len(words) < 2 or words[-1].lower() not in _FACILITY_WORDS:
        return []
    kinds = ("city", "admin2", "admin1", "country")
    heads = [" ".join(words[:end]) for end in range(len(words) - 1, 0, -1)]
    heads = [h for h in heads if len(h) >= 4 and not _DIRECTIONS.issuperset(h.lower().split())]
    for head in heads:
        found = gaz.lookup(head, kinds=kinds, limit=10)
        if found:
            return found
    for head in heads:
        if _DIRECTION_HEAD.match(head):
            found = gaz.lookup(head.split(" ", 1)[1], kinds=kinds, limit=10)
            if found:
                return found
    return []


def local_candidates(
    gaz: Gazetteer, mention: PlaceMention, country: str, *, any_kind: bool = False
) -> list[Place]:
    """Candidates inside one country (found even when the world ranking cuts them off);
    ``any_kind`` drops the kinds the mention's label allows ("Winnipeg" tagged a facility)."""
    kinds = None if any_kind else kinds_for(mention)
    return gaz.lookup(lookup_name(mention.text), country=country, kinds=kinds, limit=5)


def fuzzy_candidates(gaz: Gazetteer, mention: PlaceMention, country: str) -> list[Place]:
    """Near spellings inside the focus country only ("Mogadisho" -> Mogadishu), where
    names come transliterated; not in English-speaking countries, whose names are spelled
    one way and whose small towns the gazetteer lacks ("Harwinton" is no Harrington)."""
    name = lookup_name(mention.text)
    if len(name) < 5 or country in _ENGLISH_SPEAKING:
        return []
    return [place for place, _ in gaz.fuzzy_lookup(name, country=country, min_score=88.0)]
