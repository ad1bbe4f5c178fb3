"""Streets and buildings placed in the town the article names by them: "Frenchmen Street"
in a report from New Orleans, "Mercy Medical Center" in one from Des Moines.

The gazetteer holds no streets and few buildings, yet one named in a news report almost
always lies in the town the report has just named: reporters name the town first and then
its streets, hospitals and halls ("Police in Winnipeg closed Assiniboine Avenue"). A found
name of several words whose last word is a street's ("Street", "Avenue", "Boulevard",
"Lane", and their short forms) or a building's ("Hospital", "Center", "Library"; see
:data:`~tacitus.geoparse.facilities.FACILITY_WORDS`), that nothing placed (one set "in" a
town is placed by :mod:`tacitus.geoparse.facilities`), takes the last town named before
it, else the article's first town after it. A town read as a metonym ("Washington said")
is no setting. The town's place is within a street's length of the site, far inside
geoparsing's usual tolerance, and the reason says the site was placed so. Roads and
highways are left alone: they run between towns, and "Route 9" or "the A120" may leave
the town far behind.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from tacitus.components.toponyms import STREET_WORDS
from tacitus.doc_memo import span_ents
from tacitus.geoparse.extras import overlaps_any
from tacitus.geoparse.facilities import FACILITY_WORDS
from tacitus.pipeline.doc import PlaceMention

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Last words of street names (lowercase, full stops dropped): the finder's, and their
# short forms.
_STREET_WORDS = frozenset(w.lower() for w in STREET_WORDS) | {"st", "ave", "blvd", "ln", "dr"}
_SITE_WORDS = _STREET_WORDS | FACILITY_WORDS
# Entity labels under which the tagger may give a site's name. One it took for a person
# counts only with a street word that is no surname ("Virginia L. Lane", "Joe Hall").
_NAME_LABELS = frozenset({"ORG", "FAC", "PERSON", "LOC", "GPE"})
_PERSON_STREET_WORDS = frozenset({"street", "st", "avenue", "ave", "boulevard", "blvd"})


def site_name(text: str, *, words: frozenset[str] = _SITE_WORDS) -> bool:
    """Whether ``text`` names a street or a building: several words, the last a street's
    or a building's (one of ``words``), capitalised ("the city's school" is none)."""
    parts = text.split()
    last = parts[-1].rstrip(".") if parts else ""
    return len(parts) > 1 and last[:1].isupper() and last.lower() in words


def placed_sites(doc: Doc, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """``mentions`` (in text order) with each unplaced street or building given the place
    of the town the article names last before it, else first after it (see the module's
    docstring). Names of sites the tagger took for organisations or people ("Assiniboine
    Avenue" as a person) are added as sites."""
    towns = [m for m in mentions if _town(m)]
    found = sorted([*mentions, *_unfound_sites(doc, mentions)], key=lambda m: m.start)
    return [_placed(m, towns) for m in found]


def _unfound_sites(doc: Doc, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """The entities named as sites that no mention covers, as unplaced mentions."""
    sites: list[PlaceMention] = []
    for index, sent in enumerate(doc.sents):
        for entity in span_ents(sent):
            span = entity[1:] if entity[0].lower_ == "the" else entity
            if entity.label_ not in _NAME_LABELS or not len(span):
                continue
            words = _PERSON_STREET_WORDS if entity.label_ == "PERSON" else _SITE_WORDS
            if not site_name(span.text, words=words):
                continue
            if overlaps_any(span.start_char, span.end_char, mentions):
                continue
            sites.append(PlaceMention.of_span(span, index, label="FAC"))
    return sites


def _placed(mention: PlaceMention, towns: list[PlaceMention]) -> PlaceMention:
    if mention.place is not None or not site_name(mention.text):
        return mention
    town = _setting(mention, towns)
    if town is None:
        return mention
    reason = f"a site in {town.text}, the town the article names by it"
    return replace(mention, place=town.place, score=town.score, reason=reason)


def _town(mention: PlaceMention) -> bool:
    return mention.place is not None and mention.place.kind == "city" and not mention.metonym


def _setting(site: PlaceMention, towns: list[PlaceMention]) -> PlaceMention | None:
    before = [t for t in towns if t.end <= site.start]
    if before:
        return before[-1]
    return next((t for t in towns if t.start >= site.end), None)
