"""Build one frame per trigger and link the sentence's mentions to the nearest trigger."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol, TypeVar

from tacitus.coding.refine import family
from tacitus.linking.causes import cause_agents, may_act
from tacitus.linking.coreference import resolved_agents
from tacitus.linking.demands import demand_speakers, demanded_of
from tacitus.linking.documents import dated_document
from tacitus.linking.frame_cues import new_frame, protested_matter
from tacitus.linking.frame_places import (
    attach_places,
    beside_the_way,
    frame_sites,
    nearest_frame,
    share_places,
)
from tacitus.linking.gapping import GAPPED, gapped_frames
from tacitus.linking.governors import GO_ON
from tacitus.linking.noun_dates import noun_dated
from tacitus.linking.recipients import complement_targets, recipients
from tacitus.linking.references import (
    EARLIER_CAUSE,
    mark_blamed,
    mark_dated_noun,
    mark_toll_subject,
)
from tacitus.linking.referents import antecedent
from tacitus.linking.roles import noun_roles, phrase_actors, verb_roles
from tacitus.linking.series import mark_series
from tacitus.linking.tree import (
    ancestors_with_self,
    dominates,
    token_at,
    tree_distance,
    within,
)
from tacitus.linking.victims import SUBJECT_VICTIM, takes_victims, victim_mentions, whole_phrase
from tacitus.pipeline.doc import ActorMention, ArticleDoc, Frame, TriggerMention
from tacitus.pipeline.spacy_setup import verb_lemma

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from tacitus.mentions.counts import CountMention
    from tacitus.mentions.dates import DateMention

_SIBLINGS = frozenset({"conj", "parataxis", "ccomp"})


class _Located(Protocol):
    @property
    def start(self) -> int: ...


M = TypeVar("M", bound=_Located)


def _in_sent(items: Sequence[M], sent: Span) -> list[M]:
    return [m for m in items if sent.start_char <= m.start < sent.end_char]


def _quoted(char: int, quotes: list[tuple[int, int]]) -> bool:
    return any(start < char < end for start, end in quotes)


def _dated_in_quote(doc: Doc, trigger: TriggerMention, dates: Sequence[DateMention]) -> bool:
    """A quoted event noun with its own date written before it ("these attacks, along
    with the April 14 arrest of a reporter, are unacceptable") tells of a dated act,
    whoever says it."""
    return trigger.pos == "NOUN" and any(
        (noun := noun_dated(doc, d, triggers=set())) is not None and noun.i == trigger.head
        for d in dates
    )


def _link_actors(adoc: ArticleDoc, frame: Frame, sent_actors: list[ActorMention]) -> None:
    token = adoc.doc[frame.trigger.head] if adoc.doc is not None else None
    if token is None:
        return
    roles = verb_roles if token.pos_ in ("VERB", "AUX") else noun_roles
    frame.actor1, frame.actor2 = roles(token, sent_actors)
    speakers = demand_speakers(token)
    if speakers is not None:  # "X said Y must do Z": X demands, of Y
        demanded = frame.actor1
        frame.actor1 = phrase_actors(speakers, sent_actors)
        frame.actor2 = demanded + [a for a in frame.actor2 if a not in demanded]
        return
    if not frame.actor2:  # "demanded that Hamas renounce violence"
        frame.actor2 = phrase_actors(demanded_of(token), sent_actors)
    if not frame.actor2 and family(frame.code) not in ("violence", "protest"):
        frame.actor2 = _recipient_actors(token, frame, sent_actors)
    if not frame.actor1:  # "were killed when soldiers opened fire"
        frame.actor1 = [a for a in phrase_actors(cause_agents(token), sent_actors) if may_act(a)]
    if not frame.actor1 and frame.trigger.lemma not in SUBJECT_VICTIM:
        frame.actor1 = resolved_agents(adoc, token, frame.trigger.sent)
    if not takes_victims(frame):
        return
    frame.actor1 = [whole_phrase(m, token) for m in frame.actor1]
    frame.actor2 = [whole_phrase(m, token) for m in frame.actor2]
    if frame.trigger.lemma in SUBJECT_VICTIM:
        frame.actor1, frame.actor2 = [], frame.actor2 + frame.actor1
    events = frozenset(t.head for t in adoc.triggers)
    frame.actor2 += victim_mentions(token, frame, frame.actor1 + frame.actor2, events=events)


def _recipient_actors(
    token: Token, frame: Frame, sent_actors: list[ActorMention]
) -> list[ActorMention]:
    """Whom a non-violent act is for: the actors its own recipient phrases name, else
    those of the act it speaks of (see ``linking.recipients``). A recipient phrase that
    names no actor ("threatened on Monday to break relations with Russia": the day)
    does not hide the one the threatened act falls on."""
    for tops in (recipients(token), complement_targets(token)):
        found = [a for a in phrase_actors(tops, sent_actors) if a not in frame.actor1]
        if found:
            return found
    return []


def _violent(frame: Frame) -> bool:
    return family(frame.code) in ("violence", "protest")


def _violent_first(frames: list[Frame]) -> list[Frame]:
    """Violent and protest frames where there are any: deaths belong to an attack, not to
    the alert or the statement beside it ("on alert since the attacks, killing 130")."""
    violent = [f for f in frames if _violent(f)]
    return violent or frames


def _host_of(doc: Doc, casualty: Frame, frames: list[Frame]) -> Frame | None:
    """The trigger a casualty clause belongs to ("an attack killed", "strikes that killed")."""
    token = doc[casualty.trigger.head]
    tops = [token]
    while tops[-1].dep_ == "conj" and tops[-1].head.i != tops[-1].i:
        tops.append(tops[-1].head)
    frames = [f for f in frames if GAPPED not in f.cues]  # a repeat told of its own day
    hosts = [
        other
        for other in frames
        if other.trigger.strength != "casualty"
        and (
            any(within(top, doc[other.trigger.head], blocked=_SIBLINGS) for top in tops)
            or dominates(doc[other.trigger.head], token)
        )
    ]
    if not any(_violent(f) for f in hosts):
        # No attack governs the clause: it still belongs to the attack its sentence tells
        # of, not to the condolences or the statement above it ("sent condolences to the
        # families of the officers killed in the attack"). With no attack told, and a day
        # or a place of its own, the deaths are an event told inside the statement
        # ("accused the group of planting the bomb that killed six officers in Garissa on
        # Monday"), not the statement's toll; so are deaths with a doer of their own ("the
        # rebels said they had killed 40 soldiers, a figure the army denied").
        violent = [f for f in frames if f.trigger.strength != "casualty" and _violent(f)]
        if not violent and (_dated_or_placed(doc, casualty) or _done_by(doc, casualty)):
            return None
        hosts = violent or hosts
    if not hosts:
        hosts = [f for f in frames if f.trigger.strength != "casualty"]
    hosts = _violent_first(hosts)
    if not hosts:
        return None
    return min(
        hosts,
        key=lambda f: (tree_distance(token, doc[f.trigger.head]), abs(f.trigger.start - token.idx)),
    )


def _dated_or_placed(doc: Doc, frame: Frame) -> bool:
    """A day or a place in the casualty's own clause ("killed six officers in Garissa on
    Monday"), not one of the clause around it ("processes that started in January 2020
    ... his death in detention")."""
    starts = [m.start for m in frame.places]
    if frame.date is not None:
        starts.append(frame.date.start)
    return any(own_clause(doc, start, frame.trigger) for start in starts)


def own_clause(doc: Doc, char: int, trigger: TriggerMention) -> bool:
    """The mention at ``char`` hangs from the trigger through no other verb: "killed on
    Monday" is the killing's date, "clashes that began last week" not the clashes' own."""
    token = token_at(doc, char)
    if token is None:
        return False
    for node in ancestors_with_self(token)[1:]:
        if node.i == trigger.head:
            return True
        if node.pos_ in ("VERB", "AUX"):
            return False
    return False


def _merge_into(doc: Doc, host: Frame, frame: Frame) -> None:
    mark_toll_subject(doc, host, frame)
    host.counts.extend(frame.counts)
    if not host.actor1:  # "were killed when forces pounded the town with artillery"
        host.actor1 = list(frame.actor1)
    host.actor2.extend(a for a in frame.actor2 if a not in host.actor2)
    host.places.extend(p for p in frame.places if p not in host.places)
    host.sites.extend(p for p in frame.sites if p not in host.sites)
    host.sites = beside_the_way(doc, host.sites)
    if host.date is None or (
        frame.date is not None
        and own_clause(doc, frame.date.start, frame.trigger)
        and not own_clause(doc, host.date.start, host.trigger)
    ):
        host.date = frame.date or host.date


_CAUSE_MARKERS = frozenset({"after", "following"})
# Statement families whose act, told as a cause, is an earlier event.
_SAID_FAMILIES = frozenset({"accuse", "request", "reject", "threaten"})


def _earlier_cause(doc: Doc, frame: Frame) -> bool:
    """A death told in a clause of what came before ("torched a police station after a
    man died in custody"): the cause of the event, not its toll; assembly keeps it as a
    background event of its own. So is a statement told that way ("walked out after the
    company rejected their demands"): what led to the news, on a day the text does not
    give, not a statement of the day."""
    token = doc[frame.trigger.head]
    return token.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _CAUSE_MARKERS for c in token.children
    )


