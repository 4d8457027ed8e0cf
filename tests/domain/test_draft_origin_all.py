"""A FAQ entry on whether the business makes everything itself ('Maken jullie alles zelf?') answers a rumour that
things come from elsewhere, whatever thing it names or none. Shops and sentences of our own."""

from __future__ import annotations

from app.domain.draft_origin import origin_faq
from app.domain.profile import BusinessProfile, FaqItem

_SHOP = BusinessProfile(
    name="Slagerij Van Dam",
    kind="slagerij",
    signers=["Piet"],
    register="u",
    voice="wij",
    opening_hours="di–za 8:00–17:00",
    faq=[
        FaqItem(question="Kan ik bestellen?", answer="Ja, telefonisch tot 16u de dag ervoor."),
        FaqItem(question="Maken jullie alles zelf?", answer="Ja, al onze worst en paté maken we zelf in het atelier."),
    ],
)


def _lemmas(text: str) -> list[str]:
    return [w.lower() for w in text.split()]


def test_the_faq_on_making_everything_answers_a_rumour_of_elsewhere() -> None:
    found = origin_faq(["tis", "allemaal", "groothandel", "gerief"], _SHOP, _lemmas)
    assert found is not None and found.question == "Maken jullie alles zelf?"


def test_no_faq_without_a_rumour_of_elsewhere() -> None:
    assert origin_faq(["lekker", "worst", "duur"], _SHOP, _lemmas) is None
