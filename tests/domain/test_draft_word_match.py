"""draft_word_match.similar: a compound counts as its first part, but not a word in '-loos' that says without it
('kosteloos' is no kind of 'kost'), so a question what something costs is not answered by free cancellation."""

from __future__ import annotations

from app.domain.draft_word_match import only_first_part, same_head, similar


def test_a_compound_still_matches_its_first_part() -> None:
    assert similar("kind", "kindermenu")
    assert similar("taart", "taartenbakker")


def test_a_word_that_says_without_it_does_not() -> None:
    assert not similar("kost", "kosteloos")
    assert not similar("zorg", "zorgeloos")


def test_same_head_refuses_a_key_that_only_starts_a_longer_compound() -> None:
    # a hondenmand is no kind of hond, a fietskar no kind of fiets; a plural or a longer key is still the word
    assert similar("fietskar", "fiets") and not same_head("fietskar", "fiets")
    assert not same_head("hondenmand", "hond")
    assert same_head("bakfietsen", "bakfiets") and same_head("kar", "kar")


def test_only_first_part_tells_a_key_that_names_the_modifier_of_the_asked_compound() -> None:
    assert only_first_part("kinderstoel", "kind")
    assert not only_first_part("kinderstoel", "kinderstoel")
    assert not only_first_part("kind", "kindermenu")  # the key is the compound: it holds the asked word