def _done_by(doc: Doc, casualty: Frame) -> bool:
    """The casualty verb has a doer of its own as its subject ("they had killed 40
    soldiers"), not only victims ("six officers were killed")."""
    token = doc[casualty.trigger.head]
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    doers = {t.i for s in subjects for t in (s, antecedent(s))}
    return any(m.head in doers for m in casualty.actor1)


def _absorb_casualties(doc: Doc, frames: list[Frame]) -> list[Frame]:
    """Give a casualty clause's counts, date and places to the trigger it belongs to."""
    kept: list[Frame] = []
    for frame in frames:
        casualty = frame.trigger.strength == "casualty"
        said = family(frame.code) in _SAID_FAMILIES
        if (casualty or said) and _earlier_cause(doc, frame):
            frame.cues.add(EARLIER_CAUSE)  # what led to the event, not its toll
            kept.append(frame)
            continue
        host = _host_of(doc, frame, frames) if casualty else None
        if host is None:
            kept.append(frame)
        else:
            _merge_into(doc, host, frame)
    return kept


_STATEMENTS = frozenset({"accuse", "threaten", "request", "reject", "consult", "support"})
# Who protests in the words of a report: what they say is what the protest says.
_PROTESTERS = frozenset(
    {"protester", "protestor", "demonstrator", "marcher", "rioter", "crowd", "mob"}
)
# Clauses that tell the purpose or the manner of the act above them.
_PURPOSE = frozenset({"advcl", "xcomp", "conj", "acl"})


