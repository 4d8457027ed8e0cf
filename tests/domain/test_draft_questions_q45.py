"""Questions answered from the profile where it can (session 43, q45): a day a holiday period makes an exception
for (app/domain/draft_holiday_answers.py), an action of the season in the holidays field as a fact
(app/domain/draft_offer_lines.py), how far ahead asked without a question mark, what the writer brings along
named in the slot (draft_questions_about.own_subject), and a mocking 'moet ik soms ...?' in a complaint left
without a slot (draft_questions.complaint_ask)."""

from __future__ import annotations

import pytest

from app.domain.draft_counts import group_size
from app.domain.draft_day_exceptions import without_exceptions
from app.domain.draft_holiday_answers import day_in_period
from app.domain.draft_holiday_lines import closed_line
from app.domain.draft_questions import asked_before, complaint_ask
from app.domain.draft_questions_about import own_subject
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import suggested

# A butcher open through the spring holidays but for one day, with a FAQ on ordering ahead.
_SLAGER = BusinessProfile(
    name="Slagerij Van Roey",
    kind="slager",
    signers=["Griet"],
    voice="wij",
    register="u",
    phone="03 455 12 12",
    email="info@vanroey.be",
    opening_hours="di t/m za 8u–18u; zo en ma gesloten",
    holidays=(
        "Paasvakantie (ma 7 april t/m zo 20 april): gewoon open, behalve vrijdag 18 april (Goede Vrijdag) gesloten. "
        "Pinksteren (zo 8 juni): gesloten."
    ),
    faq=[
        FaqItem(
            "Kan ik een gourmetschotel bestellen?",
            "Ja, minstens drie dagen op voorhand in de winkel of telefonisch; vanaf € 16 per persoon.",
        )
    ],
)

# A tearoom extra open on two days of a break, one of them with a menu of its own.
_THEESALON = BusinessProfile(
    name="Theesalon De Linde",
    kind="restaurant",
    signers=["Anouk"],
    voice="ik",
    register="u",
    email="anouk@delinde.nl",
    opening_hours="do t/m zo 10.00–17.00; ma t/m wo gesloten",
    holidays=(
        "Kerstvakantie (22 december t/m 4 januari): extra open ma 22 december en di 23 december, "
        "met een kerstthee van € 29."
    ),
)


def test_a_period_open_but_for_one_day_says_that_day_closed_and_the_rest_open() -> None:
    made = suggested(_SLAGER, "Zijn jullie op Goede Vrijdag open?")
    assert "Goede Vrijdag" in made and ("gesloten" in made or "dicht" in made), made
    assert "gewoon open" in made and ("paasvakantie" in made or "7 april" in made), made
    assert "(Paasvakantie" not in made and "behalve" not in made, made


def test_a_day_of_that_period_without_an_exception_is_not_said_closed() -> None:
    # near miss: another day of the same period asks no exception; the period is no closing
    made = suggested(_SLAGER, "Zijn jullie op 10 april open?")
    assert "helaas dicht, van" not in made and "gesloten van" not in made, made


def test_a_period_line_open_but_for_one_day_is_no_closing_line() -> None:
    value = "gewoon open, behalve vrijdag 18 april (Goede Vrijdag) gesloten."
    assert not closed_line("Paasvakantie (ma 7 april t/m zo 20 april)", value)
    assert without_exceptions(value) == "gewoon open"
    assert closed_line("Bouwvak (21 juli t/m 8 augustus)", "gesloten")


def test_a_day_listed_with_another_in_a_period_line_is_said_without_the_other_date() -> None:
    told = day_in_period(_THEESALON.holiday_entries(), "23 december")
    assert told == "extra open, met een kerstthee van € 29", told
    assert day_in_period(_THEESALON.holiday_entries(), "30 december") == ""


def test_an_english_question_about_a_closed_day_inside_an_open_period() -> None:
    made = suggested(_SLAGER, "Hi, are you open on 18 April? Visiting from Leeds.")
    assert "closed on 18 April" in made, made
    assert "closed from" not in made, made


def test_how_far_ahead_asked_without_a_question_mark_is_answered_after_the_day() -> None:
    comment = "Zijt ge open op Goede Vrijdag? En hoelang op voorhand moet ik een gourmetschotel bestellen voor zes man."
    made = suggested(_SLAGER, comment)
    assert "drie dagen op voorhand" in made, made
    assert "€ 16" not in made, made  # no price was asked


def test_a_price_asked_with_how_far_ahead_keeps_the_price() -> None:
    made = suggested(_SLAGER, "Hoelang op voorhand moet ik een gourmetschotel bestellen, en wat kost dat per persoon?")
    assert "drie dagen" in made and "€ 16" in made, made


