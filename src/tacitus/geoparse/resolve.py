"""Toponym resolution in context: pick each toponym's place among its candidates.

Each candidate gets a prior (kind of place, population, capital or seat, own name rather
than an alternate one) and context bonuses: the article's focus country (voted by the
dateline and the places named), an admin qualifier right after the name ("Sidon,
Lebanon", "Alexandria, Va."), an admin-1 region the article names, nearness to the
article's unambiguous places, and support from the other names' candidates ("Atlanta"
beside "Georgia", see :mod:`tacitus.geoparse.support`). A country name that is also a
region or a large city elsewhere ("Georgia") does not vote as a country for the focus.
Names found only by their position ("the village of Mamove") are accepted inside the
focus country, a country the article names, the region that qualifies them ("Klamath
Falls, Oregon"), or when they name a country, an admin-1 region or a city of 100,000.
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from tacitus.components.toponym_words import KIND_WORDS, PLACE_NOUNS
from tacitus.gazetteer.normalize import normalize_name
from tacitus.geodesy import haversine_km
from tacitus.geoparse.articled import articled, landmark_bonus, seats
from tacitus.geoparse.candidates import (
    arabic_article,
    candidates,
    fuzzy_candidates,
    local_candidates,
    lookup_name,
    placeless,
    pure_demonym,
)
from tacitus.geoparse.compass import compass_allowed
from tacitus.geoparse.context import Context, build_context, mention_key
from tacitus.geoparse.extras import FORCE_WORDS
from tacitus.geoparse.group_countries import group_countries
from tacitus.geoparse.name_tails import institution_head, name_tail
from tacitus.geoparse.namesakes import (
    bare_county,
    dateline_state,
    famous_bonus,
    namesake_bonus,
    own_name_bonus,
    seat_spelling_bonus,
    state_meant,
)
from tacitus.geoparse.place_words import SEAT_WORDS
from tacitus.geoparse.qualifiers import Qualifier, name_qualifiers
from tacitus.geoparse.relative import relation_before
from tacitus.geoparse.support import Support
from tacitus.geoparse.teams import TEAM_REASON, team_bonus, team_names
from tacitus.geoparse.villages import voting, without_villages
from tacitus.pipeline.doc import PlaceMention

if TYPE_CHECKING:
    from tacitus.actors import ActorKB
    from tacitus.gazetteer import Gazetteer, Place

_KIND_PRIOR = {"country": 4.0, "admin1": 0.0, "landmark": 1.5, "admin2": -0.5, "city": 0.0}
# Capitals, seats, and the continents, seas and regions of ``world_regions.csv``.
_CODE_PRIOR = {"PPLC": 3.0, "PPLA": 0.5, "CONT": 8.0, "OCN": 8.0, "SEA": 8.0, "RGN": 6.0}
# A capital this small ("Hamilton", Bermuda) is no better known than towns of its name.
SMALL_CAPITAL_POPULATION = 100_000
SMALL_CAPITAL_DISCOUNT = 2.0
FOCUS_BONUS = 3.0
COUNTRY_NAMED_BONUS = 1.0
QUALIFIER_BONUS = 8.0
ADMIN1_NAMED_BONUS = 2.0
NEAR_BONUS = 1.0
# A namesake in the country a demonym of the article names ("Bethlehem" beside
# "Palestinian officials said"): the demonym tells whose, which weighs between towns that
# bear the name as their own, though it sets no country for the article.
WHOSE_BONUS = 1.0
# A town of the article's own country whose name the article gives its police, council
# or people ("Paris Police Department"), see :mod:`tacitus.geoparse.local_use`.
OWN_TOWN_BONUS = 3.0
# A place in the one admin-1 region most of the article's places are in ("Paris" in an
# article whose other places are all in Texas): local news names its own state's towns.
REGION_BONUS = 2.5
# A namesake abroad, in an article whose places lie in one region of another country
# ("Dublin" in an Ohio story), when the article names nothing of its country.
ABROAD_PENALTY = 2.0
NEAR_KM = 250.0
# The share of its size gap to the largest namesake town of the article's focus country
# that a smaller one there makes up: between namesake towns of the country the story is
# about ("Athens", "Columbia" in an American story), size tells less than the article's
# other places, for local news names small towns. The largest keeps its prior, so a great
# city still weighs as much against its state or a place abroad.
HOME_SIZE_DISCOUNT = 0.5
# How sure a place is that stands in for a toponym inside it the gazetteer lacks.
STAND_IN_CONFIDENCE = 0.3
# A town found only by a former or alternate name ("Maryville" for Beeville, Texas), when
# other candidates bear the name as their own ("New York City" keeps "New York").
ALIAS_PENALTY = 1.5
# How alike (rapidfuzz ratio) an alternate name and a town's own must be to be a spelling
# of it ("Kiev", "Kyiv") rather than another place's name that collides ("Yida", Jeddah).
ALIAS_SPELLING = 60.0
# A town known by another spelling of its own name ("Jenin" for Janīn) this many times
# larger than every town that bears the name exactly is the one meant: transliterations
# vary, and a tiny exact namesake (Jenin, Poland) is no better known than its spelling.
SPELLING_SIZE_RATIO = 10
# A spelling differs from the town's own name by this many letters at most ("Jenin",
# Janīn; "Derna", Darnah); a shorter name than SPELLING_MIN_LENGTH is as often another
# word a letter away ("Swan", Sevan), and a longer change another name ("Bethlehem" for
# Belém). "St." is "Saint" before it is compared.
SPELLING_EDITS = 2
SPELLING_MIN_LENGTH = 5
# A city this large is named by its old names the world over ("Bombay", "Peking").
WORLD_CITY_POPULATION = 5_000_000
# A name found only by its position may name a city of another country this large.
BARE_PROMINENT_POPULATION = 100_000
NAMED_TOWN_POPULATION = 20_000
# Towns this small (their size known) that bear a name as their own do not keep it from a
# town of the article's country known by it of old (see :func:`_home_alias`).
HOME_ALIAS_OWNER_POPULATION = 10_000


def _size(place: Place) -> float:
    return math.log10(max(place.population, 1)) / 2


def prior(place: Place, key: str, *, spelled: bool = False) -> float:
    """The context-free plausibility of a candidate for the name ``key``; ``spelled``: the
    name is a spelling of the place's own (see :func:`spelled_own`), weighed as its own."""
    score = _KIND_PRIOR[place.kind] + _size(place)
    own = spelled or normalize_name(place.name) == key
    if own or place.kind != "city":
        # A capital known by an old name ("Philadelphia" for Amman) does not outrank a
        # living city of that name as a capital.
        score += _CODE_PRIOR.get(place.feature_code or "", 0.0)
    if place.feature_code == "PPLC" and place.population < SMALL_CAPITAL_POPULATION:
        score -= SMALL_CAPITAL_DISCOUNT
    return score + (1.0 if own else 0.0)


