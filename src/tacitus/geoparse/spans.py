"""Toponyms the parser cut short: "North" + "Charleston", "Rhineland-" + "Palatinate".

A toponym grows over the capitalised word before it, or the one or two after it, when
the longer name is a place's name in the gazetteer or a named region's; a bare compass word
takes the word after it anyway ("North Arlington", looked up as "Arlington" when the
gazetteer lacks the whole) ("Fort St." + "John", "EAST" + "HAMPTON", "Central" +
"American"). A name joined by "and", "&" or "of" grows over the join when the whole is a
place's name ("Trinidad" + "and Tobago", "Port" + "of Spain"), and so does one joined by
a particle ("Mocimboa" + "da Praia"). Two names split at a bare hyphen are one name when
the gazetteer does not know the first alone and the tagger took neither for a place
("Tse" + "Akaa"). A toponym the longer span
swallows is dropped, and so is an institution's head word cut from its place ("University"
of "University of Alberta"): the institution is not a town of that name.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from tacitus.components.toponym_words import INNER_PARTICLES
from tacitus.pipeline.doc import PlaceMention

if TYPE_CHECKING:
    from tacitus.gazetteer import Gazetteer

_WORD = r"[A-Z][\w'\u2019.]*"
_AFTER = re.compile(rf"[ -]({_WORD})(?: ({_WORD}))?")
_BEFORE = re.compile(rf"(?:^|(?<=\s))({_WORD})[ -]$")
_COMPASS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western"}
    | {"upper", "lower", "central"}
)
# Words that never begin or end a place name's extension.
_STOP = frozenset({"the", "and", "of", "in", "on", "at", "police", "mayor", "gov", "sen", "rep"})
# Lower-case particles inside place names ("Mocimboa da Praia", "Rio de Janeiro", "Ciudad de
# la Paz"); a name grows over one only when the gazetteer knows the whole.
_PARTICLES = "|".join(sorted(INNER_PARTICLES | {"de la"}, key=len, reverse=True))
# A join inside a name and the one to three capitalised words after it.
_JOINED = re.compile(rf" (?:and|&|of|of the|{_PARTICLES}) ({_WORD})(?: ({_WORD}))?(?: ({_WORD}))?")
# Words that head an institution's name before "of" and its place ("University of
# Alberta", "Museum of London"); alone they would be looked up as a town.
_INSTITUTIONS = frozenset(
    {"university", "college", "institute", "museum", "hospital", "church", "cathedral"}
    | {"bank", "school", "academy", "library", "council", "court"}
)
_INSTITUTION_OF = re.compile(r" of (?:the )?[A-Z]")


def extend_fragments(
    mentions: list[PlaceMention], text: str, gazetteer: Gazetteer
) -> list[PlaceMention]:
    """``mentions`` with cut-short toponyms grown to the whole name (a new list)."""
    out: list[PlaceMention] = []
    for mention in mentions:
        if any(m.start <= mention.start and mention.end <= m.end for m in out):
            continue
        if _institution_head(mention, text):
            continue
        grown = _grow(mention, text, gazetteer)
        out = [m for m in out if not (grown.start < m.end and m.start < grown.end)]
        if out and _one_hyphened_name(out[-1], grown, text, gazetteer):
            left = out.pop()
            grown = replace(left, text=text[left.start : grown.end], end=grown.end, head=grown.head)
        out.append(grown)
    return out


def _one_hyphened_name(left: PlaceMention, right: PlaceMention, text: str, gaz: Gazetteer) -> bool:
    """Two proper nouns the parser split at a bare hyphen, neither tagged a place, the
    first of which the gazetteer does not know alone ("Tse" + "Akaa"): one village's
    name, whatever town abroad the second part spells. Names the tagger took for places
    or peoples stay apart ("Iran-Iraq", "Egyptian-US", "R-Ashland")."""
    return (
        left.label == right.label == "PROPN"
        and text[left.end : right.start] == "-"
        and left.text[:1].isupper()
        and right.text[:1].isupper()
        and not _known(gaz, left.text)
    )


def _institution_head(mention: PlaceMention, text: str) -> bool:
    """ "University" read alone out of "the University of Alberta"."""
    last = mention.text.rsplit(" ", 1)[-1].lower()
    return last in _INSTITUTIONS and _INSTITUTION_OF.match(text, mention.end) is not None


def _grow(mention: PlaceMention, text: str, gaz: Gazetteer) -> PlaceMention:
    joined = _JOINED.match(text, mention.end)
    if joined is not None:
        for group in (3, 2, 1):
            if not joined.group(group):
                continue
            end = joined.end(group)
            for stop in (end - 1, end) if text[end - 1] == "." else (end,):
                if _known(gaz, text[mention.start : stop]):
                    return _widened(mention, text, mention.start, stop)
    after = _words_after(text, mention.end)
    if after and mention.kind_hint is not None and after[0][0].lower() == mention.kind_hint:
        after = []  # "Granville" + "County": the kind word was set apart on purpose
    for _, end in reversed(after):
        if _known(gaz, text[mention.start : end]):
            return _widened(mention, text, mention.start, end)
    if mention.text.lower() in _COMPASS and after:
        return _widened(mention, text, mention.start, after[0][1])
    before = _BEFORE.search(text, max(0, mention.start - 40), mention.start)
    if before is None or before.group(1).lower() in _STOP:
        return mention
    if _known(gaz, text[before.start(1) : mention.end]):
        return _widened(mention, text, before.start(1), mention.end)
    return mention


def _words_after(text: str, end: int) -> list[tuple[str, int]]:
    """The one or two capitalised words right after ``end``, with where each ends."""
    found = _AFTER.match(text, end)
    if found is None:
        return []
    words: list[tuple[str, int]] = []
    for group in (1, 2):
        word = found.group(group)
        if word is None or word.lower().rstrip(".") in _STOP:
            break
        words.append((word, found.end(group)))
    return words


def _known(gaz: Gazetteer, name: str) -> bool:
    """Whether the gazetteer knows ``name`` whole (as a place's name or alternate name, or
    a named region's name or demonym)."""
    return bool(gaz.lookup(name, limit=1)) or gaz.world_region(name) is not None


def _widened(mention: PlaceMention, text: str, start: int, end: int) -> PlaceMention:
    return replace(mention, text=text[start:end], start=start, end=end, label="GPE")
