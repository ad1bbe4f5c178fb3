"""An article's main event is matched first, and held first against earlier main events.

Two reports of one story lead with the same event; what each mentions on the side (the
funeral, an earlier attack on the same road) makes canonical events of its own that are
as alike to the story's words as the main one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from tacitus.dedup import Matcher, compare
from tacitus.dedup.lead import lead_first, main_event
from tacitus.dedup.words import ArticleContext
from tacitus.records.article import Article
from tacitus.records.event import Event, Trigger
from tacitus.store import SQLiteStore
from test_dedup import report
from test_dedup_words import profile

WIRE = (
    "Gunmen shot dead the Corvale mill foreman Tomas Velanko on Tuesday.\n\n"
    "Velanko was killed at the gate of the Ardent Mill as the night shift left, police "
    "said. In March gunmen fired on a lorry of the mill on the same road."
)
DAILY = (
    "Mill foreman Tomas Velanko was shot dead at the Ardent Mill gate in Corvale.\n\n"
    "Workers leaving the night shift heard the shots, the police said. Gunmen had fired "
    "on a lorry of the Ardent Mill on the road to Corvale in March."
)


def _event(art: Article, n: int, word: str, text: str) -> Event:
    start = art.text.index(word)
    trigger = Trigger(text=word, span=(start, start + len(word)), lemma=word)
    return report(art, n=n, text=text, sub_event="Peaceful protest").model_copy(
        update={"trigger": trigger}
    )


def _article(name: str, text: str) -> Article:
    return Article(id=name, text=text, published=dt.date(2024, 5, 14))


def test_the_main_event_goes_first() -> None:
    art = _article("wire", WIRE)
    side = _event(art, 0, "fired", "In March gunmen fired on a lorry of the mill.")
    main = _event(art, 1, "shot", "Gunmen shot dead the mill foreman Tomas Velanko.")
    assert main_event(WIRE, [side, main]) == main
    assert lead_first([side, main], main) == [main, side]
    assert lead_first([side, main], None) == [side, main]


def test_a_main_event_prefers_an_earlier_main_event_that_it_reaches() -> None:
    new = replace(profile("daily", DAILY), lead=True)
    side = replace(profile("wire", DAILY), event_id="ev_side")  # worded just alike
    lead = replace(profile("wire", WIRE), event_id="ev_lead", lead=True)
    matcher = Matcher()
    scores = {c.event_id: matcher.score(compare(new, c)) for c in (side, lead)}
    assert scores["ev_side"] > scores["ev_lead"] >= matcher.threshold
    decision = matcher.best(new, [side, lead])
    assert decision is not None and decision.canonical_id == "ev_lead"
    # A side event of the new article is matched on its score alone.
    other = matcher.best(replace(new, lead=False), [side, lead])
    assert other is not None and other.canonical_id == "ev_side"


def test_the_store_matches_and_marks_each_articles_main_event_first() -> None:
    with SQLiteStore(":memory:") as store:
        for name, text in (("wire", WIRE), ("daily", DAILY)):
            art = _article(name, text)
            side = _event(art, 0, "fired", "Gunmen fired on a lorry of the Ardent Mill.")
            main = _event(art, 1, "shot", f"{text.partition('.')[0]}.")
            store.save(art, [side, main])
        order = [row[0] for row in store._conn.execute("SELECT event_id FROM events ORDER BY num")]
        assert order == ["ev_wire_1", "ev_wire_0", "ev_daily_1", "ev_daily_0"]
        (stored,) = store._conn.execute("SELECT context FROM articles WHERE id = 'wire'").fetchone()
        assert ArticleContext.from_json(stored).lead == "ev_wire_1"
        lead = store.canonical_id("ev_wire_1")
        assert lead is not None and store.canonical_id("ev_daily_1") == lead
        assert store.canonical_id("ev_daily_0") == store.canonical_id("ev_wire_0") != lead
        side_id = store.canonical_id("ev_wire_0")
        assert side_id is not None
        leads = [store._links._profile(i) for i in (lead, side_id)]
        assert [p.lead for p in leads if p is not None] == [True, False]
        store.rebuild_canonical()
        assert store.canonical_id("ev_daily_1") == store.canonical_id("ev_wire_1")


def test_a_context_stored_before_the_lead_reads_without_one() -> None:
    old = ArticleContext.from_json('[["velanko"],[2024],["mill"]]')
    assert old.lead is None and old.words == ("mill",)
    again = replace(old, lead="ev_wire_1")
    assert ArticleContext.from_json(again.to_json()) == again


def test_an_event_of_several_reports_is_a_main_event_by_the_report_that_matched() -> None:
    """Of an earlier event's reports, the one that was its article's main event is held
    first against a new main event: the pair counts as two main events only through it,
    not through a side mention of another article that happens to be worded alike."""
    new = replace(profile("daily", DAILY), lead=True)
    side = replace(profile("monitor", DAILY), event_id="ev_side")
    lead = replace(profile("wire", WIRE), event_id="ev_lead", lead=True)
    canonical = replace(lead, event_id="ev_event", article_ids=("wire", "monitor"))
    both = Matcher().best(new, [canonical], reports_of=lambda _: [side, lead])
    assert both is not None and both.leads
    aside = Matcher().best(new, [canonical], reports_of=lambda _: [side])
    assert aside is not None and not aside.leads
