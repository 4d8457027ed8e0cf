"""Every question in a complaint gets its answer or a named slot: angry wording ('??', 'nou', 'eigenlijk',
'normaal' said of how it goes) does not make a question rhetorical; a reproach ('toch', 'is dat normaal', 'hoe kan',
'waarom') gets no slot. Shops and sentences of our own."""

from __future__ import annotations

import re

import pytest

from app.domain.draft_questions import complaint_ask, complaint_unmarked, tone_free
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import draft_text

_GARAGE = BusinessProfile(
    name="Tweewielers Van Dam",
    kind="fietsenwinkel",
    signers=["Sander"],
    voice="ik",
    register="je",
    email="sander@vandamfietsen.nl",
    phone="0314 22 33 44",
    faq=[
        FaqItem("Hoe lang duurt een onderhoudsbeurt?", "Meestal ben je binnen 3 werkdagen weer op weg."),
        FaqItem("Hebben jullie een leenfiets?", "Ja, tijdens een reparatie kun je gratis een leenfiets lenen."),
    ],
)


@pytest.mark.parametrize(
    "clause",
    [
        "Krijg ik mijn aanbetaling nou terug??",
        "Hoe lang duurt een reparatie eigenlijk?",
        "wat kost een nieuwe ketting normaal bij jullie",
        "Hebben jullie nou wel of geen leenfiets??",
    ],
)
def test_angry_wording_still_asks(clause: str) -> None:
    assert complaint_ask(clause) == "ask"


@pytest.mark.parametrize(
    "clause",
    [
        "Vinden jullie dat normaal?",
        "Waarom zijn jullie op zaterdag toch dicht?",
        "Weten jullie eigenlijk hoe klantvriendelijk werken gaat?",
    ],
)
def test_a_reproach_to_the_shop_stays_a_reproach(clause: str) -> None:
    assert complaint_ask(clause) == "reproach"


@pytest.mark.parametrize(
    "clause",
    ["Is dit nou normaal??", "Hoe kan dat nou?", "Dat kan toch niet?", "25 euro voor een binnenband bij jullie??"],
)
def test_a_reproach_or_a_jab_asks_nothing(clause: str) -> None:
    assert complaint_ask(clause) == ""


def test_the_tone_is_taken_out_but_normal_said_of_what_happened_stays() -> None:
    assert tone_free("Hoe lang duurt dat normaal eigenlijk??") == "Hoe lang duurt dat?"
    assert tone_free("Is dat normaal?") == "Is dat normaal?"


def test_a_question_without_a_mark_after_one_with_it_is_found() -> None:
    text = "Ketting knapte na een week. Hoe kan dat? Krijg ik mijn geld terug of hoe werkt dat. Nooit meer."
    assert complaint_unmarked(text) == ("Krijg ik mijn geld terug of hoe werkt dat?",)


def test_an_angry_question_the_profile_answers_gets_the_answer() -> None:
    text = "Mijn fiets staat al twee weken bij jullie voor een onderhoudsbeurt. Hoe lang duurt dat normaal eigenlijk??"
    draft = draft_text(_GARAGE, "uitkomst_herstel", text, platform="google", author="Ineke")
    assert "3 werkdagen" in draft, draft


def test_an_angry_question_the_profile_cannot_answer_gets_a_named_slot() -> None:
    text = "Remmen piepen nog steeds na jullie reparatie. Krijg ik die 40 euro nou terug??"
    draft = draft_text(_GARAGE, "uitkomst_herstel", text, platform="google", author="Ineke")
    assert "[vul in: het antwoord op ‘Krijg ik die 40 euro nou terug?’]" in draft, draft


@pytest.mark.parametrize(
    "text",
    [
        "Drie keer gebeld en niemand neemt op. Vinden jullie dat normaal?",
        "Band na een dag alweer plat. Is dat nou normaal??",
        "Fiets kwam terug met een kras. Hoe kan dat nou??",
    ],
)
def test_a_reproach_gets_no_slot(text: str) -> None:
    draft = draft_text(_GARAGE, "uitkomst_herstel", text, platform="google", author="Ineke")
    assert "het antwoord op" not in draft, draft


_BAKERY = BusinessProfile(
    name="Bakkerij De Korenaar",
    kind="bakkerij",
    signers=["Ria"],
    voice="we",
    register="u",
    email="info@dekorenaar.be",
    phone="011 45 67 89",
    delivery_terms="verjaardagstaarten brengen we rond in Peer en Bree; gratis vanaf € 35",
)