def _bonus(
    place: Place,
    mention: PlaceMention,
    found: list[Place],
    context: Context,
    qualifier: Qualifier | None,
) -> tuple[float, str]:
    score, reasons, key = 0.0, [], mention_key(mention)
    backing = context.support.bonus(place, mention.text) if context.support is not None else 0.0
    if backing:
        score += backing
        reasons.append("fits the article's other places")
    if qualifier is not None and qualifier.holds(place):
        score += QUALIFIER_BONUS
        reasons.append(f"qualified by {qualifier.mention.text}")
    focus = context.focus_for(key)
    if focus is not None and place.country == focus:
        score += FOCUS_BONUS
        reasons.append(f"in the article's focus country {focus}")
        score += _home_size_share(place, found, focus, key)
    elif place.country in context.countries:
        score += COUNTRY_NAMED_BONUS
        reasons.append("in a country the article names")
    if context.own_town(place, found, key):
        score += OWN_TOWN_BONUS
        reasons.append("named as the article's own town")
    hinted = mention.kind_hint is not None
    if (
        place.kind != "admin1"
        and context.admin1_named(place, key)
        and not bare_county(place, key, hinted=hinted)
    ):
        score += ADMIN1_NAMED_BONUS
        reasons.append(f"in {place.admin1}, named in the article")
    if context.in_region(place, key):
        score += REGION_BONUS
        reasons.append(f"in {place.admin1}, where the article's places are")
    elif (context.region is not None or context.locale is not None) and _abroad(place, context):
        score -= ABROAD_PENALTY
    shared = context.shared.bonus(place, found, key) if context.shared is not None else 0.0
    if shared:
        score += shared
        reasons.append(f"in {place.admin1 or place.name}, where the article's names meet")
    county = context.counties.bonus(place, key) if context.counties is not None else 0.0
    if county:
        score += county
        reasons.append(
            f"in {place.admin2}, named in the article"
            if place.kind == "city"
            else "holds a town the article names"
        )
    if any(_near(place, anchor) for anchor, by in context.anchors if by != key):
        score += NEAR_BONUS
        reasons.append("near other places in the article")
    return score, "; ".join(reasons)


