"""A day asked that the profile's holiday lines tell inside a longer line: a period whose line opens with that day
('Dorpsfeest (8 t/m 10 augustus): zaterdag 9 augustus open tot 15:00'), a line named without days that tells it
('Zomervakantie: ook maandag 18 augustus open') before a period whose range only holds it, a reason between
brackets that is no closing, and one answer said once. Shop and sentences of our own."""

from __future__ import annotations

from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import suggested

SHOP = BusinessProfile(
    name="Bakkerij Het Korenaar",
    kind="bakkerij",
    signers=["Joost"],
    register="je",
    voice="ik",
    email="joost@korenaar.nl",
    opening_hours="dinsdag t/m zaterdag 8:00–17:00; zondag en maandag gesloten",
    holidays=(
        "Dorpsfeest (vrijdag 8 t/m zondag 10 augustus): zaterdag 9 augustus open tot 15:00, met feestbroodjes. "
        "Zomerweken 14 juli t/m 24 augustus: ijstaart van de week (6 personen, € 24,95). "
        "Zomervakantie: ook maandag 18 augustus open, met ijsjes aan de deur. "
        "Zaterdag 23 augustus: open tot 13:00 (de markt staat 's middags voor de deur, straat dicht)."
    ),
    faq=[FaqItem("Kan ik een taart bestellen?", "Ja, twee dagen van tevoren.")],
)


def test_a_period_line_that_opens_with_the_day_asked_says_that_day() -> None:
    draft = suggested(SHOP, "Ben je zaterdag 9 augustus open met het dorpsfeest? En tot hoe laat kan ik langskomen?")
    assert "open tot 15:00, met feestbroodjes" in draft
    assert "geldt" not in draft and "8 t/m" not in draft  # not the whole line pasted
    assert draft.count("15:00") == 1  # 'tot hoe laat' is answered by it, once, and not promised for later
    assert "zoek" not in draft
    assert "23 augustus" not in draft  # the other Saturday's line is not asked by the weekday alone


def test_a_line_that_tells_the_day_comes_before_a_period_that_only_holds_it() -> None:
    draft = suggested(SHOP, "Is de winkel maandag 18 augustus open?")
    assert "18 augustus open, met ijsjes" in draft
    assert "ijstaart" not in draft


def test_a_reason_between_brackets_is_no_closing() -> None:
    draft = suggested(SHOP, "Zijn jullie open op zaterdag 23 augustus? Tot hoe laat?")
    assert "open tot 13:00 (de markt" in draft and "geldt" not in draft
    assert draft.count("13:00") == 1


def test_a_day_the_line_does_not_open_with_keeps_the_periods_answer() -> None:
    # near miss: 'zondag 10 augustus' lies in the feast's days, but its line tells only of the Saturday
    draft = suggested(SHOP, "Zijn jullie zondag 10 augustus open?")
    assert "feestbroodjes" not in draft or "8 t/m" in draft
