"""An English compliment for work done at the writer's home says so (not 'your visit'), what the work held through is
said back with the writer's 'my' as 'your', and a bride's own wedding is congratulated by name. Sentences and
businesses of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_english_congrats import congrats_of
from app.domain.draft_english_held import done_at_home, held_through
from app.domain.profile import BusinessProfile
from tests.domain.drafts import suggested


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Lotte did my hair at home in Kortrijk before the party", "home in Kortrijk"),
        ("They fixed the bike at our house, amazing service", "house"),
        ("I tried to braid it at home myself and failed, so I came in", ""),
        ("Great haircut, thank you!", ""),
    ],
)
def test_work_done_at_the_writers_home(text: str, place: str) -> None:
    assert done_at_home(text) == place


@pytest.mark.parametrize(
    ("text", "held"),
    [
        (
            "The updo survived a windy beach and my nephews' dancing!",
            ("a windy beach and your nephews' dancing", False),
        ),
        ("My curls lasted through the whole night.", ("the whole night", True)),
        ("Lovely cut, thank you.", ("", False)),
    ],
)
def test_what_the_work_held_through(text: str, held: tuple[str, bool]) -> None:
    assert held_through(text) == held


def test_a_brides_own_wedding_is_congratulated_by_name() -> None:
    assert congrats_of("Anna did my bridal makeup and it was perfect") == ("congrats_on", {"onderwerp": "your wedding"})
    assert congrats_of("We got married on Saturday and the cake was a dream") == (
        "congrats_on",
        {"onderwerp": "your wedding"},
    )
    assert congrats_of("Booked my bridal trial for next month, so excited") != (
        "congrats_on",
        {"onderwerp": "your wedding"},
    )


def test_the_thanks_for_bridal_hair_done_at_home() -> None:
    salon = BusinessProfile(name="Salon Lotte", kind="kapsalon", signers=["Lotte"], voice="ik", register="je")
    text = (
        "Lotte did my bridal hair at home in Kortrijk, and it survived a thunderstorm and a very long party. Thank you!"
    )
    reply = suggested(salon, text, label="positief", author="Emma Scott")
    assert "your wedding" in reply and "your home in Kortrijk" in reply, reply
    assert "a thunderstorm and a very long party" in reply, reply
    assert "your visit" not in reply, reply