def _home_size_share(place: Place, found: list[Place], focus: str, key: str) -> float:
    """What a town of the focus country that bears the name ``key`` as its own makes up
    of its size gap to the largest such namesake there (see HOME_SIZE_DISCOUNT)."""
    if place.kind != "city" or normalize_name(place.name) != key:
        return 0.0
    sizes = [
        _size(c)
        for c in found
        if c.kind == "city" and c.country == focus and normalize_name(c.name) == key
    ]
    return HOME_SIZE_DISCOUNT * (max(sizes) - _size(place))


def _abroad(place: Place, context: Context) -> bool:
    """A city or region of a country the article neither focuses on nor names."""
    return (
        place.kind in ("city", "admin1", "admin2")
        and place.country != context.focus
        and place.country not in context.countries
    )


def _near(place: Place, anchor: Place) -> bool:
    if anchor == place or anchor.kind == "country":
        return False
    return haversine_km(place.lat, place.lon, anchor.lat, anchor.lon) <= NEAR_KM


def _plausible_bare(place: Place, context: Context, qualifier: Qualifier | None) -> bool:
    """A name found only by its position may be a place of the focus country, of a
    country the article names or one of its armed groups is of (see
    :mod:`tacitus.geoparse.group_countries`), of its qualifier ("Klamath Falls, Oregon"),
    a prominent place, or one of the landmarks the gazetteer lists ("marched to the White
    House")."""
    if qualifier is not None and qualifier.holds(place):
        return True
    if place.country is not None and (
        place.country == context.focus
        or place.country in context.countries
        or place.country in context.groups
    ):
        return True
    if place.kind in ("country", "admin1", "landmark"):
        return True
    return place.population >= BARE_PROMINENT_POPULATION


def _towns_for_location(mention: PlaceMention, found: list[Place]) -> bool:
    """Whether a name the tagger calls a location found only towns (no region or landmark
    bears it, see :func:`tacitus.geoparse.candidates.candidates`): such a town is weighed
    as a name found by its position is ("El Nino", a weather pattern, is no Mexican
    village in an American story). Not a town the Arabic article opens ("Al-Arish"), whose
    name is a town's by its form."""
    if mention.label != "LOC" or arabic_article(lookup_name(mention.text)):
        return False
    return bool(found) and all(c.kind == "city" for c in found)


def _foreign_name(place: Place, key: str) -> bool:
    """Whether the town ``place`` bears ``key`` only as another language's name, no
    spelling of its own ("Bethlehem" for Belém, "Philadelphia" for Amman). Where other
    places bear the name as their own, a name found only by its position means one of
    them, not a great city abroad that the name translates."""
    if not _town_by_alias(place, key) or len(key) < SPELLING_MIN_LENGTH:
        return False
    return Levenshtein.distance(_saint(key), _saint(normalize_name(place.name))) > SPELLING_EDITS


def _home_alias(place: Place, found: list[Place], key: str, context: Context) -> bool:
    """Whether ``place`` is a town of the article's focus country, or of a country it
    names, that bears ``key`` as an ancient or another name ("Palmyra" for Tadmur in a
    story of Syria), no other place of that country bears it and every town bearing it
    as its own is a village of known size (a few small American Palmyras): the name then means the
    town of the article's country, not a namesake abroad. A town of the name
    (Twickenham, London, not Huntsville, Alabama, once so called) keeps it, and so does
    a county of the country ("Story" beside Story County in an Iowa story)."""
    if place.country is None or not (
        place.country == context.focus or place.country in context.countries
    ):
        return False
    if any(c is not place and c.country == place.country for c in found):
        return False
    owners = [c for c in found if normalize_name(c.name) == key]
    return all(0 < c.population < HOME_ALIAS_OWNER_POPULATION for c in owners)


