"""Question answers that read as if a FAQ was pasted (issue #13): a general FAQ yes names the writer's brand, a
second answer gets a lead of what was asked (not 'En je andere vraag:'), a feast on a weekday the shop is always
closed is said to be closed, a diminutive or plain word finds a FAQ compound ('ijsje' ~ 'schepijs'), and two things
asked with one 'kan ik' each get their answer. Every test uses sentences and profiles of its own, not those of a
benchmark round."""

from __future__ import annotations

import pytest

from app.domain.draft_more_questions import joined_questions
from app.domain.draft_named_thing import named_thing, verb_for
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import draft_text

ANSWER = "uitkomst_vraag_beantwoorden"

FIETSEN = BusinessProfile(
    name="Tweewielers Bakker",
    kind="fietsenmaker",
    signers=["Joost"],
    voice="ik",
    register="je",
    email="joost@tweewielersbakker.nl",
    phone="030-1234567",
    opening_hours="di–za 9:00–17:30; zondag en maandag dicht",
    payment="pinnen of contant",
    delivery_terms="ophalen en terugbrengen binnen Utrecht voor € 10",
    holidays="Koningsdag: dicht; 31 december: 9:00–15:00",
    faq=[
        FaqItem(
            "Repareren jullie ook elektrische fietsen?", "Ja, alle merken; een diagnose van motor en accu kost € 30."
        )
    ],
)
IJSSALON = BusinessProfile(
    name="IJssalon Luna",
    kind="ijssalon",
    signers=["Sem"],
    voice="wij",
    register="u",
    email="info@ijssalonluna.be",
    phone="03 123 45 67",
    opening_hours="di–zo 12:00–22:00; maandag gesloten",
    payment="Bancontact, Payconiq en cash",
    parking="gratis parking op het Dorpsplein",
    faq=[
        FaqItem("Hebben jullie ook schepijs in de winter?", "Ja, in de winter scheppen we op vrijdag en zaterdag."),
        FaqItem("Hebben jullie een kindermenu?", "Ja, een kinderbeker met twee bolletjes voor € 3."),
    ],
)


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Repareren jullie ook een Sparta elektrische fiets?", "Ook een Sparta"),  # as the writer said it
        ("kun je naar mn e-bike kijken? trapondersteuning valt uit, batavus uit 2020", "ook je Batavus"),
        ("Kunnen jullie mijn STROMER e-bike maken?", "ook je STROMER"),
        ("Repareren jullie ook mijn Koga e-bike?", "ook je Koga"),
    ],
)
def test_general_faq_yes_names_the_writers_brand(text: str, thing: str) -> None:
    said = draft_text(FIETSEN, ANSWER, text)
    assert f"ja, {thing.lower()}:" in said.lower(), said
    assert "ik repareer alle merken" in said, said


def test_general_faq_yes_without_a_brand_stays_as_it_is() -> None:
    said = draft_text(FIETSEN, ANSWER, "Repareren jullie ook e-bikes?")
    assert "Ja, alle merken" in said, said


def test_named_thing_needs_a_general_answer_and_skips_first_names() -> None:
    faq = "Repareren jullie ook elektrische fietsen?"
    assert named_thing(["Doen jullie ook Gazelle?"], faq, "Ja, alle merken.", []) == ("Gazelle", False)
    assert named_thing(["Doen jullie ook Gazelle?"], faq, "Ja, op dinsdag.", []) == ("", False)
    assert named_thing(["Kan Piet zijn fiets brengen?"], faq, "Ja, alle merken.", []) == ("", False)
    assert named_thing(["Doen jullie ook Gazelle?"], faq, "Ja, alle merken.", ["Gazelle-dealer"])[0] == ""


@pytest.mark.parametrize(
    ("question", "voice", "verb"),
    [
        ("Repareren jullie ook e-bikes?", "ik", "ik repareer"),
        ("Repareren jullie ook e-bikes?", "wij", "we repareren"),
        ("Verkoop je ook tweedehands fietsen?", "ik", "ik verkoop"),
        ("Bakken jullie ook glutenvrij?", "ik", "ik bak"),
        ("Werk je ook aan bakfietsen?", "ik", ""),
        ("Kun je ook e-bikes maken?", "ik", ""),
    ],
)
def test_the_faq_verb_in_the_business_voice(question: str, voice: str, verb: str) -> None:
    assert verb_for(question, voice) == verb


@pytest.mark.parametrize(
    "text",
    [
        "Is er parking in de buurt? En kan ik met payconiq betalen?",
        "kan ik bij jullie parkeren? en betalen met payconiq??",
        "PARKEREN bij jullie mogelijk? en kan ik met payconiq betalen",
    ],
)
def test_a_second_answer_gets_a_lead_of_what_was_asked(text: str) -> None:
    said = draft_text(IJSSALON, ANSWER, text)
    assert "andere vraag" not in said, said
    assert "Bancontact, Payconiq en cash" in said and "Dorpsplein" in said, said


def test_a_second_faq_answer_is_led_by_the_thing_asked() -> None:
    said = draft_text(IJSSALON, ANSWER, "Kan ik met Payconiq betalen? En hebben jullie een kindermenu?")
    assert "andere vraag" not in said and "kinderbeker" in said, said


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Zijn jullie open op tweede paasdag?", "maandag"),
        ("open op 2e pinksterdag??", "maandag"),
        ("ZIJN JULLIE OPEN OP PAASMAANDAG", "maandag"),
        ("Zijt ge open op pinkstermaandag?", "maandag"),
    ],
)
def test_a_feast_on_a_weekday_always_closed_is_closed(text: str, day: str) -> None:
    said = draft_text(IJSSALON, ANSWER, text)
    assert "vul in" not in said and day in said and "gesloten" in said, said


def test_a_feast_on_an_open_weekday_is_still_asked_to_fill_in() -> None:
    said = draft_text(FIETSEN, ANSWER, "Zijn jullie open op Hemelvaartsdag?")
    assert "vul in" in said, said


@pytest.mark.parametrize(
    "text",
    [
        "Hebben jullie in de winter ook ijsjes?",
        "ijsje in de winter mogelijk?",
        "Ook in de WINTER een ijsje?",
        "ijs in de winter??",
        "Do you sell ice cream in the winter?",
    ],
)
def test_a_diminutive_or_plain_word_finds_the_faq_compound(text: str) -> None:
    said = draft_text(IJSSALON, ANSWER, text)
    assert "vrijdag en zaterdag" in said, said


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("kan ik contant betalen, en ophalen?", ("kan ik contant betalen?", "kan ik ophalen?")),
        ("Kan ik pinnen en laten ophalen?", ("Kan ik pinnen?", "Kan ik laten ophalen?")),
        ("mag ik de fiets morgen brengen, en ophalen?", ("mag ik de fiets morgen brengen?", "mag ik ophalen?")),
        ("Kan ik pinnen of contant betalen?", ("Kan ik pinnen of contant betalen?",)),
        ("kan ik pinnen en kunnen jullie hem ophalen?", ("kan ik pinnen en kunnen jullie hem ophalen?",)),
    ],
)
def test_one_can_i_with_two_things_asked(text: str, parts: tuple[str, ...]) -> None:
    assert joined_questions(text) == parts


@pytest.mark.parametrize(
    "text", ["kan ik contant betalen, en ophalen?", "Kan ik pinnen en laten ophalen?", "kan ik cash betalen en ophalen"]
)
def test_two_things_asked_each_get_their_answer(text: str) -> None:
    said = draft_text(FIETSEN, ANSWER, text)
    assert "pinnen of contant" in said and said.count("binnen Utrecht") == 1, said
