"""Find event triggers in a parsed document with the lexicon and first context checks."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from tacitus.coding import cues, objects
from tacitus.coding import trigger_checks as checks
from tacitus.coding.casualties import CASUALTY_LEMMAS, casualty_code
from tacitus.coding.context_words import rocket_propelled, sentence_words
from tacitus.coding.detention import DETENTION_LEMMAS, captives_to_free, detention_code
from tacitus.coding.diplomacy import accept_statement
from tacitus.coding.directives import DIRECTIVE_LEMMAS, directive_code
from tacitus.coding.disrupted import (
    DISRUPTED,
    disarmed,
    dismantled,
    intercepted,
    made_safe,
    shot_down,
)
from tacitus.coding.figurative import figurative
from tacitus.coding.illness import fights_illness, illness_death
from tacitus.coding.impacts import IMPACT_LEMMAS, impact_code
from tacitus.coding.layout import list_entry
from tacitus.coding.lexicon import Lexicon, TriggerRule
from tacitus.coding.refine import family
from tacitus.coding.statements import modal_demands
from tacitus.coding.threats import hostile_code, reported_threats
from tacitus.doc_memo import doc_text
from tacitus.mentions.count_kinds import sentenced_to_death
from tacitus.pipeline.doc import TriggerMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_CROWD_CHECK = {"march", "gather", "rally"}
_WEAK_NOUNS = {"rocket", "mortar", "missile", "artillery", "drone", "raid"}


def _accept(rule: TriggerRule, token: Token, words: set[str]) -> str | None:
    """The type code to use for this trigger here, or None to reject it."""
    code = _accept_code(rule, token, words)
    return None if code is None else checks.armed_throw(checks.mob_attack(code, token), token)


def _accept_code(rule: TriggerRule, token: Token, words: set[str]) -> str | None:
    lemma = rule.lemma
    if objects.has_rule(lemma) and rule.pos == "VERB":
        return _checked(lemma, checks.by_object(rule, token), token)
    if _rejected(rule, token, words):
        return None
    special: dict[str, Callable[[], str | None]] = {
        "strike": lambda: checks.strike(token, words),
        "bomb": lambda: "air_strike" if words & cues.AERIAL else "remote_explosive",
        "speak": lambda: checks.consult(rule, token),
        "seize": lambda: checks.seize(rule, token),
        "capture": lambda: checks.seize(rule, token),
        "overrun": lambda: checks.seize(rule, token),
        "raid": lambda: checks.raid(rule, token),
        "shoot": lambda: DISRUPTED if shot_down(token) else rule.code,
        "intercept": lambda: intercepted(token),
        "destroy": lambda: intercepted(token),
        "dismantle": lambda: dismantled(token),
        "detonate": lambda: DISRUPTED if made_safe(token) else rule.code,
        "blow up": lambda: DISRUPTED if made_safe(token) else rule.code,
        "regain": lambda: checks.seize(rule, token),
        "take control": lambda: checks.seize(rule, token),
        "gain control": lambda: checks.seize(rule, token),
        "take over": lambda: checks.seize(rule, token),
        "meet": lambda: checks.consult(rule, token),
        "agree": lambda: checks.agree(rule, token),
        "protest": lambda: checks.protest_verb(rule, token, words),
        "meeting": lambda: checks.meeting(rule, token),
        "alert": lambda: checks.on_alert(rule, token),
        "abuse": lambda: checks.abuse(token),
        "assault": lambda: checks.abuse(token),
        "hack": lambda: checks.hack(rule, token),
        "evacuate": lambda: None if checks.passive(token) else rule.code,
        "storm": lambda: checks.storm(rule, token, words),
        "clash": lambda: checks.clash(rule, token),
        "stone": lambda: checks.stoning(rule, token),
        "fight": lambda: checks.clash(rule, token),
        "charge": lambda: checks.charge(rule, token),
        "set off": lambda: checks.set_off(rule, token),
        "hostage": lambda: checks.hostage(rule, token),
        "gunfire": lambda: checks.overhead_fire(rule, token),
        "shooting": lambda: checks.overhead_fire(rule, token),
    }
    if lemma == "take" and checks.to_the_streets(token):
        return "peaceful_protest"  # "took to the streets", not taken captive
    ruled = _module_rule(rule, token, words)
    if ruled is not None:
        return ruled()
    handler = special.get(lemma)
    return _checked(lemma, handler() if handler is not None else rule.code, token)


def _module_rule(
    rule: TriggerRule, token: Token, words: set[str]
) -> Callable[[], str | None] | None:
    """The check of a rule that a module of its own decides, or None."""
    lemma = rule.lemma
    if lemma in _WEAK_NOUNS and rule.pos == "NOUN":
        return lambda: checks.weak_noun(rule, token)
    if lemma in DETENTION_LEMMAS:
        return lambda: detention_code(lemma, token, words=words)
    if lemma in CASUALTY_LEMMAS:
        return lambda: casualty_code(lemma, token)
    if lemma in IMPACT_LEMMAS:
        return lambda: _checked(lemma, impact_code(lemma, token, words), token)
    if lemma in DIRECTIVE_LEMMAS:
        return lambda: _checked(lemma, directive_code(rule, token), token)
    return None


def _rejected(rule: TriggerRule, token: Token, words: set[str]) -> bool:
    """Sports "attacks", marches with no crowd, stun and rocket-propelled grenades, a
    munition dropped in a strike, "protest leader", a campaign rally, a proposal "shot
    down"."""
    lemma = rule.lemma
    if rule.code in ("attack", "armed_clash", "air_strike") and _sporting(token):
        return True
    if (
        lemma in _CROWD_CHECK
        and token.pos_ == "VERB"
        and not checks.has_crowd_subject(token, words)
    ):
        return True
    # a rocket-propelled grenade is a weapon of ground fighting, not a grenade attack
    stun = lemma == "grenade" and (
        any(c.lower_ in _NOT_LETHAL for c in token.children) or rocket_propelled(token)
    )
    if stun or _dropped(token):
        return True
    if _not_violence(rule, token, words) or _not_an_act(rule, token):
        return True
    if token.pos_ != "NOUN" or token.dep_ != "compound" or " " in lemma or "-" in lemma:
        return False
    return not (_names_undertaking(token) or names_event_of_people(token))


