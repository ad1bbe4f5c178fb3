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
from tacitus.coding.refine import compatible
from tacitus.pipeline.doc import Frame
from tacitus.records.event import EventStatus


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


def _fits(cluster: Cluster, frame: Frame, status: EventStatus) -> bool:
    if cluster.status != status or not compatible(cluster.anchor.code, frame.code):
        return False
    key = _date_key(frame)
    if key is not None and cluster.date_key is not None and key != cluster.date_key:
        return False
    mine, theirs = _countries(frame), set().union(*(_countries(f) for f in cluster.frames))
    return not (mine and theirs and not mine & theirs)


def _closest(clusters: list[Cluster], frame: Frame) -> Cluster | None:
    if not clusters:
        return None
    sent = frame.trigger.sent
    return min(clusters, key=lambda c: min(abs(s - sent) for s in c.sents))


def cluster_frames(frames: list[Frame], *, published: dt.date | None) -> list[Cluster]:
    """Clusters of frames, in order of first mention."""
    clusters: list[Cluster] = []
    statuses = {id(f): frame_status(f, published=published) for f in frames}
    dated = [f for f in frames if f.date is not None and not f.reference]
    undated = [f for f in frames if f.date is None or f.reference]
    for frame in dated:
        status = statuses[id(frame)]
        home = _closest([c for c in clusters if _fits(c, frame, status)], frame)
        if home is None:
            clusters.append(Cluster([frame], status, _date_key(frame), {frame.trigger.sent}))
        else:
            home.add(frame)
    for frame in undated:
        status = statuses[id(frame)]
        home = _closest([c for c in clusters if _fits(c, frame, status)], frame)
        if home is not None:
            home.add(frame)
        elif not frame.reference:
            clusters.append(Cluster([frame], status, None, {frame.trigger.sent}))
    clusters.sort(key=lambda c: min(f.trigger.start for f in c.frames))
    return clusters
