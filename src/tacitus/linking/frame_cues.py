"""A frame for one trigger, with what the trigger's own words say about its event.

Whether it names an event the article told before ("the attack"), a tally of several
("three bombings"), a habit ("often shelled"), an ongoing campaign ("has been fighting
rival gangs") or a generic kind ("bombings kill civilians"), its type refined by its
sentence's weapon words, and whether its sentence reports a death with no violent word at
all.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from tacitus.coding.context_words import sentence_words
from tacitus.coding.illness import bare_death
from tacitus.coding.refine import GROUND_ASSAULTS, VIOLENCE_FAMILY, refine
from tacitus.coding.trigger_checks import hostage_verb
from tacitus.coding.triggers import names_event_of_people
from tacitus.doc_memo import span_text
from tacitus.linking.blame import NAMES_DOER, names_doer
from tacitus.linking.joined import joined_act
from tacitus.linking.references import (
    BARE_DEATH,
    BEGAN,
    DOERS_SAID,
    LOOKS_BACK,
    OPENING,
    PERFECT,
    PROTESTED,
    SEPARATE,
    SINCE_THEN,
)
from tacitus.linking.standing import STANDING, standing_statement
from tacitus.mentions.modality import modality
from tacitus.pipeline.doc import Frame, TriggerMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_HABITUAL = frozenset(
    {
        "often",
        "repeatedly",
        "regularly",
        "frequently",
        "usually",
        "routinely",
        "sometimes",
        "daily",
        "nightly",
        "constantly",
        "weekly",
    }
)
_REFERENCE_DETS = frozenset({"the", "this", "these", "that", "those", "its", "their"})


def _is_reference(token: Token) -> bool:
    if token.pos_ != "NOUN":
        return False
    if names_event_of_people(token):
        return True  # "the bombing suspect": the bombing told of elsewhere
    if hostage_verb(token) is not None:
        return False  # "took its crew hostage": the possessive is the crew's
    if _reported_topic(token) or _predicate_of_a_noun(token):
        return True
    dets = [c.lower_ for c in token.children if c.dep_ in ("det", "poss")]
    return any(d in _REFERENCE_DETS for d in dets)


def _predicate_of_a_noun(token: Token) -> bool:
    """The event noun only says what a thing named before it is ("the blockades are a
    protest against fuel shortages", "the march was a show of strength"): it names that
    thing again, no event of its own."""
    verb = token.head
    if token.dep_ != "attr" or verb.lemma_.lower() != "be":
        return False
    return any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in verb.children)


# Nouns of what is written, filmed or asked about an event: "coverage of a massacre",
# "footage of an attack", "an inquiry into a killing" tell of an event, not of a new one.
_REPORT_NOUNS = frozenset(
    {"coverage", "footage", "video", "image", "photo", "report", "account", "documentary"}
    | {"investigation", "inquiry", "probe", "story", "reporting", "article", "film"}
)
_TOPIC_PREPS = frozenset({"of", "on", "about", "into"})


def _reported_topic(token: Token) -> bool:
    """The event noun is what a report, film or inquiry is of ("their coverage of a
    massacre")."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in _TOPIC_PREPS or prep.head.i == prep.i:
        return False
    return prep.head.lemma_.lower() in _REPORT_NOUNS


# Plural quantity words that count what they govern with "of": "dozens of attacks".
_QUANTITY_HEADS = frozenset({"dozens", "hundreds", "thousands", "scores", "tens"})


# Nouns of the doers an event is typed by ("two suicide bombers"): counted, they count
# people, not events.
_DOER_NOUNS = frozenset(
    {"bomber", "attacker", "gunman", "assailant", "sniper", "raider", "kidnapper", "shooter"}
)


def _is_aggregate(token: Token) -> bool:
    """A plural event noun counted: "three bombings", "dozens of drone attacks"; not the
    doers of one ("two suicide bombers blew themselves up")."""
    plural = token.tag_ in ("NNS", "NNPS")
    if token.pos_ != "NOUN" or not plural or token.lemma_.lower() in _DOER_NOUNS:
        return False
    if any(c.dep_ == "nummod" for c in token.children):
        return True
    prep = token.head
    return (
        token.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.lower_ in _QUANTITY_HEADS
        and prep.head.i != prep.i
    )


def _every(node: Token) -> bool:
    """ "every week" on ``node``, unless "since" makes it a running campaign."""
    if any(c.lower_ == "since" for c in node.children):
        return False
    return any(
        c.dep_ == "npadvmod" and any(d.lower_ in ("every", "each") for d in c.children)
        for c in node.children
    )


def _habitual(token: Token) -> bool:
    """ "Often shelled", "shelling kills civilians almost every week": a pattern, not one
    event; so is an ongoing campaign or a record of such acts (:func:`_ongoing`)."""
    if any(c.dep_ == "advmod" and c.lower_ in _HABITUAL for c in token.children):
        return True
    if _ongoing(token):
        return True
    top = token
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    subject = top.dep_ == "nsubj" and top.head.pos_ == "VERB"
    return _every(token) or (subject and _every(top.head))


_RECORD_NOUNS = frozenset({"history", "record", "habit", "practice", "tradition", "pattern"})
_PRESENT_HAVE = frozenset({"has", "have", "'ve", "'s"})


def _present_perfect(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in _PRESENT_HAVE for c in verb.children)


def _progressive(children: list[Token]) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("is", "are", "was", "were") for c in children)


def _bare_plural_object(children: list[Token]) -> bool:
    """An object that names a kind of target, not one: "towns", "front-line villages"."""
    return any(
        c.dep_ == "dobj"
        and c.tag_ == "NNS"
        and not any(d.dep_ in ("det", "poss", "nummod") for d in c.children)
        for c in children
    )


def _ongoing(token: Token) -> bool:
    """No single event: a campaign still going on ("which has been fighting rival gangs",
    "forces were shelling front-line towns"),
    what happens whenever something does ("arriving late when villages are attacked"), a
    record of acts ("a history of seizing schoolchildren"), or fighting in general as the
    cause of a present state ("fighting between the cartels has displaced thousands")."""
    children = list(token.children)
    been = any(c.dep_ == "aux" and c.lower_ == "been" for c in children)
    if token.tag_ == "VBG" and been and _present_perfect(token):
        return True
    if token.tag_ == "VBG" and _progressive(children) and _bare_plural_object(children):
        return True  # "forces were shelling front-line towns"
    when = any(c.lower_ in ("when", "whenever") and c.dep_ in ("advmod", "mark") for c in children)
    present = token.tag_ in ("VBP", "VBZ") or any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("is", "are") for c in children
    )
    if when and present:
        return True
    head = token.head
    if token.tag_ == "VBG" and head.lower_ == "of" and head.head.lemma_.lower() in _RECORD_NOUNS:
        return True
    if _for_years(token, children):
        return True
    bare = not any(c.dep_ in ("det", "poss", "nummod") for c in children)
    return token.dep_ == "nsubj" and bare and head.tag_ == "VBN" and _present_perfect(head)