# Families of codes whose participle before a noun may still tell of an act ("the wounded
# soldiers", "the kidnapped girls", "the looted shops"), which the assembly sets apart as
# told before: ACLED's events on the ground.
_ACT_FAMILIES = frozenset(
    {"violence", "protest", "arrests", "abduction", "looting", "disrupted_weapons", "chemical"}
    | {"government_regains", "nonstate_overtakes", "transfer_territory", "headquarters"}
    | {"change_to_group", "other_strategic"}
)


_NOT_LETHAL = frozenset({"stun", "flash", "smoke"})


def _dropped(token: Token) -> bool:
    """A munition dropped from the air is the weapon of the strike that "dropped" tells
    ("a drone dropped a grenade on a bus"), no act of its own."""
    return token.dep_ == "dobj" and token.head.lemma_.lower() == "drop"


def _not_an_act(rule: TriggerRule, token: Token) -> bool:
    """A campaign rally names no demonstration; a participle before a noun of what was
    decided or said ("the banned party", "the disputed election") names its state, not
    an act of the story."""
    if rule.lemma == "rally" and checks.campaign_rally(token):
        return True
    described = token.tag_ == "VBN" and token.dep_ == "amod"
    return described and family(rule.code) not in _ACT_FAMILIES


def _sporting(token: Token) -> bool:
    """The sentence speaks of sport ("scored", "the cup final", "the league"); "League"
    in a name is no sign of it, since parties and alliances bear it too (the Awami
    League, the Arab League, the National League for Democracy), nor is a party's youth
    or women's league ("the Imbonerakure, the youth league of the ruling party")."""
    return any(
        t.lower_ in cues.SPORTS and not (t.lower_ == "league" and _league_of_people(t))
        for t in token.sent
    )


# Words before "league" that make it a party's wing: "youth league", "women's league".
_WING_WORDS = frozenset({"youth", "women", "student", "students", "party", "peasant"})


def _league_of_people(token: Token) -> bool:
    """ "League" as a name's word, or a party's youth or women's league."""
    if token.pos_ == "PROPN":
        return True
    return any(
        c.dep_ in ("compound", "amod", "poss") and c.lower_ in _WING_WORDS for c in token.children
    )


