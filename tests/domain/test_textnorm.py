"""One sentence splitter for the drafting modules (code review session 32, finding 7)."""

from __future__ import annotations

from pathlib import Path

from app.domain.textnorm import sentences


def test_sentences_split_after_a_full_stop_or_mark_followed_by_space() -> None:
    assert sentences("Top! Echt. Kom je morgen? Ja") == ["Top!", "Echt.", "Kom je morgen?", "Ja"]
    assert sentences("om 9.30 open") == ["om 9.30 open"]  # no space after the dot: one sentence


def test_a_line_break_after_a_mark_splits_too() -> None:
    assert sentences("Heerlijk gegeten!\nKomen zeker terug.") == ["Heerlijk gegeten!", "Komen zeker terug."]
    assert sentences("Wat kost dat?  En moet ik reserveren?") == ["Wat kost dat?", "En moet ik reserveren?"]


def test_no_drafting_module_writes_the_splitter_again() -> None:
    """The drafting modules call sentences() rather than writing its regex again (a split with maxsplit is another
    call)."""
    domain = Path(__file__).resolve().parents[2] / "app" / "domain"
    inline = [
        f"{path.name}:{n}"
        for path in sorted(domain.glob("*.py"))
        if path.name != "textnorm.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if 're.split(r"(?<=[.!?])\\s+", ' in line and "maxsplit" not in line
    ]
    assert not inline, f"use textnorm.sentences: {inline}"
