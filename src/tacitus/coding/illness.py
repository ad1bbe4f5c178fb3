"""Deaths from illness and fights against disease: no conflict event.

"Eight people died of the unidentified disease" and "resources to attack the virus" use
the words of violence for sickness. A casualty word whose cause is an illness ("died of
a heart attack"), old age or natural causes ("died of old age", "died in his sleep"),
or in a sentence that names an illness or a disaster ("the flood death toll") and no
weapon or violent act, is a death from illness; an attack or battle whose object
is an illness ("attack the virus", "a heart attack") is no attack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from tacitus.coding import cues

if TYPE_CHECKING:
    from spacy.tokens import Token

ILLNESS: Final = frozenset(
    {
        "disease",
        "diseases",
        "illness",
        "illnesses",
        "virus",
        "viruses",
        "bacteria",
        "bacterium",
        "infection",
        "infections",
        "epidemic",
        "pandemic",
        "outbreak",
        "symptoms",
        "cancer",
        "diabetes",
        "malaria",
        "cholera",
        "ebola",
        "measles",
        "dengue",
        "covid",
        "covid-19",
        "coronavirus",
        "pneumonia",
        "tuberculosis",
        "overdose",
    }
)
# Disasters and accidents: a toll or a death from one is no conflict event.
DISASTERS: Final = frozenset(
    {
        "flood",
        "floods",
        "flooding",
        "earthquake",
        "quake",
        "landslide",
        "landslides",
        "cyclone",
        "hurricane",
        "typhoon",
        "tsunami",
        "avalanche",
        "heatwave",
        "drought",
        "famine",
        "accident",
        "accidents",
        "capsized",
        "stampede",
        "mudslide",
        "eruption",
    }
)
# Words that make a death in the same sentence a violent one.
_VIOLENT: Final = (
    cues.EXPLOSIVE
    | cues.AERIAL
    | cues.HEAVY
    | cues.ARMED
    | frozenset(
        {
            "shot",
            "shooting",
            "gunfire",
            "gunshot",
            "attack",
            "attacked",
            "stabbed",
            "beaten",
            "clash",
            "clashes",
            "fighting",
            "killed",
            "murdered",
        }
    )
)
# Natural deaths: "of old age", "of natural causes", "in his sleep", "of a stroke".
_NATURAL: Final = frozenset({"stroke", "sleep", "complications", "illness", "ailment"})
_NATURAL_MODIFIED: Final = {"age": "old", "cause": "natural", "failure": "heart"}
# Words of custody or of wounds: a death in their sentence is no natural one.
_CUSTODIAL: Final = frozenset(
    {
        "custody",
        "detention",
        "detained",
        "prison",
        "jail",
        "cell",
        "police",
        "soldiers",
        "torture",
        "tortured",
        "wounds",
        "injuries",
        "wounded",
        "injured",
        "bullet",
        "bullets",
        "violence",
        "bomb",
        "blast",
        "explosion",
        "beating",
        "hanged",
        "lynched",
    }
)
_FIGHT_LEMMAS: Final = frozenset({"attack", "battle", "fight", "combat"})
_BODY_ATTACKS: Final = frozenset({"heart", "panic", "asthma", "anxiety"})


def illness_death(token: Token, words: set[str]) -> bool:
    """A casualty word dying "of"/"from" an illness ("of a heart attack"), or in a
    sentence (``words``) that names an illness and no weapon or violent act."""
    causes = [
        o
        for p in token.children
        if p.dep_ == "prep" and p.lower_ in ("of", "from", "in")
        for o in p.children
        if o.dep_ == "pobj"
    ]
    for cause in causes:
        if cause.lower_ in ILLNESS or _body_attack(cause) or _natural(cause):
            return True
    natural = words & (ILLNESS | DISASTERS)
    return bool(natural) and not words & (_VIOLENT - {"killed"})


def bare_death(lemma: str, words: set[str]) -> bool:
    """ "Died" in a sentence (``words``) with no violent or custodial word: a death that
    may join an event the article reports but is no event on its own ("the singer died
    on Sunday"). "Died in custody", "died of his wounds", "died after being beaten" are
    not bare."""
    return lemma == "die" and not words & (_VIOLENT | _CUSTODIAL)


def _natural(cause: Token) -> bool:
    """Old age, natural causes, heart failure, a stroke, one's sleep."""
    lemma = cause.lemma_.lower()
    if lemma in _NATURAL:
        return True
    modifier = _NATURAL_MODIFIED.get(lemma)
    return modifier is not None and any(c.lower_ == modifier for c in cause.children)


def _body_attack(token: Token) -> bool:
    return any(c.dep_ == "compound" and c.lower_ in _BODY_ATTACKS for c in token.children)


def fights_illness(lemma: str, token: Token) -> bool:
    """ "Attack the virus", "a disease to battle", "a heart attack": no violence."""
    if lemma not in _FIGHT_LEMMAS:
        return False
    if _body_attack(token):
        return True
    objects = [c for c in token.children if c.dep_ in ("dobj", "pobj", "prep")]
    if token.dep_ == "relcl" or (token.dep_ in ("acl", "xcomp") and token.head.pos_ == "NOUN"):
        objects.append(token.head)
    return any(w.lower_ in ILLNESS for o in objects for w in o.subtree)
