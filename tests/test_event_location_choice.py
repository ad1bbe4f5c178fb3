"""The event's location in the pipeline: the chooser's place in the trigger's clause, made
precise by places named inside it, with the most precise place as the fallback."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from tacitus.assembly.places import choose_location
from tacitus.components.toponyms import find_toponyms
from tacitus.geoparse.clause import in_trigger_clause
from tacitus.geoparse.event_place import choose_event_places
from tacitus.geoparse.resolve import resolve_mentions
from tacitus.pipeline import Pipeline
from tacitus.pipeline.doc import PlaceMention
from tacitus.records.event import Location

pytestmark = pytest.mark.slow


def _resolved(pipeline: Pipeline, text: str) -> tuple[Doc, list[PlaceMention]]:
    res = pipeline.resources
    doc = res.nlp(text)
    mentions = find_toponyms(doc)
    resolve_mentions(mentions, gazetteer=res.gazetteer, actors=res.actors, text=text)
    return doc, mentions


def _location(pipeline: Pipeline, text: str, *verbs: str) -> tuple[Location, list[Location]]:
    doc, mentions = _resolved(pipeline, text)
    triggers = [next(t.i for t in doc if t.text == verb) for verb in verbs]
    main, others = choose_location(mentions, doc=doc, triggers=triggers)
    assert main is not None
    return main, others


def test_place_in_another_clause_is_not_the_event_place(pipeline: Pipeline) -> None:
    doc = pipeline.resources.nlp("Gunmen attacked a checkpoint after officials in Kabul warned.")
    trigger = next(t.i for t in doc if t.text == "attacked")
    kabul = next(t.i for t in doc if t.text == "Kabul")
    checkpoint = next(t.i for t in doc if t.text == "checkpoint")
    assert not in_trigger_clause(doc, trigger=trigger, head=kabul)
    assert in_trigger_clause(doc, trigger=trigger, head=checkpoint)


def test_chosen_place_beats_a_more_precise_place_elsewhere(pipeline: Pipeline) -> None:
    text = (
        "Soldiers clashed with rebels in Arauca province on Sunday. "
        "Two wounded soldiers were flown to a hospital in Bogota."
    )
    main, _ = _location(pipeline, text, "clashed")
    assert main.country == "COL"
    assert main.name != "Bogotá"
    assert main.reason is not None and "where the event happened" in main.reason


def test_country_is_made_precise_by_a_place_inside_it(pipeline: Pipeline) -> None:
    text = (
        "Hundreds of protesters stormed an embassy in Iraq on Tuesday. "
        "They had marched into the Green Zone of Baghdad before dawn."
    )
    main, _ = _location(pipeline, text, "stormed")
    assert main.country == "IRQ"
    assert main.lat == pytest.approx(33.3, abs=0.2)
    assert main.reason is not None and "inside Iraq" in main.reason


def test_coordinated_countries_are_kept(pipeline: Pipeline) -> None:
    text = "Warplanes bombed weapons depots in Iraq and Syria on Sunday."
    main, others = _location(pipeline, text, "bombed")
    assert {main.country, *(o.country for o in others)} == {"IRQ", "SYR"}


def test_fallback_is_the_most_precise_place(pipeline: Pipeline) -> None:
    text = "Kenya's farmers said the march in the town of Kericho was peaceful."
    _, mentions = _resolved(pipeline, text)
    main, _ = choose_location(mentions)
    assert main is not None and main.name == "Kericho"


def test_qualifying_modifier_of_a_named_city_is_not_chosen(pipeline: Pipeline) -> None:
    text = "Warplanes struck targets around the Red Sea port city of Hodeidah on Saturday."
    doc, mentions = _resolved(pipeline, text)
    trigger = next(t.i for t in doc if t.text == "struck")
    chosen = choose_event_places(doc, trigger=trigger, mentions=mentions)
    assert [c.mention.text for c in chosen] == ["Hodeidah"]


def test_possessive_city_qualifies_the_district(pipeline: Pipeline) -> None:
    _, mentions = _resolved(pipeline, "Depositors rallied in Beirut's Hamra district on Monday.")
    hamra = next(m for m in mentions if m.text == "Hamra")
    assert hamra.place is not None and hamra.place.country == "LBN"


def test_where_someone_comes_from_is_never_the_event_place(pipeline: Pipeline) -> None:
    text = "Police charged a man from Leeds with the murder of his sister, who is from Manchester."
    doc, mentions = _resolved(pipeline, text)
    murder = next(t.i for t in doc if t.text == "murder")
    assert {m.text for m in mentions if m.place is not None} == {"Leeds", "Manchester"}
    main, _ = choose_location(mentions, doc=doc, triggers=[murder])
    assert main is None


def test_a_named_street_is_not_a_town(pipeline: Pipeline) -> None:
    text = "Police were called to a house in Newton Street where two women were found dead."
    _, mentions = _resolved(pipeline, text)
    assert [(m.text, m.label) for m in mentions] == [("Newton Street", "FAC")]
