"""Rumours answered with the profile's facts in words that name what the rumour says: a rumour that only one way
is left ('alleen nog met hun eigen app') names that way; a FAQ answer that opens with its yes keeps its question; a
joined word's parts ('niet-biologisch') find the FAQ entry; a closing-down rumour is not answered by the address.
Shops and sentences of their own."""

from __future__ import annotations

from dataclasses import replace

from app.domain.draft_claims import claim_of, hearsay_of
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import draft

_RUMOUR = "uitkomst_onwaarheid"

SAPBAR = BusinessProfile(
    name="Sapbar Fris",
    kind="winkel",
    signers=["Lotte"],
    voice="wij",
    register="je",
    email="lotte@sapbarfris.nl",
    address="Vismarkt 4, Leiden",
    opening_hours="ma–za 8:00–18:00",
    payment="pinnen, contant en Tikkie",
    faq=[
        FaqItem("Zijn jullie sappen biologisch?", "Ja, al ons fruit en onze groenten zijn biologisch geteeld."),
        FaqItem(
            "Moet ik statiegeld betalen op een fles?",
            "Ja, € 1 per glazen fles; die krijg je terug als je de fles weer inlevert.",
        ),
    ],
)


def _draft(text: str, profile: BusinessProfile = SAPBAR) -> str:
    return draft(profile, _RUMOUR, text, author="").text or ""


def test_a_rumour_that_one_way_is_left_names_that_way() -> None:
    draft = _draft("Hoorde dat je bij Sapbar Fris alleen nog via hun eigen website kunt betalen, echt waar?")
    assert "eigen website" in draft and "contant" in draft, draft


def test_a_rumour_of_the_one_way_the_fact_names_too_is_not_denied() -> None:
    """Negative case: 'alleen nog met Tikkie' ~ 'pinnen, contant en Tikkie': no 'Alleen met ...? Nee'."""
    draft = _draft("Ik las dat ze bij Sapbar Fris niet meer contant nemen, alleen nog met Tikkie?")
    assert "Alleen met" not in draft and "Alleen nog met" not in draft, draft


def test_a_yes_answer_keeps_its_question() -> None:
    draft = _draft("Pas op, bij Sapbar Fris moet je 5 euro statiegeld per fles betalen en dat zie je nooit meer terug.")
    assert "statiegeld" in draft and "€ 1 per glazen fles" in draft, draft


def test_the_parts_of_a_joined_word_find_the_faq_entry() -> None:
    draft = _draft("Mijn buurvrouw zegt dat Sapbar Fris gewoon niet-biologisch fruit van de markt gebruikt.")
    assert "biologisch geteeld" in draft, draft


def test_a_closing_down_rumour_is_not_answered_by_the_address() -> None:
    draft = _draft("Ik heb gehoord dat Sapbar Fris gaat sluiten en dat Lotte naar Spanje verhuist?")
    assert "Vismarkt" not in draft and ("sluiten" in draft or "stoppen" in draft), draft


def test_a_rumour_passed_on_as_wist_je_dat_or_heb_ik_gehoord_is_quoted() -> None:
    assert claim_of("Wist je dat ze bij Sapbar Fris het sap aanlengen met kraanwater?? staat op insta") == (
        "ze bij Sapbar Fris het sap aanlengen met kraanwater"
    )
    said = "Let op bij Sapbar Fris: de flessen zijn van plastic en gaan bij het afval. Heb ik van mijn zus gehoord."
    assert hearsay_of(said) == "de flessen zijn van plastic en gaan bij het afval"
    draft = _draft("Wist je dat ze bij Sapbar Fris het sap aanlengen met kraanwater?? staat op insta")
    assert "kraanwater" in draft, draft


def test_no_rumour_is_quoted_without_its_claim() -> None:
    """Negative case: 'wist je' without a 'dat' clause, and 'heb ik gehoord' with nothing said before it."""
    assert claim_of("Wist je nog, die zomer bij Sapbar Fris?") == ""
    assert hearsay_of("Heb ik gehoord.") == ""


def test_only_the_ways_to_pay_deny_a_rumour_of_one_way_left() -> None:
    """Negative case: the parking fact does not deny 'alleen nog met de auto bereikbaar'."""
    shop = replace(SAPBAR, parking="gratis parkeren op de Vismarkt, fietsenstalling voor de deur")
    draft = _draft(
        "Ik las dat Sapbar Fris na de verbouwing alleen nog met de auto bereikbaar is, parkeren kost geld.", shop
    )
    assert "Alleen met" not in draft and "Alleen nog met" not in draft, draft
