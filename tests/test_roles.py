"""Who acted and who was acted upon, from the parse, on sentences we wrote."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tacitus.actors import ActorKB
from tacitus.linking.roles import noun_roles, verb_roles
from tacitus.pipeline.doc import ActorMention


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return ActorKB.load()


def _roles(nlp: Language, kb: ActorKB, text: str, trigger: str) -> tuple[list[str], list[str]]:
    doc = nlp(text)
    actors = [
        ActorMention(
            text=m.text,
            start=m.start,
            end=m.end,
            sent=0,
            head=doc.char_span(m.start, m.end, alignment_mode="expand").root.i,  # type: ignore[union-attr]
            entry=m.entry,
            kind="generic" if m.entry.kind == "generic" else "named",
        )
        for m in kb.find(text, country="IRQ", generic=True)
    ]
    token = next(t for t in doc if t.text == trigger)
    roles = verb_roles if token.pos_ == "VERB" else noun_roles
    first, second = roles(token, actors)
    return [a.entry.name for a in first if a.entry], [a.entry.name for a in second if a.entry]


def test_active_voice(nlp: Language, kb: ActorKB) -> None:
    first, second = _roles(nlp, kb, "Kataib Hezbollah attacked Iraqi troops.", "attacked")
    assert first == ["Kataib Hezbollah"]
    assert second == ["Military Forces of Iraq"]


def test_passive_voice_puts_the_agent_first(nlp: Language, kb: ActorKB) -> None:
    text = "Iraqi troops were attacked by Kataib Hezbollah."
    first, second = _roles(nlp, kb, text, "attacked")
    assert first == ["Kataib Hezbollah"]
    assert second == ["Military Forces of Iraq"]


def test_transliteration_variant_resolves(nlp: Language, kb: ActorKB) -> None:
    first, _ = _roles(nlp, kb, "Kataeb Hezbollah attacked Iraqi troops.", "attacked")
    assert first == ["Kataib Hezbollah"]
