"""Complaint drafts that answer what the writer said (session 10, issue #13): an order brought later than the
time agreed, the occasion of the person the writer names ('het verjaardagsfeestje van Fenna'), vermin a
person or pet caught after a visit. Businesses and sentences of their own, none from the rounds."""

from __future__ import annotations

from dataclasses import replace

from app.domain.draft_events import appointment_event, effort_made
from app.domain.draft_times import agreed_and_delivered
from app.domain.profile import BusinessProfile
from tests.domain.businesses import BLOEMERIE_IRIS, GARAGE_STAM, KAPSALON_KNIP, NAGELBAR_GLOW, TRIMSALON_VACHTJE
from tests.domain.drafts import draft, draft_text

_COMPLAINT = "uitkomst_herstel"

CATERER = BusinessProfile(
    name="Traiteur Smulpaap", kind="traiteur", signers=["Koen"], voice="wij", register="u", email="koen@smul.be"
)
SALON = replace(KAPSALON_KNIP, phone="09 223 44 55", email="")


def test_the_agreed_time_and_the_time_it_came_are_read() -> None:
    text = "Bloemstuk zou om 14u klaar zijn, om 14u40 stond ik nog te wachten en om 15u15 kreeg ik het eindelijk."
    assert agreed_and_delivered(text) == ("14u", "15u15")
    # a later time at which it had still not come is not when it came
    text = "catering levering 11:30 bij ons op kantoor. om 12:10 nog niks!! uiteindelijk om kwart voor 1 gebracht"
    assert agreed_and_delivered(text) == ("11:30", "kwart voor 1")
    assert agreed_and_delivered("Soep bezorgen om 18u. Kwam om half zeven binnen, koud.") == ("18u", "half zeven")
    # no agreed time: nothing
    assert agreed_and_delivered("Om 9 uur gebracht, om 11 uur opgehaald. Alles prima.") == ("", "")
    assert agreed_and_delivered("De taart was lekker, we aten om 15:00.") == ("", "")


def test_an_order_brought_later_than_agreed_is_called_late() -> None:
    text = "rouwstuk besteld, levering 10:00 in de aula. Kwam om half elf binnen, dienst was al begonnen 😢"
    assert "te laat" in draft_text(BLOEMERIE_IRIS, _COMPLAINT, text)
    text = "Buffet voor 30 man, bezorgen om 17u00. Om 18u10 stond de bestelwagen eindelijk voor de deur. Amai."
    made = draft_text(CATERER, _COMPLAINT, text, platform="google")
    assert "te laat" in made and "18u10" in made
    text = "Zou om 12 uur geleverd worden maar het werd half drie, onze gasten zaten zonder eten"
    assert "te laat" in draft_text(CATERER, _COMPLAINT, text)


def test_the_occasion_of_a_named_person_is_said_as_theirs() -> None:
    text = (
        "De bloemen voor het afscheidsfeest van Marieke zouden om 15u bezorgd worden. Om 17u nog niks, niemand nam op!"[
            :-1
        ]
    )
    made = draft_text(BLOEMERIE_IRIS, _COMPLAINT, text)
    assert "afscheidsfeest van Marieke" in made and "je afscheidsfeest" not in made
    text = "Hapjesschotel voor de communie van Lotte: om 11:00 afgesproken, om kwart over één geleverd. Jammer!"
    made = draft_text(CATERER, _COMPLAINT, text)
    assert "communie van Lotte" in made and "uw communie" not in made
    # no name after the occasion: not this line
    text = "De taart voor het feestje kwam te laat en was ingedeukt."
    assert " van " not in draft_text(BLOEMERIE_IRIS, _COMPLAINT, text).split("\n")[1].split(".")[0]


def test_vermin_caught_after_a_visit_is_a_hygiene_matter_with_a_call() -> None:
    text = "onze Bobbie kwam van het trimmen terug en zit nu helemaal onder de VLOOIEN 🤬 nooit meer"
    made = draft(TRIMSALON_VACHTJE, _COMPLAINT, text)
    assert made.text is not None and "vlooien" in made.text and "ygiëne" in made.text and "0513-221100" in made.text
    text = "mn dochter heeft luizen sinds ze vorige week bij jullie geknipt is, de borstels werden niet schoongemaakt"
    made_text = draft_text(SALON, _COMPLAINT, text)
    assert "je dochter nu luizen heeft" in made_text and "09 223 44 55" in made_text
    text = "Ge hebt mij hoofdluis bezorgd, merci. Die kammen gaan van kop naar kop zonder ontsmetten."
    assert "hoofdluis" in draft_text(SALON, _COMPLAINT, text)


NAILS = replace(NAGELBAR_GLOW, phone="")


def test_what_happened_to_the_appointment_is_read() -> None:
    assert appointment_event("APK-afspraak voor de 2e keer verschoven, vanochtend pas een mailtje")[:3] == (
        "moved",
        False,
        "tweede",
    )
    assert appointment_event("kwam binnen en stond gewoon nie in het systeem!!")[0] == "not_booked"
    assert appointment_event("Op het laatste moment afgebeld door de stylist.")[:2] == ("cancelled", True)
    # what the writer did themself is no complaint about the business
    assert appointment_event("Wij hebben de afspraak zelf verzet, geen probleem.")[0] == ""
    assert appointment_event("De nagels zaten mooi, dank!")[0] == ""


