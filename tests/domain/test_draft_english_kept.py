"""What an English reply keeps as a Dutch one does (issue #13): the warranty terms for a complaint that asks about
the warranty or says the same thing went wrong again; a call from the business after a call in vain when the
rental or booking has the writer's number; a further question the profile has nothing on named in a slot instead
of left out. Businesses and sentences of their own, none from the rounds."""

from __future__ import annotations

import pytest

from app.domain.draft_english import open_question
from app.domain.draft_english_complaint import number_held, warranty_matters
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import draft_text

_COMPLAINT = "uitkomst_herstel"
_QUESTION = "uitkomst_vraag_beantwoorden"
WHEELS = BusinessProfile(
    name="Tweewielers Van Dam",
    kind="fietsenmaker",
    signers=["Bram"],
    voice="ik",
    register="je",
    email="bram@vandam-fietsen.nl",
    phone="0162-445566",
    return_terms="6 maanden garantie op reparaties en 2 jaar op nieuwe fietsen",
    faq=[FaqItem("Verhuur je fietsen?", "Ja, stadsfietsen voor € 11 per dag; e-bikes voor € 24 per dag.")],
)
BISTRO = BusinessProfile(
    name="Bistro De Linde",
    kind="restaurant",
    signers=["Noor"],
    voice="wij",
    register="u",
    email="tafel@bistrodelinde.nl",
    payment="pinnen en contant",
    faq=[
        FaqItem(
            "Hebben jullie vegetarische gerechten?", "Ja, er staan altijd twee vegetarische hoofdgerechten op de kaart."
        ),
        FaqItem("Zijn honden welkom?", "Op het terras wel, binnen niet; er staat een waterbak klaar."),
    ],
)


@pytest.mark.parametrize(
    ("text", "matters"),
    [
        ("You replaced my chain on Monday and by Thursday it was broken again. Is that covered?", True),
        ("Is there a guarantee on the new brake pads? They squeal like mad.", True),
        ("Any warranty on a wheel you trued two weeks ago?", True),
        ("Had the same problem again the week after the service.", True),
        ("Rude staff, never again.", False),
        ("Waited an hour for a flat tyre repair and will not come again.", False),
    ],
)
def test_a_complaint_is_about_a_warranty_when_it_asks_or_the_fault_came_back(text: str, matters: bool) -> None:
    assert warranty_matters(text) is matters


def test_a_repair_that_failed_again_gets_the_warranty_terms() -> None:
    made = draft_text(
        WHEELS,
        _COMPLAINT,
        "Paid 35 euros to have my rear tyre fixed on Saturday and on Sunday it was flat again. Not happy.",
        platform="google",
    )
    assert "6 maanden garantie" in made, made


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("We rented three bikes for the weekend and one had no working lights.", True),
        ("Booked a table for six and got a table for four.", True),
        ("We hired two tandems, the chain came off twice.", True),
        ("Walked past and the shop was closed.", False),
    ],
)
def test_a_rental_or_booking_gives_the_business_the_writers_number(text: str, held: bool) -> None:
    assert number_held(text) is held


def test_after_a_call_in_vain_about_a_rental_the_business_calls_with_its_number() -> None:
    made = draft_text(
        WHEELS,
        _COMPLAINT,
        "Rented two e-bikes, one motor died halfway to Oudenbosch. Called you three times, nobody picked up.",
        platform="google",
    )
    assert "0162-445566" in made, made


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("And is the garden heated in the evening?", "is the garden heated in the evening?"),
        ("Also, do you have high chairs?", "do you have high chairs?"),
        ("Coming with my gran, could she sit near the door?", "could she sit near the door?"),
    ],
)
def test_a_further_question_is_quoted_as_it_asks(question: str, quoted: str) -> None:
    assert open_question(question) == quoted


def test_a_further_question_the_profile_has_nothing_on_is_named_not_left_out() -> None:
    made = draft_text(
        BISTRO, _QUESTION, "Do you have vegetarian dishes? And is the garden heated in the evening?", platform="google"
    )
    assert "vegetarian dishes!" in made and "‘is the garden heated in the evening?’" in made, made


def test_a_further_question_the_profile_answers_gets_no_slot() -> None:
    made = draft_text(BISTRO, _QUESTION, "Do you have vegetarian dishes? And are dogs welcome?", platform="google")
    assert "waterbak" in made and "vul in" not in made, made
