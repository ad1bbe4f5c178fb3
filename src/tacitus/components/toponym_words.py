"""Word lists that tell where a toponym sits: kind words ("province"), place nouns ("the
outskirts of"), place prepositions, verbs whose object is a place, speech verbs (a place
that speaks is a government) and the particles inside hyphenated Arabic names."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

SPEECH_VERBS = frozenset(
    {
        "say",
        "call",
        "blame",
        "accuse",
        "condemn",
        "warn",
        "threaten",
        "tell",
        "deny",
        "claim",
        "announce",
        "vow",
        "demand",
        "urge",
        "reject",
        "respond",
        "insist",
        "want",
    }
)
KIND_WORDS: dict[str, tuple[str, ...]] = {
    "province": ("admin1",),
    "governorate": ("admin1",),
    "state": ("admin1",),
    "region": ("admin1",),
    "oblast": ("admin1",),
    "department": ("admin1",),
    "county": ("admin2", "admin1"),
    "district": ("admin2", "city", "landmark"),
    "territory": ("admin2",),
    "township": ("admin2", "city"),
    "prefecture": ("admin1", "admin2"),
    "commune": ("city", "admin2"),
    "city": ("city",),
    "town": ("city",),
    "village": ("city",),
    "hamlet": ("city",),
    "camp": ("landmark", "city"),
}
SLOT_PREPS = frozenset(
    {"in", "near", "at", "outside", "around", "into", "inside", "within", "throughout", "across"}
    | {"through", "off"}
)
# Nouns of a border: "the border with X" names the land on its other side, "the
# Lebanese-Israeli border" a place.
BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})
# Aircraft and verbs of flight or of bringing aircraft down: their "over X" is airspace, a
# place ("a drone shot down over Belgorod"), where "over" is otherwise a topic or a time.
AIRSPACE_WORDS = frozenset(
    {"drone", "plane", "aircraft", "jet", "helicopter", "missile", "rocket", "balloon"}
    | {"airspace", "sky", "skies", "fly", "shoot", "intercept", "down", "crash", "explode"}
)
# Nouns that stand for a place: "the city of X", "the outskirts of X", "X district".
PLACE_NOUNS = frozenset(
    {
        "city",
        "town",
        "village",
        "hamlet",
        "province",
        "district",
        "region",
        "area",
        "state",
        "county",
        "governorate",
        "capital",
        "outskirts",
        "suburb",
        "suburbs",
        "neighborhood",
        "neighbourhood",
        "camp",
        "port",
        "border",
        "north",
        "south",
        "east",
        "west",
        "centre",
        "center",
        "heart",
        "streets",
        "municipality",
        "commune",
        "prefecture",
        "island",
        "territory",
        "countryside",
        "part",
        "parts",
        "vicinity",
        "crossing",
        "checkpoint",
        "junction",
        "outpost",
        "airport",
        "square",
        "bridge",
        "highway",
        "slum",
        "township",
        "market",
    }
)
# Verbs whose object is the place itself ("captured Palmyra", "shelled Idlib").
PLACE_OBJECT_VERBS = frozenset(
    {
        "attack",
        "bomb",
        "shell",
        "storm",
        "capture",
        "seize",
        "liberate",
        "raid",
        "invade",
        "occupy",
        "retake",
        "recapture",
        "besiege",
        "strike",
        "hit",
        "target",
        "enter",
        "overrun",
        "control",
        "take",
        "patrol",
        "secure",
        "destroy",
        "surround",
        "encircle",
        "rock",
        "shake",
        "evacuate",
        "infiltrate",
        "pound",
        "bombard",
    }
)
# Verbs of going whose "to", "toward" or "from" names a place ("driving to Castlegar",
# "pushed toward Kharkiv", "fled from Raqqa"); those words alone as often name a person
# ("said to Jones", "warmer toward Smith", "a letter from Smith").
MOTION_VERBS = frozenset(
    {
        "go",
        "come",
        "travel",
        "drive",
        "fly",
        "move",
        "return",
        "head",
        "flee",
        "march",
        "walk",
        "ride",
        "sail",
        "commute",
        "relocate",
        "switch",
        "deploy",
        "evacuate",
        "escape",
        "retreat",
        "advance",
        "withdraw",
        "migrate",
        "emigrate",
        "arrive",
        "depart",
        "trek",
        "push",
        "flock",
    }
)
# Verbs and nouns of armed assault whose "on X" is the place struck ("fired on Qamishli",
# "the assault on Falluja"); "on" alone is as often a topic ("a report on Jones").
ASSAULT_WORDS = frozenset(
    {"fire", "attack", "assault", "raid", "strike", "airstrike", "offensive", "march"}
    | {"advance", "converge", "descend", "shelling", "bombardment", "bear"}
)
# Nouns of a restriction whose "on X" is the town it is laid on ("a curfew on Dhiban"),
# unless X is a people ("a curfew on Palestinians").
RESTRICTION_WORDS = frozenset({"curfew", "blockade", "lockdown"})
# Armed groups and people told by where they come from ("militias from Misrata",
# "villagers from Kalehe"); "from" after other nouns is as often a sender ("a letter
# from Smith").
ORIGIN_GROUPS = frozenset(
    {"militia", "fighter", "rebel", "villager", "resident", "refugee", "tribesman", "troop"}
    | {"gunman", "militant", "volunteer", "migrant", "family", "farmer", "delegation"}
)
# Articles and particles inside hyphenated names ("al-Thawra", "Mazar-e-Sharif").
NAME_PARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ed", "e", "ul"})
# Lower-case particles between the words of Romance place names ("Mocimboa da Praia",
# "Rio de Janeiro", "Ciudad del Este", "Foz do Iguaçu").
# Entity labels of dates, times, numbers and amounts: words under them are never a place.
NUMERIC_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
INNER_PARTICLES = frozenset({"da", "de", "do", "das", "dos", "del", "di", "du", "des", "la"})


def is_place_noun(token: Token) -> bool:
    """A noun that stands for a place ("city", "district", "outskirts")."""
    return token.lower_ in PLACE_NOUNS or token.lemma_.lower() in PLACE_NOUNS
