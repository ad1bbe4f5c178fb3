"""The default registry: every built-in component with what it needs and adds."""

from __future__ import annotations

from tacitus.components.actors import make_actors
from tacitus.components.events import make_assembly, make_linking, make_triggers
from tacitus.components.mentions import make_mentions
from tacitus.components.parse import make_dateline, make_parse
from tacitus.components.places import make_places
from tacitus.pipeline.registry import ComponentSpec, Registry


def default_registry() -> Registry:
    """A fresh registry holding the built-in components."""
    return Registry(
        [
            ComponentSpec("parse", make_parse, ("article",), ("doc",), "spaCy parse"),
            ComponentSpec("dateline", make_dateline, ("article",), ("published",), "dateline"),
            ComponentSpec(
                "mentions", make_mentions, ("doc", "published"), ("dates", "counts", "sources")
            ),
            ComponentSpec("places", make_places, ("doc",), ("places", "focus_country")),
            ComponentSpec("actors", make_actors, ("doc", "places"), ("actors",)),
            ComponentSpec("triggers", make_triggers, ("doc",), ("triggers",)),
            ComponentSpec(
                "linking",
                make_linking,
                ("triggers", "dates", "places", "actors", "counts", "sources"),
                ("frames",),
            ),
            ComponentSpec("assembly", make_assembly, ("frames", "focus_country"), ("events",)),
        ]
    )
