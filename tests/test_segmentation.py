"""Sentence segmentation for news: paragraphs split, datelines stay with their sentence."""

from __future__ import annotations

from tacitus.pipeline import Pipeline


def test_blank_lines_end_sentences(pipeline: Pipeline) -> None:
    doc = pipeline.resources.nlp("Police disperse march in Lagos\n\nPolice fired tear gas.")
    sents = [s.text.strip() for s in doc.sents]
    assert sents == ["Police disperse march in Lagos", "Police fired tear gas."]


def test_dateline_stays_in_its_sentence(pipeline: Pipeline) -> None:
    text = "Headline here\n\nKANO, March 3 (Sahel Wire) - Gunmen abducted 12 traders on Sunday."
    doc = pipeline.resources.nlp(text)
    second = list(doc.sents)[1]
    assert second.text.startswith("KANO, March 3")
    assert second.text.rstrip().endswith("on Sunday.")


def test_empty_text_parses(pipeline: Pipeline) -> None:
    assert len(pipeline.resources.nlp("")) == 0
