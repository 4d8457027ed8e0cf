"""Question answers (app/domain/draft_answers.py): a question about one weekday gets that day's hours in the
profile's words, not the whole week; a writer who comes too late hears what they come for named. Businesses and
sentences of their own."""

from __future__ import annotations

import pytest

from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import draft_text

_OUTCOME = "uitkomst_vraag_beantwoorden"

_SALON = BusinessProfile(
    name="Kapsalon Krul",
    kind="kapsalon",
    signers=["Nina"],
    voice="ik",
    register="je",
    email="nina@krul.be",
    opening_hours="di, vr 9:00–18:00; wo 13:00–19:00; za 8:00–14:00; zondag en maandag gesloten",
)

_BAKKER = BusinessProfile(
    name="Bakkerij Het Korenaar",
    kind="bakkerij",
    signers=["Joke"],
    voice="wij",
    register="je",
    email="info@korenaar.nl",
    opening_hours="ma–vr 7:30–18:00, za 7:30–15:00, zo dicht",
    holidays="31 december: 7:30–14:00",
)


@pytest.mark.parametrize(
    "text",
    [
        "Knip je ook kinderen op woensdagnamiddag?",
        "kan ik woensdagmiddag langskomen met mijn zoon?",
        "Are you open on Wednesday? Kun je woensdag mijn dochter knippen?",
        "Ben je woensdag open voor een kinderknip?",
    ],
)
def test_a_question_on_one_day_gets_that_day_in_the_profiles_words(text: str) -> None:
    said = draft_text(_SALON, _OUTCOME, text, platform="x")
    assert "woensdag" in said and "wo 13:00–19:00" in said, said
    assert "za 8:00–14:00" not in said, said


def test_a_wish_for_other_hours_on_a_day_is_no_question_on_that_day() -> None:
    said = draft_text(
        _SALON, "uitkomst_bedank_publiek_suggestie", "Zou je op zaterdag niet tot 16:00 open kunnen blijven?"
    )
    assert "wo 13:00–19:00" not in said, said


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Zijn jullie op 31 december open? Wil nog een tulband halen maar ben pas om half 4 vrij", "je tulband"),
        ("open op 31 december?? moet mijn oliebollen ophalen maar ik ben er pas om 15:00", "je oliebollen"),
        ("Zijn jullie 31 december open? Ik kom de taart ophalen maar kan pas om 16 uur", "de taart"),
    ],
)
def test_too_late_names_what_the_writer_comes_for(text: str, thing: str) -> None:
    said = draft_text(_BAKKER, _OUTCOME, text)
    assert "14:00" in said and "al dicht" in said and thing in said, said


def test_too_late_without_a_thing_stays_plain() -> None:
    said = draft_text(_BAKKER, _OUTCOME, "Zijn jullie op 31 december open? Ik kan pas om half 4")
    assert "al dicht" in said and " voor je " not in said, said


_FRITUUR = BusinessProfile(
    name="Frituur De Kaai",
    kind="restaurant",
    signers=["Bram"],
    voice="wij",
    register="je",
    email="info@dekaai.be",
    opening_hours="wo–zo 11:30–21:00",
    holidays="zomerverlof: 14 t/m 28 juli gesloten; 25 december: gesloten",
)


@pytest.mark.parametrize(
    "rumour",
    [
        "Is De Kaai definitief toe? In juli stond ik daar voor een gesloten deur.",
        "weet iemand of de kaai voorgoed dicht is?? was half juli dicht en de rolluiken waren naar beneden",
        "Zijn ze DEFINITIEF GESLOTEN? Twee keer voor gesloten deuren gestaan in juli",
    ],
)
def test_a_closing_for_good_seen_during_a_holiday_is_denied_with_its_dates(rumour: str) -> None:
    made = draft_text(_FRITUUR, "uitkomst_onwaarheid", rumour, author="Lien Claes")
    assert "stop" in made and "14 t/m 28 juli" in made and "gewoon weer" in made, made


