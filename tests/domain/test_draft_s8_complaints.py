"""Complaint drafts that answer what the writer said (session 8, issue #13): charged twice is said as
such, a long wait with an appointment names the appointment. Businesses and sentences of their own."""

from __future__ import annotations

from dataclasses import replace

from app.domain.draft_amounts import charged_twice
from app.domain.profile import BusinessProfile
from tests.domain.businesses import BLOEMERIE_IRIS, NAGELBAR_GLOW
from tests.domain.drafts import draft_text

_COMPLAINT = "uitkomst_herstel"

CINEMA = BusinessProfile(name="Filmhuis Lumen", kind="bioscoop", signers=["Eva"], voice="wij", email="eva@lumen.nl")
WASH = BusinessProfile(name="Wasstraat Glans", kind="garage", signers=["Rik"], voice="ik", phone="0318-445566")
DENTIST = BusinessProfile(name="Mondzorg Ede", kind="tandarts", signers=["Iris"], voice="wij", register="u")
BARBER = BusinessProfile(name="Barbershop Fade", kind="kapper", signers=["Mo"], voice="ik", email="mo@fade.nl")


def test_charged_twice_is_found_in_its_forms() -> None:
    assert charged_twice("Mijn pinpas is dubbel afgeschreven voor de kaartjes.")
    assert charged_twice("Heb ik 2x moeten betalen voor één wasbeurt")
    assert charged_twice("Het bedrag is twee keer in rekening gebracht.")
    assert not charged_twice("Ik heb twee keer gebeld en één keer betaald.")


def test_a_double_charge_is_said_as_such() -> None:
    text = "Mijn pinpas is dubbel afgeschreven voor de kaartjes van zaterdag. Graag het geld terug."
    draft = draft_text(CINEMA, _COMPLAINT, text)
    assert "dubbel" in draft.lower() or "twee keer" in draft.lower()
    text = "Voor één wasbeurt twee keer gepind, € 19,50 en nog eens € 19,50. Wie zet dat recht?"
    draft = draft_text(WASH, _COMPLAINT, text, platform="google")
    assert "dubbel" in draft.lower() or "twee keer" in draft.lower()


def test_a_long_wait_with_an_appointment_names_it() -> None:
    text = "Afspraak om 14:00, pas om 14:50 in de stoel. Niemand die sorry zei."
    assert "afspraak" in draft_text(DENTIST, _COMPLAINT, text, author="Joke")
    text = "Ik had een afspraak om half vijf maar moest drie kwartier wachten tot ik aan de beurt was."
    assert "afspraak" in draft_text(BARBER, _COMPLAINT, text, platform="instagram")


def test_a_wait_for_food_gets_no_appointment_line() -> None:
    text = "We hadden gereserveerd maar moesten een uur op ons hoofdgerecht wachten."
    assert "afspraak" not in draft_text(CINEMA, _COMPLAINT, text)


GARDEN = BusinessProfile(name="Hoveniersbedrijf Groen", kind="hovenier", signers=["Kees"], email="kees@groen.nl")
CATERER = BusinessProfile(
    name="Catering Smaak", kind="restaurant", signers=["Lot"], voice="wij", register="u", email="lot@smaak.nl"
)
FLORIST = replace(BLOEMERIE_IRIS, email="")


def test_a_wrong_bill_names_the_bill() -> None:
    text = "Op de factuur staan twaalf uur werk terwijl jullie er maar acht waren. Graag een gecorrigeerde factuur."
    draft = draft_text(GARDEN, _COMPLAINT, text)
    assert "de factuur" in draft and "klopt" in draft
    text = "De rekening klopt gewoon niet: drie keer koffie gerekend, wij waren met z'n tweeën. Dat kan beter."
    assert "de rekening" in draft_text(CATERER, _COMPLAINT, text, author="Bert")


def test_a_bill_above_the_quote_says_the_difference() -> None:
    text = "De eindafrekening van ons jubileumfeest lag € 450 boven de offerte, zonder uitleg."
    draft = draft_text(CATERER, _COMPLAINT, text, author="Bert")
    assert "€ 450" in draft and "afgesproken" in draft


def test_the_writers_own_occasion_is_named_beside_a_thing_that_names_it() -> None:
    text = "De bruidsboeketten voor onze bruiloft waren bruin aan de randen toen we ze ophaalden. Ontzettend jammer."
    assert "bruiloft" in draft_text(FLORIST, _COMPLAINT, text)
    text = "De verjaardagstaart voor mijn verjaardag was plat en nat. Niet te eten."
    assert "je verjaardag" in draft_text(FLORIST, _COMPLAINT, text)


def test_an_occasion_soon_ahead_makes_a_complaint_urgent() -> None:
    text = "Gisteren gellak laten zetten voor mijn diploma-uitreiking van vrijdag, nu al drie nagels afgebladderd!"
    draft = draft_text(NAGELBAR_GLOW, _COMPLAINT, text, platform="instagram")
    assert "020-6677889" in draft
    text = "Morgen is onze bruiloft en mijn nagels zijn helemaal scheef gezet. Wat moet ik nu?"
    assert "020-6677889" in draft_text(NAGELBAR_GLOW, _COMPLAINT, text, platform="instagram")


def test_a_past_occasion_is_not_urgent() -> None:
    text = "Vorige week voor mijn verjaardag nagels laten zetten, na twee dagen al afgebladderd. Jammer."
    draft = draft_text(NAGELBAR_GLOW, _COMPLAINT, text, platform="instagram")
    assert "hoi@glow.nl" in draft and "met het oog op" not in draft


SHOP = BusinessProfile(name="Witgoed Wouters", kind="winkel", signers=["Ron"], voice="ik", email="ron@wouters.be")


def test_a_defect_names_the_part_that_broke() -> None:
    text = "Vorige maand een espressomachine gekocht en nu doet de maalmolen het niet meer."
    assert "maalmolen" in draft_text(SHOP, _COMPLAINT, text)
    text = "Mijn nieuwe stofzuigerrobot: na drie weken werkt de zijborstel al niet meer. Jammer."
    assert "zijborstel" in draft_text(SHOP, _COMPLAINT, text, platform="google")


def test_paying_twice_in_a_price_complaint_is_a_double_charge() -> None:
    text = "Voor één pizza twee keer moeten betalen, de pin gaf een fout en het ging er toch twee keer af."
    draft = draft_text(CINEMA, _COMPLAINT, text)
    assert "dubbel" in draft.lower() or "twee keer" in draft.lower()
    assert "schrok van de prijs" not in draft


def test_a_wrong_bill_about_a_delivery_names_the_bill() -> None:
    text = "De nota voor de catering klopt niet: 60 hapjes gerekend, 45 geleverd. Graag aanpassen."
    assert "de nota" in draft_text(CATERER, _COMPLAINT, text, author="Bert")
