"""Group an article's frames into clusters, one per real-world event.

Dated frames anchor clusters, and so does a frame whose sentence says it tells of
another event ("Separately, ...", "in a separate attack"); undated frames (anaphora such
as "the airstrikes", casualty clauses, follow-up detail) join the nearest compatible
cluster; a bare "died" (no violent or custodial word in its sentence) only joins one. A
definite
reference ("the bombing", "the April 15 attack") that fits nothing nearby is a mention of
the nearest event of its family anywhere in the article, whatever that event's status
(the article's main bombing named again in its last paragraph); one with a date of its
own and no such event opens one when the date is old, modifies the noun itself ("the
April 14 arrest of the blogger") or the sentence reports the event's toll ("the blast
claimed 14 lives on Saturday"); an undated one of violence or protest that matches
nothing presupposes an event the reader knows of ("witnesses to the bombing of the
courthouse") and opens a background record of it, never a new event; any other is
dropped.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Final

from tacitus.assembly.attribution import ARMED_GROUP_INTERS, BLAME_WINDOW, named_groups
from tacitus.assembly.status import frame_status, past_month
from tacitus.assembly.towns import elsewhere, separate_towns, towns
from tacitus.coding.cues import CROWD
from tacitus.coding.refine import GROUND_ASSAULTS, compatible, family
from tacitus.linking.blame import NAMES_DOER
from tacitus.linking.gapping import GAPPED
from tacitus.linking.joined import JOINED, JOINED_REPORT
from tacitus.linking.references import (
    BARE_DEATH,
    BLAMED,
    DATED_NOUN,
    EARLIER_CAUSE,
    OPENING,
    PROTESTED,
    SEPARATE,
    TELLS_TOLL,
)
from tacitus.linking.series import SERIES_EARLIER
from tacitus.pipeline.doc import Frame, PlaceMention
from tacitus.records.event import EventStatus

UNDATED_WINDOW = 3


@dataclass(slots=True)
class Cluster:
    """Frames that describe one event, with the status they share, and the far
    references that only name it again ("the bombing" three paragraphs on): mentions of
    the event that take no part in coding it."""

    frames: list[Frame]
    status: EventStatus
    date_key: tuple[dt.date, dt.date] | None = None
    sents: set[int] = field(default_factory=set)
    references: list[Frame] = field(default_factory=list)
    site: PlaceMention | None = None
    """The one town of an event told in several ("in Mombasa and Kisumu"), for each town
    after the first."""

    @property
    def anchor(self) -> Frame:
        """The frame that opened the cluster."""
        return self.frames[0]

    def add(self, frame: Frame) -> None:
        """Merge ``frame`` in."""
        self.frames.append(frame)
        self.sents.add(frame.trigger.sent)

    def absorb(self, other: Cluster) -> None:
        """Merge every frame and far reference of ``other`` in."""
        for frame in other.frames:
            self.add(frame)
        self.references.extend(other.references)


def _date_key(frame: Frame) -> tuple[dt.date, dt.date] | None:
    """The frame's own date; a date that only says when it was reported ("state media
    reported on Tuesday that 43 had been arrested") is none: the event may be any earlier
    one the article tells of."""
    if frame.date is None or frame.date.reported:
        return None
    return (frame.date.start_date, frame.date.end_date)


def _countries(frame: Frame) -> set[str]:
    return {p.place.country for p in frame.places if p.place is not None and p.place.country}


# Events a bare attack told beside them is part of: the kidnappers' shooting, the
# rioters' beating.
_HOSTS_OF_ATTACKS = frozenset({"abduction", "violent_demonstration", "mob_violence"})


_LOSS_HOSTS: Final = frozenset({"violence", "protest"})
_CASUALTY_HOSTS: Final = _LOSS_HOSTS | {"abduction"}


def _compatible(cluster: Cluster, frame: Frame) -> bool:
    """Whether the frame may tell of the cluster's event: a casualty clause of any violent,
    protest or abduction event; arrests of any event with a protest in it, as its intervention
    ("security forces fired on the marchers ... 48 people were arrested"), even when a
    violent mention opened it, and so may the march itself ("police opened fire on
    protesters ..., as thousands marched"); a bare attack (shooting, beating) of an
    abduction or a riot, as what the kidnappers or rioters did ("the officer was beaten
    with sticks"); property destroyed in one breath with a violent act, as part of it
    (``_burned_in_the_attack``), and so is an attack told in the sentence of a dated
    loss (``_attack_of_the_loss``); property destroyed by no one named, like a toll, of
    any violent or protest event ("more than 40 houses were burned"); how a violent event
    began ("the fighting began when a vehicle struck an explosive device"), as part of
    it; force on the crowd of a protest told in the same sentence, as the force used on
    it ("fired at protesters marching to the palace"); otherwise by the two codes, or a
    statement said in one breath with one of the cluster's (``_one_breath``)."""
    if frame.trigger.strength == "casualty" or _property_lost(frame):
        # deaths told with a raid that took hostages are its toll ("killed 14 people and
        # abducted six children in a dawn raid"); its houses burned are not
        hosts = _CASUALTY_HOSTS if frame.trigger.strength == "casualty" else _LOSS_HOSTS
        # arrests at a protest are its intervention, and their event holds its tolls too
        return family(cluster.anchor.code) in hosts or _about_a_protest(cluster)
    apart = _bystanders_apart(cluster, frame) or _grievance(cluster, frame)
    if apart or _rally_after_armed_arrests(cluster, frame):
        return False
    if family(frame.code) in ("arrests", "protest") and _about_a_protest(cluster):
        return True
    if family(frame.code) == "violence" and _on_its_crowd(cluster, frame):
        return True
    # "Gunmen abducted 100 pupils ... One school worker was shot dead."; "gunmen raided a
    # village ... They abducted 11 farmers", "bandits stormed a village, abducting 35":
    # what was done in a raid or an assault on foot is the raid
    hosted = frame.code == "attack" and cluster.anchor.code in _HOSTS_OF_ATTACKS
    assault = cluster.anchor.trigger.lemma in GROUND_ASSAULTS
    hosted = hosted or (assault and frame.code == "abduction")
    opening = OPENING in frame.cues and family(cluster.anchor.code) == "violence"
    part = _burned_in_the_attack(cluster, frame) or _attack_of_the_loss(cluster, frame)
    if hosted or opening or part:
        return True
    said_with = any(_one_breath(f, frame) for f in cluster.frames)
    return said_with or compatible(cluster.anchor.code, frame.code)


def _rally_after_armed_arrests(cluster: Cluster, frame: Frame) -> bool:
    """A protest told after arrests that an armed group made in sentences of their own
    ("its fighters detained 20 young men in house raids ... In the city, hundreds
    rallied"): rebels or militias detaining people is no force used on that crowd, but
    an event of its own."""
    frames = cluster.frames
    if family(frame.code) == "arrests":  # the arrests joining the protest told after them
        later = all(f.trigger.sent > frame.trigger.sent for f in frames)
        return later and _about_a_protest(cluster) and _by_armed_groups([frame])
    if family(frame.code) != "protest":
        return False
    if not all(family(f.code) == "arrests" and f.trigger.sent < frame.trigger.sent for f in frames):
        return False
    return _by_armed_groups(frames)


def _by_armed_groups(frames: list[Frame]) -> bool:
    """Every doer the frames name is a rebel group or a militia."""
    doers = [m.entry.inter for f in frames for m in f.actor1 if m.entry is not None]
    return bool(doers) and all(inter in ARMED_GROUP_INTERS for inter in doers)


def _attack_of_the_loss(cluster: Cluster, frame: Frame) -> bool:
    """An attack told in the sentence of the property lost in it ("Two officers were
    killed and a police station was burnt down ... in an attack"): the loss is the
    attack's, which ACLED codes as the attack."""
    anchor = cluster.anchor
    return (
        anchor.code == "looting"
        and family(frame.code) == "violence"
        and frame.code != "looting"
        and frame.trigger.sent == anchor.trigger.sent
    )


_PROTESTERS = frozenset(
    {"protester", "demonstrator", "marcher", "protestor", "rioter"}
    | {"protesters", "demonstrators", "marchers", "protestors", "rioters"}
)


# Who is at a protest without taking part in it: their arrest is no intervention in it.
_BYSTANDERS = frozenset(
    {"journalist", "journalists", "reporter", "reporters", "photographer", "photographers"}
    | {"correspondent", "correspondents", "cameraman", "cameramen", "observers", "monitors"}
)


def _grievance(cluster: Cluster, frame: Frame) -> bool:
    """What a protest is against ("marched to protest the arrest of their leader") is
    none of the protest's own acts."""
    return PROTESTED in frame.cues and family(cluster.anchor.code) == "protest"


def _holds_bystanders(frame: Frame) -> bool:
    """An arrest of only those who were there to report or observe ("arrested three
    journalists covering the protest")."""
    return (
        family(frame.code) == "arrests"
        and bool(frame.actor2)
        and all(_BYSTANDERS & set(m.text.lower().split()) for m in frame.actor2)
    )


def _bystanders_apart(cluster: Cluster, frame: Frame) -> bool:
    """Arrests of bystanders and a protest are two events, whichever was told first."""
    if _holds_bystanders(frame):
        return any(family(f.code) == "protest" for f in cluster.frames)
    if family(frame.code) == "protest":
        frames = cluster.frames
        return any(_holds_bystanders(f) for f in frames) and not any(
            family(f.code) == "protest" for f in frames
        )
    return False


def _about_a_protest(cluster: Cluster) -> bool:
    """A protest is in the event: a protest mention, or force used on a crowd ("fired
    tear gas at thousands of protesters")."""
    if any(family(f.code) == "protest" for f in cluster.frames):
        return True
    return any(_on_protesters(f) for f in cluster.frames)


def _on_protesters(frame: Frame) -> bool:
    """What the frame fell on names demonstrators ("thousands of protesters")."""
    return any(_PROTESTERS & set(m.text.lower().split()) for m in frame.actor2)


def _on_its_crowd(cluster: Cluster, frame: Frame) -> bool:
    """The frame's force fell on demonstrators in a sentence of the cluster's protest."""
    if family(cluster.anchor.code) != "protest" or frame.trigger.sent not in cluster.sents:
        return False
    return _on_protesters(frame)


# Things said: one statement is told in one sentence; a demand or an accusation two
# sentences away is another speaker's or another occasion's.
_SAID = frozenset({"accuse", "request", "reject", "threaten"})


# Acts that answer what others said or did: a denial, a rejection, a condemnation.
_REACTIONS = frozenset({"deny", "reject", "condemn", "denounce", "dismiss", "deplore", "decry"})


def _burned_in_the_attack(cluster: Cluster, frame: Frame) -> bool:
    """Property destroyed in one breath with a violent act of the cluster ("shooting
    dead four men and setting fire to six houses"): what the attackers did in the attack,
    which ACLED codes as the attack, not as a looting event of its own."""
    if frame.code != "looting" or JOINED not in frame.cues:
        return False
    return any(
        f.trigger.sent == frame.trigger.sent
        and f.trigger.start < frame.trigger.start
        and family(f.code) == "violence"
        for f in cluster.frames
    )


def _one_breath(one: Frame, other: Frame) -> bool:
    """Two things one speaker said in one sentence, the later verb joined to an earlier
    one with no subject of its own ("condemned the kidnapping and called for the
    journalist's release"): one statement (:mod:`tacitus.linking.joined`)."""
    if one.trigger.sent != other.trigger.sent or one is other:
        return False
    if family(one.code) not in _SAID or family(other.code) not in _SAID:
        return False
    later = max(one, other, key=lambda f: f.trigger.start)
    return bool(later.cues & {JOINED, JOINED_REPORT})


def _lead_with_claim(cluster: Cluster) -> None:
    """A statement that opens with a reaction and goes on to say something of its own
    ("denied the strike and accused the rebels of lying", "rejected the accusation and
    blamed government forces", "condemned the violence and said those responsible would
    be punished") is coded by what it puts forward: the act joined to the reaction leads
    the event and names its type. What a joined "said" reports is no act of the speaker's
    and leaves the reaction in the lead ("denied the charge and said the group was
    investigating" is a denial)."""
    anchor = cluster.anchor
    if anchor.trigger.lemma not in _REACTIONS:
        return
    claims = [
        f
        for f in cluster.frames
        if _one_breath(anchor, f) and JOINED in f.cues and f.trigger.lemma not in _REACTIONS
    ]
    if claims:
        claim = claims[0]
        if anchor.actor1:  # a verb with no subject of its own has the first verb's doer
            claim.actor1 = list(anchor.actor1)
        cluster.frames.remove(claim)
        cluster.frames.insert(0, claim)


def _apart(cluster: Cluster, frame: Frame) -> bool:
    """Told as another event: a statement from another sentence, a frame before an
    "Elsewhere, ..." that opened the cluster, or one in another town; a death told with a
    day of its own in another town too ("On Saturday evening, two men shot dead a teacher
    in Yala" after a bombing in Narathiwat on Sunday morning)."""
    if family(frame.code) in _SAID and frame.trigger.sent not in cluster.sents:
        return True
    if SEPARATE in cluster.anchor.cues and frame.trigger.start < cluster.anchor.trigger.start:
        return True
    if _forces_fight_back(cluster, frame):
        return True
    if frame.trigger.strength == "casualty" and frame.date is None:
        return False  # "killing two": a toll told with no day or town of its own
    return elsewhere(cluster.frames, frame)


_STATE_FORCES = 1
"""ACLED's inter code of state forces."""


def _forces_fight_back(cluster: Cluster, frame: Frame) -> bool:
    """A clash of state forces told after an attack or a kidnapping by others, in a
    sentence of its own ("Officers who responded exchanged fire with the attackers"): a
    second event, with other actors (ACLED codes one event per pair of actors), not a part
    of the attack that would make it a battle."""
    anchor = cluster.anchor
    if frame.code != "armed_clash" or anchor.code not in ("attack", "abduction"):
        return False
    if frame.trigger.sent in cluster.sents:
        return False
    forces = any(m.entry is not None and m.entry.inter == _STATE_FORCES for m in frame.actor1)
    attackers = {m.entry.inter for f in cluster.frames for m in f.actor1 if m.entry is not None}
    return forces and _STATE_FORCES not in attackers


def _fits(cluster: Cluster, frame: Frame, status: EventStatus) -> bool:
    if cluster.status != status or not _compatible(cluster, frame) or _apart(cluster, frame):
        return False
    casualty = frame.trigger.strength == "casualty" or _property_lost(frame)
    far = _distance(cluster, frame) > UNDATED_WINDOW
    key = _date_key(frame)
    if key is None and not (casualty or frame.counts) and far:
        return False
    moved = (
        key is not None and cluster.date_key is not None and not _same_night(key, cluster.date_key)
    )
    if moved and (not casualty or _gapped(cluster) or _dealt_by(frame)):
        return False  # a death of another day is no toll of a gapped act's day
    mine, theirs = _countries(frame), set().union(*(_countries(f) for f in cluster.frames))
    return not (mine and theirs and not mine & theirs)


def _dealt_by(frame: Frame) -> bool:
    """A death told with its doer ("On Sunday, security forces killed two militants"):
    on a day of its own, an act of that day, not a later toll of the event before it."""
    return frame.trigger.strength == "casualty" and bool(frame.actor1)


# Pronouns that name doers only by sending back to those told before.
_BACK_PRONOUNS = frozenset({"they", "he", "she", "them"})


def _property_lost(frame: Frame) -> bool:
    """Property destroyed by no one named ("More than 40 houses were burned, he said"),
    or by doers named only by a pronoun ("They set fire to 20 homes" after a raid): like a
    toll, a loss of the event told around it, however far from its words."""
    if frame.code != "looting":
        return False
    return all(m.text.lower() in _BACK_PRONOUNS for m in frame.actor1)


def _gapped(cluster: Cluster) -> bool:
    """The cluster is an act told with its verb left out (``linking.gapping``), whose
    day is its own."""
    return any(GAPPED in f.cues for f in cluster.frames)


_NIGHT_DAYS = 1
"""The most days a date spanning a night may cover and still hold another date of it."""


def _same_night(key: tuple[dt.date, dt.date], other: tuple[dt.date, dt.date]) -> bool:
    """Two dates of one event: the same, or a night's span holding the other ("an
    overnight attack" is the one "at 11 p.m. on Wednesday")."""
    return key == other or _night_holds(key, other) or _night_holds(other, key)


def _night_holds(outer: tuple[dt.date, dt.date], inner: tuple[dt.date, dt.date]) -> bool:
    """``outer`` spans no more than a night and holds ``inner``."""
    holds = outer[0] <= inner[0] and inner[1] <= outer[1]
    return holds and (outer[1] - outer[0]).days <= _NIGHT_DAYS


def _distance(cluster: Cluster, frame: Frame) -> int:
    return min(abs(s - frame.trigger.sent) for s in cluster.sents)


# Victims any event may have: they tell no crowd.
_ANYONE = frozenset({"people", "persons"})
_JOINING = frozenset({"and", "or"})


def _victim_match(cluster: Cluster, frame: Frame) -> int:
    """0 when a casualty clause's victims fit the cluster (demonstrators to a protest);
    "five people had died" fits any event, and joins the nearest."""
    words = " ".join((c.victims or "") for c in frame.counts).lower().split()
    victims = [w for w in words if w not in _JOINING]
    if victims and all(word in _ANYONE for word in victims):
        return 0
    # "22 people, among them a nurse and two children": the others tell who they were
    crowd = any(word in CROWD and word not in _ANYONE for word in victims)
    return 0 if crowd == (family(cluster.anchor.code) == "protest") else 1


def _closest(clusters: list[Cluster], frame: Frame) -> Cluster | None:
    if not clusters:
        return None
    if frame.trigger.strength == "casualty":
        return min(clusters, key=lambda c: (_victim_match(c, frame), _distance(c, frame)))
    if _property_lost(frame):  # an attack's loss before a protest's
        return min(
            clusters, key=lambda c: (family(c.anchor.code) != "violence", _distance(c, frame))
        )
    if family(frame.code) in _SAID and frame.cues & {JOINED, JOINED_REPORT}:
        # the statement it is joined to, not another speaker's of the same sentence
        return min(clusters, key=lambda c: (_distance(c, frame), _gap(c, frame)))
    return min(clusters, key=lambda c: _distance(c, frame))


def _gap(cluster: Cluster, frame: Frame) -> int:
    """Characters from the frame's trigger back to the nearest trigger of the cluster."""
    return min(abs(frame.trigger.start - f.trigger.start) for f in cluster.frames)


def _join_or_open(
    clusters: list[Cluster], frame: Frame, status: EventStatus, *, anchor: bool
) -> bool:
    """Merge ``frame`` into the closest cluster it fits, else open one where it may; False
    when it found no place."""
    home = _closest([c for c in clusters if _fits(c, frame, status)], frame)
    if home is not None:
        if _attack_of_the_loss(home, frame):
            home.frames.insert(0, frame)  # the attack leads; the loss is part of it
            home.sents.add(frame.trigger.sent)
        else:
            home.add(frame)
        _lead_with_claim(home)
    elif not (frame.orphan or BARE_DEATH in frame.cues) and (anchor or not frame.reference):
        key = _date_key(frame) if anchor else None
        clusters.append(Cluster([frame], status, key, {frame.trigger.sent}))
    else:
        return False
    return True


def _refers_to(cluster: Cluster, frame: Frame) -> bool:
    """A definite reference may name any compatible violent or protest event the article
    reports; one with a date of its own only an event of that date."""
    if frame.modality == "negated" or family(frame.code) not in ("violence", "protest"):
        return False
    key = _date_key(frame)
    if key is not None and key != cluster.date_key:
        return False
    return compatible(cluster.anchor.code, frame.code)


def _place_reference(clusters: list[Cluster], frame: Frame, status: EventStatus) -> None:
    """A reference that fit nothing nearby: a mention of the nearest event it may name,
    else, with an old date of its own, the first mention of a past event the article
    recalls ("the April 15, 2013, attack"); else, when it tells of an act as a fact,
    an event the reader is taken to know of, recalled in passing ("witnesses to the
    bombing of the courthouse"): background, never one this article reports."""
    home = _closest([c for c in clusters if _refers_to(c, frame)], frame)
    if home is not None:
        home.references.append(frame)
    elif _reports_itself(frame) or (frame.date is not None and status == "background"):
        clusters.append(Cluster([frame], status, _date_key(frame), {frame.trigger.sent}))
    elif status == "new" and family(frame.code) in ("violence", "protest"):
        clusters.append(Cluster([frame], "background", _date_key(frame), {frame.trigger.sent}))


def _reports_itself(frame: Frame) -> bool:
    """A dated reference that tells of its event: the date modifies the noun ("the April
    14 arrest of X"), the noun is the subject of its toll ("the explosion claimed 14
    lives on Saturday"), the sentence counts its people ("more than 2,000 people joined
    the march on Saturday": a size is told only of an event being reported), or, dated,
    it is what a source blames someone for ("police blamed the attack on a checkpoint on
    Sunday on the group")."""
    dated = frame.date is not None
    counted = dated and any(c.kind == "participants" for c in frame.counts)
    return (
        counted or (dated and BLAMED in frame.cues) or bool(frame.cues & {DATED_NOUN, TELLS_TOLL})
    )


def _joined_host(clusters: list[Cluster], frame: Frame, status: EventStatus) -> Cluster | None:
    """The event a verb joined to an earlier one of its sentence, with no subject of its
    own, goes on telling ("Two days earlier, gunmen attacked a market and set fire to the
    stalls"): the text sets both apart from the story's event, and together."""
    if JOINED not in frame.cues:
        return None
    for cluster in clusters:
        same = any(f.trigger.sent == frame.trigger.sent for f in cluster.frames)
        if same and cluster.status == status and _compatible(cluster, frame):
            return cluster
    return None


def _opens_apart(frame: Frame) -> bool:
    """A frame the text says tells of another event opens its own cluster, unless it may
    open none (a bare death, an orphan, a reference); so does a death told as the cause
    of the event (a background event)."""
    if EARLIER_CAUSE in frame.cues:
        return True
    if SEPARATE not in frame.cues or frame.reference or frame.orphan:
        return False
    return BARE_DEATH not in frame.cues


def cluster_frames(frames: list[Frame], *, published: dt.date | None) -> list[Cluster]:
    """Clusters of frames, in order of first mention.

    Order of merging: dated event mentions open clusters; undated ones and references
    join them; casualty clauses ("six died", "the toll rose to four on Tuesday") join the
    nearest violent or protest event whatever their own date, since their date is often
    when the victim died or the toll was updated; references that fit nothing nearby come
    last, dated ones first.
    """
    clusters: list[Cluster] = []
    frames = [f for f in frames if not _attributes(f, frames)]
    statuses = {id(f): frame_status(f, published=published) for f in frames}
    casualty = [f for f in frames if f.trigger.strength == "casualty"]
    events = [f for f in frames if f.trigger.strength != "casualty"]
    separate = [f for f in frames if _opens_apart(f)]
    dated = [
        f for f in events if _date_key(f) is not None and not f.reference and f not in separate
    ]
    undated = [f for f in events if (_date_key(f) is None or f.reference) and f not in separate]
    for frame in separate:
        status = statuses[id(frame)]
        if EARLIER_CAUSE in frame.cues and status == "new":
            status = "background"
        host = _joined_host(clusters, frame, status)
        if host is not None:
            host.add(frame)
            continue
        clusters.append(Cluster([frame], status, _date_key(frame), {frame.trigger.sent}))
    for frame in dated:
        _join_or_open(clusters, frame, statuses[id(frame)], anchor=True)
    # an attack told in the sentence of a dated loss joins it first (``_attack_of_the_loss``)
    losses = {f.trigger.sent for f in dated if f.code == "looting"}
    undated.sort(key=lambda f: not (f.trigger.sent in losses and family(f.code) == "violence"))
    left = [f for f in undated if not _join_or_open(clusters, f, statuses[id(f)], anchor=False)]
    for frame in (f for f in casualty if f not in separate):
        _join_or_open(clusters, frame, statuses[id(frame)], anchor=_date_key(frame) is not None)
    for frame in sorted(left, key=lambda f: f.date is None):
        if frame.reference:
            _place_reference(clusters, frame, statuses[id(frame)])
    clusters = _split_towns(_fold_town_protests(_fold_protest_arrests(clusters)))
    if published is not None:
        _past_months_as_context(clusters, published)
    _earlier_of_a_series(clusters)
    clusters.sort(key=lambda c: min(f.trigger.start for f in c.frames))
    return clusters


def _earlier_of_a_series(clusters: list[Cluster]) -> None:
    """An act told right after a count of the report's event as one of a series ("It was
    the second attack on the town in a week: on Thursday, two farmers were shot dead"),
    dated before the report's first violent or protest event, is the earlier act the count
    recalls (a killing, a raid, houses burned): background
    (:mod:`tacitus.linking.series`)."""
    told = [
        c
        for c in clusters
        if c.status == "new"
        and family(c.anchor.code) in ("violence", "protest")
        and c.date_key is not None
    ]
    if not told:
        return
    first = min(told, key=lambda c: min(f.trigger.start for f in c.frames)).date_key
    for cluster in clusters:
        key = cluster.date_key
        earlier = first is not None and key is not None and key[1] < first[0]
        act = cluster.status == "new" and family(cluster.anchor.code) not in _SAID
        if act and earlier and any(SERIES_EARLIER in f.cues for f in cluster.frames):
            cluster.status = "background"


NEWS_DAYS = 7
"""How many days before publication an act of a day may be and still be the week's news."""


def _past_months_as_context(clusters: list[Cluster], published: dt.date) -> None:
    """ "Last month, a roadside bomb struck a police vehicle", "In June, a bomb exploded at
    a market": beside news of the report's own week (an act of a day in the
    :data:`NEWS_DAYS` before publication), an act dated only by a month already over is
    told as context, a background event. A report that tells of no violence or protest
    newer than that is about that act, which stays new."""
    news = any(
        c.status == "new"
        and family(c.anchor.code) in ("violence", "protest")
        and c.date_key is not None
        and (c.date_key[1] - c.date_key[0]).days <= 1
        and 0 <= (published - c.date_key[1]).days <= NEWS_DAYS
        for c in clusters
    )
    if not news:
        return
    for cluster in clusters:
        date = cluster.anchor.date
        if cluster.status == "new" and date is not None and past_month(date, published):
            cluster.status = "background"


# Families of acts whose doer a source may name by blaming: an attack, a riot, a kidnapping.
_DONE_BY_SOMEONE = frozenset({"violence", "protest", "abduction"})


def _attributes(frame: Frame, frames: list[Frame]) -> bool:
    """A blame of a named armed group that names no charge, told in or just after the
    sentence of a violent, protest or kidnapping event ("Gunmen abducted a journalist ...
    A police spokesman blamed Boko Haram"): it names that event's doer
    (``assembly.attribution``) and is no statement of its own (``linking.blame``). A
    blame of anyone else ("the president blamed the opposition") stays an accusation."""
    if NAMES_DOER not in frame.cues or not named_groups(frame.actor2):
        return False
    sent = frame.trigger.sent
    return any(
        family(f.code) in _DONE_BY_SOMEONE and sent - BLAME_WINDOW <= f.trigger.sent <= sent
        for f in frames
        if f is not frame
    )


def _split_towns(clusters: list[Cluster]) -> list[Cluster]:
    """One event per town: an event whose first mention puts it in several far-apart
    towns gives each town after the first an event of its own, with no counts (a toll
    told for all of them is not repeated)."""
    found: list[Cluster] = []
    for cluster in clusters:
        found.append(cluster)
        anchor = cluster.anchor
        if family(anchor.code) not in ("protest", "violence", "arrests"):
            continue
        for town in separate_towns(anchor):
            anchor.places = [p for p in anchor.places if p is not town]
            anchor.sites = [p for p in anchor.sites if p is not town]
            copy = replace(anchor, places=[town], sites=[town], counts=[], cues=set(anchor.cues))
            sents = {anchor.trigger.sent}
            found.append(Cluster([copy], cluster.status, cluster.date_key, sents, site=town))
    return found


def _fold_town_protests(clusters: list[Cluster]) -> list[Cluster]:
    """Demonstrations of one town and day told apart ("demonstrators hurled fire bombs at
    the bank ... angry demonstrators threw stones at the fire brigade") are one event:
    ACLED codes a town's demonstrations of a day as one. Both must name their town and
    the same date, or neither a date."""
    kept: list[Cluster] = []
    for cluster in clusters:
        host = next((k for k in kept if _same_demonstration(k, cluster)), None)
        if host is None:
            kept.append(cluster)
        else:
            host.absorb(cluster)
    return kept


def _same_demonstration(host: Cluster, other: Cluster) -> bool:
    if family(host.anchor.code) != "protest" or family(other.anchor.code) != "protest":
        return False
    if host.status != other.status or host.date_key != other.date_key:
        return False
    if not compatible(host.anchor.code, other.anchor.code):
        return False
    mine, theirs = towns(host.frames), towns(other.frames)
    return bool(mine and theirs) and not any(elsewhere(host.frames, f) for f in other.frames)


def _fold_protest_arrests(clusters: list[Cluster]) -> list[Cluster]:
    """Arrests with no date of their own, told near a protest, are that protest's
    intervention (ACLED codes them in the protest's event), also when the protest showed
    itself only once casualty clauses had joined ("killing one demonstrator"); arrests a
    rebel group or militia made are not (``_by_armed_groups``)."""
    kept: list[Cluster] = []
    for cluster in clusters:
        host = None
        frames = cluster.frames
        arrests = all(family(f.code) == "arrests" and not _holds_bystanders(f) for f in frames)
        if cluster.date_key is None and arrests and not _by_armed_groups(frames):
            near = [
                c
                for c in clusters
                if c is not cluster
                and c.status == cluster.status
                and _about_a_protest(c)
                and min(abs(a - b) for a in c.sents for b in cluster.sents) <= UNDATED_WINDOW
            ]
            host = min(near, key=lambda c: _distance(c, cluster.anchor), default=None)
        if host is None:
            kept.append(cluster)
        else:
            host.absorb(cluster)
    return kept
