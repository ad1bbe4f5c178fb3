"""Actor knowledge base: countries, state forces, named groups and generic actors.

>>> kb = ActorKB.load()
>>> kb.resolve("Iraqi security forces").name
'Police Forces of Iraq'
"""

from tacitus.actors.countries import Country
from tacitus.actors.entry import ActorEntry, ActorKind, ActorMatch
from tacitus.actors.kb import ActorKB

__all__ = ["ActorEntry", "ActorKB", "ActorKind", "ActorMatch", "Country"]
