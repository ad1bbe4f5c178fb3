"""Find event triggers in a parsed document with the lexicon and first context checks."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from tacitus.coding import cues, objects
from tacitus.coding.casualties import CASUALTY_LEMMAS, casualty_code
from tacitus.coding.detention import DETENTION_LEMMAS, detention_code, names_person
from tacitus.coding.diplomacy import accept_statement
from tacitus.coding.directives import DIRECTIVE_LEMMAS, directive_code
from tacitus.coding.illness import fights_illness, illness_death
from tacitus.coding.impacts import IMPACT_LEMMAS, impact_code
from tacitus.coding.layout import list_entry
from tacitus.coding.lexicon import Lexicon, TriggerRule
from tacitus.coding.statements import modal_demands
from tacitus.pipeline.doc import TriggerMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_CROWD_CHECK = {"march", "gather", "rally"}
_WEAK_NOUNS = {"rocket", "mortar", "missile", "artillery", "drone", "raid"}
_UNIONS = frozenset({"union", "unions"})
_SUPPORTERS = frozenset({"followers", "loyalists", "partisans"})


def _sentence_words(sent: Span) -> set[str]:
    return {t.lower_ for t in sent} | {t.lemma_.lower() for t in sent}


def _subjects(token: Token) -> list[Token]:
    """The token's subjects, or its controller's ("plans to march", "going to march")."""
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    if token.dep_ == "relcl":
        subjects.append(token.head)
    if not subjects and token.dep_ == "xcomp":
        subjects = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return subjects


def _subject_words(token: Token) -> set[str]:
    return {t.lower_ for subj in _subjects(token) for t in subj.subtree}


def _has_crowd_subject(token: Token, words: set[str]) -> bool:
    for subj in _subjects(token):
        phrase = {t.lower_ for t in subj.subtree}
        if phrase & (cues.MARCHERS | _UNIONS) or any(t.like_num for t in subj.subtree):
            return True
        if subj.ent_type_ == "NORP" and subj.tag_ in ("NNPS", "NNS"):
            return True  # "Palestinians protested"
    return bool(words & {"protesters", "demonstrators", "crowd", "marchers", "rioters"})


def _armed_subject(token: Token) -> bool:
    """ "Gunmen stormed a church", "militants could strike the capital"."""
    return bool(_subject_words(token) & cues.ARMED)


def _strike(token: Token, words: set[str]) -> str | None:
    if words & (cues.AERIAL | cues.DRONE):
        return "drone_strike" if words & cues.DRONE else "air_strike"
    if token.pos_ == "NOUN" and words & cues.LABOUR:
        return "peaceful_protest"
    if words & cues.HEAVY:
        return "shelling"
    if token.pos_ == "VERB" and _subject_words(token) & (cues.LABOUR | _UNIONS):
        return "peaceful_protest"
    return "attack" if token.pos_ == "VERB" and _armed_subject(token) else None


def _weak_noun(rule: TriggerRule, token: Token) -> str | None:
    head = token.head
    if rule.lemma != "raid" and head is not token and head.lemma_.lower() in cues.IMPACT_VERBS:
        return rule.code
    return None


def _consult(rule: TriggerRule, token: Token) -> str | None:
    if any(c.dep_ == "auxpass" for c in token.children):
        return None
    has_partner = any(c.dep_ == "prep" and c.lower_ in ("to", "with") for c in token.children)
    return rule.code if has_partner or rule.lemma == "meet" else None


_PEOPLE = frozenset(
    {
        "women",
        "men",
        "people",
        "civilians",
        "hostages",
        "passengers",
        "students",
        "children",
        "girls",
        "boys",
        "villagers",
        "workers",
        "farmers",
        "traders",
        "residents",
        "pupils",
        "aid",
        "journalists",
        "worshippers",
        "travellers",
        "travelers",
    }
)


def _seize(rule: TriggerRule, token: Token) -> str | None:
    """Seizing people is an abduction, seizing a town is territory, seizing power neither."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    words = {t.lower_ for obj in objects for t in obj.subtree}
    if words & _PEOPLE or any(names_person(obj) for obj in objects):
        return "abduction"
    if words & cues.TERRITORY or any(t.ent_type_ == "GPE" for o in objects for t in o.subtree):
        return rule.code
    return None


def _protest_verb(rule: TriggerRule, token: Token, words: set[str]) -> str | None:
    """ "A rights group protested" is a complaint; a crowd protesting is a protest."""
    if token.pos_ != "VERB" or not any(c.dep_ == "nsubj" for c in token.children):
        return rule.code
    return rule.code if _has_crowd_subject(token, words) else "accuse"


def _meeting(rule: TriggerRule, token: Token) -> str | None:
    """A meeting with someone, or one held: not "a cabinet meeting" in passing."""
    partner = any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in token.children)
    held = token.head.lemma_.lower() in ("hold", "have", "host", "attend", "convene")
    return rule.code if partner or held else None


def _on_alert(rule: TriggerRule, token: Token) -> str | None:
    return rule.code if token.head.lower_ in ("on", "high") else None


def _passive(token: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children)


def _abuse(token: Token) -> str:
    sexual = any(c.lower_ == "sexually" for c in token.children)
    return "sexual_violence" if sexual else "attack"


