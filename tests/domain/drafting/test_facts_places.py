"""Facts from the profile said back: a place asked about that a delivery area of place names
leaves out, named back; a rate per hour from profile text said out ('km per uur', not the formal-looking 'km/u');
a FAQ answer that opens with when gets the thing its question asks about in front. Sentences and profiles of
their own, not from the benchmark rounds."""

from __future__ import annotations

from app.domain.draft_asked import with_subject
from app.domain.draft_english_days import closed_day
from app.domain.draft_places import outside_area, place_asked
from app.domain.draft_same_words import same_words
from app.domain.draft_text import hours_spelled
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import draft_text

ANSWER = "uitkomst_vraag_beantwoorden"

PIZZA = BusinessProfile(
    name="Pizzeria Het Vuur",
    kind="restaurant",
    signers=["Luca"],
    voice="wij",
    register="je",
    email="bestel@hetvuur.nl",
    phone="030-7778899",
    opening_hours="di–zo 16:00–22:00",
    delivery_terms="we bezorgen in Houten, Bunnik en Vianen; gratis vanaf € 25",
    faq=[
        FaqItem("Wanneer is de pizzacursus?", "Elke eerste zaterdag van de maand om 14:00; € 45 per persoon."),
        FaqItem("Hebben jullie glutenvrije pizza?", "Ja, met een bodem van rijstmeel; bestel hem een dag vooraf."),
    ],
)
SKATES = BusinessProfile(
    name="Schaatsbaan De Gladde IJzers",
    kind="fietsenmaker",
    signers=["Rik"],
    voice="ik",
    register="je",
    email="rik@gladdeijzers.nl",
    phone="0522-445566",
    opening_hours="za–zo 10:00–17:00",
    faq=[FaqItem("Hoe laat begint de toertocht?", "Om 9:00 bij de kantine; we rijden 40 km op ongeveer 20 km/u.")],
)


def test_a_place_asked_is_found_also_in_lower_case_when_it_ends_like_a_place() -> None:
    assert place_asked("Bezorgen jullie ook in Culemborg?") == "Culemborg"
    assert place_asked("bezorgen jullie ook naar harderwijk? we zijn met tien") == "Harderwijk"
    # a plain word is no place, even where the question ends on it
    assert place_asked("bezorgen jullie ook naar school?") == ""
    assert place_asked("Bezorgen jullie ook op zondag?") == ""


def test_only_an_area_of_place_names_leaves_a_place_out() -> None:
    assert outside_area("Culemborg", "in Houten, Bunnik en Vianen")
    assert not outside_area("Bunnik", "in Houten, Bunnik en Vianen")
    # a radius or a region may hold a place it does not name
    assert not outside_area("Culemborg", "binnen 15 km rond Houten en Vianen")
    assert not outside_area("Culemborg", "in Houten, Vianen en omgeving")
    assert not outside_area("Culemborg", "in de Lekstreek en Utrecht")
    assert not outside_area("Culemborg", "gratis in Houten")


def test_a_place_outside_the_delivery_area_is_named_back() -> None:
    said = draft_text(PIZZA, ANSWER, "bezorgen jullie ook naar culemborg? we vieren daar een verjaardag")
    assert "Culemborg" in said
    assert "Houten" in said
    assert "vul in" not in said


def test_a_place_inside_the_delivery_area_gets_no_no() -> None:
    said = draft_text(PIZZA, ANSWER, "Bezorgen jullie ook in Bunnik?")
    assert "helaas" not in said
    assert "Houten, Bunnik en Vianen" in said


def test_a_rate_per_hour_is_said_out() -> None:
    assert hours_spelled("we rijden op 20 km/u door") == "we rijden op 20 km per uur door"
    assert hours_spelled("€ 40/u voor de werkplaats") == "€ 40 per uur voor de werkplaats"
    # an address or a plain 'u' stays as it is
    assert hours_spelled("kijk op gladdeijzers.nl/u/tochten") == "kijk op gladdeijzers.nl/u/tochten"
    assert hours_spelled("Kunt u/jij dat doen?") == "Kunt u/jij dat doen?"


def test_a_faq_answer_that_opens_with_when_gets_its_subject() -> None:
    assert with_subject("Hoe laat begint de toertocht?", "Om 9:00 bij de kantine.") == (
        "De toertocht: om 9:00 bij de kantine."
    )
    # an answer that names its subject, or opens otherwise, stays as it is
    assert with_subject("Hoe laat begint de toertocht?", "De toertocht begint om 9:00.") == (
        "De toertocht begint om 9:00."
    )
    assert with_subject("Hebben jullie glutenvrije pizza?", "Ja, met rijstmeel.") == "Ja, met rijstmeel."


def test_the_draft_names_what_the_faq_answer_is_about_and_spells_the_rate_out() -> None:
    said = draft_text(SKATES, ANSWER, "hoi, mag ik als nieuweling mee met de toertocht van zondag?")
    assert "toertocht" in said.lower()
    assert "km per uur" in said
    assert "km/u" not in said
    said = draft_text(PIZZA, ANSWER, "Wanneer is die pizzacursus eigenlijk?")
    assert "pizzacursus" in said.lower()


RUMOUR = "uitkomst_onwaarheid"

