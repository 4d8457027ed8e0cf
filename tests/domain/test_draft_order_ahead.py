"""Sold-out complaints: the product's number in the empathy line, and a tip to order ahead only when the
profile's line is about the same kind of product or about ordering in general. Shops and sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_order_ahead import order_ahead_tip, products_named, same_kind
from app.domain.profile import BusinessProfile, FaqItem
from app.nlp.topics import analyse_topics
from tests.domain.drafts import draft_text

_PARTY_CAKES = BusinessProfile(
    name="Bakkerij Het Korenaar",
    kind="bakkerij",
    signers=["Mieke"],
    register="u",
    voice="wij",
    email="info@korenaar.be",
    faq=[
        FaqItem("Bakken jullie taarten voor een trouw?", "Ja, een bruidstaart bestelt u minstens drie weken vooraf."),
        FaqItem("Hebben jullie glutenvrij brood?", "Ja, bestel het een dag op voorhand."),
    ],
)
_ROLLS = BusinessProfile(
    name="Bakkerij De Zeef",
    kind="bakkerij",
    signers=["Joost"],
    email="joost@dezeef.nl",
    faq=[
        FaqItem("Kan ik een taart bestellen?", "Ja, bestel een taart drie dagen van tevoren."),
        FaqItem("Kan ik croissants reserveren?", "Ja, croissants bestel je tot 18:00 de dag ervoor."),
    ],
)


@pytest.mark.parametrize(
    "text",
    [
        "Om 9u waren er al geen pistolets meer. Bakt er wat meer!",
        "Zaterdag om tien uur: pistolets uitverkocht, elke week hetzelfde",
        "om half 10 al geen pistolets meer... jammer",
        "Kom ik om 8u, zijn de sandwiches al uitverkocht",
    ],
)
def test_a_plural_product_that_was_gone_is_said_as_plural(text: str) -> None:
    said = draft_text(_PARTY_CAKES, "uitkomst_herstel", text, author="Ward")
    assert "ze al op waren" in said or "ze al uitverkocht waren" in said, said
    assert "het al op was" not in said, said


def test_a_listed_word_next_to_its_singular_is_plural() -> None:
    for text in ("er waren geen wafels meer", "de kroketten waren op", "geen pralines meer"):
        products = analyse_topics(text).products
        assert products and products[0].plural, (text, products)


def test_no_tip_about_another_product_and_no_yes_said_as_a_statement() -> None:
    # the profile only says how to order wedding cakes and gluten-free bread: no tip for rolls
    said = draft_text(_PARTY_CAKES, "uitkomst_herstel", "Om 9u waren er al geen pistolets meer.", author="Ward")
    assert "bruidstaart" not in said and "glutenvrij" not in said and "Ja," not in said, said


def test_the_tip_for_the_same_kind_of_product_without_its_yes() -> None:
    tip = order_ahead_tip(_ROLLS, "croissants", "Om 10 uur al geen croissants meer")
    assert tip == "Croissants bestel je tot 18:00 de dag ervoor", tip
    said = draft_text(_ROLLS, "uitkomst_herstel", "Zondag om 10 uur al geen croissants meer!!", author="Ilse")
    assert "bestel je tot 18:00" in said and "Ja, croissants" not in said, said
    assert "taart" not in said, said


def test_a_general_way_to_order_ahead_fits_any_product_but_a_named_one_only_its_own() -> None:
    stall = BusinessProfile(
        name="Broodkraam Rogge",
        kind="bakkerij",
        signers=["Evi"],
        email="evi@rogge.nl",
        delivery_terms="vooruitbestellen kan tot 19:00 de avond ervoor",
        faq=[FaqItem("Kan ik een fototaart bestellen?", "Ja, een fototaart bestel je twee dagen van tevoren.")],
    )
    assert order_ahead_tip(stall, "pistolets", "geen pistolets meer").startswith("Vooruitbestellen kan tot 19:00")
    assert order_ahead_tip(stall, "", "alles al op").startswith("Vooruitbestellen")
    only_cakes = BusinessProfile(
        name="Broodkraam Spelt", kind="bakkerij", signers=["Evi"], email="evi@spelt.nl", faq=stall.faq
    )
    assert order_ahead_tip(only_cakes, "", "alles al op") == ""
    assert order_ahead_tip(only_cakes, "brood", "geen brood meer") == ""
    assert order_ahead_tip(only_cakes, "taarten", "geen taarten meer").startswith("Een fototaart bestel je")


def test_another_kind_of_the_same_product_is_no_tip() -> None:
    # 'glutenvrij brood' is ordered ahead; plain bread that was gone is another kind
    assert order_ahead_tip(_PARTY_CAKES, "brood", "Om 11 uur geen brood meer") == ""
    assert order_ahead_tip(_PARTY_CAKES, "brood", "Weer geen glutenvrij brood meer").startswith("Bestel het")


def test_products_named_and_of_the_same_kind() -> None:
    assert "taart" in products_named("Een feesttaart op maat bestelt u vijf dagen vooraf")
    assert not products_named("vooruitbestellen kan tot 20:00 de avond ervoor")
    assert same_kind("pistolets", "pistolet") and same_kind("de taarten", "taart")
    assert not same_kind("pistolets", "taart")


def test_a_way_to_order_inside_the_hours_brackets_is_said_without_the_rest_of_the_hours() -> None:
    bakery = BusinessProfile(
        name="Bakkerij Meelzak",
        kind="bakkerij",
        signers=["Roos"],
        voice="wij",
        email="roos@meelzak.nl",
        opening_hours=(
            "ma t/m vr 8.00–18.00, zo 9.00–12.00 (alleen brood; vooraf bestellen kan tot vr 17.00), za gesloten"
        ),
    )
    tip = order_ahead_tip(bakery, "desembrood", "Zondag 10 uur en geen desembrood meer.")
    assert tip == "Vooraf bestellen kan tot vr 17.00"
