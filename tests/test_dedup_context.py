"""The whole article as a coder reads it: its names, the years it mentions, and which of its
events it is about (``tacitus eval dedup``'s main event)."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

from tacitus.dedup import Matcher, MatchProfile, compare
from tacitus.dedup.words import ArticleContext, years_mentioned
from tacitus.evaluation.dedup_eval import lead_end, load_ecbplus, main_event
from tacitus.records.article import Article
from tacitus.records.event import Event, Trigger
from tacitus.store import SQLiteStore
from test_dedup import report
from test_dedup_words import profile

STORY = (
    "Mill Foreman Shot Dead\n\n"
    "Gunmen shot dead a foreman at a grain mill on Tuesday, police said.\n\n"
    "The victim, Tomas Velanko, had run the Ardent Mill in Corvale since 2019.\n\n"
    "Two men were arrested later in Corvale."
)
FOLLOW_UP = (
    "Police in Corvale charged two men with the killing of Tomas Velanko, the foreman of "
    "the Ardent Mill, on Thursday."
)


def test_years_are_ordered_by_mentions_then_first_use() -> None:
    assert years_mentioned("In 2008, as in 1985 and again in 2008, riots") == (2008, 1985)
    assert years_mentioned("no year, only 300 people and 12:00") == ()


def test_a_house_number_on_a_named_street_is_no_year() -> None:
    text = "The suspect was found at 1984 Alder Grove Road, police said, after a 2019 trial."
    assert years_mentioned(text) == (2019,)
    assert years_mentioned("He lived at 2041 Marsh St. until 2022.") == (2022,)
    assert years_mentioned("Riots in 2011 London streets, as in 2011.") == (2011,)


def test_an_article_gives_its_names_beyond_the_event_sentence() -> None:
    context = ArticleContext.of(STORY)
    assert {"tomas", "velanko", "ardent", "corvale"} <= set(context.names)
    assert "mill" not in context.names[:1]  # the title-case headline gives no names
    assert context.years == (2019,)


def test_article_names_lift_a_pair_whose_event_sentences_share_none() -> None:
    bare = "Gunmen shot dead a foreman at a grain mill on Tuesday, police said."
    other = "A mill worker was shot dead by two gunmen on Tuesday."
    alone = compare(profile("a", bare), profile("b", other))
    story = replace(profile("a", bare), context=ArticleContext.of(STORY).names)
    follow = replace(profile("b", other), context=ArticleContext.of(FOLLOW_UP).names)
    widened = compare(story, follow)
    assert alone.name_sim == 0.0 and widened.name_sim > 0.3
    assert Matcher().best(follow, [story]) is not None


def test_undated_reports_of_articles_set_in_different_years_stay_apart() -> None:
    riots = replace(profile("a", STORY), years=(2008, 1985), date_from_text=False)
    fire = replace(profile("b", STORY), years=(2010,), date_from_text=False)
    blocked = compare(riots, fire, undated_days=None).blocked_by
    assert blocked == "undated reports of articles set in different years"
    same_story = replace(fire, years=(2010, 2008))
    assert compare(riots, same_story, undated_days=None).blocked_by is None
    # A date the text gives decides on its own: the years play no part.
    dated = compare(replace(riots, date_from_text=True), replace(fire, date_from_text=True))
    assert dated.blocked_by is None


def test_profiles_keep_their_context_through_json_and_joins() -> None:
    lead = "Gunmen shot dead a foreman at a grain mill in Corvale on Tuesday."
    first = replace(profile("a", lead), context=("velanko", "ardent"), years=(2019,))
    assert MatchProfile.from_json(first.to_json()) == first
    joined = first.joined(ArticleContext(names=("corvale", "ardent", "tomas"), years=(2024,)))
    # The context holds the names beyond the event's own sentences ("corvale"), once each.
    assert joined.context == ("velanko", "ardent", "tomas") and joined.years == (2019, 2024)


def test_stored_profiles_leave_out_what_they_do_not_say() -> None:
    event = report(Article(id="wire", text=STORY, published=dt.date(2024, 5, 14)))
    stored = MatchProfile.of(event).to_json()
    assert '"evidence":""' in stored and "date_from_text" not in stored and "years" not in stored
    assert MatchProfile.from_json(stored) == MatchProfile.of(event)


def test_a_canonical_event_keeps_every_article_context(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "events.db") as store:
        for name, extra in (
            ("wire", "Tomas Velanko was hurt."),
            ("monitor", "A nurse, Ines Corra, was hurt."),
        ):
            text = f"Government artillery shelled the market in Velora on Monday. {extra}"
            art = Article(id=name, text=text, published=dt.date(2024, 5, 14))
            store.save(art, [report(art)])
        (event,) = store.events()
        stored = store._links._profile(event.event_id)
        assert stored is not None and {"velanko", "corra"} <= set(stored.context)
        store.undo_merge(store.audit()[0].merge_id)
        again = store._links._profile(event.event_id)
        assert again is not None and "velanko" in again.context and "corra" not in again.context


def test_the_main_event_is_the_one_in_the_headline_or_lead() -> None:
    assert STORY[: lead_end(STORY)].endswith("police said.\n\n")
    art = Article(id="story", text=STORY, published=dt.date(2024, 5, 14))
    shooting = report(art, n=0, text="Gunmen shot dead a foreman")
    shooting = shooting.model_copy(update={"confidence": 0.6})
    arrest = report(art, n=1, sub_event="Arrests", text="Two men were arrested")
    arrest = arrest.model_copy(update={"confidence": 0.9})
    shooting = _triggered(shooting, STORY, "shot")
    arrest = _triggered(arrest, STORY, "arrested")
    assert main_event(STORY, [arrest, shooting]) == shooting


def test_an_ecb_document_keeps_its_lead_and_drops_its_address(tmp_path: Path) -> None:
    folder = tmp_path / "ECB+" / "8"
    folder.mkdir(parents=True)
    for name, first in (("8_1ecb", "A bomb went off ."), ("8_1ecbplus", "http : / / x . org")):
        _write_document(folder / f"{name}.xml", [first, "Two officers died ."])
    documents = {d.name: d for d in load_ecbplus(tmp_path)}
    assert documents["8_1ecb"].text == "A bomb went off.\n\nTwo officers died."
    assert documents["8_1ecbplus"].text == "Two officers died."
    assert documents["8_1ecb"].seminal_event != documents["8_1ecbplus"].seminal_event


def _triggered(event: Event, text: str, word: str) -> Event:
    start = text.index(word)
    trigger = Trigger(text=word, span=(start, start + len(word)), lemma=word)
    return event.model_copy(update={"trigger": trigger})


def _write_document(path: Path, sentences: list[str]) -> None:
    root = ET.Element("Document")
    t_id = 0
    for n, sentence in enumerate(sentences):
        for word in sentence.split():
            t_id += 1
            ET.SubElement(root, "token", t_id=str(t_id), sentence=str(n)).text = word
    markables = ET.SubElement(root, "Markables")
    action = ET.SubElement(markables, "ACTION_OCCURRENCE", m_id="1")
    ET.SubElement(action, "token_anchor", t_id=str(t_id))
    relations = ET.SubElement(root, "Relations")
    link = ET.SubElement(relations, "CROSS_DOC_COREF", note="ACT1")
    ET.SubElement(link, "source", m_id="1")
    ET.ElementTree(root).write(path)
