"""A holiday line that closes only a part of the business ('zaal dicht') and gives hours for the rest is said
as the profile gives it, not as 'we zijn dan dicht'. Profiles and questions of their own."""

from __future__ import annotations

from app.domain.draft_closing import all_closed, open_key
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_ANSWER = "uitkomst_vraag_beantwoorden"


def _cafe(holidays: str) -> BusinessProfile:
    return BusinessProfile(
        name="Koffiebranderij De Boon",
        kind="bakkerij",
        signers=["Lotte"],
        voice="wij",
        register="u",
        email="hallo@deboon.be",
        phone="09 233 44 55",
        opening_hours="di–za 8:00–18:00; zo en ma dicht",
        holidays=holidays,
    )


def test_a_part_closed_on_a_holiday_keeps_the_hours_of_the_rest() -> None:
    cafe = _cafe("11 november: winkel 8:00–13:00, proeflokaal dicht; Kerstmis: dicht")
    draft = draft_text(cafe, _ANSWER, "Kunnen we op 11 november een koffie komen drinken in het proeflokaal?")
    assert "8:00–13:00" in draft and "proeflokaal dicht" in draft and "helaas dicht" not in draft, draft


def test_a_line_that_closes_the_whole_business_stays_closed() -> None:
    """Negative case: 'dicht' without hours for a part is the whole business closed."""
    assert all_closed("dicht, voor bestellingen bel ons op 09 233 44 55")
    assert not all_closed("winkel 8:00–13:00, proeflokaal dicht")
    assert (
        open_key("10:00–16:00") == "holiday_open" and open_key("winkel 8:00–13:00, proeflokaal dicht") == "holiday_text"
    )
    draft = draft_text(_cafe("Kerstmis: dicht"), _ANSWER, "Zijn jullie met Kerstmis open?")
    assert "dicht" in draft and "geldt" not in draft, draft


def test_a_holiday_line_that_says_what_there_is_not_gets_no_yes() -> None:
    """'geen ochtendopening, open vanaf 13:00' is no 'Ja, we zijn op … geen ochtendopening'."""
    assert open_key("geen ochtendopening, open vanaf 13:00") == "holiday_text"
    assert open_key("niet 's avonds, 8:00–17:00") == "holiday_text"
    cafe = _cafe("vrijdag 6 december: geen ochtendopening, open vanaf 13:00")
    draft = draft_text(cafe, _ANSWER, "Zijn jullie vrijdag 6 december 's ochtends open?")
    assert "geen ochtendopening, open vanaf 13:00" in draft and "Ja" not in draft, draft
