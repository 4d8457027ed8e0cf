"""Whole-pipeline drafts for a booking nobody knew about when the writer came ('bij aankomst wist niemand ervan'):
the lost booking is the complaint and the wait came of it; no 'wanneer het alsnog klaar is'."""

from __future__ import annotations

import pytest

from app.domain.draft_complaint_said import has_cue
from tests.domain.businesses import EETCAFE_DE_LINDE
from tests.domain.drafts import draft_text

_COMPLAINT = "uitkomst_herstel"


@pytest.mark.parametrize(
    "text",
    [
        "Zaterdag om 19u een tafel voor zes geboekt. Toen we binnenkwamen wist niemand ervan en moesten we een half "
        "uur aan de bar wachten.",
        "Gereserveerd voor de verjaardag van mijn moeder, maar daar wisten ze van niks af. Drie kwartier gewacht.",
    ],
)
def test_a_booking_nobody_knew_of_is_the_complaint(text: str) -> None:
    assert has_cue("lost_booking", text)
    draft = draft_text(EETCAFE_DE_LINDE, _COMPLAINT, text, author="Petra")
    assert "reservering" in draft and "fout" in draft, draft
    assert "alsnog klaar" not in draft


@pytest.mark.parametrize(
    "text",
    [
        "Niemand wist hoe laat de keuken dichtging, en we moesten een uur wachten.",
        "We hadden gereserveerd en niemand wist de weg naar het toilet.",
    ],
)
def test_nobody_knowing_something_else_is_no_lost_booking(text: str) -> None:
    assert not has_cue("lost_booking", text)