def _in_protest(token: Token, protest_heads: set[int]) -> bool:
    """The statement hangs from a protest, directly or through the clauses that tell its
    purpose or manner ("marched through the town, carrying coffins, to demand ...")."""
    node = token
    for _ in range(3):
        parent = node.head
        if parent.i == node.i:
            return False
        if parent.i in protest_heads:
            return True
        if node.dep_ not in _PURPOSE:
            return False
        node = parent
    return False


# Verbs a protest noun is the object of ("staged a rally"; "went on strike" is GO_ON's): a
# purpose clause hung from them is the protest's own ("to demand higher pay").
_HOLD_PROTEST = frozenset({"stage", "hold", "launch", "organise", "organize", "call", "begin"})


def _protest_heads(trigger: Token) -> list[int]:
    """The protest trigger's token and the verb that holds a protest noun."""
    heads = [trigger.i]
    verb = trigger.head
    if trigger.dep_ == "dobj" and verb_lemma(verb) in _HOLD_PROTEST:
        heads.append(verb.i)
    if trigger.dep_ == "pobj" and verb.lower_ == "on" and verb.head.lemma_.lower() in GO_ON:
        heads.append(verb.head.i)
    return heads


def _said_by_protesters(token: Token) -> bool:
    """ "Demonstrators chanted slogans and demanded a return to civilian rule"."""
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if not subjects and token.dep_ == "conj":
        subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
    return any(s.lemma_.lower() in _PROTESTERS for s in subjects)


