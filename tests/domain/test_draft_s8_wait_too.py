"""A complaint about a thing that also names how long the writer waited: the draft says the wait too,
not only the thing (session 8b, issue #13). Businesses and sentences of their own, not a round's."""

from __future__ import annotations

from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_COMPLAINT = "uitkomst_herstel"

PIZZERIA = BusinessProfile(name="Pizzeria Sole", kind="restaurant", signers=["Luca"], voice="wij", phone="050-1234567")
CARWASH = BusinessProfile(
    name="Autopoets Ede", kind="garage", signers=["Rik"], voice="ik", register="u", email="rik@autopoets.nl"
)


def test_the_wait_is_said_beside_what_came() -> None:
    text = (
        "45 minuten wachten op onze pizza's, salade was koud en de ober deed alsof het onze schuld was. "
        "Service was echt next level slecht."
    )
    draft = draft_text(PIZZERIA, _COMPLAINT, text, author="Chantal")
    assert "45 minuten" in draft and draft.count("wacht") == 1
    text = (
        "45 minuten wachten op onze schnitzels, friet was koud en de ober deed alsof het onze schuld was. "
        "Service was echt slecht. Als jullie de rekening terugstorten pas ik mijn review aan."
    )
    draft = draft_text(PIZZERIA, _COMPLAINT, text, author="Chantal")
    assert "45 minuten" in draft and draft.count("wacht") == 1


def test_a_wait_already_said_is_not_said_twice() -> None:
    text = "Twee uur wachten op een wasbeurt en daarna zat de auto nog onder de strepen."
    draft = draft_text(CARWASH, _COMPLAINT, text, platform="google", author="Hans Smit")
    assert draft.lower().count("wacht") == 1
