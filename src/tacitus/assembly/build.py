"""Turn clusters of frames into event records."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from tacitus.actors.identity import people_not_fighters
from tacitus.assembly.actors import CIVILIANS, event_actors
from tacitus.assembly.attribution import (
    blamed_groups,
    blamed_states,
    claimed_groups,
    glossed_peoples,
)
from tacitus.assembly.cluster import Cluster
from tacitus.assembly.counts import (
    event_counts,
    side_figures,
    ucdp_estimates,
    ucdp_side_deaths,
    ucdp_side_estimates,
)
from tacitus.assembly.dates import event_date
from tacitus.assembly.place_targets import place_target
from tacitus.assembly.places import (
    area_anaphor_place,
    choose_location,
    dateline_town,
    location_from,
)
from tacitus.assembly.status import statement_status
from tacitus.coding.context_words import sentence_words
from tacitus.coding.cues import EXPLOSIVE
from tacitus.coding.refine import (
    EXPLOSIVES,
    GROUND_ASSAULTS,
    PROTEST_FAMILY,
    militia_fight,
    refine,
    territory_side,
)
from tacitus.coding.taxonomy import acled_disorder_type, acled_interaction
from tacitus.doc_memo import doc_text
from tacitus.linking.references import OPENING, PROTESTED
from tacitus.pipeline.doc import ActorMention, ArticleDoc, Frame, TriggerMention
from tacitus.records.event import (
    AcledCoding,
    ActorRef,
    Claim,
    Count,
    CountKind,
    Event,
    Evidence,
    Location,
    PloverCoding,
    Trigger,
    UcdpEstimate,
    content_event_id,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from tacitus.actors import ActorKB
    from tacitus.coding.lexicon import Lexicon, TypeCode
    from tacitus.gazetteer import Gazetteer


def _words(cluster: Cluster, adoc: ArticleDoc) -> set[str]:
    sents = adoc.sents
    own = [
        i
        for i in cluster.sents
        if not _told_beside_another(cluster, adoc, i) and not _only_how_it_began(cluster, i)
    ]
    chosen = own or cluster.sents
    words = set().union(*(sentence_words(sents[index]) for index in chosen))
    return words - _grievance_words(cluster, adoc) - _left_of_itself(chosen, adoc)


def _left_of_itself(indexes: Iterable[int], adoc: ArticleDoc) -> set[str]:
    """ "The rally dispersed without incident": a crowd that dispersed with no one
    dispersing it (no object, no agent, not passive) left; no force was used on it."""
    found: set[str] = set()
    for index in indexes:
        for token in adoc.sents[index]:
            if token.lemma_.lower() != "disperse" or token.pos_ != "VERB":
                continue
            deps = {c.dep_ for c in token.children}
            if not deps & {"dobj", "agent", "auxpass", "nsubjpass"}:
                found |= {token.lower_, token.lemma_.lower()}
    return found


def _grievance_words(cluster: Cluster, adoc: ArticleDoc) -> set[str]:
    """The words of what a protest in the event's sentences is against ("to protest the
    arrest of their leader"): an arrest there is the grievance, no intervention."""
    doc = adoc.doc
    if doc is None:
        return set()
    matters = [f for f in adoc.frames if PROTESTED in f.cues and f.trigger.sent in cluster.sents]
    return {t.lower_ for f in matters for t in doc[f.trigger.head].subtree}


def _only_how_it_began(cluster: Cluster, index: int) -> bool:
    """Sentence ``index`` tells only how the event began ("the fighting began when a
    vehicle struck an explosive device"): its weapon opened the event, not its type."""
    mine = [f for f in cluster.frames if f.trigger.sent == index]
    return bool(mine) and all(OPENING in f.cues for f in mine)


def _told_beside_another(cluster: Cluster, adoc: ArticleDoc, index: int) -> bool:
    """Sentence ``index`` only names the event again ("The attack came a day after a
    roadside bomb hit a truck") while it tells of another act: its weapon words are that
    act's, not the event's."""
    mine = [f for f in cluster.frames if f.trigger.sent == index]
    if not mine or not all(f.reference for f in mine):
        return False
    return any(
        f.trigger.sent == index and not f.reference and f not in cluster.frames for f in adoc.frames
    )