@pytest.mark.parametrize(
    ("short", "hours", "part"),
    [
        ("wo", "ma gesloten, di-vr 9:00-18:00, wo 13:00-18:30", "wo 13:00-18:30"),
        ("za", "Za 10:00–16:00; zo gesloten", "Za 10:00–16:00"),
        ("zo", "ma-za 9u-17u, zo gesloten", None),  # no hour for that day alone
    ],
)
def test_the_part_of_the_hours_for_one_day(short: str, hours: str, part: str | None) -> None:
    from app.domain.draft_answers import _day_part

    found = _day_part(short).search(hours)
    assert (found.group(1).strip() if found else None) == part
    assert _day_part(short) is _day_part(short)  # compiled once


_PATISSERIE = BusinessProfile(
    name="Patisserie Van Loon",
    kind="bakkerij",
    signers=["Anouk"],
    voice="wij",
    register="u",
    email="info@vanloon.nl",
    opening_hours="di–za 8:00–17:00",
    holidays="24 december: 8:00–14:00; 25 en 26 december: dicht; 31 december: 8:00–15:00; 1 en 2 januari: dicht",
    faq=[
        FaqItem(question="Hebben jullie lactosevrije taart?", answer="Nee, al onze taarten maken we met roomboter."),
        FaqItem(
            question="Hoe lang blijft de kersttaart goed?",
            answer="De kersttaart blijft drie dagen goed in de koelkast.",
        ),
    ],
)


@pytest.mark.parametrize(
    "text",
    [
        "Hebben jullie ook lactosevrije kersttaart? En zijn jullie 2 januari open? Mijn zoon kan niet tegen lactose",
        "hebben jullie lactosevrij kersttaartje?? en zijn jullie op 2 januari open",
        "Maken jullie ook LACTOSEVRIJE kersttaart? Zijn jullie open op 2 januari?",
    ],
)
def test_a_free_from_question_gets_the_free_from_entry_not_the_things_other_entry(text: str) -> None:
    said = draft_text(_PATISSERIE, _OUTCOME, text)
    assert "roomboter" in said and "2 januari" in said, said
    assert "drie dagen" not in said, said


@pytest.mark.parametrize(
    "text",
    [
        "Zijn jullie op 31 december open? Ik heb om 18 uur een etentje",
        "zijn jullie open op 31 december, ik kan pas om half 6",
        "Tot hoe laat zijn jullie open op oudjaar? Ik kan pas om 17 uur.",
    ],
)
def test_an_hour_after_closing_on_an_open_day_offers_no_other_day(text: str) -> None:
    said = draft_text(_PATISSERIE, _OUTCOME, text)
    assert "15:00" in said and "14:00" not in said and "24 december" not in said, said


_BISTRO = BusinessProfile(
    name="Bistro Het Veer",
    kind="restaurant",
    signers=["Sanne"],
    voice="wij",
    register="u",
    email="info@hetveer.nl",
    opening_hours="wo–zo 12:00–22:00",
    holidays="24 december: 17:00–22:00; 25 december: 12:00–22:00; 31 december: dicht; 1 januari: dicht",
)


@pytest.mark.parametrize(
    "text",
    [
        "Ik hoorde dat jullie op oudejaarsavond een groot feest geven, alleen met een kaartje van € 90 binnen?",
        "Volgens mijn buurman houden jullie op oudjaar een party met live band, entree 75 euro. Klopt dat??",
        "is het waar dat er op 31 december een DJ komt bij jullie en je moet betalen om binnen te komen",
    ],
)
def test_a_rumour_of_an_event_on_a_day_the_profile_says_closed_is_answered_closed(text: str) -> None:
    said = draft_text(_BISTRO, "uitkomst_onwaarheid", text, author="Karin de Boer")
    assert "dicht" in said and "vul in" not in said, said
    assert " je " not in said, said