def _drop_protest_demands(doc: Doc, frames: list[Frame]) -> list[Frame]:
    """ "Marched to demand protection", "rallied, accusing the mayor", "demonstrators
    demanded his release": what a protest or its crowd asks or says is part of the
    protest, not a separate statement event."""
    protests = [f for f in frames if family(f.code) == "protest"]
    protest_heads = {i for f in protests for i in _protest_heads(doc[f.trigger.head])}
    kept: list[Frame] = []
    for frame in frames:
        token = doc[frame.trigger.head]
        said = _in_protest(token, protest_heads) or _said_by_protesters(token)
        if frame.code not in _STATEMENTS or not said:
            kept.append(frame)
        elif protests:  # what the parse hung on the demand is the protest's
            start = frame.trigger.start
            _hand_over(frame, min(protests, key=lambda f: abs(f.trigger.start - start)))
    return kept


def _hand_over(frame: Frame, protest: Frame) -> None:
    """The counts, places and date linking gave a protest's demand ("went on strike in
    Nairobi to demand higher pay": "in Nairobi" and "thousands" sit nearer the demand in
    the parse) go to the protest."""
    protest.counts.extend(c for c in frame.counts if c not in protest.counts)
    protest.places.extend(p for p in frame.places if p not in protest.places)
    protest.sites.extend(p for p in frame.sites if p not in protest.sites)
    if protest.date is None:
        protest.date = frame.date


def link_sentence(adoc: ArticleDoc, s_index: int, sent: Span) -> list[Frame]:
    """The frames of one sentence with their arguments linked."""
    doc = sent.doc
    dates = _in_sent(adoc.dates, sent)
    frames = [
        new_frame(doc, t, sent)
        for t in adoc.triggers
        if t.sent == s_index
        and (not _quoted(t.start, adoc.quotes) or _dated_in_quote(doc, t, dates))
    ]
    if not frames:
        return []
    actors = [a for a in adoc.actors if a.sent == s_index]
    for frame in frames:
        _link_actors(adoc, frame, actors)
    plain = list(frames)
    days = [(d.start, d.end) for d in _in_sent(adoc.dates, sent)]
    frames += gapped_frames(doc, plain, days, host_of=lambda f: _host_of(doc, f, plain))
    for date in _in_sent(adoc.dates, sent):
        fitting = [f for f in frames if _may_date(doc, date, f, adoc)]
        target = nearest_frame(doc, date.start, fitting)
        if target is not None and target.date is None:
            target.date = date
    attach_places(adoc, frames, s_index)
    share_places(frames, plain)
    for frame in frames:
        frame.sites = frame_sites(doc, frame)
    _attach_counts(doc, frames, _in_sent(adoc.counts, sent))
    sentence_dates = _in_sent(adoc.dates, sent)
    for frame in frames:
        mark_dated_noun(doc, frame)
        mark_blamed(doc, frame)
        if frame.date is None and sentence_dates:
            frame.sentence_date = sentence_dates[0]
    frames = _drop_protest_demands(doc, frames)
    attributions = _in_sent(adoc.attributions, sent)
    # The caveat in the event's own sentence covers its figures whoever gives them ("could
    # not verify the report that six protesters were shot"); one in the next sentence only
    # covers a sourced claim ("..., the group said. We could not verify the claim.").
    follows = (s_index + 1) in adoc.unverified_sents and bool(attributions)
    unverified = s_index in adoc.unverified_sents or follows
    for frame in frames:
        frame.attributions = list(attributions)
        frame.verified = False if unverified else None
    return _absorb_casualties(doc, frames)


