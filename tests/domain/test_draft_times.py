"""The appointment time and the later time the writer was still waiting at, also when the time comes before the
word 'afspraak' ('Om 14:00 een afspraak ..., om 14:35 zat ik nog steeds te wachten'). Sentences of their own."""

from __future__ import annotations

import pytest

from app.domain.draft_times import booked_and_served, english_wait, own_not_waited
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Om 14:00 een afspraak gemaakt, om 14:35 zat ik nog steeds te wachten.", ("14:00", "14:35")),
        ("9.30 uur afspraak bij de kapper, om 10.15 pas in de stoel. Nie normaal", ("9.30", "10.15")),
        ("Had 16u een afspraak. Om 16u45 was ik eindelijk aan de beurt.", ("16u", "16u45")),
        # Flemish 'kwart na acht' is a quarter past eight (r105)
        ("Gereserveerd voor 19u, om kwart na acht nog altijd geen hoofdgerecht.", ("19u", "kwart na acht")),
    ],
)
def test_a_time_before_the_appointment_word_counts_as_booked(text: str, pair: tuple[str, str]) -> None:
    assert booked_and_served(text) == pair


def test_the_wait_before_the_appointment_is_named_in_the_reply() -> None:
    salon = BusinessProfile(
        name="Kapsalon Knip & Krul", kind="kapper", signers=["Eva"], voice="wij", register="je", email="eva@knip.nl"
    )
    text = "Om 15:00 een afspraak via de app, om 15:45 zat ik nog altijd te wachten. Daarna in 10 minuten geknipt."
    draft = draft_text(salon, "uitkomst_herstel", text, platform="google", author="Tim Bos")
    assert "15:45" in draft or "wacht" in draft, draft


@pytest.mark.parametrize(
    ("word", "text"),
    [
        ("croissants", "Om 9u mijn croissants gaan halen, gisteren besteld. Nog niet klaar. Een kwartier gewacht."),
        ("taart", "Kwam mijn taart ophalen om 14u. Moest nog 20 minuten wachten!!"),
        ("broodjes", "Had m'n broodjes besteld voor de lunch. Toen nog een half uur moeten wachten."),
        ("sandwich", "Kwam mijne sandwich afhalen. Moest nog een halfuur wachten, allé."),
    ],
)
def test_the_own_thing_ordered_or_fetched_is_what_was_waited_on(word: str, text: str) -> None:
    assert not own_not_waited(True, word, text)


def test_the_own_thing_only_brought_along_is_still_not_waited_on() -> None:
    text = "Ik kwam met mijn rolstoel binnen. Daarna heb ik moeten wachten tot iemand de stoelen weghaalde."
    assert own_not_waited(True, "rolstoel", text)


def test_an_english_wait_is_timed_from_the_appointment() -> None:
    assert english_wait("Appointment at 10:00, finally in the chair at 10:50. No apology.") == 50
    assert english_wait("Table booked for 7pm, the starters came at 8.15pm.") == 75
    assert english_wait("We had an appointment at 2pm. Great cut, thanks!") == 0


def test_a_time_ordered_for_and_the_later_time_it_came() -> None:
    from app.domain.draft_times import agreed_and_delivered

    text = "Taart laten brengen naar mijn moeder in Wijchen, besteld voor 11 uur. Om kwart over 2 kwam hij pas."
    assert agreed_and_delivered(text) == ("11 uur", "kwart over 2")
    # the time the order was placed is no promise
    assert agreed_and_delivered("Om 9 uur besteld en om 11 uur opgehaald, prima.") == ("", "")
