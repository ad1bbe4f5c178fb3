"""An act named as the matter of a charge, a trial or a verdict ("charged with murder",
"arrested for kidnapping a trader") happened before the charge: it is never a new event
of the charge's day (sentences we wrote)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tacitus.linking.references import charged_act
from tacitus.pipeline import Pipeline
from tacitus.records import Article

PUBLISHED = dt.date(2024, 3, 16)  # a Saturday


def _new_violence(pipeline: Pipeline, text: str) -> list[str]:
    events = pipeline.process(Article(id="t", text=text, published=PUBLISHED)).events
    return [
        e.acled.sub_event_type
        for e in events
        if e.status == "new" and e.acled is not None and e.plover.event == "ASSAULT"
    ]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Prosecutors charged the guard with murder on Friday.", "murder"),
        ("On Friday the charges against the guard were upgraded to murder.", "murder"),
        ("The guard faces a charge of kidnapping.", "kidnapping"),
        ("A court found the guard guilty of the killing on Friday.", "killing"),
        ("Police arrested three men in Gulu on Friday for kidnapping a trader.", "kidnapping"),
        ("The guard was arrested on Friday for the murder of a lawyer.", "murder"),
    ],
)
def test_the_matter_of_a_charge_is_a_charged_act(nlp: Language, text: str, word: str) -> None:
    doc = nlp(text)
    assert charged_act(next(t for t in doc if t.text == word))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Gunmen killed two traders in Gulu on Friday.", "killed"),
        ("The guard was arrested in the raid on Friday.", "raid"),
        ("Twelve people died in the attack on Friday.", "attack"),
    ],
)
def test_acts_told_for_themselves_are_not_charged(nlp: Language, text: str, word: str) -> None:
    doc = nlp(text)
    assert not charged_act(next(t for t in doc if t.text == word))


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors charged the guard with murder in Gulu on Friday.",
        "On Friday the charges against the guard in Gulu were upgraded to murder.",
        "Police arrested three men in Gulu on Friday for kidnapping a trader.",
    ],
)
def test_a_charge_dates_no_violence(pipeline: Pipeline, text: str) -> None:
    assert _new_violence(pipeline, text) == []


def test_the_killing_charged_keeps_its_own_day(pipeline: Pipeline) -> None:
    text = (
        "A lawyer died in police custody in Gulu on March 2. "
        "On Friday, the charges against two officers were upgraded to murder."
    )
    events = pipeline.process(Article(id="t", text=text, published=PUBLISHED)).events
    assert [e.date.start for e in events if e.status == "new"] == ["2024-03-02"]
