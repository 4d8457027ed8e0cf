"""An occasion still to come is wished well, not congratulated as if it were past ('Nog van harte gefeliciteerd' to
someone whose wedding is next month). Sentences of their own."""

from __future__ import annotations

from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_SALON = BusinessProfile(
    name="Haarstudio Krul",
    kind="kapsalon",
    signers=["Mila"],
    voice="ik",
    register="je",
    email="mila@haarstudiokrul.nl",
    phone="0318-223344",
    opening_hours="di–za 9:00–17:00",
)


def test_thanks_before_the_wedding_wish_a_good_day() -> None:
    text = "Wat een fijne proefsessie bij Mila! Over drie weken is onze bruiloft en ik kan niet wachten 💍"
    for i in range(4):
        draft = draft_text(_SALON, "uitkomst_bedank_publiek", f"{text} ({i})", author="Roos")
        assert "gefeliciteerd" not in draft.lower(), draft


def test_a_question_for_a_coming_birthday_is_not_congratulated_as_past() -> None:
    text = "Kan ik zaterdag met mijn dochter langskomen? Ze wordt dan 16 en wil graag krullen voor haar feestje."
    for i in range(4):
        draft = draft_text(_SALON, "uitkomst_vraag_beantwoorden", f"{text} ({i})", author="Ingrid")
        assert "nog gefeliciteerd" not in draft.lower() and "nog van harte" not in draft.lower(), draft


def test_a_wedding_that_was_last_saturday_is_still_congratulated() -> None:
    """Negative case: a day that is past keeps its congratulations."""
    text = "Afgelopen zaterdag getrouwd en mijn kapsel zat tot de laatste dans perfect. Dankjewel Mila!"
    drafts = [draft_text(_SALON, "uitkomst_bedank_publiek", f"{text} ({i})", author="Esmee").lower() for i in range(4)]
    assert all("gefeliciteerd" in d for d in drafts), drafts
