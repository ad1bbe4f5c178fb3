"""Word lists that say what a place name is doing in its sentence.

Prepositions that put an event at a place, nouns of events and of actors, and verbs that
act on places or people; :mod:`tacitus.geoparse.place_roles` weighs names by them.
"""

from __future__ import annotations

# Prepositions that put an event at a place, and their weight.
LOCATIVE_PREPS: dict[str, float] = {
    "in": 3.0,
    "at": 3.0,
    "near": 3.0,
    "outside": 3.0,
    "inside": 3.0,
    "off": 2.5,
    "across": 2.5,
    "around": 2.5,
    "throughout": 2.5,
    "through": 2.5,
    "within": 2.5,
    "on": 2.5,
    "into": 2.0,
    "along": 2.0,
    "over": 1.5,
    "between": 1.5,
    "to": 1.0,
    "toward": 1.0,
    "towards": 1.0,
}
# Prepositions whose object is not where the event happened.
NON_LOCATIVE_PREPS = frozenset({"from", "for", "with", "by", "than", "like", "about"})
# Prepositions that give examples of the word they follow ("seven towns, including X"):
# the example takes that word's role.
EXAMPLE_PREPS = frozenset({"including", "excluding", "except", "notably"})
# Nouns whose "on" names a topic ("a statement on Iraq", "talks on Kosovo").
TOPIC_NOUNS = frozenset(
    {"statement", "talk", "report", "speech", "debate", "resolution", "agreement", "deal"}
    | {"sanction", "policy", "stance", "position", "view", "comment", "remark", "vote"}
    | {"referendum", "law", "decision", "conference", "summit", "book", "film", "story"}
)
# Verbs of holding a place against attack ("defending Kawkab army base"): their object is
# a place acted on, as with the verbs that attack one.
HELD_VERBS = frozenset({"defend", "guard", "protect"})
# Nouns of single people: a place that modifies one says where they are from ("a Tampa
# woman").
PERSON_NOUNS = frozenset(
    {"man", "woman", "boy", "girl", "child", "teenager", "student", "teacher", "worker"}
    | {"businessman", "farmer", "doctor", "journalist", "priest", "driver", "shopkeeper"}
)
# Verbs of protest: what they are against or about is a grievance, not a place.
PROTEST_VERBS = frozenset({"protest", "demonstrate", "rally", "march", "campaign"})
# Verbs of a standing state: a clause of theirs says where someone lives or what holds
# ("troops which have their bases in Turkey"), not where an event happened.
STATE_VERBS = frozenset(
    {"be", "have", "live", "reside", "control", "own", "remain", "base", "belong"}
)
# Words that open a clause of another time or of a mere case ("since bombers hit
# Istanbul in 2003", "even if he is not in Switzerland"): not the event's place.
OTHER_TIME_MARKERS = frozenset({"since", "if", "unless", "although", "though", "whether"})
# Compass directions: "northeast of Baghdad" places the event from Baghdad.
DIRECTION_WORDS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
    | {"north-east", "north-west", "south-east", "south-west"}
)
# Words of distance: "10 miles from X" places the event from X.
DISTANCE_WORDS = frozenset(
    {"mile", "km", "kilometer", "kilometre", "meter", "metre", "yard", "away"}
)
# Nouns of events whose "of" or "on" names the place acted on ("the bombardment of Aziziyah").
EVENT_NOUNS = frozenset(
    {
        "attack",
        "assault",
        "bombardment",
        "bombing",
        "shelling",
        "siege",
        "capture",
        "fall",
        "invasion",
        "liberation",
        "occupation",
        "recapture",
        "storming",
        "blockade",
        "raid",
        "strike",
        "airstrike",
        "offensive",
        "operation",
        "campaign",
        "march",
    }
)
# Nouns of events whose relative clauses still tell where the event was ("the clashes that
# broke out in Tel Hamis").
CLAUSE_EVENT_NOUNS = EVENT_NOUNS | frozenset(
    {"clash", "fighting", "battle", "violence", "protest", "demonstration", "explosion", "blast"}
)
# Nouns of actors, offices and sources: a place that modifies or qualifies them says whose
# they are ("U.S. forces", "the governor of Homs", "sources in Nineveh"), not where.
ACTOR_NOUNS = frozenset(
    {
        "force",
        "troop",
        "soldier",
        "army",
        "military",
        "police",
        "policeman",
        "government",
        "official",
        "authority",
        "minister",
        "ministry",
        "president",
        "governor",
        "mayor",
        "leader",
        "commander",
        "chief",
        "head",
        "member",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "source",
        "agency",
        "embassy",
        "ambassador",
        "envoy",
        "delegation",
        "council",
        "parliament",
        "court",
        "judge",
        "prosecutor",
        "media",
        "newspaper",
        "radio",
        "television",
        "correspondent",
        "reporter",
        "citizen",
        "national",
        "native",
        "resident",
        "team",
        "party",
        "regime",
        "coalition",
        "warship",
        "jet",
        "plane",
        "champion",
        "tribe",
        "patrol",
        "convoy",
        "vehicle",
        "helicopter",
        "drone",
        "aircraft",
        "missile",
    }
)
# Nouns of sources and offices: a place after them says where they sit ("sources in
# Nineveh", "a judge in Madrid"), not where the event happened.
SOURCE_NOUNS = frozenset(
    {
        "source",
        "ministry",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "media",
        "newspaper",
        "radio",
        "television",
        "correspondent",
        "reporter",
        "judge",
        "court",
        "prosecutor",
    }
)
# Verbs that act on people as often as on places: a name that is not a place entity is
# taken for a person there ("Khadr was captured").
PERSON_OBJECT_VERBS = frozenset({"capture", "seize", "take", "target", "hit", "attack", "strike"})

SEAT_WORDS = frozenset({"based", "headquartered"})
"""A name before these ("a Britain-based monitor") says where an organisation sits."""
