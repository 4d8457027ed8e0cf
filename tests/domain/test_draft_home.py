"""A visit at home asked for (app/domain/draft_home.py): the service and the person named, not the wheelchair
access of the salon nor the holiday the comment also names. Shops and sentences of their own."""

from __future__ import annotations

import pytest

from app.domain.draft_home import done_at_home, home_service, home_visit
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import draft_text, suggested

_SALON = BusinessProfile(
    name="Kapsalon Krul",
    kind="kapsalon",
    signers=["Mieke"],
    voice="wij",
    register="je",
    address="Dorpsstraat 3, Lochem",
    opening_hours="di–za 9:00–17:00",
    holidays="eerste kerstdag: dicht; tweede kerstdag: dicht",
    accessibility="gelijkvloers en rolstoeltoegankelijk",
    parking="gratis parkeren voor de deur",
)


@pytest.mark.parametrize(
    ("question", "service"),
    [
        ("Knippen jullie ook bij mensen thuis?", "knippen"),
        ("Komen jullie ook aan huis kleuren?", "kleuren"),
        ("Doen jullie thuisbezoeken?", ""),
        ("kunde gij bij ons moeke thuis komen kappen", "kappen"),
    ],
)
def test_the_service_asked_at_home(question: str, service: str) -> None:
    assert home_service(question) == service


def test_no_visit_without_a_home_question() -> None:
    assert home_visit(("Knippen jullie ook kinderen?",), ("moeder",), "je") == ""


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Knippen jullie ook bij mensen thuis? Mijn oma zit in een rolstoel sinds haar val. Ze wil voor kerst "
            "er netjes uitzien.",
            "knippen aan huis bij je oma",
        ),
        ("Komen jullie ook aan huis knippen? Mijn vader kan de trap niet meer af.", "knippen aan huis bij je vader"),
        ("Doen jullie thuisbezoeken?? mijn schoonmoeder geraakt niet buiten met de rollator", "bij je schoonmoeder"),
        ("Kunnen jullie bij mijn moeder thuis knippen? Ze zit in een rolstoel.", "knippen aan huis bij je moeder"),
    ],
)
def test_a_home_visit_is_answered_with_the_person_not_the_wheelchair_access(text: str, said: str) -> None:
    draft = draft_text(_SALON, "uitkomst_vraag_uitzoeken", text)
    assert said in draft and "rolstoeltoegankelijk" not in draft and "kerstdag" not in draft, draft


@pytest.mark.parametrize(
    "question",
    [
        "Kunnen jullie ook koken bij ons thuis voor een verjaardag met 20 personen?",
        "Kom je ook bij mensen thuis in de Kempen?",
        "Doen jullie huisbezoeken bij ouderen van de Zonnebloem?",
    ],
)
def test_a_noun_at_the_end_of_a_question_is_no_service(question: str) -> None:
    assert home_service(question) == ""


@pytest.mark.parametrize(
    "question",
    [
        "Doen jullie ook catering op locatie bij bedrijven?",
        "Werken jullie ook op locatie, bijvoorbeeld op een bruiloft in de Ardennen?",
        "Verzorgen jullie ook bruidskapsels op locatie, bij de trouwlocatie?",
    ],
)
def test_a_question_about_working_on_location_is_no_visit_at_home(question: str) -> None:
    assert home_visit([question], ("moeder",), "je") == ""


_VISITING = BusinessProfile(
    name="Kapsalon Krul",
    kind="kapsalon",
    signers=["Mieke"],
    voice="ik",
    register="u",
    opening_hours="di–za 9:00–17:00",
    faq=[FaqItem("Knip je ook aan huis?", "Ja, op woensdagochtend in Lochem en omstreken, € 7 voorrijkosten.")],
)


@pytest.mark.parametrize(
    "text",
    [
        "Knipt u ook aan huis? Mijn vader (88) kan sinds zijn val het huis niet meer uit.",
        "Komt u ook bij mensen thuis? Mijn schoonmoeder van 93 geraakt niet meer buiten.",
    ],
)
def test_the_one_a_home_visit_is_for_is_visited_not_welcomed(text: str) -> None:
    said = suggested(_VISITING, text)
    assert "welkom" not in said and "langs" in said, said
    assert "vader" in said or "schoonmoeder" in said, said


def test_someone_brought_to_the_salon_is_still_welcomed() -> None:
    # near-miss: no visit asked, the writer brings her mother along
    said = suggested(_VISITING, "Kan ik op woensdag met mijn moeder (82) langskomen om samen te laten knippen?")
    assert "welkom" in said and "bij uw moeder langs" not in said, said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Gisteren mijn vader (88) thuis geknipt door Ans, hij was er zo blij mee.", "je vader van 88"),
        ("Fijn dat Ans bij onze oma thuis heeft geverfd, ze komt de deur niet meer uit.", "je oma"),
        ("Mijn haar thuis gekleurd ging mis, dus toen maar naar jullie.", ""),  # hair is no person
        ("Mijn moeder bleef thuis, ik heb haar jas opgehaald.", ""),  # no work done at home
    ],
)
def test_work_done_at_the_home_of_the_writers_person(text: str, said: str) -> None:
    assert done_at_home(text, "je", ("vader", "oma", "moeder")) == said


def test_a_thanks_for_a_home_visit_names_the_person_not_the_coffee() -> None:
    salon = BusinessProfile(name="Kapsalon Ans", kind="kapsalon", signers=["Ans"], voice="ik", register="je")
    text = "Gisteren mijn vader (88) thuis geknipt door Ans, want hij kan niet meer lopen. Koffie erbij, top. Dank je!"
    reply = draft_text(salon, "uitkomst_bedank_publiek", text, author="Mieke")
    assert "je vader van 88 thuis" in reply and "koffie" not in reply, reply
