"""One sentence splitter for the drafting modules (code review session 32, finding 7)."""

from __future__ import annotations

from app.domain.textnorm import sentences


def test_sentences_split_after_a_full_stop_or_mark_followed_by_space() -> None:
    assert sentences("Top! Echt. Kom je morgen? Ja") == ["Top!", "Echt.", "Kom je morgen?", "Ja"]
    assert sentences("om 9.30 open") == ["om 9.30 open"]  # no space after the dot: one sentence