_HERBERG = BusinessProfile(
    name="Herberg De Linde",
    kind="restaurant",
    signers=["Bas"],
    voice="wij",
    register="u",
    email="info@delinde.nl",
    opening_hours="wo–zo 12:00–22:00",
    holidays="25 december: 12:00–16:00, 's avonds dicht; 26 december: 17:00–22:00",
    accessibility="alles op de begane grond, met een aangepast toilet",
)


@pytest.mark.parametrize(
    "text",
    [
        "Kunnen we op 26 december met 10 man komen eten? Mijn opa zit in een rolstoel.",
        "kunnen wij op 26 december s avonds met z'n achten komen?? mn moeder zit in n rolstoel",
        "Kunnen we op tweede kerstdag komen eten met de familie? Mijn schoonvader loopt met een rollator.",
    ],
)
def test_a_need_told_next_to_a_day_question_gets_the_accessibility(text: str) -> None:
    said = draft_text(_HERBERG, _OUTCOME, text)
    assert "begane grond" in said and "17:00" in said, said


_EETCAFE = BusinessProfile(
    name="Eetcafé De Linde",
    kind="restaurant",
    signers=["Mieke"],
    register="je",
    voice="wij",
    email="info@eetcafedelinde.be",
    payment="Bancontact, cash en maaltijdcheques (ook elektronisch)",
    holidays="25 december: kerstbrunch om 11:00, 's avonds gesloten; 1 januari: gesloten",
)


@pytest.mark.parametrize(
    "text",
    [
        "Ze zeggen dat je bij De Linde met Kerstmis niet meer met maaltijdcheques mag betalen. Klopt dat?",
        "Is 't waar da ge met kerstmis nie meer mee maaltijdcheques moogt betalen bij De Linde?",
        "iemand zei dat jullie met kerst geen maaltijdcheques meer aannemen???",
    ],
)
def test_a_feast_day_open_in_part_does_not_push_aside_the_fact_the_rumour_is_about(text: str) -> None:
    # the feast is when the rumour says it holds; its hours ('kerstbrunch om 11:00, 's avonds gesloten') say nothing
    # about paying, and the day is not closed all day
    said = draft_text(_EETCAFE, "uitkomst_onwaarheid", text)
    assert "maaltijdcheques" in said and "kerstbrunch" not in said, said


_SCOOTERS = BusinessProfile(
    name="Scooterhuis Bakker",
    kind="fietsenmaker",
    signers=["Ruud"],
    register="je",
    voice="ik",
    email="ruud@scooterhuisbakker.nl",
    return_terms="zes maanden garantie op reparaties en een jaar op nieuwe scooters",
)


@pytest.mark.parametrize(
    "text",
    [
        "Hoorde dat Ruud ermee stopt en de zaak verkoopt. Moet ik nu snel nog mijn garantie gebruiken?",
        "mijn buurvrouw zegt dat jullie stoppen!! hoe zit het dan met de garantie op mijn scooter??",
        "Klopt het dat ge ermee stopt? Wat gebeurt er dan met mijn garantie?",
    ],
)
def test_a_closing_rumour_with_a_worry_gets_the_closing_slot_and_the_fact_for_the_worry(text: str) -> None:
    # the warranty answers the writer's own question, not whether the business stops: that gets a slot of its own
    said = draft_text(_SCOOTERS, "uitkomst_onwaarheid", text)
    assert "stop" in said and "[vul in" in said and "zes maanden garantie" in said, said


def test_a_rumour_that_names_the_fact_in_its_own_question_gets_no_closing_slot() -> None:
    # 'stopt met garantie geven??' is the claim itself, asked in one sentence: the warranty answers it
    text = "Hoorde op de markt dat Ruud stopt met garantie geven op reparaties?? iemand die het weet?"
    said = draft_text(_SCOOTERS, "uitkomst_onwaarheid", text)
    assert "zes maanden garantie" in said and "ermee stop" not in said, said