# A garden centre whose holidays hold an action of the month besides its closing days.
_TUINCENTRUM = BusinessProfile(
    name="Tuincentrum De Hoven",
    kind="tuincentrum",
    signers=["Bram"],
    voice="wij",
    register="je",
    email="info@dehoven.nl",
    opening_hours="ma t/m za 9.00–18.00; zo gesloten",
    holidays=(
        "Koningsdag: gesloten. Heel maart snoeiservice voor fruitbomen en rozen aan huis voor € 45, zonder afspraak "
        "binnen 10 km."
    ),
    faq=[FaqItem("Bezorgen jullie ook?", "Ja, binnen 10 km gratis vanaf € 50, verder € 7,50.")],
)


def test_an_action_of_the_season_in_the_holidays_answers_the_question_about_it() -> None:
    made = suggested(_TUINCENTRUM, "Snoeien jullie ook fruitbomen? Wat kost dat ongeveer?")
    assert "snoeiservice" in made and "€ 45" in made, made


def test_an_action_that_names_only_one_word_of_the_question_is_no_answer() -> None:
    # near miss: 'rozen' alone is a mention, not an answer to whether they sell rose bushes in pots
    made = suggested(_TUINCENTRUM, "Verkopen jullie ook klimrozen in pot?")
    assert "snoeiservice" not in made, made


def test_booking_asked_after_an_answer_that_says_without_appointment_is_not_asked_again() -> None:
    made = suggested(
        _TUINCENTRUM, "Snoeien jullie ook rozen aan huis en wat kost dat? Moet ik daarvoor een afspraak maken?"
    )
    assert "zonder afspraak" in made, made
    assert "afspraak: [vul in" not in made and "over een afspraak" not in made, made


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("Mogen we bij jullie met de hond op het terras zitten?", "je hond"),
        ("Kan ik met mijn kinderwagen naar binnen?", "je kinderwagen"),
        ("Mag onze hond mee naar binnen?", "je hond"),
    ],
)
def test_what_the_writer_brings_along_is_the_subject(question: str, subject: str) -> None:
    assert own_subject((question,)) == subject


@pytest.mark.parametrize(
    "question", ["Kunnen we met de trein tot bij jullie komen?", "Kunnen we met de kaart betalen op het terras?"]
)
def test_a_way_of_coming_or_paying_is_nothing_brought_along(question: str) -> None:
    assert own_subject((question,)) == ""


def test_a_pet_question_without_an_answer_names_the_pet_in_its_slot() -> None:
    made = suggested(_THEESALON, "Mogen we bij u met onze hond binnen zitten? Hij is heel rustig.")
    assert "uw hond" in made and "[vul in" in made, made


@pytest.mark.parametrize(
    "clause",
    ["Moet ik soms te voet naar mijn werk?", "Of moeten we voortaan om zes uur 's ochtends aanschuiven?"],
)
def test_a_mocking_proposal_in_a_complaint_is_no_question_to_fill_in(clause: str) -> None:
    assert complaint_ask(clause) == "reproach"


@pytest.mark.parametrize("clause", ["Moet ik de fiets zelf komen ophalen?", "Moeten we opnieuw betalen?"])
def test_a_plain_must_question_in_a_complaint_still_asks(clause: str) -> None:
    assert complaint_ask(clause) == "ask"


def test_a_mocking_question_in_a_complaint_gets_no_slot_of_its_own() -> None:
    comment = "Al twee weken wacht ik op mijn snoeischaar van de reparatie. Moet ik soms met mijn handen snoeien?"
    made = suggested(_TUINCENTRUM, comment, label="klacht")
    assert "het antwoord op" not in made, made


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("We komen met 7 volwassenen en 4 kinderen eten.", 11),
        ("There will be 5 adults and 4 kids", 9),
        ("We zijn met 3 volwassenen en 2 kinderen", 0),  # together still no group
        ("Ik heb 2 kinderen. Op het feest komen 6 gasten", 0),  # two counts apart are no one company
    ],
)
def test_counts_of_one_company_are_added_up(text: str, size: int) -> None:
    assert group_size(text) == size


# A brasserie where groups book ahead, that answers in English too.
_BRASSERIE = BusinessProfile(
    name="Brasserie De Sluis",
    kind="restaurant",
    signers=["Joris"],
    voice="wij",
    register="u",
    phone="050 311 22 33",
    email="info@desluis.nl",
    opening_hours="wo t/m zo vanaf 12.00; ma en di gesloten",
    faq=[FaqItem("Hebben jullie een kindermenu?", "Ja, voor kinderen tot 10 jaar, € 12.")],
)


def test_an_english_group_is_told_to_book_ahead() -> None:
    made = suggested(_BRASSERIE, "Hello! Do you have a children's menu? We will be 5 adults and 4 kids on Saturday.")
    assert "9" in made and "book ahead" in made and "050 311 22 33" in made, made


def test_a_small_english_company_gets_no_booking_advice() -> None:
    made = suggested(_BRASSERIE, "Hello! Do you have a children's menu? We will be 2 adults and 2 kids.")
    assert "book ahead" not in made, made