def _by_object(rule: TriggerRule, token: Token) -> str | None:
    code = objects.object_code(rule.lemma, token)
    if code is None and rule.lemma == "deny":
        return rule.code
    if code is None and rule.lemma == "accept" and _negated(token):
        return "reject"  # "will not accept any more refugees"
    return code


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.children)


def _accept(rule: TriggerRule, token: Token, words: set[str]) -> str | None:
    """The type code to use for this trigger here, or None to reject it."""
    lemma = rule.lemma
    if objects.has_rule(lemma) and rule.pos == "VERB":
        return _checked(lemma, _by_object(rule, token), token)
    if _rejected(rule, token, words):
        return None
    special: dict[str, Callable[[], str | None]] = {
        "strike": lambda: _strike(token, words),
        "bomb": lambda: "air_strike" if words & cues.AERIAL else "remote_explosive",
        "speak": lambda: _consult(rule, token),
        "seize": lambda: _seize(rule, token),
        "capture": lambda: _seize(rule, token),
        "meet": lambda: _consult(rule, token),
        "protest": lambda: _protest_verb(rule, token, words),
        "meeting": lambda: _meeting(rule, token),
        "alert": lambda: _on_alert(rule, token),
        "abuse": lambda: _abuse(token),
        "evacuate": lambda: None if _passive(token) else rule.code,
        "storm": lambda: _storm(rule, token, words),
        "clash": lambda: _clash(rule, token),
    }
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
    if lemma in _WEAK_NOUNS:
        return lambda: _weak_noun(rule, token)
    if lemma in DETENTION_LEMMAS:
        return lambda: detention_code(lemma, token, words=words)
    if lemma in CASUALTY_LEMMAS:
        return lambda: casualty_code(lemma, token)
    if lemma in IMPACT_LEMMAS:
        return lambda: _checked(lemma, impact_code(lemma, token, words), token)
    if lemma in DIRECTIVE_LEMMAS:
        return lambda: _checked(lemma, directive_code(rule, token), token)
    return None


def _storm(rule: TriggerRule, token: Token, words: set[str]) -> str | None:
    """A crowd storming a building riots; gunmen storming it attack."""
    if token.pos_ == "VERB" and _armed_subject(token):
        return "attack"
    return rule.code if token.pos_ != "VERB" or _has_crowd_subject(token, words) else None


def _clash(rule: TriggerRule, token: Token) -> str:
    """A crowd clashing with police riots: "supporters of X clashed with police"."""
    crowd = token.pos_ == "VERB" and _subject_words(token) & (cues.CROWD | _SUPPORTERS)
    return "violent_demonstration" if crowd else rule.code


def _rejected(rule: TriggerRule, token: Token, words: set[str]) -> bool:
    """Sports "attacks", marches with no crowd, stun grenades, "protest leader"."""
    lemma = rule.lemma
    if words & cues.SPORTS and rule.code in ("attack", "armed_clash", "air_strike"):
        return True
    if lemma in _CROWD_CHECK and token.pos_ == "VERB" and not _has_crowd_subject(token, words):
        return True
    if lemma == "grenade" and any(c.lower_ in ("stun", "flash", "smoke") for c in token.children):
        return True
    if _not_violence(rule, token, words):
        return True
    if token.pos_ != "NOUN" or token.dep_ != "compound" or " " in lemma:
        return False
    return token.head.lemma_.lower() not in _EVENT_HEADS


def _not_violence(rule: TriggerRule, token: Token, words: set[str]) -> bool:
    """ "No injuries were reported", "died of the disease", "attack the virus"."""
    if rule.strength == "casualty" and any(c.lower_ == "no" for c in token.children):
        return True
    if rule.strength == "casualty" and illness_death(token, words):
        return True
    return fights_illness(rule.lemma, token)


# Nouns that name an undertaking: "a mediation mission", "a bombing campaign".
_EVENT_HEADS = frozenset(
    {"mission", "effort", "campaign", "operation", "attempt", "bid", "initiative", "drive"}
)


def _checked(lemma: str, code: str | None, token: Token) -> str | None:
    return code if code is not None and accept_statement(lemma, code, token) else None


def find_triggers(doc: Doc, *, lexicon: Lexicon) -> list[TriggerMention]:
    """Every accepted trigger in ``doc``, in text order; two-word rules win over one word."""
    found: list[TriggerMention] = []
    for s_index, sent in enumerate(doc.sents):
        words = _sentence_words(sent)
        skip_until = -1
        for token in sent:
            if token.i < skip_until:
                continue
            hit = lexicon.match(token)
            if hit is None or list_entry(token):
                continue
            rule, width = hit
            code = _accept(rule, token, words)
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
    return sorted(found, key=lambda t: t.start)


_DEMAND = TriggerRule(lemma="must", pos="VERB", code="request", strength="medium")


def _mention(
    doc: Doc, token: Token, last: Token, *, rule: TriggerRule, code: str, sent: int
) -> TriggerMention:
    lemma = rule.lemma if rule is not _DEMAND else token.lemma_.lower()
    return TriggerMention(
        text=doc.text[token.idx : last.idx + len(last)],
        lemma=lemma,
        start=token.idx,
        end=last.idx + len(last),
        sent=sent,
        head=token.i,
        code=code,
        strength=rule.strength,
        pos=token.pos_,
    )
