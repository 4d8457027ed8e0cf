"""Whether the writer's own appointment or booking stands ('staat mijn afspraak nu vast of nie?') is a question put
to the business, which only its agenda can answer: a named slot, never the profile's general line about
appointments; and after calls nobody returned, the business promises to call back. Sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import draft_text

SALON = BusinessProfile(
    name="Haarstudio Lore",
    kind="kapsalon",
    signers=["Lore"],
    voice="ik",
    register="u",
    phone="0470 11 22 33",
    faq=[FaqItem("Kan ik zonder afspraak komen?", "Op zaterdag van 9:00 tot 12:00 kan dat; anders op afspraak.")],
)


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "Al drie keer gebeld voor mijn afspraak van zaterdag, niemand neemt op. Staat mijn afspraak nu vast?",
            "Staat mijn afspraak nu vast?",
        ),
        (
            "Ik heb ingesproken om mijn afspraak te bevestigen, geen reactie. Is mijn afspraak wel genoteerd?",
            "Is mijn afspraak wel genoteerd?",
        ),
    ],
)
def test_whether_the_own_appointment_stands_gets_a_named_slot(text: str, asked: str) -> None:
    draft = draft_text(SALON, "uitkomst_herstel", text, platform="facebook", author="Noor Janssens")
    slot = f"het antwoord op ‘{asked}’" in draft or "staat genoteerd voor …" in draft  # a slot for where it stands
    assert slot and "zaterdag van 9:00" not in draft, draft


def test_a_general_question_about_appointments_keeps_the_profile_answer() -> None:
    """Negative case: whether one can come without an appointment is the profile's to answer."""
    text = "Drie keer gebeld, niemand neemt op. Kan ik zonder afspraak komen?"
    draft = draft_text(SALON, "uitkomst_herstel", text, platform="facebook", author="Noor Janssens")
    assert "zaterdag van 9:00" in draft, draft
