"""Group an article's frames into clusters, one per real-world event.

Dated frames anchor clusters; undated frames (anaphora such as "the airstrikes",
casualty clauses, follow-up detail) join the nearest compatible cluster. An undated
definite reference that matches nothing is dropped: it points at something the article
does not report.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from tacitus.assembly.status import frame_status
from tacitus.coding.cues import CROWD
from tacitus.coding.refine import compatible, family
from tacitus.pipeline.doc import Frame
from tacitus.records.event import EventStatus

UNDATED_WINDOW = 3


@dataclass(slots=True)
class Cluster:
    """Frames that describe one event, with the status they share."""

    frames: list[Frame]
    status: EventStatus
    date_key: tuple[dt.date, dt.date] | None = None
    sents: set[int] = field(default_factory=set)

    @property
    def anchor(self) -> Frame:
        """The frame that opened the cluster."""
        return self.frames[0]

    def add(self, frame: Frame) -> None:
        """Merge ``frame`` in."""
        self.frames.append(frame)
        self.sents.add(frame.trigger.sent)


def _date_key(frame: Frame) -> tuple[dt.date, dt.date] | None:
    if frame.date is None:
        return None
    return (frame.date.start_date, frame.date.end_date)


def _countries(frame: Frame) -> set[str]:
    return {p.place.country for p in frame.places if p.place is not None and p.place.country}


def _compatible(cluster: Cluster, frame: Frame) -> bool:
    if frame.trigger.strength == "casualty":
        return family(cluster.anchor.code) in ("violence", "protest")
    return compatible(cluster.anchor.code, frame.code)


def _fits(cluster: Cluster, frame: Frame, status: EventStatus) -> bool:
    if cluster.status != status or not _compatible(cluster, frame):
        return False
    casualty = frame.trigger.strength == "casualty"
    far = _distance(cluster, frame) > UNDATED_WINDOW
    if frame.date is None and not (casualty or frame.counts) and far:
        return False
    key = _date_key(frame)
    moved = key is not None and cluster.date_key is not None and key != cluster.date_key
    if moved and not casualty:
        return False
    mine, theirs = _countries(frame), set().union(*(_countries(f) for f in cluster.frames))
    return not (mine and theirs and not mine & theirs)


def _distance(cluster: Cluster, frame: Frame) -> int:
    return min(abs(s - frame.trigger.sent) for s in cluster.sents)


def _victim_match(cluster: Cluster, frame: Frame) -> int:
    """0 when a casualty clause's victims fit the cluster (demonstrators to a protest)."""
    victims = " ".join((c.victims or "") for c in frame.counts).lower().split()
    crowd = any(word in CROWD for word in victims)
    return 0 if crowd == (family(cluster.anchor.code) == "protest") else 1


def _closest(clusters: list[Cluster], frame: Frame) -> Cluster | None:
    if not clusters:
        return None
    if frame.trigger.strength == "casualty":
        return min(clusters, key=lambda c: (_victim_match(c, frame), _distance(c, frame)))
    return min(clusters, key=lambda c: _distance(c, frame))


def _join_or_open(
    clusters: list[Cluster], frame: Frame, status: EventStatus, *, anchor: bool
) -> None:
    home = _closest([c for c in clusters if _fits(c, frame, status)], frame)
    if home is not None:
        home.add(frame)
    elif not frame.orphan and (anchor or not frame.reference):
        key = _date_key(frame) if anchor else None
        clusters.append(Cluster([frame], status, key, {frame.trigger.sent}))


def cluster_frames(frames: list[Frame], *, published: dt.date | None) -> list[Cluster]:
    """Clusters of frames, in order of first mention.

    Order of merging: dated event mentions open clusters; undated ones join them; casualty
    clauses ("six died", "the toll rose to four on Tuesday") come last and join the
    nearest violent or protest event whatever their own date, since their date is often
    when the victim died or the toll was updated.
    """
    clusters: list[Cluster] = []
    statuses = {id(f): frame_status(f, published=published) for f in frames}
    casualty = [f for f in frames if f.trigger.strength == "casualty"]
    events = [f for f in frames if f.trigger.strength != "casualty"]
    dated = [f for f in events if f.date is not None and not f.reference]
    undated = [f for f in events if f.date is None or f.reference]
    for frame in dated:
        _join_or_open(clusters, frame, statuses[id(frame)], anchor=True)
    for frame in undated:
        _join_or_open(clusters, frame, statuses[id(frame)], anchor=False)
    for frame in casualty:
        _join_or_open(clusters, frame, statuses[id(frame)], anchor=frame.date is not None)
    clusters.sort(key=lambda c: min(f.trigger.start for f in c.frames))
    return clusters