def _named_town(place: Place, key: str, mention: PlaceMention) -> bool:
    """ "The town of Kumanovo": a name a kind word calls a town is a sizeable town of
    that very name even in a country the article names nowhere else; "Lubero territory",
    "Kohat district": a name a kind word calls a region of a level is a region of that
    level and that very name, of any size."""
    hint = mention.kind_hint
    if hint is None or normalize_name(place.name) != key:
        return False
    if place.kind == "city":
        return place.population >= NAMED_TOWN_POPULATION
    return place.kind in ("admin1", "admin2") and place.kind in KIND_WORDS.get(hint, ())


def _alias_abroad(place: Place, key: str, qualifier: Qualifier | None) -> bool:
    """Whether ``place`` is a town found only by an alternate name ("Yida" among the
    spellings of Jeddah) outside the country the text puts the name in ("Yida, South
    Sudan"). Transliterations collide across countries, and the text's own country says
    which one it means; a town of its own name, or a country or region, keeps the other
    rules. A qualifier shared from the end of a list is not read as the text's country
    ("Quebec City and Nanjing, China")."""
    if qualifier is None or qualifier.shared:
        return False
    region = qualifier.mention.place
    if region is None or region.kind != "country" or place.country is None:
        return False
    return place.country != region.country and _town_by_alias(place, key)


def spelled_own(place: Place, found: list[Place], key: str) -> bool:
    """Whether the city ``place`` bears ``key`` as a spelling of its own name ("Jenin" for
    Janīn, "Tulkarem" for Ţūlkarm) and is SPELLING_SIZE_RATIO times larger than every
    city of ``found`` that bears ``key`` exactly: the name is then its own as much as
    theirs, and it keeps its size and rank. An old or another place's name ("Philadelphia"
    for Amman, "Bethlehem" for Belém) is no spelling of the city's own (see
    SPELLING_EDITS) and stays an alias."""
    own = normalize_name(place.name)
    if place.kind != "city" or own.startswith(key) or len(key) < SPELLING_MIN_LENGTH:
        return False
    if Levenshtein.distance(_saint(key), _saint(own)) > SPELLING_EDITS:
        return False
    exact = [c.population for c in found if c.kind == "city" and normalize_name(c.name) == key]
    return bool(exact) and place.population >= SPELLING_SIZE_RATIO * max(exact)


def _saint(name: str) -> str:
    """``name`` with a leading "st" written out ("st george" is "saint george")."""
    return f"saint {name[3:]}" if name.startswith("st ") else name


def _town_by_alias(place: Place, key: str) -> bool:
    """Whether ``place`` is a town, district or landmark that the name ``key`` finds only
    among its alternate names, not as (the start of) its own."""
    local = place.kind in ("city", "admin2", "landmark")
    return local and not normalize_name(place.name).startswith(key)


def _alias_unvoted(place: Place, key: str, context: Context, *, village: bool = False) -> bool:
    """Whether ``place`` is a town found only by an alternate name unlike its own ("Yida"
    among the spellings of Jeddah) in a country no other name of the article points to,
    while the article is about another country: a name that collides with a foreign
    town's is more likely a place the gazetteer lacks. A name the text calls a village
    (``village``) is no foreign city's spelling of its own name either ("the village of
    Kalisa" in a story of Thailand is not Kalisz, Poland)."""
    if context.focus is None or place.country is None or place.country == context.focus:
        return False
    if not _town_by_alias(place, key):
        return False
    if not village and fuzz.ratio(key, normalize_name(place.name)) >= ALIAS_SPELLING:
        return False  # a spelling of its own name ("Kiev", "Quebec City")
    if place.population >= WORLD_CITY_POPULATION:
        return False  # known abroad by its old names ("Bombay")
    votes = context.votes.get(place.country, 0.0)
    own = context.own_votes.get(key)
    if own is not None and own[0] == place.country:
        votes -= own[1]
    return votes <= 0.0


