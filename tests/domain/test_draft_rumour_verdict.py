"""A rumour gets a verdict from the fact its focus retrieves (app/domain/draft_rumour_verdict.py): 'Dat klopt niet'
only on an explicit contrast, never on a partly true rumour nor from a fact about something else. Shops and
rumours of their own."""

from __future__ import annotations

import re

import pytest

from app.domain.draft_asked import affected
from app.domain.draft_rumour_verdict import contradicts, focus_yes
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import draft_text


def _lemmas(text: str) -> tuple[str, ...]:
    return tuple(w.strip(".,;:?!").lower() for w in text.split())


def _cheese_shop() -> BusinessProfile:
    return BusinessProfile(
        name="Kaashandel De Korst",
        kind="kaaswinkel",
        signers=["Wendy"],
        voice="we",
        register="je",
        email="wendy@dekorst.nl",
        phone="0492-123456",
        opening_hours="di–za 9:00–17:30",
        payment="pinnen, contant en Payconiq",
        accessibility="Drempelvrij, met een brede deur voor een rolstoel of rollator.",
        faq=[
            FaqItem("Verkopen jullie ook lactosevrije kaas?", "Ja, altijd drie soorten belegen en jong."),
            FaqItem("Snijden jullie kaas in plakken?", "Ja, op verzoek, ook voor een hele schotel."),
        ],
    )


@pytest.mark.parametrize(
    ("claim", "fact"),
    [
        ("je kan er geen contant geld meer kwijt", "pinnen, contant en Payconiq"),
        ("met een rolstoel kom je er nie binnen", "Drempelvrij, met een brede deur voor een rolstoel."),
        ("ze nemen alleen nog contant aan", "pinnen, contant en Payconiq"),
    ],
)
def test_an_explicit_contrast_is_a_verdict(claim: str, fact: str) -> None:
    assert contradicts(claim, fact, "Kaashandel De Korst", _lemmas)


@pytest.mark.parametrize(
    ("claim", "fact"),
    [
        # partly true: the fact says nothing of Saturday or how often
        ("op zaterdag kun je er niet pinnen", "pinnen, contant en Payconiq"),
        ("soms hebben ze geen brood", "Elke dag vers brood."),
        # the fact is mixed itself
        ("je kan er niet meer met een kaart betalen", "pinnen en contant, geen kredietkaart"),
        # a wrong-focus fact: it shares nothing with what is denied
        ("ze verkopen geen geitenkaas meer", "pinnen, contant en Payconiq"),
        # no denial, no 'alleen': a claim the fact cannot call wrong outright
        ("de kaas komt uit de supermarkt", "Alle kaas rijpt in onze eigen kelder."),
    ],
)
def test_no_verdict_without_an_explicit_contrast(claim: str, fact: str) -> None:
    assert not contradicts(claim, fact, "Kaashandel De Korst", _lemmas)


def test_a_yes_faq_on_the_denied_thing_answers_a_rumour_you_cannot_come_with_it() -> None:
    question, answer = "Kan ik met mijn hond binnen?", "Ja, aangelijnd is hij welkom."
    assert focus_yes(question, answer, "je mag er niet meer terecht met een hond", _lemmas)
    assert not focus_yes(question, "Nee, alleen hulphonden.", "je mag er niet meer terecht met een hond", _lemmas)
    # another service for the same thing: the FAQ does not say the rumour is wrong
    assert not focus_yes("Wassen jullie honden?", "Ja, elke dinsdag.", "ze verkopen geen hondenvoer meer", _lemmas)


def test_a_rumour_contradicted_by_the_payment_terms_is_called_wrong() -> None:
    rumour = "Hoorde dat je bij De Korst alleen nog met de pin kunt afrekenen, contant zou niet meer gaan."
    draft = draft_text(_cheese_shop(), "uitkomst_onwaarheid", rumour, author="Anja Mulder")
    assert "klopt niet" in draft.lower()
    assert "contant" in draft


def test_a_rumour_about_access_is_called_wrong_beside_the_fact() -> None:
    rumour = "Iemand zei dat je bij De Korst met een rolstoel niet naar binnen kunt. Jammer voor mijn moeder."
    draft = draft_text(_cheese_shop(), "uitkomst_onwaarheid", rumour, author="Anja Mulder")
    assert "klopt niet" in draft.lower()
    assert "rolstoel" in draft.lower()


def test_a_rumour_of_two_claims_says_it_is_wrong_once() -> None:
    profile = BusinessProfile(
        name="Eetcafé De Linde",
        kind="restaurant",
        signers=["Mia"],
        voice="wij",
        register="je",
        opening_hours="ma–zo 11:30–21:30",
        payment="Bancontact, Payconiq, cash en Visa",
    )
    text = "Ik hoor dat De Linde nu op maandag gesloten is en dat ge er alleen nog cash kunt betalen. Jammer!"
    draft = draft_text(profile, "uitkomst_onwaarheid", text, author="Rik")
    assert draft.lower().count("klopt niet") <= 1, draft


@pytest.mark.parametrize(
    "rumour",
    [
        "Sinds de nieuwe vloer kom je bij De Korst niet meer binnen met een rollator. Mijn oma kan nooit meer mee.",
        "Ze zeggen dat de ingang van De Korst te smal is voor een rolstoel. Dus mijn opa kan er niet meer komen.",
    ],
)
def test_a_rumour_names_the_one_it_keeps_out(rumour: str) -> None:
    """The writer's person who 'can no longer come' is welcomed by name, though their sentence names no rolstoel."""
    draft = draft_text(_cheese_shop(), "uitkomst_onwaarheid", rumour, author="Anja Mulder")
    assert re.search(r"(?:oma|opa) is (?:hier )?van harte welkom", draft), draft


def test_a_person_who_can_no_longer_come_is_affected() -> None:
    text = "Het terras is nu afgesloten voor rolstoelen. Mijn zus kan daar nu nergens meer zitten."
    assert affected(["zus"], text, "rolstoeltoegankelijk terras", lambda w: [w.lower()]) == "zus"
    assert affected(["zus"], "Mijn zus zegt dat het terras dicht is.", "terras open", lambda w: [w.lower()]) == ""
