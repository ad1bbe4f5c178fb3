"""Components that find triggers, link their arguments and assemble events."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tacitus.assembly.build import build_event
from tacitus.assembly.cluster import Cluster, cluster_frames
from tacitus.coding.article_salience import rank_events
from tacitus.coding.triggers import find_triggers
from tacitus.linking.frames import link
from tacitus.pipeline.doc import ArticleDoc
from tacitus.pipeline.registry import Component
from tacitus.pipeline.resources import Resources

if TYPE_CHECKING:
    from tacitus.records import Event


def make_triggers(resources: Resources) -> Component:
    """Event triggers typed by the lexicon and their sentence context."""

    def triggers(adoc: ArticleDoc) -> ArticleDoc:
        if adoc.doc is not None:
            found = find_triggers(adoc.doc, lexicon=resources.lexicon)
            adoc.triggers = [t for t in found if t.start >= adoc.title_end]
        return adoc

    return triggers


def make_linking(resources: Resources) -> Component:
    """One frame per trigger with its date, places, actors, counts and sources."""

    def linking(adoc: ArticleDoc) -> ArticleDoc:
        adoc.frames = link(adoc)
        return adoc

    return linking


def assemble(adoc: ArticleDoc, resources: Resources) -> list[tuple[Cluster, Event]]:
    """Each event record of a linked document with the cluster of frames it was built
    from (its mentions): what the assembly component stores, and what an evaluation
    needs to score every mention of a record."""
    built: list[tuple[Cluster, Event]] = []
    for cluster in cluster_frames(adoc.frames, published=adoc.published):
        event = build_event(
            cluster,
            adoc,
            lexicon=resources.lexicon,
            kb=resources.actors,
            gaz=resources.gazetteer,
        )
        if event is not None:
            built.append((cluster, event))
    return built


def make_assembly(resources: Resources) -> Component:
    """One event record per real-world event; repeated mentions merged."""

    def assembly(adoc: ArticleDoc) -> ArticleDoc:
        adoc.events = rank_events(assemble(adoc, resources), adoc)
        return adoc

    return assembly