def _location(
    cluster: Cluster, adoc: ArticleDoc, gaz: Gazetteer, *, statement: bool
) -> tuple[Location | None, list[Location]]:
    if not statement:
        main, others = choose_location(
            [p for f in cluster.frames for p in f.places],
            doc=adoc.doc,
            triggers=[f.trigger.head for f in cluster.frames],
        )
        if main is not None:
            return _seat_of_region_site(main, cluster, adoc, gaz), others
        main, others = _sentence_place(cluster, adoc)
        if main is not None:
            return main, others
        near = _area_place(cluster, adoc)
        if near is None and _words(cluster, adoc) & CITY_SITES:
            near = _dateline_place(adoc, gaz)
        if near is not None:
            return near, []
    code, reason = adoc.focus_country, _FOCUS_REASON
    if code is None:
        code, reason = _fallback_country(adoc)
    country = gaz.country(code) if code is not None else None
    if country is None:
        return None, []
    return location_from(country, reason=reason, mention=None), []


_FOCUS_REASON = "no place named for this event: the country the article is about"
_PLACES_REASON = "no place named for this event: the country of the article's places"
_ACTORS_REASON = "no place named in the article: the country of its actors"


def _fallback_country(adoc: ArticleDoc) -> tuple[str | None, str]:
    """Where no place voted a country: the one country of the places the article names
    ("JNIM fighters besieged Djibo"), else, where it names none that was found, the one
    its actors are of ("gunmen killed villagers, Niger's defence ministry said")."""
    places = {m.place.country for m in adoc.places if m.place is not None and not m.metonym}
    places.discard(None)
    if places:
        return (places.pop(), _PLACES_REASON) if len(places) == 1 else (None, "")
    actors = {m.entry.country for m in adoc.actors if m.entry is not None and m.entry.country}
    return (actors.pop(), _ACTORS_REASON) if len(actors) == 1 else (None, "")


def _sentence_place(cluster: Cluster, adoc: ArticleDoc) -> tuple[Location | None, list[Location]]:
    """Where an event none of whose words was given a place happened: a place named
    under a verb its trigger is joined to ("Police fired tear gas to clear a blockade at
    Parotani, and the protesters fought back": the fighting was there too), before any
    fallback to the dateline or the country. A country named there says less than the
    article's own, which the fallback gives."""
    doc = adoc.doc
    if doc is None:
        return None, []
    trigger = doc[cluster.anchor.trigger.head]
    joined = {trigger.i, *(t.i for t in trigger.conjuncts)}
    mentions = [
        p
        for p in adoc.places
        if p.sent == cluster.anchor.trigger.sent
        and not p.metonym
        and p.place is not None
        and p.place.kind != "country"
        and any(t.i in joined for t in doc[p.head].ancestors)
    ]
    if not mentions:
        return None, []
    return choose_location(mentions, doc=doc, triggers=[trigger.i])


def _area_place(cluster: Cluster, adoc: ArticleDoc) -> Location | None:
    """The town before an event told only "in the area" (``area_anaphor_place``)."""
    if adoc.doc is None:
        return None
    sents = adoc.sents
    bounds = [(sents[i].start_char, sents[i].end_char) for i in cluster.sents]
    return area_anaphor_place(bounds, adoc.places, doc_text(adoc.doc))


# Sites of a city's own: an event told at one of them ("outside parliament", "on the main
# avenue", "outside the police station") with no town named happened in the town the
# story was filed from.
CITY_SITES = frozenset(
    {"parliament", "embassy", "consulate", "ministry", "palace", "presidency", "courthouse"}
    | {"square", "avenue", "boulevard", "street", "campus", "university", "headquarters"}
    | {"station"}
)


def _dateline_place(adoc: ArticleDoc, gaz: Gazetteer) -> Location | None:
    """The dateline's town, looked up in the article's country (``dateline_town``), for an
    event told at one of the city's own sites (``CITY_SITES``)."""
    line, country = adoc.dateline, adoc.focus_country
    if line is None or country is None:
        return None
    name = line.place.split(",", 1)[0].strip()  # "MAKASSAR, Indonesia": the town
    found = gaz.lookup(name, country=country, kinds=("city",), limit=1)
    if not found:
        return None
    begin = line.start + adoc.article.text[line.start : line.end].find(name)
    return dateline_town(found[0], text=name, span=(begin, begin + len(name)))


_REGIONS = frozenset({"ADM1", "ADM2"})