_BANKETBAKKER = BusinessProfile(
    name="Banketbakkerij Van Dam",
    kind="bakkerij",
    signers=["Joost"],
    voice="wij",
    register="u",
    email="info@vandam-banket.nl",
    opening_hours="di–za 8:00–17:30; zondag en maandag gesloten",
    holidays="eerste kerstdag: dicht; tweede kerstdag: dicht; 31 december: 8:00–15:00",
    faq=[
        FaqItem(
            question="Is de kerstkrans er ook zonder amandelspijs?",
            answer="Ja, met appel; bestel hem uiterlijk 20 december.",
        )
    ],
)


@pytest.mark.parametrize(
    "text",
    [
        "Hebben jullie iets suikervrijs voor de kerst? Mijn moeder heeft diabetes.",
        "hebben jullie iets suikerarms met kerst?? voor mijn opa",
        "Hebt u suikervrije koekjes voor tweede kerstdag?",
        "Heeft u iets zonder suiker voor eerste kerstdag?",
    ],
)
def test_a_range_question_that_names_a_feast_gets_a_place_for_its_answer(text: str) -> None:
    said = draft_text(_BANKETBAKKER, "uitkomst_vraag_beantwoorden", text)
    assert "suiker" in said and "vul in" in said and "zonder amandelspijs" not in said, said


_LUNCHROOM = BusinessProfile(
    name="Lunchroom Het Veerhuis",
    kind="lunchroom",
    signers=["Ineke"],
    voice="wij",
    register="u",
    opening_hours="di–za 10:00–17:00",
    holidays="nieuwjaarsdag: dicht; winterstop 6 t/m 12 januari: dicht",
    payment="pinnen, contant en de Zwolse Cadeaubon",
    parking="gratis parkeren op het plein",
)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Kan ik betalen met de cadeaubon die ik met kerst kreeg?", "Zwolse Cadeaubon"),
        ("kan ik met mn kadobon van kerstmis afrekenen of alleen pinnen??", "Zwolse Cadeaubon"),
        ("Hebt ge veel plek om te parkeren? We komen met Pasen met de hele familie.", "gratis parkeren"),
        ("Is er een vegan lunch? En kan ik met de cadeaubon van Kerstmis betalen?", "Zwolse Cadeaubon"),
    ],
)
def test_a_holiday_beside_a_fact_of_any_day_is_when_not_what_is_asked(text: str, said: str) -> None:
    draft = draft_text(_LUNCHROOM, _OUTCOME, text)
    assert said in draft and "kerst" not in draft.lower() and "pasen" not in draft.lower(), draft


@pytest.mark.parametrize(
    ("text", "answered"),
    [
        ("Wij komen met de fiets. Is er een fietsenstalling?", False),
        ("Is er plek om onze fietsen te stallen? En kan ik pinnen?", False),
        ("We komen met de auto en de fietsen achterop, kan ik parkeren?", True),
        ("Kan ik bij jullie parkeren?", True),
    ],
)
def test_a_parking_fact_for_cars_does_not_answer_where_bikes_go(text: str, answered: bool) -> None:
    draft = draft_text(_LUNCHROOM, _OUTCOME, text)
    assert ("gratis parkeren op het plein" in draft) == answered, draft


def test_a_holiday_asked_about_still_gets_its_day() -> None:
    draft = draft_text(_LUNCHROOM, _OUTCOME, "Zijn jullie open op nieuwjaarsdag? En kan ik daar pinnen?")
    assert "nieuwjaarsdag" in draft, draft


@pytest.mark.parametrize(
    ("said", "on"),
    [
        ("zijn jullie op Koningsdag open?", True),
        ("Wat zijn de uren met de Kerstmis", True),
        ("open tijdens Kerstmis??", True),
        ("na Kerstmis weer open?", False),  # another time than the holiday
    ],
)
def test_a_holiday_named_as_the_day_is_read_from_phrase_cues(said: str, on: bool) -> None:
    from app.domain.draft_answers_rumour import _on_holiday

    name = "Kerstmis" if "Koningsdag" not in said else "Koningsdag"
    assert bool(_on_holiday(name).search(said)) is on