def _compass_fits(place: Place, key: str, context: Context, qualifier: Qualifier | None) -> bool:
    """A place named by compass words alone ("North", "Central") is only taken in the
    article's countries, or (a town) where its qualifier holds it."""
    qualified = qualifier is not None and qualifier.holds(place)
    return compass_allowed(
        place, key, focus=context.focus, countries=context.countries, qualified=qualified
    )


def _inside_state(found: list[Place], qualifier: Qualifier | None) -> list[Place]:
    """ "Atlanta, Georgia": a state or province written right after the name says which
    namesake is meant, however many of the article's other places lie near another one;
    the candidates it holds are the only ones left. A qualifier shared from the end of a
    list is weighed, not obeyed."""
    if qualifier is None or qualifier.shared:
        return found
    region = qualifier.mention.place
    if region is None or region.kind != "admin1":
        return found
    held = [c for c in found if qualifier.holds(c)]
    return held or found


def _qualified(qualifier: Qualifier | None, found: list[Place]) -> bool:
    return qualifier is not None and any(qualifier.holds(c) for c in found)


def _choose(
    mention: PlaceMention, found: list[Place], context: Context, qualifier: Qualifier | None
) -> tuple[Place | None, float, str]:
    """The best candidate, its confidence (0-1) and the reason."""
    key = normalize_name(lookup_name(mention.text))
    if mention.label == "PROPN" or _towns_for_location(mention, found):
        owners = any(normalize_name(c.name) == key for c in found)
        found = [
            c
            for c in found
            if (_plausible_bare(c, context, qualifier) or _named_town(c, key, mention))
            and not (owners and _foreign_name(c, key) and not _home_alias(c, found, key, context))
        ]
    found = [
        c
        for c in found
        if not _alias_abroad(c, key, qualifier)
        and not _alias_unvoted(c, key, context, village=mention.kind_hint in _VILLAGE_HINTS)
    ]
    if mention.kind_hint is None and context.focus is not None:
        # Once the article's places have voted; "Northern Territory" and "the North
        # region" are names, not directions.
        found = [c for c in found if _compass_fits(c, key, context, qualifier)]
    found = _inside_state(found, qualifier)
    found = without_villages(found, mention, context, qualifier, key)
    if id(mention) in context.home_state and not _qualified(qualifier, found):
        found = [c for c in found if c.kind == "admin1"] or found
    if not found:
        return None, 0.0, ""
    owned = any(normalize_name(c.name) == key for c in found)
    scored = []
    for place in found:
        bonus, why = _bonus(place, mention, found, context, qualifier)
        bonus += namesake_bonus(place, found, key=key, state=id(mention) in context.state_meant)
        bonus += landmark_bonus(place, with_article=id(mention) in context.articled)
        bonus += own_name_bonus(place, found, key=key, hinted=mention.kind_hint is not None)
        bonus += seat_spelling_bonus(place, found, key=key, hinted=mention.kind_hint is not None)
        hinted = place.country in context.whose or place.country in context.groups
        if hinted and place.kind != "country" and owned:
            bonus += WHOSE_BONUS
        spelled = spelled_own(place, found, key)
        if (
            owned
            and not spelled
            and place.kind == "city"
            and not normalize_name(place.name).startswith(key)
        ):
            bonus -= ALIAS_PENALTY
        if context.focus is not None and not _qualified(qualifier, found):
            bonus += famous_bonus(place, found, key, home=context.focus_for(key))
        team = 0.0
        if id(mention) in context.teams:
            team = team_bonus(place, found, key, home=context.focus_for(key))
        if team and not _qualified(qualifier, found):
            bonus += team
            why = f"{why}; {TEAM_REASON}" if why else TEAM_REASON
        scored.append((prior(place, key, spelled=spelled) + bonus, place, why))
    scored.sort(key=lambda s: -s[0])
    best, place, why = scored[0]
    margin = best - scored[1][0] if len(scored) > 1 else 4.0
    confidence = 1.0 / (1.0 + math.exp(-margin))
    reason = why or (
        f"most prominent of {len(found)} candidates" if len(found) > 1 else "only candidate"
    )
    return place, confidence, reason


