"""FAQ answers (app/domain/draft_faq_answers.py): a question about what the business sells is not answered by the
group FAQ because the comment counts people the thing is for. Businesses and sentences of their own."""

from __future__ import annotations

import pytest

from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import draft_text

_OUTCOME = "uitkomst_vraag_beantwoorden"

_BRASSERIE = BusinessProfile(
    name="Brasserie Het Anker",
    kind="restaurant",
    signers=["Roel"],
    voice="wij",
    register="u",
    email="info@hetanker.nl",
    opening_hours="wo–zo 12:00–22:00",
    faq=[
        FaqItem(question="Kunnen jullie groepen ontvangen?", answer="Groepen tot 30 personen eten in de tuinkamer."),
        FaqItem(question="Hebben jullie een kindermenu?", answer="Ja, voor kinderen tot 12 jaar."),
    ],
)


@pytest.mark.parametrize(
    "text",
    [
        "Verkopen jullie ook jullie eendenrillette in potjes? Voor de kerstpakketten van 30 collega's.",
        "verkopen jullie jullie chutney los?? zoek iets voor 20 medewerkers hun kerstpakket",
        "Verkoopt u ook uw mosterdsaus in flessen? Het is voor 40 relaties van ons bedrijf.",
    ],
)
def test_a_question_about_what_is_sold_is_not_answered_with_the_group_faq(text: str) -> None:
    said = draft_text(_BRASSERIE, _OUTCOME, text, platform="x")
    assert "tuinkamer" not in said, said


def test_a_group_that_comes_still_gets_the_group_faq() -> None:
    said = draft_text(_BRASSERIE, _OUTCOME, "Kunnen we met 25 collega's komen eten in december?")
    assert "tuinkamer" in said, said


_BAKERY_Q9 = BusinessProfile(
    name="Bakkerij Peeters",
    kind="bakkerij",
    signers=["Sofie"],
    register="je",
    voice="wij",
    email="info@bakkerijpeeters.be",
    faq=[
        FaqItem(
            "Tot wanneer kan ik een kersttaart bestellen?",
            "Tot 20 december; een kersttaart voor 6 personen kost € 28.",
        ),
    ],
)


@pytest.mark.parametrize(
    "text",
    [
        "hebben jullie ook een kersttaart? of zonder lactose? mijn zus verdraagt geen melk",
        "Maken jullie een kersttaart? Of zonder gluten misschien?",
        "Bakt ge een kersttaart? En zonder suiker, kan dat ook?",
    ],
)
def test_a_free_from_asked_right_after_is_not_answered_by_the_faq_on_ordering(text: str) -> None:
    # the order deadline says nothing about a taart without lactose, gluten or sugar
    said = draft_text(_BAKERY_Q9, "uitkomst_vraag_beantwoorden", text)
    assert "20 december" not in said, said


_CYCLES_Q12 = BusinessProfile(
    name="Tweewielers De Vaart",
    kind="fietsenmaker",
    signers=["Bram"],
    register="je",
    voice="ik",
    email="bram@devaart.nl",
    opening_hours="di–za 9:00–17:00",
    holidays="3 januari: dicht; tweede kerstdag: dicht",
    faq=[
        FaqItem("Slijp je ook schaatsen?", "Ja, noren en kunstschaatsen; € 11 per paar, binnen een dag klaar."),
        FaqItem("Wat kost een grote beurt?", "Een grote beurt kost € 95, inclusief nieuwe kabels."),
    ],
)


@pytest.mark.parametrize(
    "text",
    [
        "open op 3 jan?? moet mn noren geslepen hebben, er ligt ijs 😍 hoe lang duurt het en wat kost het",
        "Zijn jullie op 3 januari open? Ik wil mijn schaatsen laten slijpen, wat kost dat?",
        "Zijde gij open op tweede kerstdag? Mijn schaatsen moeten geslepen worden, hoelang duurt zoiets",
        "Bent u 3 januari geopend? En slijpt u ook noren, wat kost dat dan?",
    ],
)
def test_a_question_besides_a_closed_day_gets_the_faq_answer_the_profile_holds(text: str) -> None:
    said = draft_text(_CYCLES_Q12, "uitkomst_vraag_beantwoorden", text)
    assert "dicht" in said or "gesloten" in said, said
    assert "€ 11" in said, said


_EETCAFE = BusinessProfile(
    name="Eetcafé De Molenhoek",
    kind="restaurant",
    signers=["Ans"],
    voice="wij",
    register="je",
    email="info@molenhoek.be",
    opening_hours="do–ma 11:30–21:30",
    faq=[
        FaqItem(question="Hebben jullie iets voor de kinderen?", answer="Ja: nuggets met satésaus of pannenkoek."),
        FaqItem(question="Houden jullie rekening met allergieën?", answer="Zeker, zeg het bij het bestellen."),
    ],
)


@pytest.mark.parametrize(
    "text",
    [
        "Mijn dochter heeft een pinda-allergie, is dat een probleem?",
        "ons zoontje is allergisch voor noten, kan hij wel bij jullie eten??",
        "Mijn kleinzoon heeft een notenallergie. Gaat dat lukken bij jullie?",
        "Ons Jana heeft ne pinda-allergie, is da geen probleem?",
    ],
)
def test_an_allergy_of_the_writers_child_gets_the_allergy_answer_not_the_childrens_menu(text: str) -> None:
    made = draft_text(_EETCAFE, _OUTCOME, text)
    assert "zeg het bij het bestellen" in made
    assert "satésaus" not in made and "nuggets" not in made


_HALL = BusinessProfile(
    name="Zaal De Linde",
    kind="restaurant",
    signers=["Koen"],
    voice="wij",
    register="u",
    opening_hours="do–zo 11:00–22:00",
    parking="ruime parking achter de zaal",
    faq=[
        FaqItem("Kunnen we een verjaardag of doopfeest bij jullie vieren?", "Ja, in onze zaal tot 80 gasten."),
        FaqItem("Hebben jullie een kindermenu?", "Ja, met frietjes en een ijsje."),
    ],
)


@pytest.mark.parametrize(
    "text",
    [
        "We zoeken een plek voor het doopfeest van onze Lotte, zo'n 70 mensen. Kan dat bij jullie? Kunnen we parkeren?",
        "De verjaardag van mijn man vieren, met 45 gasten. Gaat da bij u? En is er een parking?",
    ],
)
def test_a_question_that_points_back_keeps_its_faq_beside_a_field_asked(text: str) -> None:
    """'Kan dat bij jullie?' asks about the party told before it, the other question about parking: both answered."""
    made = draft_text(_HALL, "uitkomst_vraag_beantwoorden", text)
    assert "80 gasten" in made and "parking" in made, made
