"""Placing a part of a draft (app/domain/draft_text.py)."""

from __future__ import annotations

from app.domain.draft_text import Part, place_before


def test_a_part_goes_before_the_first_key_found_in_the_order_given() -> None:
    parts = [Part("empathy", "a", True), Part("channel", "c", True), Part("solution", "s", True)]
    parts.append(Part("sign", "x", True))
    fact = Part("fact", "f", True)
    assert [p.key for p in place_before(parts, fact, "solution", "channel")][:3] == ["empathy", "channel", "fact"]
    assert [p.key for p in place_before(parts, fact, "closing", "sign")][-2:] == ["fact", "sign"]
    assert place_before(parts, fact, "closing")[-1] is fact


def test_an_empty_part_does_not_count_as_the_place() -> None:
    empty = [Part("channel", "", True), Part("sign", "x", True)]
    fact = Part("fact", "f", True)
    assert [p.key for p in place_before(empty, fact, "channel", "sign")] == ["channel", "fact", "sign"]
