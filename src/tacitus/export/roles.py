"""Which of an event's actors fills a format's second-actor column."""

from __future__ import annotations

from tacitus.records.event import ActorRef, Event


def second_actor(event: Event) -> ActorRef | None:
    """The event's actor2 that has an actor type (an ACLED inter code), else its first such
    target: actors and victims known only by their text ("40 people", a name the knowledge
    base does not hold) stay out of typed columns (the full record keeps them)."""
    actor2 = event.actor("actor2")
    if actor2 is not None and actor2.inter is not None:
        return actor2
    return next((a for a in event.actors if a.role == "target" and a.inter is not None), None)
