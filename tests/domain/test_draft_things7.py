"""Session 18 (things7): complaints, safety and praise of r59/r60, with sentences of their own."""

from __future__ import annotations

from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile
from app.nlp.topics import analyse_topics

SALON = BusinessProfile(name="Kapsalon Lok", kind="kapsalon", signers=["Mieke"], voice="ik", phone="010-7654321")
BAKERY = BusinessProfile(name="Bakkerij Graan", kind="bakkerij", signers=["Ilse"], voice="wij", phone="010-1234567")


def _draft(profile: BusinessProfile, outcome: str, text: str, platform: str = "facebook") -> str:
    made = Drafter(profile, analyser=analyse_topics).draft(outcome, text, author="Sanne", platform=platform)
    return made.text or ""


def test_the_scalp_of_the_writers_person_is_theirs() -> None:
    draft = _draft(
        SALON,
        "uitkomst_herstel",
        "Mijn schoonmoeder is dinsdag bij u geverfd en nu is haar hoofdhuid knalrood en branderig. "
        "Geen test vooraf gedaan!",
    )
    assert "hoofdhuid van uw schoonmoeder" in draft or "hoofdhuid van je schoonmoeder" in draft, draft


def test_the_person_who_reacted_is_asked_after_not_whose_feast_it_was() -> None:
    draft = _draft(
        BAKERY,
        "uitkomst_herstel",
        "Voor het communiefeest van ons Lien kochten we jullie koekjes. Mijn nichtje (6, notenallergie) at er "
        "eentje en kreeg meteen dikke lippen.",
    )
    assert "met je nichtje" in draft or "met uw nichtje" in draft, draft


def test_an_amount_for_a_thing_with_disbelief_is_said_back_with_the_thing() -> None:
    draft = _draft(BAKERY, "uitkomst_herstel", "9 euro voor twee croissants?! En ze waren oudbakken ook. Nooit weer.")
    assert "€ 9 voor twee croissants" in draft, draft


def test_charged_more_than_the_list_says() -> None:
    draft = _draft(
        SALON,
        "uitkomst_herstel",
        "Ik betaalde 45 euro voor een kinderknipbeurt terwijl op jullie prijslijst 29 staat. Niemand legde het uit.",
    )
    assert "€ 45" in draft and "€ 29" in draft, draft


def test_no_doctors_advice_to_someone_who_is_fine_again() -> None:
    for text in (
        "Zoontje kreeg dikke lippen van jullie 'notenvrije' koek. Na een antihistaminicum is hij nu oké, maar toch!",
        "Mijn dochter haar ogen waren helemaal opgezwollen na dat ijsje met pinda. Het gaat nu weer goed met haar.",
    ):
        draft = _draft(BAKERY, "uitkomst_herstel", text)
        assert "huisarts" not in draft and "(huis)arts" not in draft and "010-1234567" in draft, draft


def test_a_swelling_without_a_doctor_or_recovery_still_gets_the_advice() -> None:
    text = "Mijn man kreeg opgezwollen lippen van jullie brownie. Er zaten dus wel noten in!"
    draft = _draft(BAKERY, "uitkomst_herstel", text)
    assert "arts" in draft, draft


def test_a_name_ordered_in_capitals_and_spelt_wrong_is_named() -> None:
    text = "Verjaardagstaart besteld met de naam MILAN erop. Bij het afhalen stond er MILA op. Echt slordig hoor."
    draft = _draft(BAKERY, "uitkomst_herstel", text)
    assert "Milan" in draft and "naam" in draft, draft


def test_the_service_is_not_said_to_be_wrong_after_itself() -> None:
    shop = BusinessProfile(name="Fietsen Fré", kind="fietsenmaker", signers=["Fré"], voice="wij", phone="050-1112223")
    for text in (
        "Twee keer gemaild over mijn onderhoudsbeurt, want de versnellingen schakelen niet meer. Geen antwoord.",
        "Na de onderhoudsbeurt schakelt mijn fiets niet meer naar het grote blad. Gemaild, niks gehoord.",
    ):
        draft = _draft(shop, "uitkomst_herstel", text)
        assert "is met je onderhoudsbeurt" not in draft and "met de onderhoudsbeurt" not in draft, draft
        assert "050-1112223" in draft, draft


def test_something_animal_in_a_vegan_dish_is_said_back() -> None:
    for text, animal in (
        ("Jullie 'vegan' brownie van gisteren, pff. Boter is echt niet vegan hoor 🙄", "boter"),
        ("Op de kaart staat vegan, maar de ober zei dat er room in de saus zat. Balen.", "room"),
    ):
        draft = _draft(BAKERY, "uitkomst_herstel", text, platform="instagram")
        assert f"{animal} in zat" in draft, draft
