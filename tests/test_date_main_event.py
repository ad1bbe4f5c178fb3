"""The HRDsAttack main event: which event's date answers for the article."""

from __future__ import annotations

from tacitus.evaluation.hrdsattack import primary_event
from tacitus.records import Event
from tacitus.records.event import AcledCoding, EventDate, PloverCoding, Trigger


def _event(word: str, day: str, *, at: int, sub_event: str | None = None) -> Event:
    acled = None
    if sub_event is not None:
        acled = AcledCoding(
            event_type="Violence against civilians",
            sub_event_type=sub_event,
            disorder_type="Political violence",
        )
    return Event(
        event_id=f"ev_{at}",
        article_ids=["a"],
        plover=PloverCoding(event="COERCE" if sub_event else "ACCUSE"),
        acled=acled,
        cameo="",
        date=EventDate(start=day, end=day, precision="day", text=day, reason="explicit date"),
        trigger=Trigger(text=word, span=(at, at + len(word)), lemma=word),
        summary=f"The lawyer was {word} on that day.",
    )


def test_unnamed_violation_takes_the_earliest_dated_attack() -> None:
    charged = _event("charged", "2021-03-09", at=10)
    arrested = _event("arrested", "2021-03-02", at=90, sub_event="Arrests")
    assert primary_event([charged, arrested], ["unknown"]) is arrested


def test_named_violation_keeps_its_own_kind() -> None:
    arrested = _event("arrested", "2021-03-02", at=10, sub_event="Arrests")
    killed = _event("killed", "2021-03-05", at=90, sub_event="Attack")
    assert primary_event([arrested, killed], ["killing"]) is killed


def test_a_date_in_a_since_phrase_gives_way() -> None:
    text = (
        "Soldiers have detained 300 people since the Feb. 1 coup. "
        "On March 6, police arrested a lawyer in the capital."
    )
    old = text.index("Feb. 1")
    new = text.index("On March 6")
    since = _event("detained", "2021-02-01", at=text.index("detained"), sub_event="Arrests")
    since = since.model_copy(
        update={"date": since.date.model_copy(update={"span": (old, old + 6)})}
    )
    own = _event("arrested", "2021-03-06", at=text.index("arrested"), sub_event="Arrests")
    own = own.model_copy(update={"date": own.date.model_copy(update={"span": (new, new + 10)})})
    assert primary_event([since, own], ["arbitrary detention"]) is since
    assert primary_event([since, own], ["arbitrary detention"], text=text) is own


def test_a_dated_violation_of_another_kind_dates_an_undated_one() -> None:
    """Torture is named but told without a day; the arrest that began it is dated."""
    beaten = _event("beaten", "2021-03-09", at=90, sub_event="Attack")
    beaten = beaten.model_copy(
        update={"date": beaten.date.model_copy(update={"from_text": False, "text": None})}
    )
    arrested = _event("arrested", "2012-05-14", at=10, sub_event="Arrests")
    arrested = arrested.model_copy(update={"status": "background"})
    released = _event("released", "2021-03-08", at=150)
    assert primary_event([beaten, arrested, released], ["torture"]) is arrested