def _seat_of_region_site(
    main: Location, cluster: Cluster, adoc: ArticleDoc, gaz: Gazetteer
) -> Location:
    """An event told at a region's own site ("outside the Ohio statehouse", "outside the
    South Sulawesi regional parliament") happened in the town the story was filed from
    when that town lies in the region: the region names the institution, not where the
    crowd stood. Any other place stays."""
    doc = adoc.doc
    if doc is None or main.span is None or main.feature_code not in _REGIONS:
        return main
    mention = next((p for f in cluster.frames for p in f.places if p.start == main.span[0]), None)
    if mention is None or doc[mention.head].head.lemma_.lower() not in CITY_SITES:
        return main
    town = _dateline_place(adoc, gaz)
    if town is None or town.country != main.country or town.admin1 != main.admin1:
        return main
    return town


def _subject(token: Token) -> bool:
    """The token heads a clause's subject ("Police fired tear gas")."""
    return token.dep_ in ("nsubj", "nsubjpass") or (
        token.dep_ == "conj" and token.head.dep_ == "nsubj"
    )


# Verbs of telling what happened, whose subject reports an act rather than owning it.
_REPORTING = frozenset({"say", "tell", "report", "add", "state", "announce", "confirm"})


def _reporters(
    cluster: Cluster, adoc: ArticleDoc, context: list[ActorMention]
) -> list[ActorMention]:
    """The context mentions who tell of the event, unless its doers are named as a
    speaker's own ("the group said its fighters had attacked")."""
    doc = adoc.doc
    if doc is None:
        return []
    doers = [doc[m.head] for f in cluster.frames for m in f.actor1]
    own = any(c.dep_ == "poss" and c.lower_ in ("its", "their") for t in doers for c in t.children)
    return [] if own else [m for m in context if _reports(doc, m)]


def _reports(doc: Doc, mention: ActorMention) -> bool:
    """The mention is the subject of a verb of telling ("..., the group said"), its
    owner or apposition ("the army's media wing, ISPR, said"), or stands right before
    one, however the parser hung it."""
    token = doc[mention.head]
    if token.dep_ in ("appos", "poss") and token.head.dep_ == "nsubj":
        token = token.head  # "the military's media wing, ISPR, said"
    if token.dep_ == "nsubj" and token.head.lemma_.lower() in _REPORTING:
        return True
    after = next((t for t in doc[token.i + 1 :] if t.idx >= mention.end), None)
    if after is not None and after.text == "," and after.i + 1 < len(doc):
        after = doc[after.i + 1]  # an apposition's closing comma: "..., ISPR, said"
    return after is not None and after.pos_ == "VERB" and after.lemma_.lower() in _REPORTING


def _acled(type_code: TypeCode, actors: list[ActorRef]) -> AcledCoding | None:
    if type_code.acled_event_type is None or type_code.acled_sub_event_type is None:
        return None
    inter1 = next((a.inter for a in actors if a.role == "actor1"), None)
    inter2 = next((a.inter for a in actors if a.role == "actor2"), None)
    return AcledCoding(
        event_type=type_code.acled_event_type,
        sub_event_type=type_code.acled_sub_event_type,
        disorder_type=acled_disorder_type(
            type_code.acled_event_type, type_code.acled_sub_event_type
        ),
        inter1=inter1,
        inter2=inter2,
        interaction=acled_interaction(inter1, inter2),
        civilian_targeting=inter2 == 7,
    )


def _evidence(cluster: Cluster, adoc: ArticleDoc) -> list[Evidence]:
    sents = adoc.sents
    return [
        Evidence(
            span=(sents[i].start_char, sents[i].end_char),
            text=sents[i].text,
            article_id=adoc.article.id,
        )
        for i in sorted(cluster.sents)
    ]


def _ucdp(
    counts: dict[CountKind, Count], claims: list[Claim], cluster: Cluster
) -> UcdpEstimate | None:
    """UCDP's low/best/high fatalities (across claims, else the event's own figure; summed
    over the sides where every toll says whose dead it counts) and the deaths by side
    where the text says whose they were."""
    split = side_figures(cluster.frames)
    low, best, high = (
        ucdp_side_estimates(split)
        if split is not None
        else ucdp_estimates(claims, field="fatalities")
    )
    if best is None and "fatalities" in counts:
        own = counts["fatalities"]
        low, best, high = own.low, own.best, own.high if own.high is not None else own.best
    if best is None:
        return None
    sides = ucdp_side_deaths(cluster.frames)
    if sum(sides.values()) != best:
        sides = {}  # UCDP's best is the sum of the sides: a split that disagrees is not kept
    return UcdpEstimate(
        low=low,
        best=best,
        high=high,
        deaths_a=sides.get("deaths_a"),
        deaths_b=sides.get("deaths_b"),
        deaths_civilians=sides.get("civilians"),
        deaths_unknown=sides.get("unknown"),
    )


