"""Two reports of one story found by what their whole articles share: the victims', the
suspect's and the firm's names, the town, the ages and figures (``tacitus.dedup.story``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from tacitus.dedup import Matcher, MatchProfile
from tacitus.dedup.story import common_news_words, story_similarity
from tacitus.dedup.words import ArticleContext, story_words
from tacitus.records.article import Article
from tacitus.records.event import AcledCoding, Event
from tacitus.store import SQLiteStore
from test_dedup import report
from test_dedup_words import profile

WIRE = (
    "A former line supervisor opened fire inside the Brackwater Cannery in Harlan Cove on "
    "Thursday morning, killing two co-workers and wounding a third before he was arrested "
    "in the parking lot, the county sheriff said.\n\n"
    "Sheriff Tobias Renwick named the suspect as Dorian Kell, 44, who had been dismissed "
    "from the cannery two weeks earlier after a dispute over overtime pay. Kell returned "
    "with a hunting rifle shortly after the early shift began, walked past the loading dock "
    "and fired on the packing line, Renwick said.\n\n"
    "The dead were identified as Mirela Osterby, 38, a quality inspector, and Jonah Pruett, "
    "52, a forklift driver. A 29-year-old packer was flown to St. Agnes Medical Center in "
    "Fenwick with a wound to the shoulder and was in stable condition.\n\n"
    "Workers said Kell had complained for months about his schedule. The cannery, which "
    "employs about 140 people and processes salmon, will stay closed through the weekend."
)
DAILY = (
    "Harlan Cove is in mourning after a dismissed supervisor killed two people at the "
    "Brackwater Cannery, where he had worked for eleven years.\n\n"
    "Dorian Kell, 44, was taken into custody in the cannery parking lot minutes after the "
    "shooting, Sheriff Tobias Renwick told reporters. Investigators recovered a hunting "
    "rifle from his pickup. Kell had lost his job two weeks ago after a row over overtime "
    "pay, colleagues said.\n\n"
    "Mirela Osterby, 38, who inspected the salmon on the packing line, and Jonah Pruett, "
    "52, a forklift driver, died at the scene. A packer, 29, is recovering at St. Agnes "
    "Medical Center in Fenwick.\n\n"
    "The cannery, one of the largest employers in Harlan Cove with some 140 workers, said "
    "it would stay closed through the weekend and offer counselling to its staff."
)
BAKERY = (
    "A man armed with a handgun shot and killed the owner of the Larkfield Bakery in "
    "Dunmore on Thursday morning and wounded a delivery driver, the city police chief said.\n\n"
    "Chief Amara Velasquez said officers arrested Lionel Thorne, 31, a few streets away "
    "after a neighbour described his car. The owner, Greta Haldane, 61, had reported "
    "threats from Thorne, a former tenant of the flat above the shop, in the spring.\n\n"
    "The driver, 24, was treated at Dunmore General Hospital and released. Neighbours "
    "left flowers outside the bakery, which Haldane had run for thirty years."
)
THIN = {
    "wire": "Two people were shot dead at a cannery on Thursday.",
    "daily": "A dismissed worker killed two colleagues, officials said.",
    "bakery": "A shop owner was shot dead on Thursday.",
}


def test_story_words_are_the_articles_own_not_the_news_vocabulary() -> None:
    words = story_words(WIRE)
    assert {"brackwater", "cannery", "osterby", "kell", "salmon"} <= set(words)
    assert words.index("cannery") < words.index("salmon")  # the most used first
    assert {"#44", "#38", "#29", "#140"} <= set(words)  # ages and figures
    assert not set(words) & (common_news_words() | {"the", "said", "two"})
    figures = story_words("At 10:45 on 12/05 the $300 fund rose 4.5 percent; 46 fled in 2019.")
    assert [w for w in figures if w.startswith("#")] == ["#46"]


def test_reports_of_one_story_share_their_distinctive_words() -> None:
    wire, daily, bakery = (story_words(text) for text in (WIRE, DAILY, BAKERY))
    same = story_similarity(wire, daily)
    assert same is not None and same > 0.5
    other = story_similarity(wire, bakery)
    assert other is not None and other < 0.1
    assert story_similarity(wire, ()) is None  # an article stored without its words


def test_short_reports_tell_nothing_of_their_story() -> None:
    one = "Gunmen killed five people in Orvieto on Monday, police said."
    two = "Gunmen killed five people in Trasimo on Monday, police said."
    assert story_similarity(story_words(one), story_words(two)) is None
    # Long enough to count, two articles are still measured against STORY_ENOUGH words.
    first, second = [f"w{n:02d}x" for n in range(24)], [f"w{n:02d}x" for n in range(12, 36)]
    assert story_similarity(first, second) == 12 / 40


def test_article_context_keeps_its_words_and_reads_older_json() -> None:
    context = ArticleContext.of(WIRE)
    assert context.words == story_words(WIRE)
    assert ArticleContext.from_json(context.to_json()) == context
    older = ArticleContext.from_json('[["kell"],[2021]]')
    assert older == ArticleContext(names=("kell",), years=(2021,))


def test_only_a_reports_profile_keeps_its_story_words() -> None:
    report_profile = replace(profile("wire", THIN["wire"]), story=story_words(WIRE))
    stored = report_profile.to_json()
    assert MatchProfile.from_json(stored) == report_profile
    canonical = report_profile.without_story()
    assert canonical.story == () and canonical.to_json().count("[") < stored.count("[")
    before = '{"event_id":"ev_a","status":"new","event_type":null,"sub_event_type":null,'
    before += '"plover":"ASSAULT","date_start":"2024-01-01","date_end":"2024-01-01",'
    before += '"date_precision":"day","country":null,"lat":null,"lon":null,'
    before += '"place_precision":null,"geonameid":null,"actor1":[],"actor2":[],"counts":[],'
    before += '"evidence":"","article_ids":["a"]}\n[["kell"],["shoot"],["cove"]]'
    older = MatchProfile.from_json(before)  # stored before story words existed
    assert older.names == ("kell",) and older.context == ("cove",) and older.story == ()


def test_the_story_lifts_a_pair_whose_sentences_say_little() -> None:
    wire = replace(profile("wire", THIN["wire"]), story=story_words(WIRE), lead=True)
    daily = replace(profile("daily", THIN["daily"]), story=story_words(DAILY), lead=True)
    matcher = Matcher()
    canonical = wire.without_story()
    assert matcher.best(daily, [canonical]) is None  # the sentences alone are too thin
    decision = matcher.best(daily, [canonical], reports_of=lambda _: [wire])
    assert decision is not None and decision.report == wire.event_id and decision.leads
    assert decision.features.story_sim is not None and decision.features.story_sim > 0.3
    bakery = replace(profile("bakery", THIN["bakery"]), story=story_words(BAKERY), lead=True)
    assert matcher.best(bakery, [canonical], reports_of=lambda _: [wire]) is None


def test_the_story_speaks_only_for_the_articles_main_events() -> None:
    """One story leads with one event: the words it shares say nothing of an event that
    either article mentions on the side (a robbery the week before, the funeral)."""
    wire = replace(profile("wire", THIN["wire"]), story=story_words(WIRE), lead=True)
    daily = replace(profile("daily", THIN["daily"]), story=story_words(DAILY))
    matcher = Matcher()
    assert matcher.best(daily, [wire.without_story()], reports_of=lambda _: [wire]) is None
    side = replace(wire, lead=False)
    lead = replace(daily, lead=True)
    assert matcher.best(lead, [side.without_story()], reports_of=lambda _: [side]) is None


def test_a_strong_story_is_proof_enough_when_the_country_is_unknown() -> None:
    wire = replace(profile("wire", THIN["wire"]), story=story_words(WIRE), lead=True)
    daily = replace(
        profile("daily", THIN["daily"], country=None), story=story_words(DAILY), lead=True
    )
    decision = Matcher().best(daily, [wire.without_story()], reports_of=lambda _: [wire])
    assert decision is not None and not decision.features.country_known
    stranger = replace(daily, story=story_words(BAKERY))
    assert Matcher().best(stranger, [wire.without_story()], reports_of=lambda _: [wire]) is None


def test_the_store_merges_reports_of_one_story_and_keeps_words_with_reports(
    tmp_path: Path,
) -> None:
    with SQLiteStore(tmp_path / "events.db") as store:
        for name, text in (("wire", WIRE), ("daily", DAILY), ("bakery", BAKERY)):
            art = Article(id=name, text=text, published=dt.date(2024, 5, 17))
            store.save(art, [_shooting(art, THIN[name])])
        clusters = sorted(sorted(e.article_ids) for e in store.events())
        assert clusters == [["bakery"], ["daily", "wire"]]
        (merge,) = store.audit()
        assert merge.features is not None and merge.features["story_sim"] > 0.3
        rows = store._conn.execute("SELECT profile FROM canonical_events").fetchall()
        assert all(MatchProfile.from_json(row[0]).story == () for row in rows)
        (merged,) = (e for e in store.events() if len(e.article_ids) == 2)
        reports = store._links.report_profiles(merged.event_id)
        assert all("cannery" in r.story for r in reports)


def test_two_long_articles_of_different_stories_count_against_the_pair(tmp_path: Path) -> None:
    # Same day, same country, same kind of event, a place and an actor word in common:
    # without the articles' words, the bakery report would join the cannery's.
    for apart, events in ((0.0, 1), (Matcher().story_apart, 2)):
        matcher = Matcher(story_apart=apart)
        with SQLiteStore(tmp_path / f"events{apart}.db", matcher=matcher) as store:
            for name, text in (("wire", WIRE), ("bakery", BAKERY)):
                art = Article(id=name, text=text, published=dt.date(2024, 5, 17))
                store.save(art, [_shooting(art, THIN[name])])
            assert len(store.events()) == events


def test_articles_that_give_only_their_event_sentence_stay_apart(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "events.db") as store:
        for name in ("wire", "daily"):
            art = Article(id=name, text=THIN[name], published=dt.date(2024, 5, 17))
            store.save(art, [_shooting(art, THIN[name])])
        assert len(store.events()) == 2


def _shooting(art: Article, sentence: str) -> Event:
    """A shooting placed only in its country, by an unnamed gunman, with no count."""
    event = report(
        art, text=sentence, country="USA", place_precision=6, killed=None, actor="Unidentified"
    )
    coding = AcledCoding(
        event_type="Violence against civilians",
        sub_event_type="Attack",
        disorder_type="Political violence",
    )
    return event.model_copy(update={"acled": coding, "actors": event.actors[:1]})


def test_a_fifth_of_the_story_and_some_names_will_do_without_a_country() -> None:
    """Two main events placed nowhere: names in common and a fifth of their articles'
    distinctive words (which two stories rarely share) make them one, as does a quarter
    (what two reports of one story typically share); less, with the same names, does not."""
    words = [f"w{n:02d}x" for n in range(60)]
    wire = replace(profile("wire", THIN["wire"], country=None), story=tuple(words[:40]), lead=True)
    wire = replace(wire, names=("kell", "osterby", "pruett", "brackwater"))
    for shared, merged in ((10, True), (8, True), (7, False)):
        story = (*words[:shared], *(f"v{n:02d}x" for n in range(40 - shared)))
        daily = replace(
            profile("daily", THIN["daily"], country=None),
            story=story,
            names=("kell", "osterby", "renwick", "fenwick"),
            lead=True,
        )
        decision = Matcher().best(daily, [wire.without_story()], reports_of=lambda _: [wire])
        assert (decision is not None) is merged, shared


def test_a_canonical_events_json_is_its_reports_less_the_story_words() -> None:
    """``story_free_json`` reuses the report's stored first line: the same text as encoding
    the profile without its story words, whatever sets it has or lacks."""
    full = replace(profile("wire", THIN["wire"]), story=story_words(WIRE), lead=True)
    variants = [
        full,
        replace(full, context=("kell", "cove")),
        replace(full, names=(), words=(), context=()),  # only the story words
        replace(full, story=()),
        replace(full, names=(), words=(), context=(), story=()),  # no second line at all
    ]
    for report_profile in variants:
        stored = report_profile.to_json()
        expected = report_profile.without_story().to_json()
        assert report_profile.story_free_json(stored) == expected
        assert report_profile.story_free_json() == expected
        assert MatchProfile.from_json(expected) == report_profile.without_story()
