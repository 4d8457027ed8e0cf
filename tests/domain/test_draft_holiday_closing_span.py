"""A closing period written with short weekdays ('van wo 30 juli t/m di 12 augustus') is read as a span
(app/domain/draft_days.py), told after the day asked when it starts just after it, with the day the profile says
the business opens again (app/domain/draft_holiday_answers.py, draft_leave_rumour.back_on); a holiday line after
one that ends in a bracket is a line of its own (app/domain/profile.py). A shop and sentences of its own."""

from __future__ import annotations

from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_OUTCOME = "uitkomst_vraag_beantwoorden"

_ICE = BusinessProfile(
    name="IJssalon Dolce",
    kind="ijssalon",
    signers=["Gino"],
    voice="wij",
    register="u",
    email="info@dolce.be",
    opening_hours="di t/m zo 12.00–21.00",
    holidays=(
        "Pinkstermaandag: open 12.00–18.00 (met terras). Vr 18 juli: open tot 23.00 (ijsnacht). Zomerverlof van "
        "ma 21 juli t/m di 5 augustus: gesloten; wo 6 augustus terug open."
    ),
)


def test_a_line_after_a_bracket_is_a_line_of_its_own() -> None:
    days = [d for d, _ in _ICE.holiday_entries()]
    assert "Vr 18 juli" in days, days
    assert dict(_ICE.holiday_entries())["Pinkstermaandag"] == "open 12.00–18.00 (met terras)"


def test_a_closing_just_after_the_day_asked_is_told_with_the_day_it_opens_again() -> None:
    said = draft_text(_ICE, _OUTCOME, "Zijn jullie op 18 juli open? We komen met de fietsclub langs.")
    assert "21 juli" in said and "6 augustus" in said, said


def test_a_day_far_from_the_closing_hears_nothing_of_it() -> None:
    said = draft_text(_ICE, _OUTCOME, "Zijn jullie op pinkstermaandag open?")
    assert "augustus" not in said and "18 juli" not in said, said


_BIKES = BusinessProfile(
    name="Fietsen Claes",
    kind="fietsenmaker",
    signers=["Lode"],
    voice="ik",
    register="u",
    email="lode@fietsenclaes.be",
    opening_hours="di t/m za 9.00–18.00",
    holidays="Kerstavond vr 24 december: 9.00–15.00. Kerstmis za 25 december: gesloten. Za 1 januari: gesloten.",
)


def test_a_feast_of_two_dates_closed_on_its_first_offers_the_eve() -> None:
    said = draft_text(_BIKES, _OUTCOME, "Bent u met Kerstmis open? Ik wil de fiets van mijn vrouw komen halen.")
    assert "24 december" in said and "9.00–15.00" in said, said


def test_an_open_feast_offers_no_other_day() -> None:
    open_feast = BusinessProfile(
        name="Fietsen Claes",
        kind="fietsenmaker",
        signers=["Lode"],
        voice="ik",
        register="u",
        email="lode@fietsenclaes.be",
        opening_hours="di t/m za 9.00–18.00",
        holidays="Kerstavond vr 24 december: 9.00–15.00. Kerstmis za 25 december: 10.00–12.00.",
    )
    said = draft_text(open_feast, _OUTCOME, "Bent u met Kerstmis open? Ik wil de fiets van mijn vrouw komen halen.")
    assert "nog welkom" not in said and "10.00–12.00" in said, said
