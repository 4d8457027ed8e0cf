"""Whether a day's hours reach the part of the day a text names (app/domain/draft_day_parts.py), and a wish the FAQ
says yes to that gets the day's hours only when they reach it. Sentences and shops of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_day_parts import open_in_part, part_of_day_open
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import draft_text


@pytest.mark.parametrize(
    ("text", "times", "open_then"),
    [
        ("op donderdagavond", "9:00-18:00", False),  # open until six is no evening
        ("op donderdagavond", "9:00–21:00", True),
        ("'s avonds", "tot 20:30", True),
        ("op zaterdagmiddag", "8:30–12:00", False),
        ("op zaterdagmiddag", "8:30–16:00", True),
        ("op zaterdagvoormiddag", "13:00–18:00", False),
        ("op zaterdagvoormiddag", "9:00–12:00", True),
        ("op zaterdag", "9:00–12:00", True),  # no part of the day named
    ],
)
def test_the_hours_reach_the_part_of_the_day(text: str, times: str, open_then: bool) -> None:
    assert part_of_day_open(text, times) is open_then


@pytest.mark.parametrize(
    ("hours", "said"),
    [
        ("di-vr 9:00-18:00, za 9:00-16:00", ""),
        ("di-wo 9:00-18:00, do 9:00-21:00, vr 9:00-18:00", "Op donderdag kun je bij me terecht: 9:00-21:00."),
    ],
)
def test_a_wish_for_an_evening_gets_the_days_hours_only_when_they_reach_it(hours: str, said: str) -> None:
    shop = BusinessProfile(
        name="Fietsen Vos",
        kind="fietsenwinkel",
        signers=["Bart"],
        voice="ik",
        register="je",
        opening_hours=hours,
        faq=[FaqItem("Verhuren jullie fietsen?", "Ja, we verhuren stadsfietsen en e-bikes per dag.")],
    )
    text = "Zouden jullie op donderdagavond ook fietsen kunnen verhuren? Dat zou handig zijn."
    draft = draft_text(shop, "uitkomst_bedank_publiek_suggestie", text, author="Els")
    assert "stadsfietsen" in draft, draft
    if said:
        assert said in draft, draft
    else:
        assert "Op donderdag" not in draft, draft


@pytest.mark.parametrize(
    ("text", "hours", "said"),
    [
        (
            "Ze doen 's avonds niet meer open",
            "ma–wo 9:00–18:00, do 9:00–21:00, vr 9:00–18:00",
            "op donderdag tot 21:00",
        ),
        (
            "'s avonds zijn ze toch dicht tegenwoordig",
            "di 9:00–17:00, do 9:00–20:30, vr 9:00–20:30",
            "op donderdag en vrijdag tot 20:30",
        ),
        ("'s namiddags is het daar toe", "wo 8:00–12:00, za 8:00–17:00", "op zaterdag 8:00–17:00"),
        ("'s avonds niet meer open", "ma–za 8:00–18:00", ""),  # no day reaches the evening: it may be right
        ("op vrijdag 's avonds niet meer open", "vr 9:00–21:00", ""),  # a weekday: its own hours answer it
        ("vanavond waren ze dicht", "do 9:00–21:00", ""),  # one evening, not every evening
    ],
)
def test_the_days_open_at_a_part_of_the_day_a_rumour_says_is_closed(text: str, hours: str, said: str) -> None:
    assert open_in_part(text, hours) == said
