"""What the writer came in with ('voor een lekke band') is the reason for the visit, not a result judged
afterwards: no 'Dat de band ook nog lek was, had niet mogen gebeuren' after a complaint about the wait."""

from __future__ import annotations

import pytest

from app.domain.draft_said import came_with
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

BIKES = BusinessProfile(name="Fietsenmaker De Trapper", kind="fietsenmaker", signers=["Joost"], register="je")


@pytest.mark.parametrize(
    ("text", "thing", "judgement"),
    [
        ("Binnen met een lekke band, 2 uur gewacht", "band", "lek"),
        ("ik kwam VOOR EEN KAPOTTE RITS en moest drie kwartier wachten", "rits", "kapot"),
        ("vanwege mijn kapotte verlichting een uur zitten wachten", "verlichting", "kapot"),
    ],
)
def test_the_thing_brought_in_is_what_the_writer_came_with(text: str, thing: str, judgement: str) -> None:
    assert came_with(text, thing, judgement)


def test_a_result_judged_afterwards_is_no_reason_for_the_visit() -> None:
    assert not came_with("Na de reparatie was de band binnen een dag weer lek", "band", "lek")
    assert not came_with("De soep was koud en we wachtten een uur", "soep", "koud")


def test_the_wait_is_the_complaint_not_the_flat_tyre() -> None:
    text = "'Even wachten, is zo klaar' zeiden ze, voor een lekke band. Anderhalf uur later stond ik er nog. Slecht!!"
    made = draft_text(BIKES, "uitkomst_herstel", text, platform="instagram")
    assert "lek was" not in made and "lek is" not in made, made
