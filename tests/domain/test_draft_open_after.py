"""A question whether a closed date is open, from a writer who needs it by a later day they name ('zijn jullie
vrijdag 1/11 open? ik moet zaterdag op reis'), gets the closed day and the first day after it that is open, with
the opening time. Sentences of our own."""

from __future__ import annotations

from app.domain.draft_days import day_after
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

SHOP = BusinessProfile(
    name="Fietsen Claes",
    kind="fietsenmaker",
    signers=["Wout"],
    voice="wij",
    register="je",
    opening_hours="di–za 9:00–18:00; zondag en maandag gesloten",
    holidays="1 november: gesloten; 25 december: gesloten",
)


def test_the_day_after() -> None:
    assert day_after("1 november") == "2 november"
    assert day_after("31 december") == "1 januari"
    assert day_after("30 november") == "1 december"
    assert day_after("zondag") == "maandag"


def test_the_first_open_day_after_a_closed_date_is_said_when_needed_by_a_later_day() -> None:
    text = "zijn jullie vrijdag 1/11 open? mijn ketting is kapot en ik moet zaterdag op reis"
    draft = draft_text(SHOP, "uitkomst_vraag_beantwoorden", text, platform="instagram", author="@tibo")
    assert "Zaterdag 2 november" in draft and "9:00" in draft, draft


def test_closed_days_after_are_skipped() -> None:
    """25 December is a Wednesday here; the shop opens again the next day."""
    text = "Zijn jullie woensdag 25/12 open? Ik heb mijn fiets vrijdag nodig."
    draft = draft_text(SHOP, "uitkomst_vraag_beantwoorden", text, platform="facebook", author="Els")
    assert "Donderdag 26 december" in draft, draft


def test_no_day_after_without_a_later_day_named() -> None:
    """Negative case: the writer only asks about the date."""
    draft = draft_text(SHOP, "uitkomst_vraag_beantwoorden", "Zijn jullie vrijdag 1/11 open?", author="Els")
    assert "2 november" not in draft, draft
