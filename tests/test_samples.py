"""The bundled sample corpus: every article loads, every span is honest, key events hold."""

from __future__ import annotations

import io

import pytest

from conftest import SAMPLES
from tacitus.coding.taxonomy import is_acled_pair
from tacitus.evaluation.corpus import article_key, load_expected, score
from tacitus.export import write_events
from tacitus.ingest import LoadFailure, iter_articles
from tacitus.pipeline import Pipeline
from tacitus.records import Article, Event


@pytest.fixture(scope="module")
def extracted(pipeline: Pipeline) -> dict[str, tuple[Article, list[Event]]]:
    loaded = list(iter_articles([SAMPLES]))
    assert not [item for item in loaded if isinstance(item, LoadFailure)]
    articles = [a for a in loaded if isinstance(a, Article)]
    results = {}
    for result in pipeline.pipe(articles):
        assert result.error is None, result.error
        results[article_key(result.article)] = (result.article, result.events)
    return results


def _only(events: list[Event], sub_type: str, day: str) -> Event:
    found = [
        e
        for e in events
        if e.status == "new"
        and e.acled
        and e.acled.sub_event_type == sub_type
        and e.date.start == day
    ]
    assert len(found) == 1, [(e.date.start, e.acled and e.acled.sub_event_type) for e in events]
    return found[0]


def test_every_expected_article_is_extracted(
    extracted: dict[str, tuple[Article, list[Event]]],
) -> None:
    assert set(load_expected(SAMPLES)) == set(extracted)
    assert len(extracted) >= 12


def test_spans_point_at_their_text(extracted: dict[str, tuple[Article, list[Event]]]) -> None:
    for article, events in extracted.values():
        for event in events:
            for count in event.counts.values():
                assert article.text[count.span[0] : count.span[1]] == count.text
            for actor in event.actors:
                assert article.text[actor.span[0] : actor.span[1]] == actor.text
            for evidence in event.evidence:
                assert article.text[evidence.span[0] : evidence.span[1]] == evidence.text
            if event.date.span is not None:
                assert article.text[event.date.span[0] : event.date.span[1]] == event.date.text


def test_acled_codings_are_valid(extracted: dict[str, tuple[Article, list[Event]]]) -> None:
    for _, events in extracted.values():
        for event in events:
            if event.acled is not None:
                assert is_acled_pair(event.acled.event_type, event.acled.sub_event_type)


def test_roadside_bomb_with_hedged_toll(extracted: dict[str, tuple[Article, list[Event]]]) -> None:
    _, events = extracted["afghanistan-kandahar-roadside-bomb_2020-10-12.txt"]
    bomb = _only(events, "Remote explosive/landmine/IED", "2020-10-11")
    assert bomb.counts["fatalities"].best == 7
    assert bomb.counts["injured"].best == 5
    assert bomb.location is not None and bomb.location.country == "AFG"
    # The district the bomb went off in, not the city the wounded were taken to.
    assert (bomb.location.name, bomb.location.precision.acled) == ("Arghandab", 2)


def test_village_attack_by_a_named_group(extracted: dict[str, tuple[Article, list[Event]]]) -> None:
    _, events = extracted["drc-beni-adf-village-attack_2021-11-25.txt"]
    attack = _only(events, "Attack", "2021-11-23")
    assert attack.counts["fatalities"].low == 22
    actor1 = attack.actor("actor1")
    assert actor1 is not None and actor1.name == "Allied Democratic Forces"
    assert attack.acled is not None and attack.acled.civilian_targeting


def test_shelling_reported_by_two_outlets(
    extracted: dict[str, tuple[Article, list[Event]]],
) -> None:
    _, first = extracted["syria-ariha-shelling-levant-dispatch_2022-08-15.txt"]
    _, second = extracted["syria-ariha-bombardment-orontes-review_2022-08-16.json"]
    one = _only(first, "Shelling/artillery/missile attack", "2022-08-15")
    shelling = [
        e
        for e in second
        if e.status == "new"
        and e.acled
        and e.acled.sub_event_type == "Shelling/artillery/missile attack"
    ]
    # the bombardment of Ariha, and the rockets HTS says it fired back at army positions
    assert [e.trigger.text for e in shelling if e.trigger] == ["artillery", "fired"]
    two = shelling[0]
    assert (one.counts["fatalities"].best, two.counts["fatalities"].best) == (9, 11)
    assert "fatalities" not in shelling[1].counts
    assert one.counts["fatalities"].claimed_by is not None


def test_clash_between_army_and_al_shabaab(
    extracted: dict[str, tuple[Article, list[Event]]],
) -> None:
    _, events = extracted["somalia-army-al-shabaab-clash-adan-yabaal_2022-09-12.txt"]
    clash = _only(events, "Armed clash", "2022-09-11")
    names = {clash.actor("actor1").name, clash.actor("actor2").name}  # type: ignore[union-attr]
    assert names == {"Military Forces of Somalia", "Al Shabaab"}
    assert clash.acled is not None and clash.acled.interaction == 12


def test_fire_on_protesters_is_excessive_force(
    extracted: dict[str, tuple[Article, list[Event]]],
) -> None:
    _, events = extracted["sudan-khartoum-anniversary-march_2022-04-07.json"]
    crackdown = _only(events, "Excessive force against protesters", "2022-04-06")
    assert crackdown.counts["participants"].best == 5000
    assert crackdown.counts["injured"].low == 40


def test_future_and_background_are_not_new(
    extracted: dict[str, tuple[Article, list[Event]]],
) -> None:
    statuses = {e.status for _, events in extracted.values() for e in events}
    assert {"background", "aggregate"} <= statuses


def test_corpus_scorecard_floor(extracted: dict[str, tuple[Article, list[Event]]]) -> None:
    card = score(load_expected(SAMPLES), {k: v[1] for k, v in extracted.items()})
    recall = card.value("ACLED events: recall")
    assert recall is not None and recall >= 0.7


@pytest.mark.parametrize("fmt", ["acled-csv", "geojson", "plover-jsonl", "jsonl"])
def test_every_sample_event_exports(
    extracted: dict[str, tuple[Article, list[Event]]], fmt: str
) -> None:
    events = [e for _, evs in extracted.values() for e in evs]
    articles = {a.id: a for a, _ in extracted.values()}
    out = io.StringIO()
    report = write_events(events, out, format=fmt, articles=articles)  # type: ignore[arg-type]
    assert report.written > 0
    assert out.getvalue()
