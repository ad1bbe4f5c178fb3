"""``tacitus eval dedup`` on a corpus without publication dates: which gold event a
document reports, which of its events it is about, and how blocking works without dates."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

from tacitus.dedup import Matcher, MatchProfile
from tacitus.evaluation.dedup_eval import load_ecbplus, main_event
from tacitus.records.article import Article
from tacitus.records.event import Event, Trigger
from tacitus.store import SQLiteStore
from tacitus.store.canonical_rows import RECENT, block_params, block_sql
from test_dedup import report

LEAD = (
    "Two brothers were arrested on Friday over the killing of a ferry pilot at the Osk "
    "landing in Varrow.\n\n"
    "The pilot, Emil Sander, was shot on the quay on Tuesday, police said."
)


def test_a_documents_gold_event_is_its_storys_when_it_mentions_it(tmp_path: Path) -> None:
    folder = tmp_path / "ECB+" / "9"
    folder.mkdir(parents=True)
    # Every report of the story mentions the shooting (ACT1); the third mostly the trial.
    _write(folder / "9_1ecb.xml", {"ACT1": 2})
    _write(folder / "9_2ecb.xml", {"ACT1": 1, "ACT2": 1})
    _write(folder / "9_3ecb.xml", {"ACT1": 1, "ACT2": 3})
    _write(folder / "9_1ecbplus.xml", {"ACT7": 1, "ACT8": 2})
    documents = {d.name: d for d in load_ecbplus(tmp_path)}
    assert {d.main_event for n, d in documents.items() if n.endswith("ecb")} == {"ACT1"}
    assert documents["9_3ecb"].most_mentioned == "ACT2"
    # The other sub-topic's story is its own: ACT7 and ACT8 are in one document each.
    assert documents["9_1ecbplus"].main_event == documents["9_1ecbplus"].most_mentioned == "ACT8"


def test_a_report_of_an_arrest_is_about_the_violence_it_follows() -> None:
    art = Article(id="ferry", text=LEAD, published=dt.date(2024, 3, 9))
    arrest = _triggered(report(art, n=0, sub_event="Arrests", text=LEAD), "arrested")
    shooting = _triggered(report(art, n=1, text="The pilot was shot on the quay"), "shot")
    assert main_event(LEAD, [arrest, shooting]) == shooting
    assert main_event(LEAD, [arrest]) == arrest


def test_without_dates_a_report_of_no_known_country_is_held_against_recent_events(
    tmp_path: Path,
) -> None:
    assert "country IS NOT NULL" in block_sql(known=False, dated=False, near=False)
    assert "country IS NOT NULL" not in block_sql(known=False, dated=True, near=False)
    with SQLiteStore(tmp_path / "events.db", matcher=Matcher(undated_days=None)) as store:
        for name, placed in (("wire", True), ("daily", False)):
            art = Article(id=name, text=f"{name}: {LEAD}", published=dt.date(2024, 3, 9))
            event = report(art, text=LEAD)
            store.save(art, [event if placed else event.model_copy(update={"location": None})])
        (event,) = store.events()
        assert event.article_ids == ["wire", "daily"]
        (merge,) = store.audit()
        assert merge.features is not None and merge.features["country_known"] is False


def _triggered(event: Event, word: str) -> Event:
    start = LEAD.index(word)
    trigger = Trigger(text=word, span=(start, start + len(word)), lemma=word)
    return event.model_copy(update={"trigger": trigger})


def _write(path: Path, mentions: dict[str, int]) -> None:
    """An ECB+ document of one sentence whose tokens each mention an instance."""
    root = ET.Element("Document")
    markables = ET.SubElement(root, "Markables")
    relations = ET.SubElement(root, "Relations")
    t_id = 0
    for instance, count in mentions.items():
        link = ET.SubElement(relations, "CROSS_DOC_COREF", note=instance)
        for _ in range(count):
            t_id += 1
            ET.SubElement(root, "token", t_id=str(t_id), sentence="1").text = "shot"
            action = ET.SubElement(markables, "ACTION_OCCURRENCE", m_id=str(t_id))
            ET.SubElement(action, "token_anchor", t_id=str(t_id))
            ET.SubElement(link, "source", m_id=str(t_id))
    ET.ElementTree(root).write(path)


def test_without_dates_or_a_country_only_the_most_recent_events_are_candidates(
    tmp_path: Path,
) -> None:
    """A block keyed by neither a country nor dates is the last ``RECENT`` events stored,
    read by row number: its cost does not grow with the store."""
    sql = block_sql(known=False, dated=False, near=False)
    with SQLiteStore(tmp_path / "events.db", matcher=Matcher(undated_days=None)) as store:
        for n, country in enumerate(("SYR", "LBN", "IRQ", "JOR")):
            art = Article(id=f"a{n}", text=f"{n}: {LEAD}", published=dt.date(2024, 3, 9))
            store.save(art, [report(art, country=country, sub_event="Arrests", text=f"{n}")])
        placeless = report(Article(id="x", text=LEAD)).model_copy(update={"location": None})
        params = block_params(MatchProfile.of(placeless), slack=None)
        assert params["recent"] == RECENT
        found = store._conn.execute(sql, {**params, "recent": 2}).fetchall()
        assert [MatchProfile.head_of(row[0]).country for row in found] == ["IRQ", "JOR"]
        plan = " ".join(
            str(row[3]) for row in store._conn.execute(f"EXPLAIN QUERY PLAN {sql}", params)
        )
    assert plan.count("INTEGER PRIMARY KEY (rowid>?)") == 2