def _widen(
    mention: PlaceMention, found: list[Place], gaz: Gazetteer, kb: ActorKB, focus: str | None
) -> list[Place]:
    """Add focus-country candidates the world ranking cut off, and a fuzzy fallback; not
    for a nation's demonym ("English" is no town in Indiana, "Canadian" none in Texas),
    nor for a name that can name no place (:func:`placeless`)."""
    if focus is None or any(c.country == focus for c in found) or placeless(gaz, kb, mention):
        return found
    name = lookup_name(mention.text)
    if gaz.demonym_region(name) is not None or pure_demonym(kb, name):
        return found
    local = local_candidates(gaz, mention, focus)
    if not local and not found:
        local = local_candidates(gaz, mention, focus, any_kind=True)
    if not local and not found and mention.label in ("GPE", "LOC"):
        local = fuzzy_candidates(gaz, mention, focus)
    return [*found, *local]


def country_of_part(mention: PlaceMention, countries: set[str], gaz: Gazetteer) -> Place | None:
    """The country, among those the article names, whose name joins the mention's name
    to another with "and" ("Trinidad" beside "Trinidad and Tobago", "Herzegovina" beside
    "Bosnia and Herzegovina"): the island or land stands for its country there, not for
    a namesake town elsewhere (Trinidad, Uruguay)."""
    key = mention_key(mention)
    for iso3 in sorted(countries):
        country = gaz.country(iso3)
        if country is None or " and " not in country.name:
            continue
        parts = (p.removeprefix("the ") for p in country.name.split(" and "))
        if any(normalize_name(p) == key for p in parts):
            return country
    return None


def _qualifiers_first(
    mentions: list[PlaceMention], qualifiers: dict[int, Qualifier]
) -> list[PlaceMention]:
    """The mentions in the order they are resolved: the names that qualify another first
    ("Georgia" in "Atlanta, Georgia"), so that the qualified name is weighed against the
    qualifier's reading in context (the state), not its provisional one (the country)."""
    qualifying = {id(q.mention) for q in qualifiers.values()}
    return sorted(mentions, key=lambda m: id(m) not in qualifying)


def _loose_demonym(mention: PlaceMention, gaz: Gazetteer, text: str | None) -> bool:
    """A nation's demonym that modifies no place noun: "English" tells whose as often as it
    names the language ("the English program"), so it is resolved but lends the article
    no country or region; "the English city of Salisbury" does."""
    if gaz.demonym_region(lookup_name(mention.text)) is None:
        return False
    after = text[mention.end : mention.end + 20].split() if text else []
    return not after or after[0].lower().strip(",.;") not in PLACE_NOUNS


_BASED = re.compile(rf"-?\s*(?:{'|'.join(sorted(SEAT_WORDS))})\b", re.IGNORECASE)


def _seat_only(mention: PlaceMention, text: str | None) -> bool:
    """Where an organisation sits ("a Britain-based monitor", "the London-headquartered
    group"): resolved, but no vote for the country the article is about."""
    return text is not None and _BASED.match(text, mention.end) is not None


# A country's name before its armed force: "US forces", "the US-led coalition", "US
# Special Forces".
_FORCE_OWNER = re.compile(
    rf"(?:-(?:led|backed))?\s+(?:special\s+)?(?:{'|'.join(sorted(FORCE_WORDS | {'coalition'}))})\b",
    re.IGNORECASE,
)


def _force_owner(mention: PlaceMention, text: str | None) -> bool:
    """A country named as the owner of an armed force ("embedded with US forces in
    Manbij", "a US-led coalition"): armies fight abroad, so the name says whose force,
    not what country the story is about, and casts no vote for the focus (as a
    demonym before a force tells nothing of whose towns, see
    :func:`tacitus.geoparse.extras.armed_demonym`)."""
    place = mention.place
    if text is None or place is None or place.kind != "country":
        return False
    return _FORCE_OWNER.match(text, mention.end) is not None


def _group_name(mention: PlaceMention, actors: ActorKB) -> bool:
    """A name inside an actor's that is the name of a group the actor base knows ("the
    Los Lobos gang", also a town in Mexico): it tells who, not where. A county's or a
    city's council still tells where ("the Henry County commission")."""
    if not mention.metonym:
        return False
    entry = actors.get_by_alias(mention.text)
    return entry is not None and entry.kind == "group"