def _attach_counts(doc: Doc, frames: list[Frame], counts: list[CountMention]) -> None:
    """Each count to the frame nearest it in the tree; a grievance's deaths to none
    ("protested over the death of a student": no toll of the protest)."""
    for count in counts:
        if protested_matter(doc[count.head]):
            continue
        target = min(frames, key=lambda f: tree_distance(doc[count.head], doc[f.trigger.head]))
        target.counts.append(count)


def _may_date(doc: Doc, date: DateMention, frame: Frame, adoc: ArticleDoc) -> bool:
    """A date after publication never dates what the text tells in the past tense ("the
    minister accused the union ... and said the bill would be put to a vote next month"),
    a running total's date dates no event, a date written on another noun ("denied
    Monday's raid") dates that noun only (:mod:`tacitus.linking.noun_dates`), and a
    document's date ("In a statement read on
    Tuesday, the ministry said the soldiers had repelled the attackers") dates no act of
    violence or protest the document tells of (:mod:`tacitus.linking.documents`)."""
    if _dates_a_tally(doc, date) or _dates_an_aside(doc, date, frame):
        return False
    if noun_dated(doc, date, triggers={frame.trigger.head}) is not None:
        return False
    act = family(frame.code) in ("violence", "protest")
    if act and dated_document(doc, date, triggers={frame.trigger.head}) is not None:
        return False
    published = adoc.published
    if published is None or date.start_date <= published:
        return True
    return doc[frame.trigger.head].tag_ != "VBD"


def _dates_an_aside(doc: Doc, date: DateMention, frame: Frame) -> bool:
    """ "In Deir ez-Zor, which has been held by the army since December, hundreds rallied
    on Tuesday": a "since" date inside a relative clause dates that clause's state, not
    an act outside it."""
    token = token_at(doc, date.start)
    if token is None:
        return False
    clause = next((t for t in ancestors_with_self(token) if t.dep_ == "relcl"), None)
    if clause is None or date.kind != "since":
        return False
    trigger = doc[frame.trigger.head]
    return not any(t.i == clause.i for t in ancestors_with_self(trigger))


# Nouns of a running total: a date on one ("the toll since Monday") tells the tally's span.
_TALLIES = frozenset({"toll", "tally", "total"})


def _dates_a_tally(doc: Doc, date: DateMention) -> bool:
    """ "... shot dead, bringing the toll since Monday to 12": the date is the toll's."""
    token = token_at(doc, date.start)
    if token is None:
        return False
    for node in ancestors_with_self(token)[1:3]:
        objects = [c for c in node.children if c.dep_ == "dobj"]
        if any(n.lemma_.lower() in _TALLIES for n in (node, *objects)):
            return True  # "the toll since Monday", "bringing the toll since Monday to 12"
    return False


def _orphan_frames(adoc: ArticleDoc, s_index: int, sent: Span) -> list[Frame]:
    """Counts in a sentence with no trigger ("Witnesses put the crowd at 5,000"): one
    frame each, which may only join an event, never open one."""
    frames: list[Frame] = []
    for count in _in_sent(adoc.counts, sent):
        head = sent.doc[count.head]
        trigger = TriggerMention(
            text=head.text,
            lemma=head.lemma_.lower(),
            start=head.idx,
            end=head.idx + len(head.text),
            sent=s_index,
            head=head.i,
            code="attack",
            strength="casualty",
            pos=head.pos_,
        )
        frame = Frame(trigger=trigger, code="attack", counts=[count], orphan=True)
        frame.attributions = _in_sent(adoc.attributions, sent)
        frames.append(frame)
    return frames


def link(adoc: ArticleDoc) -> list[Frame]:
    """Frames for every trigger of the article, in text order."""
    frames: list[Frame] = []
    for s_index, sent in enumerate(adoc.sents):
        linked = link_sentence(adoc, s_index, sent)
        if not linked and sent.start_char >= adoc.title_end:
            linked = _orphan_frames(adoc, s_index, sent)
        frames.extend(linked)
    mark_series(frames, adoc.sents, adoc.article.text)
    return frames