def test_the_appointment_event_is_said_back_in_the_writers_word() -> None:
    text = "APK-afspraak voor de 2e keer verschoven, vanochtend pas een mailtje. Ik had er een dag verlof voor genomen"
    made = draft_text(GARAGE_STAM, _COMPLAINT, text)
    assert "verzet" in made and "tweede keer" in made and "vrij" in made
    text = "Gereserveerd voor 6 personen maar bij aankomst stond onze reservering NERGENS in het systeem"
    made = draft_text(CATERER, _COMPLAINT, text)
    assert "uw reservering nergens genoteerd" in made or "uw reservering er niet in stond" in made
    text = "gel nagels afspraak vandaag om 9u afgebeld, 10 min van tevoren 😡 vrij genomen voor niks"
    made = draft_text(NAILS, _COMPLAINT, text, platform="instagram")
    assert "afgezegd" in made or "niet doorging" in made


def test_what_it_cost_the_writer_to_come_is_read_and_said() -> None:
    assert effort_made("Ik ben met de belbus gekomen, dat kost ook geld") == ("by", "belbus", False)
    assert effort_made("helemaal uit Hasselt gereden voor een dichte deur") == ("far", "Hasselt", False)
    assert effort_made("kwam met mijn moeder en we waren snel geholpen") == ("", "", False)
    text = "Afspraak om 14u, bleek ik niet in de agenda te staan. Helemaal uit Hasselt gereden voor niks."
    assert "helemaal uit Hasselt" in draft_text(NAILS, _COMPLAINT, text)


BAKERY = BusinessProfile(
    name="Bakkerij Kruimel", kind="bakkerij", signers=["Els"], voice="wij", register="u", phone="0493-112233"
)
BOOKSHOP = BusinessProfile(name="Boekhandel Ezelsoor", kind="boekhandel", signers=["Tom"], voice="ik", email="t@ez.be")


def test_the_person_with_the_condition_is_asked_after_and_the_condition_names_the_allergen() -> None:
    text = "Bij het bestellen gezegd dat een collega coeliakie heeft. Toch gewone wraps geleverd, ze is nu ziek."
    made = draft_text(BAKERY, _COMPLAINT, text)
    assert "gluten" in made and "uw collega" in made and "0493-112233" in made
    text = "mijn dochter is allergisch voor noten en er zat gewoon hazelnoot in de koek!! ze moest naar de huisarts"
    assert "je dochter" in draft_text(BLOEMERIE_IRIS, _COMPLAINT, text)
    text = "Wist je dat mijn schoonzus COELIAKIE heeft? Ze werd doodziek van jullie 'glutenvrije' taart"
    assert "gluten" in draft_text(BLOEMERIE_IRIS, _COMPLAINT, text)


def test_a_safety_complaint_names_the_writers_occasion() -> None:
    text = "Voor de 70ste verjaardag van mijn vader taartjes gehaald, de halve familie lag daarna ziek op bed."
    made = draft_text(BAKERY, _COMPLAINT, text)
    assert "70ste verjaardag van uw vader" in made
    text = "Op onze bruiloft gingen 3 gasten van de hapjes over hun nek, proficiat."
    assert "bruiloft" in draft_text(CATERER, _COMPLAINT, text)
    # nobody's occasion named: no such line
    text = "Na het eten van jullie quiche was ik twee dagen ziek."
    assert "uitgerekend" not in draft_text(BAKERY, _COMPLAINT, text)


def test_a_bill_above_the_quote_is_said_in_the_writers_words() -> None:
    text = "Prijsopgave was 120 euro voor het inbinden, op de factuur stond ineens 175 euro. Hoe zit dat?"
    made = draft_text(BOOKSHOP, _COMPLAINT, text)
    assert "prijsopgave" in made and "€ 175" in made
    text = "offerte € 450, rekening € 610. Niemand heeft gebeld dat het meer werd."
    assert "offerte" in draft_text(GARAGE_STAM, _COMPLAINT, text)


def test_a_bill_above_what_was_said_is_a_second_point_beside_a_defect() -> None:
    text = "Auto opgehaald na de grote beurt. Je zei 300 euro, ik moest 420 euro betalen, en het stuur trilt nog."
    made = draft_text(GARAGE_STAM, _COMPLAINT, text)
    assert "€ 420" in made and "€ 300" in made


def test_the_time_booked_and_the_time_served_also_when_the_time_comes_first() -> None:
    from app.domain.draft_times import booked_and_served

    assert booked_and_served("zaterdag 19u gereserveerd, pas om 20u15 een tafel") == ("19u", "20u15")
    text = "Wij hadden 12:00 gereserveerd voor de high tea, om 12:40 stond er nog niks op tafel."
    assert "12:40" in draft_text(CATERER, _COMPLAINT, text)


def test_asked_for_and_got_instead_is_said_back() -> None:
    text = "vroeg lichtgrijs voor de living en het werd babyblauw. Kan dat nog overgeschilderd worden??"
    made = draft_text(GARAGE_STAM, _COMPLAINT, text)
    assert "lichtgrijs" in made
    text = "Bestelde witte rozen, kreeg roze anjers. De bloemist haalde haar schouders op."
    assert "rozen" in draft_text(BLOEMERIE_IRIS, _COMPLAINT, text) or "schouders" in draft_text(
        BLOEMERIE_IRIS, _COMPLAINT, text
    )


def test_what_should_have_been_offered_is_named_without_a_promise() -> None:
    text = "Auto staat al 2 weken bij jullie voor een nieuwe koppeling en een vervangwagen werd me niet aangeboden."
    made = draft_text(GARAGE_STAM, _COMPLAINT, text)
    assert "vervangwagen" in made
    text = "Boek besteld voor mijn examen, kwam niet. Niet eens een alternatief voorgesteld!!"
    assert "alternatief" in draft_text(BOOKSHOP, _COMPLAINT, text)
    text = "Hond 3 uur te laat opgehaald en geen sorry aangeboden, niks."
    assert "geen sorry aangeboden" not in draft_text(TRIMSALON_VACHTJE, _COMPLAINT, text)
