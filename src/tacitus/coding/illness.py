"""Deaths from illness and fights against disease: no conflict event.

"Eight people died of the unidentified disease" and "resources to attack the virus" use
the words of violence for sickness. A casualty word whose cause is an illness ("died of
a heart attack"), or in a sentence that names an illness and no weapon or violent act,
is a death from illness; an attack or battle whose object
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
_FIGHT_LEMMAS: Final = frozenset({"attack", "battle", "fight", "combat"})
_BODY_ATTACKS: Final = frozenset({"heart", "panic", "asthma", "anxiety"})


def illness_death(token: Token, words: set[str]) -> bool:
    """A casualty word dying "of"/"from" an illness ("of a heart attack"), or in a
    sentence (``words``) that names an illness and no weapon or violent act."""
    causes = [
        o
        for p in token.children
        if p.dep_ == "prep" and p.lower_ in ("of", "from")
        for o in p.children
        if o.dep_ == "pobj"
    ]
    for cause in causes:
        if cause.lower_ in ILLNESS or _body_attack(cause):
            return True
    return bool(words & ILLNESS) and not words & (_VIOLENT - {"killed"})


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
