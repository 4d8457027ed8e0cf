"""Goods held for the customers who ordered them: the business's rule explained from its FAQ, understanding instead
of an apology; a writer whose own order was not kept still gets the apology. Businesses and sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_complaint_set_aside import held_for_others, reserve_rule
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import draft_text

_SLAGER = BusinessProfile(
    name="Slagerij Vermeulen",
    kind="slager",
    signers=["Dirk"],
    voice="wij",
    register="u",
    email="info@slagerijvermeulen.be",
    faq=[
        FaqItem(
            question="Kan ik vlees laten reserveren?",
            answer="Ja, tot de dag ervoor om 16u. Gereserveerde pakjes houden we klaar tot 11u; daarna gaan ze in de "
            "toonbank.",
        )
    ],
)


@pytest.mark.parametrize(
    "text",
    [
        "Om 10u30 binnen voor gehakt, en de verkoopster zegt 'dat is voor wie besteld heeft'. Er lag nog zat!",
        "Zaterdag stonden er nog tien kippen, maar die liggen apart voor de bestellingen zei de jongen.",
    ],
)
def test_goods_held_for_others_are_explained_by_the_rule(text: str) -> None:
    assert held_for_others(text)
    made = draft_text(_SLAGER, "uitkomst_herstel", text, platform="facebook", author="Els Claes")
    assert "klaar tot 11u" in made, made
    assert "excuses" not in made, made


def test_the_writers_own_order_not_kept_is_no_rule() -> None:
    assert not held_for_others("Ik had zelf twee kippen besteld, en toch zei ze 'die zijn voor wie besteld heeft'.")


def test_a_faq_without_a_time_held_gives_no_rule() -> None:
    plain = BusinessProfile(
        name="Slagerij Mol",
        kind="slager",
        signers=["An"],
        voice="wij",
        register="u",
        faq=[FaqItem(question="Kan ik bestellen?", answer="Ja, telefonisch of in de winkel.")],
    )
    assert reserve_rule(plain) == ""
    assert reserve_rule(_SLAGER).startswith("tot de dag ervoor om 16u")
