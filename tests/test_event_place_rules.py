"""Rules for choosing an event's place, each on sentences of our own: clauses of another
time or of a state, phrases that only describe or qualify a place, coordinated and
parallel places, and the fallback to a place that names the subject."""

from __future__ import annotations

import datetime as dt

import pytest

from tacitus.components.toponyms import find_toponyms
from tacitus.geoparse.event_place import choose_event_places
from tacitus.geoparse.resolve import resolve_mentions
from tacitus.pipeline import Pipeline
from tacitus.pipeline.doc import PlaceMention
from tacitus.records import Article

pytestmark = pytest.mark.slow


def _chosen(pipeline: Pipeline, text: str, verb: str, *, resolve: bool = False) -> list[str]:
    res = pipeline.resources
    doc = res.nlp(text)
    mentions = find_toponyms(doc)
    if resolve:
        resolve_mentions(mentions, gazetteer=res.gazetteer, actors=res.actors, text=text)
    trigger = next(t.i for t in doc if t.text == verb)
    return [c.mention.text for c in choose_event_places(doc, trigger=trigger, mentions=mentions)]


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        # A relative clause of state says where someone is based, not where it happened.
        (
            "The streets were patrolled by Kenyan troops who have their barracks in Nairobi.",
            "patrolled",
            [],
        ),
        # A clause opened by "since" tells of another time.
        ("Fifty fighters have been killed since insurgents stormed Mosul in June.", "killed", []),
        # What a protest is against holds the grievance's place, not the protest's.
        ("Hundreds protested against the army offensive in Swat on Friday.", "protested", []),
        # "according to" names a source.
        ("The suspect was shot dead, according to a Lagos radio station.", "shot", []),
        # A single person's town says where they are from ("a Lahore man").
        ("A Lahore man shot his brother on Monday.", "shot", []),
        # Where an organisation is based ("a Paris-based group") is no event place.
        ("Six miners were killed, a Paris-based rights group said.", "killed", []),
    ],
)
def test_phrases_that_do_not_place_the_event(
    pipeline: Pipeline, text: str, verb: str, expected: list[str]
) -> None:
    assert _chosen(pipeline, text, verb) == expected


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        # A compass direction: the town it is taken from is the anchor.
        ("A farmer was shot dead in a village northwest of Kirkuk.", "shot", ["Kirkuk"]),
        # A distance "from" a town makes the town the anchor, not an origin.
        (
            "Rangers patrolled a stretch of forest 20 miles from the town of Ataq.",
            "patrolled",
            ["Ataq"],
        ),
        # A participle on a place noun describes it ("the checkpoint leading to ...").
        (
            "Two civilians were killed at the checkpoint leading to Kabul airport.",
            "killed",
            ["Kabul"],
        ),
        # Examples after "including" take the role of the word they illustrate.
        (
            "Rebels captured five cities, including Kabul and Kandahar.",
            "captured",
            ["Kabul", "Kandahar"],
        ),
        # With no place of full weight, one that names the subject is the best guess.
        ("Around 2,000 Bangkok workers demonstrated on Sunday.", "demonstrated", ["Bangkok"]),
    ],
)
def test_anchors_and_weak_places(
    pipeline: Pipeline, text: str, verb: str, expected: list[str]
) -> None:
    assert _chosen(pipeline, text, verb) == expected


def test_region_in_an_apposition_of_an_origin_is_not_chosen(pipeline: Pipeline) -> None:
    text = "He was detained after travelling from Miranshah, a town in North Waziristan, to Bannu."
    chosen = _chosen(pipeline, text, "detained")
    # The destination of the journey may be where he was held; the origin and the region
    # that describes it are not.
    assert "North Waziristan" not in chosen and "Miranshah" not in chosen


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        # A name coordinated with a place noun's name ("X and the nearby village of Y").
        (
            "Militants stormed Tel Tamr and the nearby village of Abu Rasin on Monday.",
            "stormed",
            ["Tel Tamr", "Abu Rasin"],
        ),
        # The same preposition on coordinated objects places each of them.
        (
            "Gunmen shot a soldier in Kandahar and two policemen in Lashkar Gah.",
            "shot",
            ["Kandahar", "Lashkar Gah"],
        ),
    ],
)
def test_places_named_together(
    pipeline: Pipeline, text: str, verb: str, expected: list[str]
) -> None:
    assert _chosen(pipeline, text, verb, resolve=True) == expected


def test_a_group_named_beside_a_place_is_not_one(pipeline: Pipeline) -> None:
    # The parser coordinates "Hezbollah" (read as a group, unknown to the gazetteer) with
    # the mountains; a finder that took it for a name in a place slot is overruled.
    text = "In the Qalamoun Mountains, the army and Hezbollah captured a hill on Monday."
    doc = pipeline.resources.nlp(text)
    group = next(t for t in doc if t.text == "Hezbollah")
    assert group.ent_type_ == "ORG"
    mentions = [
        *find_toponyms(doc),
        PlaceMention(text="Hezbollah", start=group.idx, end=group.idx + 9, sent=0, head=group.i),
    ]
    trigger = next(t.i for t in doc if t.text == "captured")
    chosen = choose_event_places(doc, trigger=trigger, mentions=mentions, slot_names=False)
    assert [c.mention.text for c in chosen] == ["Qalamoun Mountains"]


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        # A region set off by a comma after finer places only says where they lie.
        (
            "Three soldiers died in the villages of Kafr Nabl and Maarrat Harma, in Idlib's "
            "southern countryside.",
            "died",
            ["Kafr Nabl", "Maarrat Harma"],
        ),
        # A region in brackets after a place says where it lies.
        (
            "Gunmen shelled the villages of Kafr Zita (Hama province) and Jisr al-Shughur "
            "(Idlib province).",
            "shelled",
            ["Kafr Zita", "Jisr al-Shughur"],
        ),
        # A name called a province is a region, whatever the gazetteer matched.
        (
            "In the province of Idlib, rebels shelled the towns of Kafr Zita and Morek.",
            "shelled",
            ["Kafr Zita", "Morek"],
        ),
        # A direction phrase after a comma places the town before it; Baghdad is no event place.
        (
            "A policeman was killed in Tikrit, 150 km north of Baghdad, on Sunday.",
            "killed",
            ["Tikrit"],
        ),
        # A site named with a city is inside it.
        (
            "A bomb went off near al-Rashid Stadium in central Baghdad on Monday.",
            "went",
            ["al-Rashid Stadium"],
        ),
    ],
)
def test_places_that_qualify_a_finer_one(
    pipeline: Pipeline, text: str, verb: str, expected: list[str]
) -> None:
    assert _chosen(pipeline, text, verb, resolve=True) == expected


def test_a_seat_of_an_organisation_gives_the_article_no_country(pipeline: Pipeline) -> None:
    text = "Six miners were killed on Sunday, a Paris-based rights group said."
    events = pipeline.process(Article(id="t", text=text, published=dt.date(2024, 3, 14))).events
    assert [e.location for e in events] == [None]