def _not_violence(rule: TriggerRule, token: Token, words: set[str]) -> bool:
    """ "No injuries were reported", "died of the disease", "attack the virus", "shot
    down the proposal", the mine sappers blew up, "the release of detained activists",
    "sentenced to death"."""
    if rule.strength == "casualty" and any(c.lower_ == "no" for c in token.children):
        return True
    if rule.strength == "casualty" and sentenced_to_death(token):
        return True
    if figurative(rule.code, token) or disarmed(token):
        return True
    if captives_to_free(rule.code, token):
        return True
    if rule.strength == "casualty" and illness_death(token, words):
        return True
    return fights_illness(rule.lemma, token)


# Nouns that name an undertaking or an occurrence: "a mediation mission", "a bombing
# campaign", "the shooting incident".
_EVENT_HEADS = frozenset(
    {"mission", "effort", "campaign", "operation", "attempt", "bid", "initiative", "drive"}
    | {"incident", "spree"}
)
# People known by the violent act they did or underwent: "the bombing suspect", "attack
# victims", "shooting survivors".
_EVENT_PEOPLE = frozenset(
    {"suspect", "victim", "survivor", "perpetrator", "mastermind", "plotter", "convict"}
)
# Nouns that name a violent act itself, not the weapon it used ("bomb suspect" names a
# weapon).
_ACT_NOUNS = frozenset(
    {"bombing", "shooting", "attack", "killing", "massacre", "assassination", "murder"}
    | {"ambush", "stabbing", "kidnapping", "abduction", "beheading", "hijacking"}
)


def _names_undertaking(token: Token) -> bool:
    return token.head.lemma_.lower() in _EVENT_HEADS


def names_event_of_people(token: Token) -> bool:
    """An act noun modifying the people known by it ("the Boston bombing suspect",
    "attack survivors"): a mention of that act, which names an event told elsewhere
    rather than a new one."""
    head = token.head
    return (
        token.dep_ == "compound"
        and token.lemma_.lower() in _ACT_NOUNS
        and head.i != token.i
        and head.lemma_.lower() in _EVENT_PEOPLE
    )


def _checked(lemma: str, code: str | None, token: Token) -> str | None:
    return code if code is not None and accept_statement(lemma, code, token) else None


def find_triggers(doc: Doc, *, lexicon: Lexicon) -> list[TriggerMention]:
    """Every accepted trigger in ``doc``, in text order; two-word rules win over one word."""
    found: list[TriggerMention] = []
    for s_index, sent in enumerate(doc.sents):
        words = sentence_words(sent)
        skip_until = -1
        for token in sent:
            if token.i < skip_until:
                continue
            hit = lexicon.match(token)
            if hit is None or list_entry(token):
                continue
            rule, width = hit
            code = _accept(rule, token, words)
            if code is None and rule.lemma == "burn" and checks.burned_property(token):
                rule, code = _BURNED, directive_code(_BURNED, token)
            if code is None:
                continue
            last = doc[token.i + width - 1]
            skip_until = token.i + width
            found.append(_mention(doc, token, last, rule=rule, code=code, sent=s_index))
        taken = {t.head for t in found}
        found.extend(
            _mention(doc, verb, verb, rule=_DEMAND, code="request", sent=s_index)
            for verb in modal_demands(sent)
            if verb.i not in taken
        )
        taken = {t.head for t in found}
        hostile = {t.head for t in found if t.sent == s_index and hostile_code(t.code)}
        found.extend(
            _mention(doc, verb, verb, rule=_THREAT, code="threaten", sent=s_index)
            for verb in reported_threats(sent, hostile, taken)
        )
    return sorted(found, key=lambda t: t.start)


# Property burned is destroyed, as if burned down: ACLED's looting/property destruction,
# which a crowd's doing makes a riot and an armed group's an attack.
_BURNED = TriggerRule(lemma="burn down", pos="VERB", code="looting", strength="medium")
_DEMAND = TriggerRule(lemma="must", pos="VERB", code="request", strength="medium")
_THREAT = TriggerRule(lemma="say", pos="VERB", code="threaten", strength="medium")


def _mention(
    doc: Doc, token: Token, last: Token, *, rule: TriggerRule, code: str, sent: int
) -> TriggerMention:
    synthetic = rule is _DEMAND or rule is _THREAT
    lemma = token.lemma_.lower() if synthetic else rule.lemma
    head = doc[token.i : last.i + 1].root  # "a hunger strike": the noun "strike"
    return TriggerMention(
        text=doc_text(doc)[token.idx : last.idx + len(last)],
        lemma=lemma,
        start=token.idx,
        end=last.idx + len(last),
        sent=sent,
        head=head.i,
        code=code,
        strength=rule.strength,
        pos=head.pos_,
    )
