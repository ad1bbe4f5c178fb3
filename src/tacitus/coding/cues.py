"""Context words that refine a trigger's type (ACLED's hard distinctions), as data."""

from __future__ import annotations

from typing import Final

AERIAL: Final = frozenset(
    {
        "air",
        "airstrike",
        "aircraft",
        "jet",
        "jets",
        "warplane",
        "warplanes",
        "plane",
        "helicopter",
        "helicopters",
        "gunship",
        "bomber",
        "bombers",
        "aerial",
        "air force",
    }
)
DRONE: Final = frozenset({"drone", "drones", "uav", "uavs"})
HEAVY: Final = frozenset(
    {
        "rocket",
        "rockets",
        "mortar",
        "mortars",
        "missile",
        "missiles",
        "artillery",
        "shell",
        "shells",
        "shelling",
        "howitzer",
        "katyusha",
        "barrage",
    }
)
EXPLOSIVE: Final = frozenset(
    {
        "bomb",
        "bombs",
        "ied",
        "ieds",
        "explosive",
        "explosives",
        "roadside",
        "landmine",
        "landmines",
        "mine",
        "booby",
        "car bomb",
        "device",
    }
)
SUICIDE: Final = frozenset({"suicide"})
GRENADE: Final = frozenset({"grenade", "grenades"})
CROWD: Final = frozenset(
    {
        "protester",
        "protesters",
        "demonstrator",
        "demonstrators",
        "crowd",
        "crowds",
        "supporters",
        "marchers",
        "students",
        "workers",
        "people",
        "thousands",
        "hundreds",
        "dozens",
        "rioters",
        "mob",
        "youths",
        "residents",
        "activists",
        "mourners",
        "women",
    }
)
# Words (forms and lemmas) that tell of a demonstration under way: force against people
# the actor base types as protesters ("activists", "supporters") is force against a
# protest only where one is told.
DEMONSTRATING: Final = frozenset(
    {"protest", "protests", "protester", "protesters", "protesting", "demonstration"}
    | {"demonstrations", "demonstrator", "demonstrators", "demonstrate", "demonstrating"}
    | {"march", "marches", "marcher", "marchers", "marching", "rally", "rallies", "sit-in"}
    | {"crowd", "crowds", "mob", "rioter", "rioters", "riot", "vigil", "picket", "strike"}
    | {"strikers", "striker", "gathering", "blockade"}
)
MARCHERS: Final = CROWD | frozenset(
    {
        "farmers",
        "traders",
        "teachers",
        "nurses",
        "doctors",
        "drivers",
        "depositors",
        "mothers",
        "families",
        "relatives",
        "villagers",
        "men",
        "pensioners",
        "lawyers",
        "employees",
        "miners",
        "members",
        "followers",
        "fans",
        "youth",
        "opposition",
        "voters",
    }
)
RIOT: Final = frozenset(
    {
        "storm",
        "stormed",
        "hurl",
        "hurling",
        "smash",
        "smashing",
        "torch",
        "torched",
        "burned",
        "burnt",
        "set fire",
        "stone",
        "stones",
        "rocks",
        "ransack",
        "ransacked",
        "vandalise",
        "vandalize",
        "looted",
        "loot",
        "petrol",
        "molotov",
        "barricades",
        "rampage",
        "clashed",
        "force way",
        "fight way",
    }
)
INTERVENTION: Final = frozenset(
    {
        "tear",
        "teargas",
        "disperse",
        "dispersed",
        "water cannon",
        "cannon",
        "rubber",
        "batons",
        "baton",
        "arrested",
        "detained",
        "arrest",
        "beat",
        "charged",
    }
)
LETHAL_FORCE: Final = frozenset(
    {"live rounds", "live fire", "ammunition", "bullets", "shot", "opened fire"}
)
LABOUR: Final = frozenset(
    {
        "worker",
        "workers",
        "union",
        "unions",
        "general",
        "hunger",
        "teachers",
        "doctors",
        "nurses",
        "drivers",
        "walkout",
        "pay",
        "wages",
        "shopkeepers",
        "traders",
        "merchants",
        "transporters",
        "truckers",
    }
)
SPORTS: Final = frozenset(
    {
        "match",
        "goal",
        "goals",
        "striker",
        "midfielder",
        "league",
        "cup",
        "game",
        "season",
        "coach",
        "tournament",
        "championship",
        "scored",
        "penalty",
        "champion",
        "tiebreak",
        "tie-break",
        "semifinal",
        "semi-final",
        "quarterfinal",
        "quarter-final",
        "playoff",
        "playoffs",
        "goalkeeper",
        "wicket",
        "innings",
        "touchdown",
    }
)
STATE_TARGET: Final = frozenset(
    {
        "soldier",
        "soldiers",
        "troops",
        "army",
        "military",
        "police",
        "base",
        "bases",
        "checkpoint",
        "convoy",
        "patrol",
        "forces",
        "officers",
        "post",
        "garrison",
        "outpost",
    }
)
CIVILIAN_TARGET: Final = frozenset(
    {
        "civilian",
        "civilians",
        "villagers",
        "village",
        "residents",
        "worshippers",
        "mosque",
        "church",
        "market",
        "school",
        "students",
        "passengers",
        "bus",
        "farmers",
        "women",
        "children",
        "journalist",
        "journalists",
        "family",
        "wedding",
        "shoppers",
    }
)
TERRITORY: Final = frozenset(
    {
        "town",
        "city",
        "village",
        "district",
        "territory",
        "control",
        "province",
        "area",
        "region",
        "border",
        "crossing",
        # Posts and bases held in the field: taking one is taking ground ("captured a
        # border guard post"), as ACLED codes it.
        "post",
        "outpost",
        "base",
        "checkpoint",
        "garrison",
        "barracks",
        "position",
        "positions",
        "stronghold",
        "strongholds",
    }
)
IMPACT_VERBS: Final = frozenset(
    {
        "hit",
        "land",
        "strike",
        "slam",
        "fall",
        "fire",
        "launch",
        "kill",
        "wound",
        "target",
        "rain",
        "pound",
    }
)
ARMED: Final = frozenset(
    {
        "armed",
        "gunmen",
        "gunman",
        "militants",
        "militant",
        "rebels",
        "insurgents",
        "fighters",
        "attackers",
        "assailants",
        "insurgent",
        "rebel",
        "fighter",
        "attacker",
        "assailant",
        "terrorist",
        "terrorists",
        "jihadist",
        "jihadists",
    }
    | {"bandit", "bandits", "militiaman", "militiamen", "guerrilla", "guerrillas", "raiders"}
)

# Buildings, vehicles and goods whose burning is property destruction ("burned 40
# homes"); tyres, flags or effigies burned in protest are none.
PROPERTY: Final = frozenset(
    {"home", "house", "hut", "dwelling", "shop", "store", "stall", "kiosk", "market"}
    | {"church", "mosque", "temple", "shrine", "school", "clinic", "hospital", "office"}
    | {"station", "post", "building", "headquarters", "warehouse", "granary", "barn"}
    | {"village", "property", "vehicle", "car", "truck", "lorry", "bus", "motorcycle"}
    | {"crop", "field", "farm", "tent", "shelter", "residence", "compound", "courthouse"}
)
# Lemmas of the public ways a crowd "takes to" ("took to the streets of Dakar", "poured
# into the square"): where the crowd was, never to whom an act is done.
PUBLIC_WAYS: Final = frozenset({"street", "square", "road", "highway"})