# A bike rental with a car park of its own.
_VERHUUR = BusinessProfile(
    name="Fietsverhuur De Kempen",
    kind="fietsenmaker",
    signers=["Sofie"],
    voice="ik",
    register="u",
    email="sofie@dekempen.be",
    parking="gratis parking voor 10 wagens naast de winkel",
    faq=[FaqItem("Verhuurt u fietsen?", "Ja, stadsfietsen voor € 12 per dag.")],
)


def test_an_english_question_where_to_leave_the_car_is_about_parking() -> None:
    made = suggested(_VERHUUR, "Do you rent bikes? And may we leave our car at your shop for the day?")
    assert "parking" in made, made


def test_a_bike_question_without_a_car_gets_no_parking() -> None:
    # near miss: renting alone asks nothing about where to park
    made = suggested(_VERHUUR, "Do you rent bikes for a whole day?")
    assert "parking" not in made, made


# A bike shop closed on one holiday in summer, with a rental FAQ that tells what to bring.
_FIETSEN = BusinessProfile(
    name="Fietsen Daems",
    kind="fietsenmaker",
    signers=["Lien"],
    voice="wij",
    register="je",
    phone="011 22 33 44",
    opening_hours="di t/m za 9.00–18.00; zo en ma gesloten",
    holidays="Maandag 11 juli (Vlaamse feestdag): gesloten. Vrijdag 21 juli: open tot 12.00.",
    faq=[
        FaqItem(
            "Verhuren jullie fietsen?",
            "Ja: stadsfiets € 14 per dag, e-bike € 28 per dag. Breng je identiteitskaart mee.",
        )
    ],
)


def test_a_closed_day_the_comment_names_beside_its_question_is_said() -> None:
    made = suggested(_FIETSEN, "Wat kost een e-bike voor een dag? We komen fietsen op 11 juli met de kinderen.")
    assert "€ 28" in made and "11 juli" in made and "gesloten" in made, made


def test_a_closed_day_asked_about_is_not_said_twice() -> None:
    made = suggested(_FIETSEN, "Zijn jullie open op 11 juli?")
    assert made.count("11 juli") == 1, made


def test_an_open_day_the_comment_names_gets_no_closing() -> None:
    # near miss: 21 juli is open (in part), no closed line beside it
    made = suggested(_FIETSEN, "Wat kost een e-bike voor een dag? We komen fietsen op 21 juli.")
    assert "gesloten" not in made, made


def test_what_the_writer_must_bring_is_no_verb_to_say_yes_with() -> None:
    made = suggested(_FIETSEN, "Wat kost een e-bike huren? En moet ik iets meebrengen?")
    assert "Meebrengen kan" not in made and "€ 28" in made, made


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "Vorige week gebeld om te vragen of jullie een taart kunnen maken voor 30 personen. Nooit iets gehoord.",
            ("Kunnen jullie een taart maken voor 30 personen?",),
        ),
        (
            "Ik had per mail gevraagd of u ook op maandag open bent, maar niemand antwoordt.",
            ("Bent u ook op maandag open?",),
        ),
    ],
)
def test_a_question_asked_before_and_never_answered_is_asked_again(text: str, asked: tuple[str, ...]) -> None:
    assert asked_before(text) == asked


def test_a_question_told_without_the_business_is_not_asked_again() -> None:
    # near miss: the writer asked someone else, not the business
    assert asked_before("Mijn buurvrouw vroeg of ik mee wilde, dus kwamen we samen langs.") == ()


def test_a_complaint_about_an_unanswered_question_answers_it_from_the_profile() -> None:
    comment = "Drie keer gemaild om te vragen of jullie ook aan huis bezorgen in Haren. Is dat nu zo moeilijk?"
    made = suggested(_TUINCENTRUM, comment, label="klacht")
    assert "10 km" in made, made
    assert "het antwoord op" not in made, made


# A café with a January action in its holidays field.
_CAFE = BusinessProfile(
    name="Café De Zwaan",
    kind="restaurant",
    signers=["Koen"],
    voice="ik",
    register="je",
    email="koen@dezwaan.be",
    opening_hours="wo t/m zo 11u–23u",
    holidays="Dry January: t/m 31 januari vier mocktails en een kaart met alcoholvrije bieren.",
)


def test_an_action_with_a_name_keeps_its_capitals() -> None:
    made = suggested(_CAFE, "Heb je iets alcoholvrij voor Dry January? Welke mocktails zijn er?")
    assert "Dry January" in made and "mocktails" in made, made


def test_a_thing_asked_from_a_source_the_answer_never_names_is_still_acknowledged() -> None:
    made = suggested(_CAFE, "Doe je iets voor Dry January? Heb je ook alcoholvrij bier uit de tap?")
    assert "tap" in made, made


def test_a_thing_asked_of_a_time_is_no_source() -> None:
    # near miss: 'van de week' says when, not where the thing comes from
    made = suggested(_CAFE, "Doe je iets voor Dry January? Heb je die mocktails ook van de week?")
    assert "van de week: " not in made, made
