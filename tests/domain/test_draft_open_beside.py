"""The holiday line for the date and occasion a comment names (app/domain/draft_open_beside.py), said beside the
answer: a salon with early hours on the days of the school party. Sentences and a profile of their own."""

from __future__ import annotations

from app.domain.draft_open_beside import open_beside
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import draft_text

_ENTRIES = [
    ("Schoolfeestkapsels op vrijdag 14 juni", "vanaf 7.30, enkel op afspraak"),
    ("Maandag 17 juni", "gesloten"),
]


def test_the_line_of_the_date_and_occasion_named_is_found() -> None:
    text = "Wat kost een vlechtkapsel? Het schoolfeest is vrijdag 14 juni en ze moet er om 9u zijn."
    assert open_beside(text, _ENTRIES) == ("schoolfeest", "vrijdag 14 juni", "vanaf 7.30, enkel op afspraak")


def test_another_date_or_no_shared_word_finds_nothing() -> None:
    assert open_beside("Wat kost een vlechtkapsel voor het schoolfeest op 21 juni?", _ENTRIES) is None
    assert open_beside("Zijn jullie open op vrijdag 14 juni?", _ENTRIES) is None
    assert open_beside("Zijn jullie open op maandag 17 juni voor het schoolfeest?", _ENTRIES[1:]) is None


_SALON = BusinessProfile(
    name="Kapsalon Zonneveld",
    kind="kapsalon",
    signers=["Greet"],
    voice="ik",
    register="u",
    phone="03 111 22 33",
    opening_hours="di–za 9.00–18.00; enkel op afspraak",
    holidays="Schoolfeestkapsels op vrijdag 14 juni: vanaf 7.30, enkel op afspraak",
    faq=[FaqItem("Wat kost een vlechtkapsel?", "Een vlechtkapsel kost € 25.")],
)


def test_the_early_hours_of_that_day_are_said_beside_the_price() -> None:
    text = "Dag Greet, wat kost een vlechtkapsel? Het schoolfeest is vrijdag 14 juni en we moeten er om 8u30 zijn."
    made = draft_text(_SALON, "uitkomst_vraag_beantwoorden", text)
    assert "€ 25" in made and "7.30" in made, made
