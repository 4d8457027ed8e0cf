"""A gathering to arrange after a loss (draft_bespoke.gathering_asked, draft_composed._compose_grief): the
condolence, then that it is arranged in person by phone, without a price or rule of the profile beside it. A
restaurant of its own."""

from __future__ import annotations

from app.domain.draft_bespoke import gathering_asked
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import draft_text


def test_a_gathering_is_a_named_meal_or_a_counted_group() -> None:
    assert gathering_asked("Kunnen we na de uitvaart met een 25-tal mensen bij u terecht?")
    assert gathering_asked("een koffietafel voor de familie")
    assert not gathering_asked("Wat kost een rouwboeket met witte rozen?")


_INN = BusinessProfile(
    name="Herberg De Molen",
    kind="restaurant",
    signers=["Anja"],
    voice="ik",
    register="u",
    phone="051 22 33 44",
    email="info@demolen.be",
    opening_hours="wo–zo 11u–22u",
    faq=[
        FaqItem("Wat kost het dagmenu?", "Het dagmenu kost € 19 (soep, hoofdgerecht, koffie)."),
        FaqItem("Kan ik gratis annuleren?", "Groepen kosteloos annuleren tot 48 uur vooraf."),
    ],
)


def test_a_funeral_meal_is_arranged_by_phone_without_a_price() -> None:
    text = (
        "Mijn grootmoeder is overleden, de uitvaart is zaterdag. Kunnen we daarna met 35 man iets eten? Wat kost dat?"
    )
    made = draft_text(_INN, "uitkomst_vraag_beantwoorden", text)
    assert "051 22 33 44" in made and "persoonlijk" in made, made
    assert "€" not in made and "annuleren" not in made, made
