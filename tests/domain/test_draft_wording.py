"""The last touch of a draft's words (app/domain/draft_wording.py)."""

from __future__ import annotations

from app.domain.draft_text import Part
from app.domain.draft_wording import calm, one_en


def test_two_sentences_in_a_row_do_not_both_open_with_en() -> None:
    parts = [Part("congrats", "En je oma nog gefeliciteerd!", False), Part("kin", "En de groetjes aan Bas!", False)]
    assert [p.text for p in one_en(parts)] == ["En je oma nog gefeliciteerd!", "De groetjes aan Bas!"]
    parts = [Part("thanks", "Dank je wel!", True), Part("kin", "En de groeten aan uw zus!", False)]
    assert [p.text for p in one_en(parts)][1] == "En de groeten aan uw zus!"


def test_after_two_exclamation_marks_a_sentence_ends_calmly() -> None:
    parts = [Part("thanks", "Dank je wel!! Top!", True), Part("kin", "Groetjes!", False)]
    assert [p.text for p in calm(parts)] == ["Dank je wel!! Top.", "Groetjes."]
    assert [p.text for p in calm(parts, keep=4)] == ["Dank je wel!! Top!", "Groetjes!"]
