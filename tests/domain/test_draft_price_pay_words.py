"""'Hoeveel is ...?' asks a price as 'Wat kost ...?' does, and Belgian ways to pay ('Payconiq',
'maaltijdcheques') ask how to pay. Profiles and questions of their own."""

from __future__ import annotations

from app.domain.draft_answers import PAY_HOW
from app.domain.draft_asked import answered_in_kind
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import draft_text

_SALON = BusinessProfile(
    name="Hondentrimsalon Pluis",
    kind="dierensalon",
    signers=["Wendy"],
    voice="ik",
    register="je",
    email="wendy@pluis.be",
    phone="09-2233445",
    opening_hours="di–za 9:00–17:00",
    payment="Bancontact en cash; geen ecocheques",
    faq=[FaqItem("Wat kost een trimbeurt?", "Kleine honden € 35, grote honden € 55.")],
)


def test_how_much_is_asks_a_price() -> None:
    assert answered_in_kind("hoeveel is een trimbeurt voor een poedel?", "Kleine honden € 35.")
    assert answered_in_kind("Hoeveel vragen jullie voor een wasbeurt?", "Vanaf € 20.")


def test_how_much_without_a_price_asked_is_no_price_question() -> None:
    """Negative case: 'hoeveel' that counts asks no price."""
    assert not answered_in_kind("hoeveel honden mogen er mee?", "Kleine honden € 35.")


def test_a_price_asked_with_how_much_and_a_way_to_pay_joined_are_both_answered() -> None:
    draft = draft_text(
        _SALON,
        "uitkomst_vraag_beantwoorden",
        "hoeveel is een trimbeurt voor nen kleine hond? en nemen jullie ecocheques?",
        author="Jef",
    )
    assert "€ 35" in draft and "ecocheques" in draft and "vul in" not in draft, draft


def test_belgian_ways_to_pay_ask_how_to_pay() -> None:
    assert PAY_HOW.search("Kan ik met Payconiq?") and PAY_HOW.search("pakken jullie maaltijdcheques")
    assert not PAY_HOW.search("Is parkeren bij jullie gratis?")
