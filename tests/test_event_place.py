"""Choosing where an event happened, and relative locations, on sentences of our own."""

from __future__ import annotations

import pytest

from tacitus.assembly.places import choose_location, precision_for
from tacitus.components.toponyms import find_toponyms
from tacitus.geoparse.event_place import choose_event_places
from tacitus.geoparse.relative import relation_before
from tacitus.geoparse.resolve import resolve_mentions
from tacitus.pipeline import Pipeline
from tacitus.pipeline.doc import PlaceMention
from tacitus.records.event import Location

pytestmark = pytest.mark.slow


def _chosen(pipeline: Pipeline, text: str, verb: str) -> list[str]:
    doc = pipeline.resources.nlp(text)
    mentions = find_toponyms(doc)
    trigger = next(t.i for t in doc if t.text == verb)
    return [c.mention.text for c in choose_event_places(doc, trigger=trigger, mentions=mentions)]


def _location(pipeline: Pipeline, text: str, verb: str) -> Location:
    res = pipeline.resources
    doc = res.nlp(text)
    mentions: list[PlaceMention] = find_toponyms(doc)
    resolve_mentions(mentions, gazetteer=res.gazetteer, actors=res.actors, text=text)
    trigger = next(t.i for t in doc if t.text == verb)
    main, _ = choose_location(mentions, doc=doc, trigger=trigger)
    assert main is not None
    return main


def test_origin_is_not_the_event_place(pipeline: Pipeline) -> None:
    text = "A shopkeeper from Nairobi was shot dead in Mombasa on Monday."
    assert _chosen(pipeline, text, "shot") == ["Mombasa"]


def test_no_event_place_when_only_an_origin_is_named(pipeline: Pipeline) -> None:
    text = "A teacher from Lahore was arrested by the police on Monday."
    assert _chosen(pipeline, text, "arrested") == []


def test_region_that_qualifies_a_place_is_dropped(pipeline: Pipeline) -> None:
    text = "Rebels captured the towns of Palmyra and Qaryatayn in Homs province last week."
    # "Palmyra" is a PERSON to the parser; the place noun "towns of" still makes it a place.
    assert _chosen(pipeline, text, "captured") == ["Palmyra", "Qaryatayn"]


def test_conjoined_places_are_both_chosen(pipeline: Pipeline) -> None:
    text = "Protesters rallied in London and Paris on Saturday."
    assert _chosen(pipeline, text, "rallied") == ["London", "Paris"]


def test_relative_phrases_found_before_the_anchor() -> None:
    text = "Gunmen attacked a checkpoint 20 km north of Mosul, and others fought in Erbil."
    relation = relation_before(text, text.index("Mosul"))
    assert relation is not None and relation.kind == "distance"
    assert relation.phrase == "20 km north of"
    assert relation_before(text, text.index("Erbil")) is None
    border = "Shells fell near the border with Syria."
    found = relation_before(border, border.index("Syria"))
    assert found is not None and found.kind == "border"
    outskirts = "A car bomb went off on the outskirts of Kabul."
    found = relation_before(outskirts, outskirts.index("Kabul"))
    assert found is not None and found.kind == "outskirts"


def test_relative_precision_codes() -> None:
    near = relation_before("fighting near Aleppo", len("fighting near "))
    border = relation_before("clashes on the border with Syria", len("clashes on the border with "))
    assert precision_for("city", relation=near).model_dump() == {"acled": 2, "ucdp": 2, "plover": 4}
    assert precision_for("country", relation=border).model_dump() == {
        "acled": 3,
        "ucdp": 6,
        "plover": 1,
    }
    assert precision_for("city", relation=border).ucdp == 5
    assert precision_for("city").model_dump() == {"acled": 1, "ucdp": 1, "plover": 4}


def test_relative_location_keeps_the_anchor(pipeline: Pipeline) -> None:
    text = "Gunmen attacked a checkpoint 20 km north of Baghdad on Friday."
    location = _location(pipeline, text, "attacked")
    assert location.name == "Baghdad" and location.country == "IRQ"
    assert (location.precision.acled, location.precision.ucdp) == (2, 2)
    assert "20 km north of" in location.reason


def test_outskirts_of_kabul(pipeline: Pipeline) -> None:
    text = "A suicide bomber struck on the outskirts of Kabul on Sunday."
    location = _location(pipeline, text, "struck")
    assert location.name == "Kabul" and location.precision.acled == 2
    assert "outskirts of" in location.reason


