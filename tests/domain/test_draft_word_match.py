"""draft_word_match.similar: a compound counts as its first part, but not a word in '-loos' that says without it
('kosteloos' is no kind of 'kost'), so a question what something costs is not answered by free cancellation."""

from __future__ import annotations

from app.domain.draft_word_match import similar


def test_a_compound_still_matches_its_first_part() -> None:
    assert similar("kind", "kindermenu")
    assert similar("taart", "taartenbakker")


def test_a_word_that_says_without_it_does_not() -> None:
    assert not similar("kost", "kosteloos")
    assert not similar("zorg", "zorgeloos")
