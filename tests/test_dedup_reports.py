"""A new report held against each earlier report of a canonical event, not only their sum.

A canonical event's merged profile pools the names of all its articles; a new article that
names many people may share every name of one earlier report and few of the pool's.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

from tacitus.dedup import Matcher, MatchProfile
from tacitus.dedup.words import ArticleContext
from tacitus.store import SQLiteStore
from test_dedup import TEXT, save
from test_dedup_words import profile

MILL = "Gunmen shot dead Tomas Velanko outside the Ardent Mill in Corvale on Tuesday."
COURT = (
    "In the afternoon the judge, Ines Marrow, heard from the lawyers Pavel Orlan and Dario "
    "Sennet, who spoke for the family and for the workers of the mill in Bastia."
)
DAILY = (
    "Police said Tomas Velanko died at the Ardent Mill in Corvale, as Mayor Lina Ferro, "
    "Rector Ugo Banni and a nurse, Ada Kell of Rovena, told Caspar Dunne."
)


def _merged(*reports: MatchProfile) -> MatchProfile:
    """The canonical event of ``reports``: every name, every article."""
    names = tuple(dict.fromkeys(n for r in reports for n in r.names))
    articles = tuple(a for r in reports for a in r.article_ids)
    return replace(reports[0], event_id="ev_canonical", names=names, article_ids=articles)


def test_a_new_report_may_match_one_earlier_report_better_than_the_pool() -> None:
    mill, court = profile("wire", MILL), profile("court", COURT)
    canonical = _merged(court, mill)
    new = profile("daily", DAILY)
    matcher = Matcher(threshold=0.7)
    assert matcher.best(new, [canonical]) is None  # the pool of names dilutes the overlap
    decision = matcher.best(new, [canonical], reports_of=lambda _: [court, mill])
    assert decision is not None and decision.canonical_id == "ev_canonical"
    assert decision.report == "ev_wire" and decision.features.name_sim == 1.0


def test_a_report_that_breaks_a_hard_limit_of_its_own_is_passed_over() -> None:
    mill, court = profile("wire", MILL), profile("court", COURT)
    elsewhere = replace(mill, country="URY")
    new = profile("daily", DAILY)
    canonical = _merged(court, mill)
    decision = Matcher(threshold=0.7).best(new, [canonical], reports_of=lambda _: [elsewhere])
    assert decision is None


def test_each_report_keeps_its_own_profile(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "events.db") as store:
        save(store, "wire", killed=9)
        save(store, "monitor", killed=11)
        (event,) = store.events()
        reports = store._links.report_profiles(event.event_id)
        assert [r.article_ids for r in reports] == [("wire",), ("monitor",)]
        assert store._links.audit()[-1].features is not None


def test_reports_stored_before_version_5_match_through_the_merged_profile(
    tmp_path: Path,
) -> None:
    path = tmp_path / "events.db"
    with SQLiteStore(path) as store:
        save(store, "wire", killed=9)
        save(store, "monitor", killed=11)
    conn = sqlite3.connect(path)
    conn.executescript(
        "ALTER TABLE reports DROP COLUMN profile; ALTER TABLE articles DROP COLUMN context;"
        " DROP INDEX canonical_match; ALTER TABLE canonical_events DROP COLUMN geonameid;"
        " ALTER TABLE canonical_events DROP COLUMN place_precision;"
        " CREATE INDEX canonical_match ON canonical_events("
        " country, span_class, date_start, date_end, status, profile);"
        " DELETE FROM schema_version WHERE version >= 5;"
    )
    conn.close()
    with SQLiteStore(path) as store:
        (event,) = store.events()
        assert store._links.report_profiles(event.event_id) == []
        save(store, "daily", killed=10)
        (event,) = store.events()
        assert event.article_ids == ["wire", "monitor", "daily"]
        assert len(store._links.report_profiles(event.event_id)) == 1
        store.rebuild_canonical()  # old articles' context is read from their text
        (event,) = store.events()
        assert event.article_ids == ["wire", "monitor", "daily"]


def test_a_rebuild_reads_the_stored_context_not_the_text(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "events.db") as store:
        save(store, "wire", killed=9)
        (stored,) = store._conn.execute("SELECT context FROM articles").fetchone()
        context = ArticleContext.of(f"wire: {TEXT}")
        assert ArticleContext.from_json(stored) == replace(context, lead="ev_wire_0")
        store._conn.execute("UPDATE articles SET context = ?", ('[["zaros"],[1999]]',))
        store.rebuild_canonical()
        (event,) = store.events()
        (profile,) = store._links.report_profiles(event.event_id)
        assert profile.years == (1999,) and "zaros" in profile.context


def test_only_a_reports_own_names_count_not_its_articles() -> None:
    mill, court = profile("wire", MILL), profile("court", COURT)
    # The court report's article names everyone the new report names, its sentences none.
    widely = replace(court, context=profile("daily", DAILY).names)
    new = profile("daily", DAILY)
    matcher = Matcher(threshold=0.7)
    decision = matcher.best(new, [_merged(court, mill)], reports_of=lambda _: [widely])
    assert decision is None