def resolve_mentions(
    mentions: list[PlaceMention],
    *,
    gazetteer: Gazetteer,
    actors: ActorKB,
    dateline: str | None = None,
    text: str | None = None,
    whose: frozenset[str] = frozenset(),
) -> str | None:
    """Resolve ``mentions`` in place (place, score, reason); return the focus country.

    ``dateline`` is the dateline's place ("BAGHDAD"); ``text`` (the article's text, which
    the mentions' offsets index) lets an admin qualifier after a name count; ``whose``
    holds the countries the article's demonyms name ("Palestinian officials").
    """
    tails = {id(m) for m in mentions if name_tail(m, text) or institution_head(m, text, gazetteer)}
    cands = {id(m): [] if id(m) in tails else candidates(gazetteer, actors, m) for m in mentions}
    empty = Context()
    for mention in mentions:
        mention.place = _choose(mention, cands[id(mention)], empty, None)[0]
    telling = [
        m
        for m in mentions
        if not _loose_demonym(m, gazetteer, text)
        and not _seat_only(m, text)
        and not _force_owner(m, text)
        and not _group_name(m, actors)
    ]
    votes = {key: voting(found) for key, found in cands.items()}
    context = build_context(telling, votes, gazetteer, dateline, text)
    context.home_state = dateline_state(mentions, dateline, gazetteer)
    context.whose = whose
    context.groups = group_countries(text, actors)
    context.state_meant = state_meant(mentions, text) | context.home_state
    for mention in mentions:
        country = country_of_part(mention, context.countries, gazetteer)
        if country is not None:
            cands[id(mention)] = [country]
    context.articled = articled(mentions, text) | seats(mentions, actors)
    context.teams = team_names(mentions, text)
    context.support = Support.of(telling, votes)
    for mention in mentions:
        if id(mention) not in tails:
            found = cands[id(mention)]
            cands[id(mention)] = _widen(mention, found, gazetteer, actors, context.focus)
    qualifiers = name_qualifiers(mentions, text)
    for mention in _qualifiers_first(mentions, qualifiers):
        qualifier = qualifiers.get(id(mention))
        place, confidence, reason = _choose(mention, cands[id(mention)], context, qualifier)
        stand_in = qualifier.stand_in(place, focus=context.focus) if qualifier else None
        if stand_in is not None and qualifier is not None:
            place, confidence = stand_in, STAND_IN_CONFIDENCE
            reason = f"somewhere in {qualifier.mention.text}, which the gazetteer holds"
        mention.place, mention.score, mention.reason = place, confidence, reason
        mention.stand_in = stand_in is not None
    _named_again(mentions, qualifiers, context.focus)
    _towns_in_district(mentions, text)
    _towns_in_region(mentions, context, gazetteer, text)
    return _settled_focus(mentions, context.focus)


def _settled_focus(mentions: list[PlaceMention], voted: str | None) -> str | None:
    """The focus the names voted for, unless no place was in the end resolved there and
    every place that was lies in one other country: "NPA rebels in Samar" voted for the
    largest Samar's country, but the rebels' country chose Samar, Philippines. Where the
    names voted for no country, there is none."""
    final = {m.place.country for m in mentions if m.place is not None and m.place.country}
    if voted is None or voted in final or len(final) != 1:
        return voted
    return final.pop()


# Kind words of an area a town may lie in: "into Kotido district ... near Nakapelimoru".
_AREA_HINTS = frozenset({"district", "county", "commune", "province", "state", "region"})


def _towns_in_district(mentions: list[PlaceMention], text: str | None) -> None:
    """A town or village the gazetteer lacks (``_town_worded``) named after a district,
    county or province of the same sentence that the gazetteer holds lies there as far as
    the text tells ("tracked the raiders into Kotido district and exchanged fire with them
    near Nakapelimoru"): the area stands in for it, a nearer guess than the article's
    region."""
    for mention in mentions:
        if mention.place is not None or not _town_worded(mention, text):
            continue
        areas = [
            m
            for m in mentions
            if m.sent == mention.sent
            and (m.end <= mention.start or _glossed_into(text, mention, m))
            and m.kind_hint in _AREA_HINTS
            and m.place is not None
            and m.place.kind != "country"
        ]
        if areas:
            area = areas[-1]
            mention.place, mention.score, mention.stand_in = area.place, STAND_IN_CONFIDENCE, True
            mention.reason = f"somewhere in {area.text}, named before it in its sentence"


