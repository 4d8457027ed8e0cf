"""A holiday entry the profile writes with 'open' itself ('open tot 20:00') reads as one sentence, not 'open: open'.
Profile and questions of their own."""

from __future__ import annotations

from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_SHOP = BusinessProfile(
    name="Visbar De Ankerplaats",
    kind="restaurant",
    signers=["Joop"],
    voice="wij",
    register="je",
    email="ahoi@ankerplaats.nl",
    phone="0223-551122",
    opening_hours="wo–zo 11:00–21:00",
    holidays="Oudejaarsdag: open tot 16:00; Pinkstermaandag: open, 12:00–20:00; Nieuwjaarsdag: 14:00–20:00",
)


def test_a_holiday_said_with_open_is_not_doubled() -> None:
    for question, hours in (
        ("Zijn jullie op oudejaarsdag open?", "tot 16:00"),
        ("Zijn jullie met pinkstermaandag open?", "12:00–20:00"),
    ):
        draft = draft_text(_SHOP, "uitkomst_vraag_beantwoorden", question, author="Kees")
        assert hours in draft and "open: open" not in draft and "open, 12" not in draft, draft


def test_a_holiday_with_hours_alone_keeps_its_colon() -> None:
    """Negative case: hours without the word 'open' are still introduced with 'open:'."""
    draft = draft_text(_SHOP, "uitkomst_vraag_beantwoorden", "Zijn jullie op nieuwjaarsdag open?", author="Kees")
    assert "open: 14:00–20:00" in draft, draft


def test_a_part_that_opens_with_a_profile_value_starts_with_a_capital() -> None:
    from app.domain.draft_text import Part, join_parts
    from app.domain.replies import shipped_templates

    plat = shipped_templates().platform("facebook")
    parts = [
        Part("greeting", "Hallo,", True),
        Part("answer", "zomerstop van 3 tot en met 17 augustus.", True),
        Part("closing", "[vul in: wanneer] laten we het weten, en tot ziens.", False),
    ]
    text = join_parts(parts, plat)
    assert "\nZomerstop van 3 tot en met 17 augustus." in text
    assert "[vul in: wanneer] laten we het weten, en tot ziens." in text  # the rest of a sentence is left alone
