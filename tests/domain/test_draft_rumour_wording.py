"""Issue #13, review of r79–r80: rumour answers that read as one shopkeeper would write them. A denial says no
regret of the fact after it ('Dat klopt niet, gelukkig. Helaas, ...'); a rumour that the owner moves is not
answered with the shop's address; a FAQ answer that only completes its question is said as a sentence; a rumour
of a charge where the profile says free is denied. Shops and rumours of their own."""

from __future__ import annotations

import pytest

from app.domain.draft_rumour_cues import free_contradicted, without_regret
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import draft_text

_BAKERY = BusinessProfile(
    name="Banketbakkerij Ploeg",
    kind="bakkerij",
    signers=["Hennie"],
    voice="wij",
    register="u",
    email="info@ploeg.nl",
    address="Dorpsstraat 12, 7461 AB Rijssen",
    opening_hours="di–vr 8:00–17:30, za 8:00–16:00; zondag en maandag gesloten",
    parking="gratis parkeren op het plein voor de winkel",
)
_SALON = BusinessProfile(
    name="Kapsalon Wieke",
    kind="kapsalon",
    signers=["Wieke", "Sanne"],
    voice="ik",
    register="je",
    email="wieke@kapsalonwieke.nl",
    address="Kerkpad 3, 3831 AA Leusden",
    faq=[
        FaqItem(
            question="Werken jullie met cadeaubonnen van de VVV?",
            answer="Ja, met VVV, Fashioncheque en onze eigen bon.",
        ),
    ],
)


@pytest.mark.parametrize(
    "rumour",
    [
        "Klopt het dat Ploeg vanaf april op zondag open gaat?",
        "klopt het dat jullie straks ook zondags open zijn??",
        "Is it true that you'll open on Sundays from May?",
    ],
)
def test_a_denial_says_no_regret(rumour: str) -> None:
    for i in range(3):
        text = draft_text(_BAKERY, "uitkomst_onwaarheid", f"{rumour} ({i})")
        assert "Helaas" not in text and "helaas" not in text, text


def test_without_regret_drops_only_a_leading_regret() -> None:
    assert without_regret("Helaas, we zijn op zondag gesloten.") == "We zijn op zondag gesloten."
    assert without_regret("Jammer genoeg: we zijn dicht.") == "We zijn dicht."
    assert without_regret("We zijn op zondag helaas dicht.") == "We zijn op zondag dicht."
    assert without_regret("We zijn dicht, helaas, tot maandag.") == "We zijn dicht tot maandag."
    assert without_regret("Gelukkig zijn we open.") == "Gelukkig zijn we open."


@pytest.mark.parametrize(
    "rumour",
    [
        "Iemand bij de bakker zei dat Wieke de salon verkoopt en naar Portugal verhuist??",
        "Hoorde dat de eigenares gaat emigreren, klopt dat?",
        "Sanne verhuist naar Australië zegt m'n buurvrouw, wat nu met de salon",
    ],
)
def test_an_owner_moving_is_not_answered_with_the_address(rumour: str) -> None:
    text = draft_text(_SALON, "uitkomst_onwaarheid", rumour)
    assert "Kerkpad 3" not in text and "Verhuizen? Nee" not in text, text
    assert "[vul in:" in text, text


def test_the_shop_moving_is_still_answered_with_the_address() -> None:
    text = draft_text(_SALON, "uitkomst_onwaarheid", "Klopt het dat jullie gaan verhuizen naar Amersfoort?")
    assert "Kerkpad 3" in text, text


@pytest.mark.parametrize(
    "rumour",
    [
        "Let op: Wieke werkt NIET met cadeaubonnen van de VVV, heb het zelf gevraagd.",
        "wieke neemt geen vvv cadeaubonnen aan, jammer",
    ],
)
def test_a_fragment_answer_is_said_as_a_sentence(rumour: str) -> None:
    text = draft_text(_SALON, "uitkomst_onwaarheid", rumour)
    assert "klopt niet" in text, text
    assert ". Met VVV" not in text, text
    assert "Ik werk wel met cadeaubonnen van de VVV, met VVV, Fashioncheque" in text, text


@pytest.mark.parametrize(
    "rumour",
    [
        "Wist je dat Ploeg nu geld vraagt voor het parkeren? 3 euro per uur!",
        "Parkeren bij Ploeg is voortaan betaald parkeren, zeggen ze",
        "PARKEREN BIJ PLOEG KOST NU €2,50 😡",
    ],
)
def test_a_charge_where_the_profile_says_free_is_denied(rumour: str) -> None:
    text = draft_text(_BAKERY, "uitkomst_onwaarheid", rumour)
    assert "klopt niet" in text, text
    assert "gratis parkeren op het plein" in text, text
    assert "geldt:" not in text and "meeleest" not in text, text


def test_free_contradicted_both_ways() -> None:
    assert free_contradicted("de parking wordt betalend", "gratis eigen parking")
    assert free_contradicted("parkeren is daar gratis", "betaald parkeren op het Kolkplein")
    assert not free_contradicted("parkeren is daar gratis", "gratis eigen parking")
    assert not free_contradicted("geen parking meer", "eigen parking voor de winkel")
