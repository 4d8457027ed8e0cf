"""An English complaint about an evening opening that is gone ('no more Thursday evenings since November??') gets the
opening hours, with their change (app/domain/draft_english_complaint.py _english_fact, the words in
resources/english_complaint.toml). A salon and sentences of our own."""

from __future__ import annotations

from app.domain.profile import BusinessProfile
from tests.domain.drafts import suggested

_SALON = BusinessProfile(
    name="Kapsalon Vlecht",
    kind="kapsalon",
    signers=["Noor"],
    voice="wij",
    register="je",
    email="info@vlecht.nl",
    opening_hours="di–vr 9.00–17.00, do 9.00–21.00 (vanaf 1 november do 9.00–17.00), za 9.00–15.00",
)


def test_a_missed_evening_opening_gets_the_hours_with_their_change() -> None:
    text = (
        "Booked online for Thursday 6 November at 7 pm, drove over from Delft and the salon was dark. "
        "No more Thursday evenings?? Nobody told me."
    )
    made = suggested(_SALON, text, label="klacht", author="Anna Lee")
    assert "from 1 November Thu 9.00–17.00" in made, made


_CAFE = BusinessProfile(
    name="Café Het Anker",
    kind="restaurant",
    signers=["Joost"],
    voice="wij",
    register="je",
    email="info@anker.nl",
    accessibility="gelijkvloers; honden aangelijnd welkom in de serre, niet in het restaurant",
)


def test_a_writer_turned_away_with_what_the_site_calls_welcome_gets_the_rule_in_the_slot() -> None:
    text = "Walked an hour in the rain. Your site says dogs welcome, and we got turned away at the door. Great."
    made = suggested(_CAFE, text, label="klacht", author="Anna Lee")
    assert "honden aangelijnd welkom in de serre, niet in het restaurant" in made and "[vul in" in made, made
