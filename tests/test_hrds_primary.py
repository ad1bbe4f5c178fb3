"""The HRDsAttack answer event: strict candidates, older month dates and salience ties."""

from __future__ import annotations

from tacitus.evaluation.hrds_primary import primary_event
from tacitus.records import Event
from tacitus.records.event import AcledCoding, DatePrecision, EventDate, PloverCoding, Trigger


def _event(
    word: str,
    start: str,
    *,
    at: int,
    end: str | None = None,
    precision: DatePrecision = "day",
    arrest: bool = False,
    summary: str | None = None,
    salience: float | None = None,
    from_text: bool = True,
) -> Event:
    acled = None
    if arrest:
        acled = AcledCoding(
            event_type="Strategic developments",
            sub_event_type="Arrests",
            disorder_type="Strategic developments",
        )
    date = EventDate(
        start=start,
        end=end or start,
        precision=precision,
        text=start if from_text else None,
        reason="explicit date" if from_text else "no date in the text: publication date",
        from_text=from_text,
    )
    return Event(
        event_id=f"ev_{at}",
        article_ids=["a"],
        plover=PloverCoding(event="COERCE" if arrest else "CONSULT"),
        acled=acled,
        cameo="",
        date=date,
        trigger=Trigger(text=word, span=(at, at + len(word)), lemma=word),
        summary=summary or f"The defender was {word} that day.",
        salience=salience,
    )


def test_a_word_of_the_family_in_the_sentence_gives_way_to_the_violation_itself() -> None:
    visit = _event(
        "visited", "2020-11-23", at=300, summary="Her lawyer visited her in jail on Nov. 23."
    )
    taken = _event("taken", "2020-12-07", at=80, arrest=True)
    assert primary_event([visit, taken], ["arbitrary detention"]) is taken


def test_a_sentence_word_still_counts_when_nothing_else_has_a_day() -> None:
    visit = _event(
        "visited", "2020-11-23", at=300, summary="Her lawyer visited her in jail on Nov. 23."
    )
    held = _event("detained", "2020-12-14", at=80, arrest=True, from_text=False)
    assert primary_event([held, visit], ["arbitrary detention"]) is visit


def test_an_older_month_answers_when_no_day_is_given() -> None:
    undated = _event("arrested", "2020-09-16", at=40, arrest=True, from_text=False)
    april = _event(
        "arrested", "2018-04-01", end="2018-04-30", precision="month", at=900, arrest=True
    )
    chosen = primary_event([undated, april], ["arbitrary detention"], published="2020-09-16")
    assert chosen is april


def test_a_month_of_the_publication_month_is_no_older_date() -> None:
    undated = _event("arrested", "2020-09-16", at=40, arrest=True, from_text=False)
    this_month = _event(
        "arrested", "2020-09-01", end="2020-09-30", precision="month", at=900, arrest=True
    )
    chosen = primary_event([undated, this_month], ["arbitrary detention"], published="2020-09-16")
    assert chosen is undated


def test_on_the_same_day_the_more_salient_event_answers() -> None:
    side = _event("arrested", "2021-01-06", at=40, arrest=True, salience=0.2)
    main = _event("arrested", "2021-01-06", at=600, arrest=True, salience=0.8)
    assert primary_event([side, main], ["arbitrary detention"]) is main


def test_a_dated_story_event_answers_when_the_violation_has_no_day() -> None:
    undated = _event("abducted", "2023-05-10", at=40, from_text=False, summary="A man vanished.")
    guard = _event("shot", "2023-05-08", at=300, summary="A guard was shot on Monday.")
    chosen = primary_event([undated, guard], ["kidnapping"], published="2023-05-10")
    assert chosen is guard


def test_a_dated_event_that_did_not_happen_is_no_story_day() -> None:
    undated = _event("abducted", "2023-05-10", at=40, from_text=False, summary="A man vanished.")
    guard = _event("shot", "2023-05-08", at=300, summary="Nobody was shot on Monday.")
    guard = guard.model_copy(update={"status": "negated"})
    chosen = primary_event([undated, guard], ["kidnapping"], published="2023-05-10")
    assert chosen is undated
