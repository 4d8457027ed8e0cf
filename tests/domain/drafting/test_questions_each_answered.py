"""Every question of a comment gets its own answer: a later question about something a line of the special days
offers is answered by that line with its day, a question the first answer only shares a word with is not taken as
answered, a question for a time or an amount the profile cannot answer is named in its slot, and the place asked to
deliver to hears the sentence of the delivery terms that names it. Sentences of our own, not a round's."""

from __future__ import annotations

from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import suggested

_BAKKER = BusinessProfile(
    name="Bakkerij Het Korenschoofje",
    kind="bakkerij",
    signers=["Annet"],
    voice="wij",
    register="je",
    email="info@korenschoofje.nl",
    opening_hours="di t/m za 8.00–17.30; zo en ma gesloten",
    delivery_terms=(
        "Bezorgen op zaterdag in Eext, Anderen en Gieten; gratis vanaf €20. "
        "Bestellingen voor zondag uiterlijk vrijdag 12.00 doorgeven."
    ),
    holidays=(
        "Sinterklaas vr 5 december: pepernotenworkshop voor kinderen om 14.00, €12,50 per kind; "
        "Kerstavond wo 24 december open tot 15.00"
    ),
    faq=[
        FaqItem("Wat kost een appeltaart?", "Een appeltaart voor 8 personen kost €16,50."),
        FaqItem("Maken jullie slagroomtaarten?", "Ja, vanaf 6 personen, minimaal 2 dagen van tevoren bestellen."),
    ],
)

_KAPPER = BusinessProfile(
    name="Kapsalon Knipkunst",
    kind="kapsalon",
    signers=["Sien"],
    voice="ik",
    register="u",
    email="info@knipkunst.nl",
    opening_hours="di t/m vr 9.00–18.00, za 8.30–15.00; zo en ma gesloten",
    holidays="in juli en augustus ook knippen op maandagavond, op afspraak; zomerstop 1 t/m 14 september",
    faq=[
        FaqItem("Wat kost knippen?", "Dames €34, heren €26, kinderen tot 12 jaar €17."),
        FaqItem("Komt u aan huis?", "Ja, aan huis €20 extra binnen 10 km van de salon."),
    ],
)


def test_a_later_question_about_what_a_special_day_offers_gets_that_line() -> None:
    made = suggested(_BAKKER, "Zijn jullie op zaterdag open? En wat kost de pepernotenworkshop?")
    assert "€12,50" in made and "14.00" in made and "Sinterklaas" in made, made
    assert "zoeken we" not in made and "andere vraag" not in made, made


def test_a_later_question_the_faq_answers_gets_no_special_day_line() -> None:
    """Near miss: the appeltaart is the FAQ's, not the workshop's."""
    made = suggested(_BAKKER, "Zijn jullie op zaterdag open? En wat kost een appeltaart?")
    assert "€16,50" in made and "pepernoten" not in made, made


def test_a_line_without_a_day_of_its_own_answers_a_yes_no_question_with_a_yes() -> None:
    made = suggested(_KAPPER, "Wat kost knippen voor heren? En knipt u ook op maandagavond?")
    assert "€26" in made, made
    assert "Ja, in juli en augustus ook knippen op maandagavond" in made, made


def test_a_later_question_for_how_long_is_named_in_its_slot() -> None:
    made = suggested(_KAPPER, "Wat kost knippen voor een dame, hoe lang duurt het, en mag mijn hondje mee naar binnen?")
    assert "€34" in made and "Hoe lang het duurt: [vul in" in made, made
    assert "andere vraag" not in made and "hondje" in made, made


def test_the_place_asked_to_deliver_to_hears_the_sentence_that_names_it() -> None:
    text = (
        "Kunnen jullie een slagroomtaart maken voor 12 personen? Hoeveel dagen vooraf moet ik bestellen en "
        "bezorgen jullie ook in Anderen?"
    )
    made = suggested(_BAKKER, text)
    assert "Anderen" in made and "2 dagen" in made, made
    assert "uiterlijk vrijdag" not in made, made


def test_a_home_visit_for_the_writers_own_wedding_is_not_said_to_be_for_her_sister() -> None:
    text = "Ik ga in oktober trouwen en ook mijn zus en mijn schoonmoeder willen een kapsel. Komt u ook aan huis?"
    made = suggested(_KAPPER, text)
    assert "€20" in made and "zus kom ik" not in made and "bij uw zus" not in made, made
    assert "bruiloft van uw" not in made, made


def test_a_home_visit_for_someone_who_cannot_come_names_them() -> None:
    """Near miss: the grandmother is who the visit is for."""
    made = suggested(_KAPPER, "Mijn oma van 91 komt de deur niet meer uit. Komt u ook aan huis?")
    assert "oma" in made and "langs" in made, made