CAFE = BusinessProfile(
    name="Café De Molenwiek",
    kind="restaurant",
    signers=["Fien"],
    voice="ik",
    register="je",
    email="fien@molenwiek.be",
    phone="09 123 45 67",
    opening_hours="wo–zo 11:00–23:00",
    faq=[
        FaqItem("Wanneer is de bingo?", "Elke tweede vrijdag van de maand om 20:00; een kaart kost € 5."),
        FaqItem("Kan ik een fiets bij jullie huren?", "Ja, stadsfietsen en e-bikes; een dag kost € 15."),
    ],
)
GARAGE = BusinessProfile(
    name="Tweewielers Van Damme",
    kind="fietsenmaker",
    signers=["Bart"],
    voice="ik",
    register="u",
    email="bart@vandamme.be",
    phone="050 11 22 33",
    opening_hours="di–za 9:00–18:00",
    faq=[FaqItem("Onderhoudt u ook fietsen die elders gekocht zijn?", "Ja, elk merk; een grote beurt kost € 80.")],
)


def test_a_rumour_that_a_recurring_thing_stopped_gets_when_it_is_held() -> None:
    said = draft_text(CAFE, RUMOUR, "Ik las dat de bingo in De Molenwiek afgeschaft is, jammer!")
    assert "vrijdag" in said
    assert "bingo" in said.lower()
    assert "vul in" not in said


def test_a_rumour_about_a_thing_without_a_recurring_faq_is_not_answered_so() -> None:
    # the bike FAQ says no 'elke ...': nothing says the rental is still held
    said = draft_text(CAFE, RUMOUR, "Ik hoorde dat de fietsverhuur bij De Molenwiek gestopt is.")
    assert "gaat gewoon door" not in said


def test_sold_by_the_business_is_bought_by_the_customer() -> None:
    said = draft_text(GARAGE, RUMOUR, "Van Damme onderhoudt enkel fietsen die hij zelf verkocht heeft, echt waar.")
    assert "80" in said


def test_grootte_is_the_size_a_faq_calls_maat_and_leveren_is_delivery() -> None:
    assert "maat" in same_words(("grootte",))
    assert "bezorging" in same_words(("lever",))  # the lemma of 'leveren'
    # an unrelated word is not made a size or delivery
    assert not {"maat", "bezorging"} & set(same_words(("graveren",)))


CARE = BusinessProfile(
    name="Voetzorg De Zool",
    kind="kapsalon",
    signers=["Anke"],
    voice="wij",
    register="u",
    email="info@dezool.nl",
    phone="053-4455667",
    opening_hours="ma–vr 8:30–17:00",
    faq=[
        FaqItem(
            "Vergoedt de zorgverzekering steunzolen?",
            "Vaak uit de aanvullende verzekering; we sturen de nota zo dat u hem meteen kunt indienen.",
        ),
        FaqItem("Moet ik een verwijzing hebben?", "Nee, u kunt zonder verwijzing een afspraak maken."),
    ],
)


def test_money_back_from_the_insurer_asks_what_the_faq_on_reimbursement_answers() -> None:
    assert "vergoeding" in same_words(("terugkrijgen",))
    assert "verzekering" in same_words(("zorgverzekeraar",))
    said = draft_text(
        CARE, ANSWER, "Ik heb nieuwe steunzolen nodig. Krijg ik daar iets van terug van mijn verzekeraar?"
    )
    assert "aanvullende verzekering" in said
    assert "vul in" not in said


def test_an_english_complaint_about_a_closed_day_gets_that_the_day_is_always_closed() -> None:
    week = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    hours = "di–zo 12:00–22:00; maandag gesloten"
    found = closed_day("We drove all the way on Monday and the place was shut!", hours, week, lambda h: "")
    assert found == ("closed_day", {"feestdag": "Mondays", "waarde": ""})
    # a day the hours say is open, or a writer who found it open, is no closed day
    assert closed_day("We came on Friday but you were closed.", hours, week, lambda h: "") is None
    assert closed_day("Lovely lunch on Monday!", hours, week, lambda h: "") is None
    # not always closed: the hours open that day in summer, or the writer names the date (its own line decides)
    summer = "di–za 9u–17u; zondag en maandag gesloten. In juli en augustus ook op maandag 14u–18u."
    assert closed_day("Came on Monday with the kids and the door was locked.", summer, week, lambda h: "") is None
    dated = "We walked over on Monday 4 August and the shop was closed."
    assert closed_day(dated, hours, week, lambda h: "") is None


def test_the_english_draft_says_the_day_is_always_closed() -> None:
    said = draft_text(
        PIZZA, "uitkomst_herstel", "Came by on Monday evening for a pizza but it was closed. Disappointing!"
    )
    assert "Mondays we are always closed" in said


# Asked with the verb before the place, also in Flemish ('kunt ge die leveren in ...'): the place is found; asked
# beside another question a FAQ answers, a place outside the area is said to be so, not the whole area as a
# second offer (session 44: on X that kept the answer over the limit).
def test_a_place_asked_with_the_verb_before_it_is_found() -> None:
    assert place_asked("En kunt ge die leveren in Culemborg of moeten we ze halen?") == "Culemborg"
    assert place_asked("Kunnen jullie ook bezorgen in Tiel?") == "Tiel"
    # a near miss: a day after the verb is no place
    assert place_asked("Kunnen jullie ook bezorgen op Zaterdag?") == ""


def test_a_place_outside_beside_a_faq_question_is_said_outside() -> None:
    text = "Hebben jullie glutenvrije pizza? Mijn zoon kan geen gluten hebben. En kunt ge ook bezorgen in Culemborg?"
    said = draft_text(PIZZA, ANSWER, text, platform="x")
    assert "rijstmeel" in said and "Culemborg" in said
    assert "Houten, Bunnik en Vianen" not in said
