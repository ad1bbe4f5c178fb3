"""Deaths told without "kill" or "die": lives lost or claimed, people who perished,
succumbed to their injuries or were blown to pieces, bodies found, death tolls; injuries
told as people hurt or burned, wounds or burns suffered, limbs lost, or "the wounded"
counted.

"Twelve soldiers lost their lives", "the blast claimed 14 lives", "the attack claimed the
lives of six officers", "the body of the activist was found", "the death toll rose to
31". Each is a casualty trigger, like "died": it joins the violent event it reports on
and opens an event of its own only when nothing else in the article reports the deaths.
A toll keeps its count cumulative (:mod:`tacitus.mentions.count_kinds`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from tacitus.coding.detention import names_person
from tacitus.mentions.count_words import is_person

if TYPE_CHECKING:
    from spacy.tokens import Token

ATTACK: Final = "attack"
# Rules of triggers.csv that this module decides.
CASUALTY_LEMMAS: Final = frozenset(
    {"lose", "claim", "toll", "body", "hurt", "perish", "succumb", "wound", "wounded", "injured"}
    | {"blow to", "dead", "burn"}
)
_FINDING: Final = frozenset(
    {"find", "discover", "recover", "retrieve", "unearth", "exhume", "dump", "dig", "identify"}
)
_DEATH_WORDS: Final = frozenset({"death", "casualty", "fatality", "civilian", "victim"})
_NOT_PEOPLE: Final = frozenset(
    {"governing", "government", "regulatory", "official", "public", "state", "international"}
)


def _objects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]


def _takes_lives(verb: Token) -> bool:
    """ "lost their lives", "claimed 14 lives", "claimed the lives of six officers"."""
    return any(o.lemma_.lower() == "life" for o in _objects(verb))


# Parts of the body and senses a wounded person loses: "lost both legs", "lost an eye".
BODY_PARTS: Final = frozenset(
    {"leg", "arm", "hand", "foot", "feet", "eye", "finger", "toe", "limb", "ear"}
    | {"sight", "eyesight", "hearing"}
)


def loses_body_part(verb: Token) -> bool:
    """ "Two boys lost their legs", "she lost an eye": an injury, as "lost their lives"
    is a death."""
    return verb.lemma_.lower() == "lose" and any(
        o.lemma_.lower() in BODY_PARTS for o in _objects(verb)
    )


def _death_toll(noun: Token) -> bool:
    """ "The death toll", "the civilian toll", "the toll from the bombing rose"."""
    modifiers = {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod")}
    if modifiers & _DEATH_WORDS:
        return True
    return noun.dep_ == "nsubj" and noun.head.lemma_.lower() in ("rise", "climb", "reach")


def _body_found(noun: Token) -> bool:
    """ "The body of the activist was found", "police discovered the bodies of two men"."""
    if noun.dep_ not in ("nsubjpass", "dobj") or noun.head.lemma_.lower() not in _FINDING:
        return False
    if any(c.lower_ in _NOT_PEOPLE for c in noun.children):
        return False  # "government bodies"
    owners = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    return not owners or any(names_person(o) or o.like_num for o in owners)


def _people_hurt(verb: Token) -> bool:
    """ "Three guards were hurt", "the blast hurt 12 people", "two hurt in market blast":
    "hurt" injures when who is hurt are people ("the sanctions hurt the economy" does
    not)."""
    hurt = _objects(verb)
    if not hurt and verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children):
        hurt = [c for c in verb.children if c.dep_ == "nsubj"]  # a headline's "two hurt"
    return _any_people(hurt)


def _any_people(tokens: list[Token]) -> bool:
    """Whether any of ``tokens`` names or counts people ("six", "passengers", "Ali")."""
    return any(t.like_num or is_person(t) or names_person(t) for t in tokens)


def _people_perished(verb: Token) -> bool:
    """ "Six passengers perished": people die ("the plan perished" is no death)."""
    return _any_people([c for c in verb.children if c.dep_ == "nsubj"])


# What a casualty succumbs to, and what suffers a wound: "succumbed to his injuries",
# "suffered gunshot wounds", "was treated for shrapnel wounds".
_HARM: Final = frozenset({"injury", "wound", "burn"})
_WOUND_VERBS: Final = frozenset({"suffer", "sustain", "receive", "treat"})
_WOUND_KINDS: Final = frozenset({"gunshot", "shrapnel", "stab", "bullet", "knife", "shot"})


_PIECES: Final = frozenset({"piece", "bit", "smithereen", "shred"})


def _blown_apart(verb: Token) -> bool:
    """People "blown to pieces" (or bits) died; "the bus was blown to bits" is no death."""
    doc = verb.doc
    after = doc[verb.i + 2] if verb.i + 2 < len(doc) else None
    if after is None or after.lemma_.lower() not in _PIECES:
        return False
    who = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
    who += [o for w in who for p in w.children if p.lower_ == "of" for o in p.children]
    return _any_people(who)  # "some of them"


def _succumbed_to_harm(verb: Token) -> bool:
    """ "Succumbed to his injuries" is a death; "succumbed to pressure" is none."""
    harms = [o for p in verb.children if p.lower_ == "to" for o in p.children]
    return any(o.lemma_.lower() in _HARM for o in harms)


def _wounds_suffered(noun: Token) -> bool:
    """Wounds someone suffered or was treated for, or of a weapon ("gunshot wounds"):
    "old wounds" reopened are none."""
    kinds = {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod")}
    if kinds & _WOUND_KINDS:
        return True
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    return noun.dep_ in ("dobj", "pobj") and verb.lemma_.lower() in _WOUND_VERBS


def _the_casualties(word: Token) -> bool:
    """ "The wounded", "the injured" used as a noun: the people hurt ("among the wounded",
    "the injured were taken to hospital"); "wounded soldiers" leaves it to the noun."""
    determined = any(c.dep_ == "det" and c.lower_ == "the" for c in word.children)
    return determined and word.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj")


def _people_burned(verb: Token) -> bool:
    """People burned are injured ("three passengers were badly burned"); burned "to
    death" or "alive" they died, which "death" says; tyres or a flag burned are none."""
    if any(c.lower_ in ("alive", "death") for c in verb.subtree if c.i > verb.i):
        return False
    return _people_hurt(verb)


