"""A rumour that calling no longer works and only an app or site is left (app/domain/draft_rumour_calls.py): the
FAQ entry on the online way, also when the rumour names it in other words. A salon and sentences of its own."""

from __future__ import annotations

from app.domain.draft_rumour_calls import online_faq, only_online
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import draft_text

_FAQ = [
    ("Doet u ook bruidskapsels?", "Ja, op zaterdag, graag een proefsessie vooraf."),
    ("Kan ik via de website een afspraak boeken?", "Ja, gratis en dag en nacht, of bel tijdens de openingsuren."),
]


def test_the_online_entry_is_found_by_its_question() -> None:
    assert online_faq(_FAQ) == _FAQ[1]
    assert online_faq(_FAQ[:1]) is None


def test_a_rumour_of_a_paid_app_gets_the_free_online_way() -> None:
    salon = BusinessProfile(
        name="Kapsalon Wendy",
        kind="kapsalon",
        signers=["Wendy"],
        voice="ik",
        register="je",
        phone="011 22 33 44",
        faq=[FaqItem(q, a) for q, a in _FAQ],
    )
    text = (
        "Ze zeggen dat ge bij Wendy alleen nog kunt reserveren via een app waar ge voor moet betalen. "
        "Bellen gaat nie meer."
    )
    assert only_online(text)
    said = draft_text(salon, "uitkomst_onwaarheid", text)
    assert "011 22 33 44" in said and "gratis" in said, said