def test_a_sum_paid_ahead_and_asked_back_is_given_back_by_its_amount() -> None:
    text = (
        "Twee kerststollen besteld en op voorhand betaald met de app. Zaterdag afhalen: niemand wist ervan. "
        "Twee keer gemaild, geen antwoord. Krijg ik mijn € 23,50 nu eindelijk terug?"
    )
    draft = draft_text(_BAKERY, "uitkomst_herstel", text, author="Hilde Peeters")
    assert "€ 23,50" in draft and "terug" in draft, draft
    assert "het antwoord op" not in draft, draft
    assert "Peer en Bree" not in draft, draft  # money back asked: the delivery terms answer nothing here


def test_a_sum_asked_back_without_paying_ahead_keeps_the_owner_to_decide() -> None:
    text = "Het brood was oudbakken en de taart plakkerig. Krijg ik mijn 12 euro terug?"
    draft = draft_text(_BAKERY, "uitkomst_herstel", text, author="Hilde Peeters")
    assert "krijgt uw € 12" not in draft and "€ 12 vanzelfsprekend" not in draft, draft


_STUDIO = BusinessProfile(
    name="Keramiekatelier De Draaischijf",
    kind="atelier",
    signers=["Noor"],
    voice="ik",
    register="je",
    phone="050 311 22 33",
    faq=[
        FaqItem(
            "Hoe werkt het met annuleren?",
            "Je betaalt € 20 voorschot; tot een week voor de workshop afzeggen kan kosteloos en dan krijg je het "
            "voorschot terug.",
        )
    ],
)


def test_money_back_after_cancelling_is_answered_with_the_profiles_rule() -> None:
    text = (
        "Begin maart de pottenbakworkshop afgezegd omdat mijn moeder in het ziekenhuis lag. Twee mails gestuurd, "
        "niks gehoord. Krijg ik dat geld nou nog terug of niet?"
    )
    draft = draft_text(_STUDIO, "uitkomst_herstel", text, author="Wendy")
    assert "tot een week voor de workshop afzeggen kan kosteloos" in draft, draft
    assert "het antwoord op" not in draft, draft
    assert "€ 20 voorschot;" not in draft, draft  # the part of the rule that says what comes back, not the price


@pytest.mark.parametrize(
    "clause",
    ["Mag mijn hond de volgende keer gewoon mee naar binnen?", "En kunnen onze kinderen dan in de tuin spelen?"],
)
def test_leave_asked_for_the_writers_own_is_a_question_to_answer(clause: str) -> None:
    assert complaint_ask(clause) == "ask"


def test_a_question_about_the_writers_own_put_to_nobody_is_not_asked_of_us() -> None:
    assert complaint_ask("Zou mijn hond het ook zo vies gevonden hebben?") == ""


def test_a_dog_question_inside_a_complaint_gets_the_faq_answer() -> None:
    from app.domain.profile import BusinessProfile, FaqItem
    from tests.domain.drafts import suggested

    cafe = BusinessProfile(
        name="Eetcafé De Sluis",
        kind="restaurant",
        signers=["Joke"],
        voice="wij",
        email="info@desluis.nl",
        faq=[FaqItem("Mogen honden mee?", "Honden zijn welkom in de tuin, binnen helaas niet.")],
    )
    text = (
        "We hadden in de tuin geboekt voor zes, maar zaten toch binnen bij de gang. Geen uitleg. "
        "Mag onze hond de volgende keer wel mee naar binnen?"
    )
    made = suggested(cafe, text, label="klacht", platform="google")
    assert "binnen helaas niet" in made, made


@pytest.mark.parametrize("clause", ["Moe'k die jas dan zelf terugbrengen?", "Kan'k da nog ruilen of nie?"])
def test_a_flemish_question_with_ik_glued_on_is_asked_of_us(clause: str) -> None:
    assert complaint_ask(clause) == "ask"


def test_a_flemish_sigh_with_ik_glued_on_asks_nothing() -> None:
    assert complaint_ask("Da'k da nog moe meemaken?") == ""


@pytest.mark.parametrize(
    "text",
    [
        "Ik moest 15 euro voorrijkosten betalen, terwijl jullie zelf een uur te laat waren. Krijg ik dat geld terug?",
        "€ 9,50 bezorgkosten en dan komen jullie anderhalf uur te laat. Krijgen we dat bedrag nog terug of niet?",
    ],
)
def test_a_fee_asked_back_from_a_business_that_was_late_itself_comes_back(text: str) -> None:
    draft = draft_text(_GARAGE, "uitkomst_herstel", text, platform="facebook", author="Bas")
    assert re.search(r"Die € [\d,]+ krijg je terug\b[^.]*\[vul in: wanneer en hoe", draft), draft


def test_a_fee_asked_back_without_the_business_late_is_left_to_the_owner() -> None:
    text = "Ik moest 15 euro voorrijkosten betalen, dat wist ik niet. Krijg ik dat geld terug?"
    draft = draft_text(_GARAGE, "uitkomst_herstel", text, platform="facebook", author="Bas")
    assert not re.search(r"krijg je terug\b[^.]*\[vul in: wanneer en hoe", draft), draft