def _confidence(event: Event, cluster: Cluster) -> float:
    score = 0.35
    score += 0.15 if event.date.span is not None else 0.0
    score += 0.15 if event.location is not None and event.location.span is not None else 0.0
    score += 0.15 if event.actor("actor1") is not None else 0.0
    score += 0.1 if event.counts else 0.0
    score += 0.1 if any(f.trigger.strength == "strong" for f in cluster.frames) else 0.0
    return round(min(score, 0.95), 2)


def _responding(frame: Frame, cluster: Cluster) -> bool:
    """A clash told after an attack on civilians, in a sentence of its own ("soldiers
    exchanged fire with the assailants"): the fight with the attackers does not make the
    attack a battle."""
    anchor = cluster.anchor
    if frame.code != "armed_clash" or anchor.code != "attack":
        return False
    if frame.trigger.sent <= anchor.trigger.sent:
        return False
    hit = any(
        m.entry is not None and m.entry.inter == 7
        for f in cluster.frames
        if f is not frame
        for m in f.actor2
    )
    return hit


def _more_killed(frames: list[Frame]) -> bool:
    """The frames tell of at least as many killed as abducted."""

    def total(kind: str) -> int:
        return max(
            (c.quantity.best or 0 for f in frames for c in f.counts if c.kind == kind), default=0
        )

    return total("fatalities") >= total("abducted") > 0


def _code(cluster: Cluster, adoc: ArticleDoc) -> str:
    told = [f for f in cluster.frames if not _responding(f, cluster)]
    # how the event began (its opening blast) does not set its type
    frames = [f for f in told if OPENING not in f.cues] or told
    beside = {i for i in cluster.sents if _told_beside_another(cluster, adoc, i)}
    # a reference told beside another act keeps its own word's code, not one its
    # sentence's weapon words (the other act's) made
    codes = [f.trigger.code if f.trigger.sent in beside else f.code for f in frames]
    ordered = [c for c, _ in Counter(codes).most_common()]
    killed = any(c.kind == "fatalities" for f in frames for c in f.counts)
    if set(codes) == {"abduction", "attack"}:
        # the shots the kidnappers fired are no attack ("gunmen abducted 100 pupils and
        # shot dead a guard"); an assault that killed and abducted is the attack
        # ("bandits stormed the village, killing nine and abducting 35"), and so is one
        # that killed at least as many as it took ("killed 14 and abducted six")
        assault = cluster.anchor.trigger.lemma in GROUND_ASSAULTS or _more_killed(frames)
        ordered = ["attack", "abduction"] if killed and assault else ["abduction", "attack"]
    targets = {
        CIVILIANS if people_not_fighters(m.entry, m.text) else m.entry.inter
        for f in frames
        for m in f.actor2
        if m.entry is not None
    }
    killers = {
        m.entry.inter
        for f in frames
        if any(c.kind == "fatalities" for c in f.counts)
        for m in f.actor1
        if m.entry is not None
    }
    hit = {w.lower() for f in frames for m in f.actor2 for w in m.text.split()}
    agents = {m.entry.inter for f in frames for m in f.actor1 if m.entry is not None}
    on_crowds = {
        f.trigger.sent
        for f in frames
        if any(m.entry is not None and m.entry.inter == 6 for m in f.actor2)
    }
    words = _words(cluster, adoc)
    if any(f.trigger.lemma in GROUND_ASSAULTS for f in frames):
        # an assault on foot that opens with a bomb is the assault
        ordered = [c for c in ordered if c not in EXPLOSIVES] or ["attack"]
        words = words - EXPLOSIVE
    code = refine(
        ordered,
        words=words,
        target_inters=targets,
        killed=killed,
        target_words=hit,
        force_words=set().union(*(sentence_words(adoc.sents[i]) for i in on_crowds)),
        killer_inters=killers,
    )
    return militia_fight(territory_side(code, agents), agents, targets)


def _id_payload(
    anchor: TriggerMention, adoc: ArticleDoc, *, code: str, date: str, status: str
) -> dict[str, object]:
    """What an event's id hashes: its type, date and status, and the sentence its trigger
    is in with the trigger's place in that sentence, so that a revision that leaves the
    sentence alone (a paragraph added elsewhere, a fixed typo) keeps the id and with it
    the reviewers' decisions."""
    sentence = adoc.sents[anchor.sent]
    return {
        "code": code,
        "date": date,
        "status": status,
        "sentence": hashlib.sha256(sentence.text.strip().encode("utf-8")).hexdigest()[:16],
        "trigger": anchor.start - sentence.start_char,
    }


