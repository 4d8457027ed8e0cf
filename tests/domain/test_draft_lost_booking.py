"""A booking that was not there when the writer came (after a confirmation or a check call) is the complaint:
turned away is not kept waiting, so the later time named is no 'van 19:00 tot …' wait. Shops and sentences of
their own."""

from __future__ import annotations

import pytest

from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_COMPLAINT = "uitkomst_herstel"

BISTRO = BusinessProfile(
    name="Eetcafé De Zwaan", kind="restaurant", signers=["Ruud"], voice="wij", register="u", email="info@zwaan.nl"
)
SALON = BusinessProfile(name="Kapsalon Krul", kind="kapper", signers=["Nina"], register="je", phone="050-3998877")


@pytest.mark.parametrize(
    "text",
    [
        "Tafel voor 18:30 gereserveerd, bevestiging per mail. Om kwart voor zeven: 'sorry, geen tafel voor jullie'. "
        "Om 19:15 stonden we met de kinderen weer buiten.",
        "Reservering om 20u, 's middags nog nagebeld of het klopte. Daar aangekomen: GEEN TAFEL OP ONZE NAAM. "
        "Om half negen zaten we bij de snackbar.",
        "afspraak bevestigd voor 17.00 maar de reservering stond niet in het systeem, om 17.40 weer naar huis",
    ],
)
def test_a_confirmed_booking_not_there_is_the_complaint(text: str) -> None:
    made = draft_text(BISTRO, _COMPLAINT, text, platform="google")
    assert "moest wachten" not in made and "lang wachten" not in made, made
    assert "onze fout" in made, made
    assert "Bevestig" in made or "bevestig" in made, made


def test_a_booking_not_there_without_a_confirmation() -> None:
    text = "Om 10:00 een afspraak gemaakt voor mijn dochter, bij aankomst was de afspraak nergens. Om 10:30 weg."
    made = draft_text(SALON, _COMPLAINT, text)
    assert "moest wachten" not in made and "onze fout" not in made and "mijn fout" in made, made
    assert "bevestig" not in made.lower(), made


def test_a_booking_that_was_there_but_late_is_still_a_wait() -> None:
    text = "Reservering om 19:00, bevestigd en al. Pas om 19:50 kregen we een tafel, het hoofdgerecht om 21:00."
    made = draft_text(BISTRO, _COMPLAINT, text, platform="google")
    assert "onze fout" not in made or "wacht" in made, made
    assert "geen plek" not in made and "er niet was" not in made, made