# What lies between a name and the area its gloss puts it in: ", a village in the".
_GLOSS_INTO = re.compile(
    r",\s+(?:a|an|the)\s+(?:[a-z]+\s+)?(?:village|town|hamlet|settlement)\s+in\s+(?:the\s+)?",
)


def _glossed_into(text: str | None, mention: PlaceMention, area: PlaceMention) -> bool:
    """The area is the one a gloss after the name puts it in ("Kanam, a village in the
    Bankass district")."""
    if text is None or area.start < mention.end:
        return False
    return _GLOSS_INTO.fullmatch(text[mention.end : area.start]) is not None


def _named_again(
    mentions: list[PlaceMention], qualifiers: dict[int, Qualifier], focus: str | None
) -> None:
    """A name the gazetteer lacks keeps, when named again, the place that stood in for it
    the first time ("the town of Sinuni in Sinjar district ... near Khanasor, north of
    Sinuni": the second Sinuni is in Sinjar too); and a lacking name that the second
    mention qualifies ("near Khanasor, north of Sinuni") then lies there as well."""
    first: dict[str, PlaceMention] = {}
    for mention in mentions:
        key = normalize_name(lookup_name(mention.text))
        earlier = first.get(key)
        if earlier is None:
            if mention.place is not None:
                first[key] = mention
            continue
        if mention.place is None and earlier.stand_in:
            mention.place, mention.score, mention.stand_in = earlier.place, earlier.score, True
            mention.reason = earlier.reason
    for mention in mentions:
        qualifier = qualifiers.get(id(mention))
        if mention.place is not None or qualifier is None or not qualifier.mention.stand_in:
            continue
        region = qualifier.stand_in(None, focus=focus)
        if region is not None:
            mention.place, mention.score, mention.stand_in = region, STAND_IN_CONFIDENCE, True
            mention.reason = f"somewhere near {qualifier.mention.text}, as far as the text tells"


# Words that call a name a village: no city of another country's spelling.
_VILLAGE_HINTS = frozenset({"village", "hamlet"})
# Words that say an unknown name is a town or village ("the town of Koui", "X village").
_TOWN_HINTS = frozenset({"town", "village", "hamlet", "settlement"})


def _town_worded(mention: PlaceMention, text: str | None) -> bool:
    """The text calls the name a town or village, or measures a distance or nearness from
    it as from a town ("near Munhaye", "some 10 km north of Pont-Sonde")."""
    if mention.kind_hint in _TOWN_HINTS:
        return True
    relation = relation_before(text, mention.start) if text is not None else None
    return relation is not None and relation.kind in ("distance", "near", "outskirts")


def _towns_in_region(
    mentions: list[PlaceMention], context: Context, gaz: Gazetteer, text: str | None
) -> None:
    """A town or village the gazetteer lacks and no name qualifies ("the town of
    Petite-Riviere" in a story of Haiti's Artibonite, "a forest near Munhaye" in one of
    Nigeria's Zamfara state: ``_town_worded``) lies, as far as the text tells, in
    the region where the article's places are, when the article names that region: it
    stands in for the town, so that the event keeps the town's name with the region's
    point rather than falling back to the country. A region only voted by towns is too
    weak a guess to put an unknown name in."""
    if context.region is None or not context.admin1s.get(context.region):
        return
    country, admin1 = context.region
    region: Place | None = None
    for mention in mentions:
        if mention.place is not None or not _town_worded(mention, text):
            continue
        if region is None:
            found = gaz.lookup(admin1, country=country, kinds=("admin1",), limit=1)
            if not found:
                return
            region = found[0]
        mention.place, mention.score, mention.stand_in = region, STAND_IN_CONFIDENCE, True
        mention.reason = f"somewhere in {region.name}, where the article's places are"
