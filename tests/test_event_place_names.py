"""Names in an event's place slots that the toponym finder missed, and names it cut short,
on sentences of our own."""

from __future__ import annotations

import pytest

from tacitus.components.toponyms import find_toponyms
from tacitus.gazetteer import Place
from tacitus.geoparse.conjuncts import same_name
from tacitus.geoparse.event_place import choose_event_places
from tacitus.geoparse.name_spans import widen
from tacitus.pipeline import Pipeline
from tacitus.pipeline.doc import PlaceMention

pytestmark = pytest.mark.slow


def _chosen(pipeline: Pipeline, text: str, verb: str, *, slot_names: bool = True) -> list[str]:
    doc = pipeline.resources.nlp(text)
    mentions = find_toponyms(doc)
    trigger = next(t.i for t in doc if t.text == verb)
    chosen = choose_event_places(doc, trigger=trigger, mentions=mentions, slot_names=slot_names)
    return [c.mention.text for c in chosen]


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        # A border named by the adjectives of its two sides.
        (
            "Troops clashed with smugglers near the Eritrean-Ethiopian border on Tuesday.",
            "clashed",
            ["Eritrean-Ethiopian border"],
        ),
        # The object of an event noun.
        ("Dozens of fighters were killed during the siege on Kafranbel.", "killed", ["Kafranbel"]),
        # A name set before an event noun, though the parser reads it as a person's.
        (
            "At least 40 militants have been killed in the Falluja offensive so far.",
            "killed",
            ["Falluja"],
        ),
        # A name set before a site, held against attack.
        ("Four soldiers were killed while defending Taftanaz air base.", "killed", ["Taftanaz"]),
        # Names listed after "the settlements of".
        (
            "Rebels shelled the settlements of Kafr Zita, Latamna and Morek on Monday.",
            "shelled",
            ["Kafr Zita", "Latamna", "Morek"],
        ),
        # The place flown over.
        ("Fighter jets patrolled the skies over Karachi on Saturday.", "patrolled", ["Karachi"]),
    ],
)
def test_names_in_place_slots(
    pipeline: Pipeline, text: str, verb: str, expected: list[str]
) -> None:
    assert _chosen(pipeline, text, verb) == expected


def test_slot_names_can_be_left_out(pipeline: Pipeline) -> None:
    text = "Dozens of fighters were killed during the siege on Kafranbel."
    assert _chosen(pipeline, text, "killed", slot_names=False) == []


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        # Two parts joined by a hyphen, neither known alone.
        ("Government jets bombed Cuito-Cuanavale on Friday.", "bombed", ["Cuito-Cuanavale"]),
        # A place given two names with a slash.
        (
            "Two fighters were killed in the area of Tal Abyad/Girê Spî on Tuesday.",
            "killed",
            ["Tal Abyad/Girê Spî"],
        ),
        # An article-led name keeps the word before it.
        ("Nine rebels were killed near the Deir ez-Zor airport.", "killed", ["Deir ez-Zor"]),
    ],
)
def test_names_cut_short_are_widened(
    pipeline: Pipeline, text: str, verb: str, expected: list[str]
) -> None:
    assert _chosen(pipeline, text, verb) == expected


def test_resolved_names_are_not_widened(pipeline: Pipeline) -> None:
    doc = pipeline.resources.nlp("Traffic on the Fargo-Moorhead bridge was slow.")
    token = next(t for t in doc if t.text == "Moorhead")
    part = PlaceMention(
        text="Moorhead", start=token.idx, end=token.idx + len(token), sent=0, head=token.i
    )
    assert widen(doc, part).text == "Fargo-Moorhead"
    part.place = Place(
        name="Moorhead",
        kind="city",
        country="USA",
        country_name="United States",
        admin1="Minnesota",
        admin1_code="US-MN",
        admin2=None,
        lat=46.87,
        lon=-96.77,
        geonameid=None,
        feature_code="PPL",
        population=44000,
    )
    assert widen(doc, part).text == "Moorhead"


def test_pieces_of_a_split_name_belong_to_it(pipeline: Pipeline) -> None:
    text = "Rangers patrolled the hills near the town of Santa Maria De Los Angeles."
    doc = pipeline.resources.nlp(text)
    head = next(t for t in doc if t.text == "Angeles")

    def mention(word: str) -> PlaceMention:
        token = next(t for t in doc if t.text == word)
        return PlaceMention(
            text=word, start=token.idx, end=token.idx + len(word), sent=0, head=token.i
        )

    whole = mention("Angeles")
    assert head.i == whole.head
    assert same_name(doc, whole, mention("Los"))
    assert not same_name(doc, whole, mention("town"))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Gunners shot down a drone over Kursk on Friday, the governor said.", ["Kursk"]),
        ("Two missiles were intercepted over Odesa overnight.", ["Odesa"]),
        ("A row over Jenkins split the council on Friday.", []),
    ],
)
def test_over_names_airspace_only_after_aircraft_or_flight(
    pipeline: Pipeline, text: str, found: list[str]
) -> None:
    doc = pipeline.resources.nlp(text)
    names = [m.text for m in find_toponyms(doc)]
    assert [n for n in names if n in ("Kursk", "Odesa", "Jenkins")] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the tagger reads the pair as one organisation or title; the way says they are towns
        ("Farmers blocked the road between Cusco and Puno on Monday.", ["Cusco", "Puno"]),
        ("Truckers blocked the main highway between Lima and Arequipa.", ["Lima", "Arequipa"]),
        ("The rivalry between Victoria and Florence grew.", []),
    ],
)
def test_between_names_towns_only_after_a_way_or_a_place_noun(
    pipeline: Pipeline, text: str, found: list[str]
) -> None:
    doc = pipeline.resources.nlp(text)
    names = [m.text for m in find_toponyms(doc)]
    assert [
        n for n in names if n in ("Cusco", "Puno", "Lima", "Arequipa", "Victoria", "Florence")
    ] == found