_LONG_SPANS: Final = frozenset({"month", "year", "decade"})


def _for_years(token: Token, children: list[Token]) -> bool:
    """ "has fought the government for more than 15 years": the present perfect with a
    span of months or more is a campaign, not one act ("have fought for three days" may
    be the battle of the week, and stays an event)."""
    if token.tag_ != "VBN" or not _present_perfect(token):
        return False
    spans = (
        g
        for c in children
        if c.dep_ == "prep" and c.lower_ == "for"
        for g in c.children
        if g.dep_ == "pobj"
    )
    return any(g.lemma_.lower() in _LONG_SPANS for g in spans)


def _sentence_code(trigger: TriggerMention, sent: Span) -> str:
    """A violent trigger's weapon from its own sentence ("a rocket attack" is shelling);
    an assault on foot keeps its own code (:data:`tacitus.coding.refine.GROUND_ASSAULTS`)."""
    if trigger.code not in VIOLENCE_FAMILY or trigger.lemma in GROUND_ASSAULTS:
        return trigger.code
    words = sentence_words(sent)
    refined = refine([trigger.code], words=words, target_inters=(), killed=False)
    return trigger.code if refined in ("attack", "armed_clash") else refined


def _bare_plural(token: Token) -> bool:
    return token.tag_ == "NNS" and not any(
        c.dep_ in ("det", "poss", "nummod") for c in token.children
    )


# Verbs whose object is the act or the weapon itself: "fired missiles", "held protests".
_DOING_VERBS = frozenset(
    {"fire", "launch", "hold", "stage", "carry", "conduct", "mount", "unleash", "drop", "lob"}
)


