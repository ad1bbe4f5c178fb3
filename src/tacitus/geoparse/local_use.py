"""Names an article uses as its own town: "the Paris Police Department", "Athens City
Council", "Dublin residents", "a Mansfield man".

Local news names its town's police, council, schools and people; a foreign capital is
seldom named so in a paper of another country. A name that the article uses so at least
once is read as a town of the article's own country (the country it is written in, else
the one its other names vote): "Paris" beside "Paris Police Department" in an American
paper is Paris, Texas or Tennessee, not the French capital.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tacitus.gazetteer.normalize import normalize_name
from tacitus.geoparse.candidates import lookup_name
from tacitus.geoparse.shared_region import same_name
from tacitus.pipeline.doc import PlaceMention

# Words after a town's name that make it the article's own town (lowercase).
LOCAL_WORDS = frozenset(
    {"police", "fire", "mayor", "council", "councilman", "councilwoman", "city", "township"}
    | {"sheriff", "schools", "school", "elementary", "library", "residents", "resident"}
    | {"man", "woman", "men", "women", "boy", "girl", "teen", "parents", "couple", "native"}
    | {"chamber", "commissioners", "selectmen", "aldermen", "neighbors", "health", "utilities"}
)
# The word after a name, past a possessive: "Dublin's boards" -> "boards".
_NEXT_WORD = re.compile(r"(?:['’]s)?\s+([A-Za-z]+)")
LOOKAHEAD = 24


def local_names(mentions: Iterable[PlaceMention], text: str) -> frozenset[str]:
    """The folded names of ``mentions`` that ``text`` uses at least once as its own
    town's (a local word right after the name), "City" left off ("Dublin City Council")."""
    found: set[str] = set()
    for mention in mentions:
        after = _NEXT_WORD.match(text, mention.end, mention.end + LOOKAHEAD)
        if after is not None and after.group(1).lower() in LOCAL_WORDS:
            found.add(same_name(normalize_name(lookup_name(mention.text))))
    return frozenset(found)