_BISTRO = BusinessProfile(
    name="Bistro De Kastanje",
    kind="restaurant",
    signers=["Ruud"],
    voice="ik",
    register="je",
    email="info@dekastanje.be",
    opening_hours="do t/m ma 11.30–22.00; di en wo gesloten",
    faq=[
        FaqItem("Heb je een kinderbord?", "Ja, een kinderbord €11 (tot 10 jaar): balletjes met frietjes."),
        FaqItem("Mag de hond mee?", "Honden zijn welkom in de serre, niet in de eetzaal."),
    ],
)

_SALON = BusinessProfile(
    name="Haarstudio Lokje",
    kind="kapsalon",
    signers=["Mies"],
    voice="ik",
    register="u",
    email="info@lokje.nl",
    opening_hours="di t/m za 9.00–17.00; zo en ma gesloten",
    faq=[
        FaqItem("Knipt u ook kinderen?", "Ja, kinderen tot en met 11 jaar voor €15."),
        FaqItem("Wat kost een galakapsel?", "Opsteken €48, met proefsessie €80; aan huis €20 extra (binnen 10 km)."),
    ],
)


def test_the_first_of_two_questions_is_answered_though_the_second_is_about_the_writers_dog() -> None:
    made = suggested(_BISTRO, "Heb je een kinderbord, en mag onze hond Moos mee naar binnen?")
    assert "€11" in made and "serre" in made, made
    assert "[vul in: het antwoord" not in made, made
    assert made.index("€11") < made.index("serre"), made


def test_a_pets_name_is_welcomed_only_beside_the_answer_about_pets() -> None:
    """Near miss: no 'Moos mag dus gezellig mee' right after the children's plate."""
    made = suggested(_BISTRO, "Heb je een kinderbord, en mag onze hond Moos mee naar binnen?")
    assert "frietjes. Moos" not in made, made


def test_a_thing_asked_for_a_child_is_not_answered_by_the_childrens_price() -> None:
    made = suggested(_SALON, "Knipt u ook een lijntje in de zijkant voor mijn dochter van 8?")
    assert "€15" not in made and "lijntje" in made, made


def test_a_child_asked_for_alone_gets_the_childrens_price() -> None:
    """Near miss: the daughter herself is what is asked."""
    made = suggested(_SALON, "Knipt u ook mijn dochter van 8?")
    assert "€15" in made, made


def test_a_price_pointed_back_beside_a_part_asked_gets_the_whole_answer() -> None:
    text = "Ik ga in juni naar een gala en zoek iemand voor mijn kapsel. Wat kost dat ongeveer, en komt u ook aan huis?"
    made = suggested(_SALON, text)
    assert "€48" in made and "€20" in made, made


def test_only_the_part_asked_when_the_price_names_its_own_thing() -> None:
    """Near miss: 'wat kost dat aan huis?' asks the part for a home visit only."""
    made = suggested(_SALON, "Ik wil graag een galakapsel. Wat kost dat aan huis?")
    assert "€20" in made, made


_KNIPSTER = BusinessProfile(
    name="Kapsalon De Schaar",
    kind="kapsalon",
    signers=["Femke"],
    voice="wij",
    register="je",
    email="info@deschaar.nl",
    opening_hours="di t/m vr 9.00–17.30, za 8.00–13.00; zo en ma gesloten",
    holidays="Zaterdag 9 mei (communie) open vanaf 7.00 voor feestkapsels, alleen op afspraak.",
    faq=[FaqItem("Knippen jullie ook kinderen?", "Ja, kinderen tot 12 jaar knippen we voor €16.")],
)


def test_whether_the_shop_works_on_a_weekday_is_whether_it_is_open() -> None:
    made = suggested(_KNIPSTER, "Knippen jullie ook kinderen? En werken jullie op maandag?")
    assert "€16" in made and "maandag" in made and "gesloten" in made, made


def test_a_little_brother_with_his_age_gets_the_childrens_price_and_the_price_asked_after_it_is_said() -> None:
    """The price asked after the question about the brother is said with its answer: no slot for it."""
    text = (
        "Onze Lotte doet zaterdag 9 mei haar communie. Zijn jullie die ochtend vroeg open? En knippen jullie ook "
        "haar broertje Sem (6)? Wat kost dat?"
    )
    made = suggested(_KNIPSTER, text)
    assert "7.00" in made and "€16" in made, made
    assert "Wat dat kost" not in made and "broertje Sem (6): [vul in" not in made, made


def test_working_with_something_asks_no_opening_hours() -> None:
    """Near miss: 'werken jullie met ...' names no day; it asks how the shop works, not when."""
    made = suggested(_KNIPSTER, "Knippen jullie ook kinderen? En werken jullie met biologische verf?")
    assert "gesloten" not in made and "8.00–13.00" not in made, made
