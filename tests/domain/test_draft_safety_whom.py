"""Safety drafts say back the one it happened to and what the writer asked: a near one said as spoken ('me dochter',
'menne zoon'), not the writer; the uncle who bit on it, not the child the cake was for; the writer who fell, not the
child riding along; a statement for the insurance promised; a piece the writer kept thanked for. Rumours that accuse
the business of a crime get a way to call; a question that names an allergy names it back; a complaint about a mail
left unanswered is no rumour. Sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_harm_now import accused, kept_it, only_along, only_brought, statement_asked
from app.domain.profile import BusinessProfile
from app.domain.suggest import label_with_topics
from app.domain.topics import TopicAnalysis
from tests.domain.drafts import suggested

_BAKERY = BusinessProfile(
    name="Bakkerij Zoet", kind="bakker", signers=["Anke"], voice="wij", register="u", phone="0229-123456"
)
_BIKES = BusinessProfile(
    name="Tweewielers Mees", kind="fietsenmaker", signers=["Mees"], voice="ik", register="je", phone="0475 11 22 33"
)


def test_a_near_one_said_as_spoken_is_the_one_it_happened_to() -> None:
    text = (
        "Vrijdag een brood met pitten gehaald voor me dochter (6), en ik had nog gevraagd of er pinda in zat. Nee "
        "zei de jongen. Een kwartier later een dikke lip en vlekken, met spoed naar de huisarts. Nu gaat het weer."
    )
    made = suggested(_BAKERY, text, label="klacht")
    assert "dochter" in made, made
    assert "uw lip" not in made, made


def test_the_uncle_who_bit_on_it_is_asked_after_not_the_child_the_cake_was_for() -> None:
    text = (
        "Een verjaardagstaart gehaald voor ons Fien. Ons nonkel beet op een stuk metaal en zijn kies is gebroken. "
        "Ik heb het stukje bijgehouden."
    )
    made = suggested(_BAKERY, text, label="klacht")
    assert "nonkel" in made, made
    assert "niet weg" not in made, made


def test_the_writer_who_fell_is_asked_after_not_the_child_riding_along() -> None:
    text = (
        "Bij het wegrijden brak de crankarm af. Ik ben op straat gevallen, met mijn dochtertje achterop. Knieën open."
    )
    assert only_along(text, "dochtertje")
    assert not only_along("Mijn dochtertje is gevallen toen de crank afbrak.", "dochtertje")
    made = suggested(_BIKES, text, label="klacht")
    assert "crankarm" in made, made


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Mijn zoon brak zijn arm. Voor de verzekering heb ik een verklaring van jullie nodig.", True),
        ("Ik heb een attest nodig voor de mutualiteit.", True),
        ("Mijn verzekering betaalt dit niet.", False),
    ],
)
def test_a_statement_for_the_insurance_is_read(text: str, asked: bool) -> None:
    assert statement_asked(text) is asked


def test_a_statement_for_the_insurance_is_promised() -> None:
    text = (
        "Het stuur brak af tijdens een rit, mijn vrouw viel en heeft een gekneusde schouder. We hebben een "
        "verklaring nodig voor de verzekering."
    )
    made = suggested(_BIKES, text, label="klacht")
    assert "verklaring" in made and "verzekering" in made, made


def test_what_the_writer_kept_is_read() -> None:
    assert kept_it("Ik heb het glas bewaard in een zakje.")
    assert not kept_it("Bewaar dat stuk even.")
    assert kept_it("'k Heb dat draadje bijgehouden.")  # Flemish 'k for ik
    assert not kept_it("Heeft iemand dat draadje bijgehouden?")


def test_me_before_the_person_is_whose_they_are_not_who_was_taken_along() -> None:
    assert not only_brought("Taart gehaald voor me zus, ze kreeg een reactie.", "zus")
    assert only_brought("Mijn zus heeft me naar de spoed gebracht.", "zus")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Iemand zei me dat die winkel heling doet.", True),
        ("Ik hoorde dat jullie met zwart geld werken.", True),
        ("Ik hoorde dat jullie stoppen.", False),
    ],
)
def test_an_accusation_of_a_crime_is_read(text: str, said: bool) -> None:
    assert accused(text) is said


def test_a_rumour_of_a_crime_gets_a_way_to_call() -> None:
    text = (
        "Er wordt gezegd dat Tweewielers Mees gestolen fietsen doorverkoopt. Mijn buurman zag zijn eigen fiets staan."
    )
    made = suggested(_BIKES, text, label="onwaarheid")
    assert "0475 11 22 33" in made, made


def test_a_question_that_names_an_allergy_names_it_back() -> None:
    text = "Verkopen jullie ook speltbrood? me vrouw heeft een sesamallergie"
    made = suggested(_BAKERY, text, label="vraag")
    assert "sesamallergie" in made, made


def test_a_complaint_about_a_mail_left_unanswered_is_no_rumour() -> None:
    silent = TopicAnalysis(hearsay=True, tried=("mail",))
    assert label_with_topics("klacht", {"klacht": 0.8}, silent) == "klacht"
    assert label_with_topics("vraag", {"vraag": 0.8}, silent) == "onwaarheid"


def test_a_second_hurt_part_after_a_comma_is_said_with_its_count() -> None:
    text = "Mijn fiets van vorige week: het voorwiel schoot los en ik ben gevallen. Lip open, drie tanden afgebroken."
    made = suggested(_BIKES, text, label="klacht")
    assert "drie afgebroken tanden" in made, made


def test_a_test_nobody_did_is_admitted() -> None:
    salon = BusinessProfile(
        name="Salon Lok", kind="kapper", signers=["Iris"], voice="ik", register="je", phone="013-5556677"
    )
    text = "Gisteren mijn wenkbrauwen laten verven. Niemand heeft vooraf een test gedaan. Nu zijn mijn oogleden dik."
    made = suggested(salon, text, label="klacht")
    assert "geen test" in made or "test vooraf" in made, made