def _place_target(actors: list[ActorRef], cluster: Cluster, adoc: ArticleDoc) -> None:
    """A statement that names no one it falls on falls on the place its act is done in,
    where its phrase names one (see ``assembly.place_targets``)."""
    if adoc.doc is None or any(r.role in ("actor2", "target") for r in actors):
        return
    frames = [*cluster.frames, *cluster.references]
    sents = {f.trigger.sent for f in frames}
    places = [p for p in adoc.places if p.sent in sents]
    taken = [m for f in frames for m in (*f.actor1, *f.actor2)]
    found = place_target(frames, adoc.doc, places=places, taken=taken)
    if found is not None:
        actors.append(found)


def _protest_target(actors: list[ActorRef], location: Location | None) -> None:
    """A protest that names no one it is against is against the authorities where it is
    held, as PLOVER codes a protest's target: the country of its place ("demonstrated in
    Kirkuk": Iraq), anchored on the place's words. Never an ACLED second actor (it has
    no actor type)."""
    if any(r.role in ("actor2", "target") for r in actors):
        return
    if location is None or location.country is None or location.text is None:
        return
    if location.span is None:
        return
    actors.append(
        ActorRef(
            role="target",
            name=location.text,
            country=location.country,
            text=location.text,
            span=location.span,
        )
    )


def build_event(
    cluster: Cluster, adoc: ArticleDoc, *, lexicon: Lexicon, kb: ActorKB, gaz: Gazetteer
) -> Event | None:
    """The event record for one cluster (None when no date can be given)."""
    code = _code(cluster, adoc)
    type_code = lexicon.code(code)
    date = event_date(cluster.frames, adoc, statement=type_code.is_statement)
    if date is None:
        return None
    location, others = _location(cluster, adoc, gaz, statement=type_code.is_statement)
    country = location.country if location else adoc.focus_country
    context = [a for a in adoc.actors if a.sent in cluster.sents]
    groups = blamed_groups(adoc.frames, cluster.sents)
    if adoc.doc is not None:
        acts = frozenset(f.trigger.head for f in adoc.frames)
        groups += claimed_groups(adoc.sents, adoc.actors, cluster.sents, acts)
        groups += glossed_peoples(adoc.sents, kb, cluster.sents, country)
    context += groups
    actors = event_actors(
        [*cluster.frames, *cluster.references],
        code=code,
        kb=kb,
        country=country,
        context=context,
        subjects=[m for m in context if adoc.doc is not None and _subject(adoc.doc[m.head])],
        acled=not type_code.is_statement,
        blamed_states=blamed_states(adoc.frames, cluster.sents),
        blamed_groups=groups,
        reporters=_reporters(cluster, adoc, context),
    )
    if type_code.is_statement:
        _place_target(actors, cluster, adoc)
    elif code in PROTEST_FAMILY:
        _protest_target(actors, location)
    counts, claims = event_counts(cluster.frames, text=adoc.article.text)
    ucdp = _ucdp(counts, claims, cluster)
    anchor = cluster.anchor.trigger
    mode = [type_code.plover_mode] if type_code.plover_mode else []
    status = cluster.status
    if type_code.is_statement:
        status = statement_status(status, cluster.frames)
    payload = _id_payload(anchor, adoc, code=code, date=date.start, status=status)
    if cluster.site is not None:
        payload["site"] = cluster.site.text  # one of the towns an event was told in
    event = Event(
        event_id=content_event_id(article_id=adoc.article.id, payload=payload),
        article_ids=[adoc.article.id],
        status=status,
        acled=_acled(type_code, actors),
        plover=PloverCoding(event=type_code.plover_event, mode=mode),
        cameo=type_code.cameo,
        date=date,
        location=location,
        other_locations=others,
        actors=actors,
        counts=counts,
        ucdp=ucdp,
        claims=claims,
        evidence=_evidence(cluster, adoc),
        trigger=Trigger(text=anchor.text, span=(anchor.start, anchor.end), lemma=anchor.lemma),
        summary=adoc.sents[anchor.sent].text.strip(),
    )
    return event.model_copy(update={"confidence": _confidence(event, cluster)})