def _resolved_chosen(pipeline: Pipeline, text: str, verb: str) -> list[str]:
    res = pipeline.resources
    doc = res.nlp(text)
    mentions = find_toponyms(doc)
    resolve_mentions(mentions, gazetteer=res.gazetteer, actors=res.actors, text=text)
    trigger = next(t.i for t in doc if t.text == verb)
    return [c.mention.text for c in choose_event_places(doc, trigger=trigger, mentions=mentions)]


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        # A place that names a noun in a locative slot ("his Kabul home").
        ("Gunmen shot a shopkeeper outside his Kabul home on Monday.", "shot", ["Kabul"]),
        # The place a patrol covers, over a place in a later phrase.
        ("Police patrolled Jerusalem on Friday after clashes in Gaza.", "patrolled", ["Jerusalem"]),
        # A person captured is not a place; where it happened is.
        ("Omar Haddad was captured in Kandahar last year.", "captured", ["Kandahar"]),
        # A nationality is no place ("a U.S. airstrike").
        ("A U.S. airstrike killed six militants on Sunday.", "killed", []),
        # "the streets of X" take the role of "the streets".
        ("Soldiers patrolled the streets of Mosul on Tuesday.", "patrolled", ["Mosul"]),
        # The streets a crowd takes to are where it was, not where it went from elsewhere.
        ("Thousands of farmers took to the streets of Accra on Friday.", "took", ["Accra"]),
        ("Angry traders poured into the main square of Kumasi.", "poured", ["Kumasi"]),
    ],
)
def test_syntactic_roles(pipeline: Pipeline, text: str, verb: str, expected: list[str]) -> None:
    assert _resolved_chosen(pipeline, text, verb) == expected


def test_a_source_placed_somewhere_does_not_place_the_event(pipeline: Pipeline) -> None:
    text = "The commander was killed on Monday, according to media sources in Mosul."
    assert _resolved_chosen(pipeline, text, "killed") == []


def test_a_country_holding_a_finer_place_is_left_out(pipeline: Pipeline) -> None:
    text = "Two civilians were killed in Aleppo, in northern Syria, on Monday."
    assert _resolved_chosen(pipeline, text, "killed") == ["Aleppo"]


def test_relative_clause_on_the_clashes_places_the_event(pipeline: Pipeline) -> None:
    text = "Five fighters died during the clashes that broke out in Tel Tamer on Friday."
    assert _chosen(pipeline, text, "died") == ["Tel Tamer"]


def test_hyphenated_names_and_capitalised_city_stay_whole(pipeline: Pipeline) -> None:
    doc = pipeline.resources.nlp("A bomb exploded in al-Karrada and another in Gaza City.")
    names = [m.text for m in find_toponyms(doc)]
    assert "al-Karrada" in names
    assert "Gaza City" in names
    fargo = pipeline.resources.nlp("Traffic on the Fargo-Moorhead bridge was slow.")
    assert "Fargo-Moorhead" not in [m.text for m in find_toponyms(fargo)]


def test_a_city_holding_a_named_neighbourhood_is_left_out(pipeline: Pipeline) -> None:
    text = "A child was killed by a mortar in al-Qasaa neighbourhood in central Damascus."
    assert _resolved_chosen(pipeline, text, "killed") == ["al-Qasaa"]


def test_known_town_read_as_a_group_is_the_place_captured(pipeline: Pipeline) -> None:
    # The parser reads "Kindu" as an organisation; right after "captured" and known to
    # the gazetteer, it is the town taken, and the province only says where it lies.
    text = "Rebel fighters captured Kindu in Maniema province on Sunday."
    assert _resolved_choice(pipeline, text, "captured") == ["Kindu"]


def test_person_captured_is_not_a_place(pipeline: Pipeline) -> None:
    text = "Soldiers captured Ahmed in Kandahar province."
    assert _resolved_choice(pipeline, text, "captured") == ["Kandahar"]


def _resolved_choice(pipeline: Pipeline, text: str, verb: str) -> list[str]:
    res = pipeline.resources
    doc = res.nlp(text)
    mentions = find_toponyms(doc)
    resolve_mentions(mentions, gazetteer=res.gazetteer, actors=res.actors, text=text)
    trigger = next(t.i for t in doc if t.text == verb)
    return [c.mention.text for c in choose_event_places(doc, trigger=trigger, mentions=mentions)]
