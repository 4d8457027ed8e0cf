"""A rumour set straight by the FAQ entry that covers it (app/domain/draft_rumour_faq.py): a cancellation rumour
against the FAQ on moving an appointment, a cheap-product rumour against the brand the FAQ names (not one about
another thing), a rumour about what is served or repaired against the brand FAQ. Shops and rumours of their own."""

from __future__ import annotations

import pytest

from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import draft_text


def _salon(faq: list[FaqItem]) -> BusinessProfile:
    return BusinessProfile(
        name="Kapsalon Krul",
        kind="kapsalon",
        signers=["Sanne"],
        voice="wij",
        register="u",
        email="info@krul.nl",
        phone="030-7654321",
        opening_hours="di–za 9:00–17:00",
        payment="pinnen; geen contant",
        faq=faq,
    )


_MOVE = FaqItem("Kan ik mijn afspraak verzetten?", "Ja, tot 48 uur van tevoren gratis; daarna rekenen we € 20.")
_BRAND = FaqItem("Welke producten gebruiken jullie?", "We kleuren met de professionele lijn van Keune.")


@pytest.mark.parametrize(
    "rumour",
    [
        "Let op: ze rekenen 30 euro no-show kosten, zelfs als je drie dagen van tevoren afzegt!",
        "Bij Krul betaal je een boete als je je afspraak verzet, ook een week ervoor. Schandalig",
        "pas op, ze rekenen een noshow boete van 25 euro ook als je op tijd annuleert",
    ],
)
def test_a_cancellation_rumour_gets_the_faq_on_moving_an_appointment(rumour: str) -> None:
    draft = draft_text(_salon([_MOVE]), "uitkomst_onwaarheid", rumour, platform="google", author="P. de Wit")
    assert "48 uur van tevoren gratis" in draft and "[vul in" not in draft, draft


@pytest.mark.parametrize(
    "rumour",
    [
        "Opgelet: ze kleuren met goedkope verf van de Action en rekenen salonprijzen.",
        "Die salon gebruikt gewoon haarverf uit de KRUIDVAT, weet wat je betaalt",
        "ze verven met spotgoedkope troep van de Lidl",
    ],
)
def test_a_cheap_dye_rumour_gets_the_brand_the_faq_names(rumour: str) -> None:
    draft = draft_text(_salon([_MOVE, _BRAND]), "uitkomst_onwaarheid", rumour, author="Ria Bos")
    assert "Keune" in draft and "[vul in" not in draft, draft


def test_a_cheap_rumour_about_another_thing_gets_no_brand() -> None:
    """Negative case: cheap scissors are not the dye the brand is for."""
    draft = draft_text(_salon([_MOVE, _BRAND]), "uitkomst_onwaarheid", "Ze knippen met goedkope scharen van de Action")
    assert "Keune" not in draft, draft


_TWEEWIELER = BusinessProfile(
    name="Rijwielhandel Bos",
    kind="fietsenwinkel",
    signers=["Henk"],
    voice="ik",
    register="je",
    email="henk@rijwielbos.nl",
    faq=[
        FaqItem(
            question="Repareer je ook fietsen die ergens anders gekocht zijn?",
            answer="Ja, ik repareer alle merken, ook e-bikes van andere winkels; reserveer wel even een plekje.",
        )
    ],
)


@pytest.mark.parametrize(
    "text",
    [
        "Hoor dat Bos geen e-bikes van andere winkels meer repareert, alleen nog wat hij zelf verkoopt. Klopt dat?",
        "bos maakt alleen nog fietsen die ie zelf verkocht heeft he, las ik",
        "Is't waar da ge enkel nog fietsen repareert die ge zelf verkocht hebt?",
        "Klopt het dat u geen fietsen van de concurrent meer repareert?",
        "E-bike van internet? Dan repareert Bos hem niet meer, zeggen ze.",
    ],
)
def test_a_rumour_that_only_what_was_sold_here_is_served_gets_the_brand_faq(text: str) -> None:
    said = draft_text(_TWEEWIELER, "uitkomst_onwaarheid", text)
    assert "alle merken" in said and "[vul in" not in said, said


def _ebike_shop() -> BusinessProfile:
    return BusinessProfile(
        name="Tweewielerhuis Kroeze",
        kind="fietsenmaker",
        signers=["Wim"],
        voice="ik",
        register="je",
        email="wim@kroeze.nl",
        phone="0548-112233",
        opening_hours="di–za 9:00–17:30",
        faq=[
            FaqItem("Verhuur je e-bikes?", "Ja, een e-bike huur je voor € 30 per dag; reserveren via de website."),
            FaqItem("Repareer je ook e-bikes van andere merken?", "Ja, alle merken met een Bafang- of Yamaha-motor."),
        ],
    )


@pytest.mark.parametrize(
    "rumour",
    [
        # the brand FAQ and the rental FAQ share 'e-bike': the one naming more of the rumour wins
        "Ze zeggen dat Wim alleen nog e-bikes maakt die je bij hem gekocht hebt. Klopt dat?",
        # 'vreemde' e-bikes: bought elsewhere, said with an adjective
        "In de buurt zeggen ze: 'vreemde' e-bikes doet Kroeze niks meer aan. Klopt dat?",
        # Flemish, 'andermans'
        "Hoorde dat ge bij Kroeze met andermans e-bikes nie meer terecht kunt, is da waar?",
        # lower case, typos
        "vreemde ebikes van de action repareert hij niet meer zeggen ze",
    ],
)
def test_a_rumour_that_bikes_from_elsewhere_are_not_repaired_gets_the_brand_faq_not_the_rental(rumour: str) -> None:
    draft = draft_text(_ebike_shop(), "uitkomst_onwaarheid", rumour, author="Gerda Nijhof")
    assert "Bafang" in draft and "€ 30" not in draft, draft
