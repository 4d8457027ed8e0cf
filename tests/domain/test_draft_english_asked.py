"""An English question gets the profile's fact by what it asks about: its own words made Dutch
(resources/synonyms.toml [english_asked]: "men's" → heer, 'to park' → parkeren), a 'How much?' after it about the
same thing, and a holiday the comment only names around the question said after the answer, not instead of it.
Businesses and sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_english_words import english_asked_words
from app.domain.draft_word_match import similar
from app.domain.language_asked import english_asked_about
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import draft_text

_ANSWER = "uitkomst_vraag_beantwoorden"
_LATER = "uitkomst_vraag_uitzoeken"


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("What do you charge for women's cuts?", ["dame"]),
        ("Hi, do you do curls?", ["krullen"]),
        ("Is there a place to park our van?", ["parkeren"]),
        ("Is there a nice park nearby for the kids?", []),
        ("And roughly how much would that be?", ["kost"]),
        ("Could the service be done on site at our office?", ["bezorging"]),
    ],
)
def test_an_english_questions_own_words_are_made_dutch(question: str, words: list[str]) -> None:
    assert english_asked_words(question) == words


def test_a_plural_with_its_long_vowel_spelt_single_starts_a_compound() -> None:
    assert similar("heer", "herenfiets") and similar("boot", "botenverhuur")
    assert not similar("heer", "hertenkalf")


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Any chance we could hire two city bikes for the weekend?", "hiring two city bikes"),
        ("Do you colour grey hair (short) and can I pay by card?", "grey hair"),
        ("Do you stock inner tubes or should I order online?", "inner tubes"),
    ],
)
def test_what_an_english_question_asks_about_ends_where_a_second_question_starts(text: str, thing: str) -> None:
    assert english_asked_about(text) == thing


SALON = BusinessProfile(
    name="Kapsalon Golf",
    kind="kapper",
    signers=["Mirthe"],
    register="je",
    voice="wij",
    email="hallo@kapsalongolf.nl",
    opening_hours="di–za 9:00–17:30",
    parking="gratis parkeren op het plein achter de salon",
    holidays="24 december: 9:00–14:00; 25 en 26 december: gesloten",
    faq=[
        FaqItem("Knippen jullie ook krullen?", "Ja, Sanne is onze krullenkapper; een krullenknipbeurt kost € 62."),
        FaqItem("Wat kost een herenknipbeurt?", "Een herenknipbeurt kost € 31, met baard € 42."),
    ],
)


def test_a_question_in_the_writers_own_words_gets_the_faq_fact() -> None:
    made = draft_text(SALON, _ANSWER, "hey, do you guys know how to handle curls? mine are a mess", platform="x")
    assert "€ 62" in made and "vul in" not in made, made


def test_how_much_after_a_question_asks_the_price_of_that_thing() -> None:
    made = draft_text(SALON, _ANSWER, "Do you cut men's hair as well? How much? New in town", platform="instagram")
    assert "€ 31" in made and "vul in" not in made, made


def test_a_second_question_about_parking_gets_the_parking_field() -> None:
    text = "Do you do balayage? Also, is there somewhere to park the car close to the salon?"
    made = draft_text(SALON, _LATER, text, platform="instagram")
    assert "achter de salon" in made, made


def test_a_holiday_named_around_the_question_comes_after_its_answer() -> None:
    text = "We're in town over Christmas, is it possible we could book two cuts for my sons on the 27th?"
    made = draft_text(SALON, _LATER, text, platform="facebook")
    assert "two cuts" in made and "closed on" in made, made
    assert made.index("two cuts") < made.index("closed on"), made


@pytest.mark.parametrize(
    "text",
    [
        "Are you open on Boxing Day? My daughter needs a trim.",
        "We arrive on Boxing Day. Can I come in for a cut that day?",
    ],
)
def test_a_question_about_the_holiday_itself_is_answered_by_it_first(text: str) -> None:
    made = draft_text(SALON, _ANSWER, text, platform="facebook")
    assert "closed" in made.split("\n")[1], made


BIKES = BusinessProfile(
    name="Fietsen Brem",
    kind="fietsenmaker",
    signers=["Jorn"],
    register="je",
    voice="ik",
    email="jorn@fietsenbrem.be",
    faq=[FaqItem("Kan ik een fiets leasen via mijn werk?", "Ja, via Lease a Bike en Cyclis; ik maak de offerte op.")],
)


def test_a_question_to_rent_is_not_answered_by_an_entry_that_never_speaks_of_renting() -> None:
    made = draft_text(BIKES, _LATER, "hi! any chance I could rent a bike for two days next week?", platform="x")
    assert "Cyclis" not in made and "renting a bike" in made, made


def test_a_kind_of_bike_is_the_faq_s_dutch_word() -> None:
    assert "racefiets" in english_asked_words("Could you have a look at my racing bike before the sportive?")
    assert "bakfiets" in english_asked_words("Do you fix cargo bikes too?")
    assert "mountainbike" not in english_asked_words("We ride in the mountains, any bikes to rent?")