def _the_dead(noun: Token) -> bool:
    """ "The dead included a senior officer", as "the wounded" does; "the dead of night"
    is an hour."""
    of = any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
    return not of and _the_casualties(noun)


def casualty_code(lemma: str, token: Token) -> str | None:
    """The type code of a casualty phrase ruled here, or None when it reports no death
    or injury."""
    if lemma == "hurt":
        return ATTACK if token.pos_ == "VERB" and _people_hurt(token) else None
    if lemma == "lose":
        return ATTACK if _takes_lives(token) or loses_body_part(token) else None
    if lemma == "claim":
        return ATTACK if _takes_lives(token) else None
    if lemma == "toll":
        return ATTACK if _death_toll(token) else None
    if lemma == "body":
        return ATTACK if _body_found(token) else None
    checks = {
        "perish": lambda: token.pos_ == "VERB" and _people_perished(token),
        "blow to": lambda: _blown_apart(token),
        "succumb": lambda: token.pos_ == "VERB" and _succumbed_to_harm(token),
        "wound": lambda: token.pos_ != "NOUN" or _wounds_suffered(token),  # verb: wounded
        "wounded": lambda: token.pos_ != "VERB" and _the_casualties(token),
        "injured": lambda: token.pos_ != "VERB" and _the_casualties(token),
        "dead": lambda: token.pos_ != "NOUN" or _the_dead(token),
        "burn": lambda: _people_burned(token) if token.pos_ == "VERB" else _wounds_suffered(token),
    }
    check = checks.get(lemma)
    return ATTACK if check is not None and check() else None