def _generic_plural(token: Token) -> bool:
    """A bare plural ("protests are common") that names a kind of event, not events told;
    the subject of a past tense is told ("demonstrations also took place in Mombasa",
    "protests were held in three towns"), and so is the object of a past verb of doing
    it ("fired missiles at a ship", "staged protests"), and what a past act took place
    "during" ("were arrested during protests in Karachi"). An act that only says what kind
    of people are meant ("many of those killed were rioters who attacked security
    forces") is no event told either."""
    if token.dep_ == "relcl" and token.pos_ == "VERB":
        return _bare_plural(token.head)  # "rioters who attacked security forces"
    if not _bare_plural(token):
        return False
    head = token.head
    doing = token.dep_ == "dobj" and head.lemma_.lower() in _DOING_VERBS
    if token.dep_ == "pobj" and head.lower_ == "during" and head.head.i != head.i:
        return not _past(head.head)
    if (token.dep_ in ("nsubj", "nsubjpass") or doing) and head.i != token.i:
        return not _past(head)
    return True


def _past(verb: Token) -> bool:
    """A verb in the past tense, or with a past auxiliary ("were held")."""
    return verb.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children
    )


def new_frame(doc: Doc, trigger: TriggerMention, sent: Span) -> Frame:
    token = doc[trigger.head]
    return Frame(
        trigger=trigger,
        code=_sentence_code(trigger, sent),
        modality=modality(token, words=(trigger.start, trigger.end)),
        reference=_is_reference(token),
        aggregate=_is_aggregate(token),
        habitual=_habitual(token),
        generic_plural=_generic_plural(token),
        cues=_cues(trigger, token, sent),
    )


def _cues(trigger: TriggerMention, token: Token, sent: Span) -> set[str]:
    """A death with no violent word in its sentence; a statement of a standing position;
    an act told in one breath with an earlier one (``linking.joined``); a blame that names
    no charge (``linking.blame``); an event the text
    says is another one ("Separately, ...", "Two days earlier, ..."), months or years back
    or measured from ("weeks after gunmen killed ...") (``LOOKS_BACK``)."""
    found = {BARE_DEATH} if bare_death(trigger.lemma, sentence_words(sent)) else set()
    if standing_statement(token):
        found.add(STANDING)
    joined = joined_act(token)
    if joined is not None:
        found.add(joined)
    if names_doer(token):
        found.add(NAMES_DOER)
    text = span_text(sent)
    if SEPARATE_CUE.search(text):
        found.add(SEPARATE)
    step = STEP_BACK.match(text)
    if step is not None:
        found.add(SEPARATE)
        if step.group("unit").lower().startswith(("month", "year", "decade")):
            found.add(LOOKS_BACK)
    if _measured_from(token):
        found.add(LOOKS_BACK)
    found |= _perfect_cues(token)
    if _began(token):
        found.add(BEGAN)
    if _how_it_began(token):
        found.add(OPENING)
    if _said_by_the_doers(token):
        found.add(DOERS_SAID)
    if protested_matter(token):
        found.add(PROTESTED)
    return found


# Verbs and nouns of protesting, whose object or "against" phrase is the grievance.
_PROTESTING = frozenset(
    {"protest", "demonstrate", "march", "rally", "denounce", "condemn", "decry", "strike"}
    | {"demonstration", "march", "rally", "sit-in", "vigil"}
)


def protested_matter(token: Token) -> bool:
    """The event noun is what a protest is against: the object of "protest" ("to
    protest the arrest of their leader") or the object of "against" or "over" after a
    word of protesting ("marched against the killing of a student") or after a verb whose
    subject is one ("protests broke out over the death of a woman")."""
    if token.pos_ != "NOUN":
        return False
    head = token.head
    if token.dep_ == "dobj":
        return head.lemma_.lower() == "protest"
    if token.dep_ != "pobj" or head.lower_ not in ("against", "over") or head.head.i == head.i:
        return False
    word = head.head
    subjects = [c for c in word.children if c.dep_ == "nsubj"] if word.pos_ == "VERB" else []
    return any(w.lemma_.lower() in _PROTESTING for w in (word, *subjects))


