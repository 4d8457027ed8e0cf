"""A discount announced that the till did not give (app.domain.draft_discount_missed). Sentences of its own."""

from __future__ import annotations

from app.domain.draft_discount_missed import discount_missed
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text


def test_a_discount_not_given_at_the_till_is_found() -> None:
    text = "In de folder 20% korting op alle helmen, maar aan de kassa toch de normale prijs afgerekend."
    assert discount_missed(text) == "de korting van 20%"
    assert discount_missed("Promo op winterjassen, maar op de kassabon stond de gewone prijs.") == "de korting"


def test_a_sale_that_came_later_is_no_mistake_at_the_till() -> None:
    assert not discount_missed("Vorige week gekocht voor de volle prijs en nu hangt hij met 30% korting in de winkel.")


def test_the_reply_owns_the_mistake_and_gives_the_difference_back() -> None:
    shop = BusinessProfile(
        name="Sport Peeters", kind="winkel", signers=["Tom"], voice="ik", register="je", email="tom@sp.be"
    )
    text = "Er hing 20% korting op alle helmen, maar aan de kassa gewoon de normale prijs betaald. Top service 🙄"
    reply = draft_text(shop, "uitkomst_herstel", text, platform="facebook", author="Lies Wouters")
    assert "korting van 20%" in reply and "het verschil" in reply and "terug" in reply, reply
    assert "hoe dit bedrag is opgebouwd" not in reply, reply