# Nouns for the doers of a violent act, never a speaker of a public statement.
_DOERS: Final = frozenset({"attacker", "assailant", "gunman", "kidnapper", "abductor", "raider"})


def _said_by_the_doers(token: Token) -> bool:
    """The subject of the verb, or of the verb it is joined to, is the doers of a told act
    ("the attackers ... accused villagers of informing"): what they said as they acted."""
    verb = token
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        if any(c.dep_ == "nsubj" for c in verb.children):
            break
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(
        s.lemma_.lower() in _DOERS and any(d.lower_ == "the" for d in s.children) for s in subjects
    )


def _how_it_began(token: Token) -> bool:
    """The act is in a "when" clause of what a told event noun did when it began ("the
    fighting began when a vehicle struck an explosive device and the militants opened
    fire"): how that event began."""
    verb = token
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "advcl" or not any(c.lower_ == "when" for c in verb.children):
        return False
    began = verb.head
    event_subject = any(c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in began.children)
    return began.lemma_.lower() in _BEGIN and event_subject


_SPANS: Final = frozenset({"day", "week", "month", "year", "decade"})


def _measured_from(token: Token) -> bool:
    """The act is what the sentence measures its own time from ("it came weeks after the
    militants killed seven soldiers", "two days after police shot a student, ..."): an
    earlier act, told as the reference point of a later one, not the sentence's news. So
    is an act named in such a clause ("after militants killed six soldiers in an ambush")."""
    verb = token
    while verb.dep_ in ("pobj", "prep") and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "advcl":
        return False
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "after"), None)
    if mark is None:
        return False
    # the span, just before "after", may hang from the clause ("weeks after gunmen
    # killed") or from the verb it measures ("came weeks after ...")
    measures = [*verb.children, *verb.head.children]
    return any(
        c.i == mark.i - 1 and c.dep_ == "npadvmod" and c.lemma_.lower() in _SPANS for c in measures
    )


_BEGIN: Final = frozenset({"begin", "start", "erupt", "break"})


def _perfect_cues(token: Token) -> set[str]:
    """``PERFECT`` for an act told in the present perfect, ``SINCE_THEN`` for one told so
    "since" a moment (``_perfect_since``)."""
    found = {PERFECT} if token.tag_ == "VBN" and _present_perfect(token) else set()
    return found | ({SINCE_THEN} if _perfect_since(token) else set())


def _perfect_since(token: Token) -> bool:
    """The act, or the verb whose agent it is, is told in the present perfect "since" a
    moment ("have been killed since then", "killed by drone strikes since the truce")."""
    verb = token
    if token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.dep_ == "agent":
        verb = token.head.head
    if verb.tag_ != "VBN" or not _present_perfect(verb):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "since" for c in verb.children)


def _began(token: Token) -> bool:
    """The event noun is the subject of "began", "started", "erupted", "broke out", or
    the noun a relative clause of those verbs tells of ("the protests, which began ...")."""
    if token.pos_ != "NOUN":
        return False
    if token.dep_ == "nsubj" and token.head.lemma_.lower() in _BEGIN:
        return True
    return any(c.dep_ == "relcl" and c.lemma_.lower() in _BEGIN for c in token.children)


SEPARATE_CUE: Final = re.compile(
    r"^\W*(?:separately|elsewhere|meanwhile)\b"
    r"|\bin (?:a |an )?(?:separate|another|unrelated|second) (?:incident|attack|raid|case|clash)"
    r"|\b(?:on|during) the same (?:day|night|morning|afternoon|evening)\b"
    r"|^\W*(?:smaller|larger|bigger|similar|other) (?:\w+ )?"
    r"(?:rallies|protests|marches|demonstrations|sit-ins|strikes|vigils)\b",
    re.IGNORECASE,
)
"""Words that say the sentence tells of an event other than the one before: "Separately",
"in another attack", an act "on the same day" as the one told (a second act beside it),
"Smaller rallies were held in ..." (other rallies than the one told)."""
STEP_BACK: Final = re.compile(
    r"\W*(?:(?:\w+|a few)\s+)?(?P<unit>days?|weeks?|months?|years?|decades?)\s+"
    r"(?:earlier|before|prior)\b",
    re.IGNORECASE,
)
"""A sentence that opens days or more before the story ("Two days earlier, ...", "Six
months prior to this incident, ..."): it tells of another event."""
