"""An English complaint about a booking the system lost ('the booking system made an error, no slot for you') is
owned as a lost booking, with the trip the writer made for it, and never read as harm ('made' is no maggot).
Businesses and sentences of their own."""

from __future__ import annotations

import pytest

from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import draft_text

_COMPLAINT = "uitkomst_herstel"
BARBER = BusinessProfile(
    name="Barbershop De Kam",
    kind="kapper",
    signers=["Youssef"],
    voice="ik",
    register="je",
    email="youssef@dekam.be",
    phone="09 222 11 00",
)


@pytest.mark.parametrize(
    ("text", "trip"),
    [
        (
            "Booked a fade online, drove 30 minutes from Aalst and they said 'the reservation system made a mistake'.",
            "30 minutes from Aalst",
        ),
        ("Travelled an hour for my appointment and was told there was no slot for me. Ridiculous", "an hour"),
        ("I was double booked?! came 20 km for nothing", "20 km"),
    ],
)
def test_a_booking_the_system_lost_is_owned_with_the_trip(text: str, trip: str) -> None:
    made = draft_text(BARBER, _COMPLAINT, text, platform="google")
    assert "booking" in made and trip in made, made
    assert "How are you doing now" not in made and "online." not in made, made


def test_made_in_english_is_no_harm() -> None:
    made = draft_text(BARBER, _COMPLAINT, "The new guy made a mess of my beard and made me wait 40 minutes")
    assert "How are you doing now" not in made, made


def test_what_was_booked_online_is_named_without_online() -> None:
    text = "Booked a beard trim online for Friday, and when I came in there was no slot for me. Not impressed."
    made = draft_text(BARBER, _COMPLAINT, text, platform="google")
    assert "the beard trim" in made and "trim online" not in made, made


CAFE = BusinessProfile(
    name="Strandpaviljoen De Duinpan",
    kind="restaurant",
    signers=["Noor"],
    voice="wij",
    register="je",
    email="info@deduinpan.nl",
    payment="pinnen; geen contant geld",
    faq=[
        FaqItem("Mag mijn hond mee?", "Ja, op het terras en binnen in de bar; niet in de serre."),
        FaqItem("Hebben jullie een kindermenu?", "Ja, pannenkoeken voor € 6,50 met een ijsje toe."),
    ],
)


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Hello! Coming over on Saturday. Could we sit outside, with our dog Bruno? And do you take cash?", "Bruno"),
        ("hi, can we have lunch on the terrace with my dog?? and do you accept cash", "your dog"),
        ("Planning a beach day: is a table possible with our two dogs, Pip and Mo? Do you take cash?", "dogs"),
    ],
)
def test_the_first_answer_names_its_own_thing_and_says_the_answer_in_english(text: str, thing: str) -> None:
    made = draft_text(CAFE, "uitkomst_vraag_beantwoorden", text, platform="instagram")
    assert thing in made and "help you with cash" not in made, made
    assert "terrace" in made and "(in Dutch)" not in made.split("cash")[0], made


def test_an_answer_with_an_unknown_word_stays_a_dutch_quote() -> None:
    text = "Hi! Do you have a kids menu? We come with two little ones. And do you take cash?"
    made = draft_text(CAFE, "uitkomst_vraag_beantwoorden", text, platform="instagram")
    assert "‘pannenkoeken" in made and "(in Dutch)" not in made, made  # quoted as the profile says it


_PANCAKES = BusinessProfile(
    name="Pannenkoekenhuis De Molen",
    kind="restaurant",
    signers=["Joke"],
    register="je",
    voice="wij",
    email="info@demolen.nl",
    opening_hours="wo–zo 11:00–20:00; maandag en dinsdag dicht",
)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("We will cycle past on Saturday and would love to stop for lunch. Do you have gluten free pancakes?", "11:00"),
        ("coming by with the kids on sunday for dinner! do you have high chairs?", "11:00–20:00"),
        ("Hi, we want to visit on Monday. Do you have a terrace with heaters?", "closed"),
    ],
)
def test_an_english_comment_that_names_the_day_it_comes_gets_that_days_hours(text: str, said: str) -> None:
    # the question asks something else; the day the writer comes is answered from the opening hours
    answer = draft_text(_PANCAKES, "uitkomst_vraag_uitzoeken", text)
    assert said in answer and "Yes," not in answer, answer


_CYCLES_EN = BusinessProfile(
    name="Cycles Verbeke",
    kind="fietsenmaker",
    signers=["Pieter"],
    voice="ik",
    register="je",
    email="pieter@verbeke.be",
    phone="050 12 34 56",
)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Bought a gravel bike from you in May. The rear derailleur hanger bent on my second ride and now you "
         "charge me €40?? Not impressed.", "derailleur hanger"),
        ("the front chainring bolt came loose after 3 weeks of riding to work, really? I paid a lot for this bike",
         "chainring bolt"),
        ("Picked up my new bike from your shop last week and the seatpost clamp cracked on day two. I expected better "
         "for the money.", "seatpost clamp"),
    ],
)  # fmt: skip
def test_an_english_part_of_more_words_that_gave_way_is_named(text: str, part: str) -> None:
    draft = draft_text(_CYCLES_EN, "uitkomst_herstel", text, platform="instagram", author="Mark")
    assert part in draft, draft


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Hired a tandem for the day. Halfway along the coast the front tyre went flat and we pushed it back. "
         "Not what you pay €40 for.", "tyre"),
        ("Took one of your rental bikes to the lakes; the motor battery was totally drained by noon, though it "
         "said charged. Poor.", "battery"),
    ],
)  # fmt: skip
def test_an_english_part_that_ran_down_is_named(text: str, part: str) -> None:
    # a part that went flat or empty fails as much as one that snapped: said back, not only 'the bikes'
    draft = draft_text(_CYCLES_EN, "uitkomst_herstel", text, platform="instagram", author="Mark")
    assert part in draft, draft


def test_a_quiet_place_is_no_part_that_ran_down() -> None:
    text = "Came by on Sunday to collect my bike and the shop was completely dead, nobody around. Annoying."
    draft = draft_text(_CYCLES_EN, "uitkomst_herstel", text, platform="instagram", author="Mark")
    assert "shop that gives out" not in draft, draft


_CYCLES = BusinessProfile(
    name="Rijwielen Van Dam",
    kind="fietsenmaker",
    signers=["Joost"],
    voice="ik",
    register="je",
    email="joost@vandam.nl",
    phone="040-1234567",
    opening_hours="di–za 9:00–18:00",
    delivery_terms="een nieuwe fiets breng ik gratis thuis in Valkenswaard, Waalre en Bergeijk",
    faq=[FaqItem("Verhuren jullie e-bikes?", "Ja, e-bikes voor € 25 per dag.")],
)


@pytest.mark.parametrize(
    "text",
    [
        "Do you rent e-bikes, and can you deliver a new bike to Bergeijk?",
        "hi! do you rent out e-bikes and could you deliver a new bike to Bergeijk? thx",
        "Hello Joost. Do you rent e-bikes? Also, do you deliver new bikes to Bergeijk?",
        "Quick one: do you rent e-bikes, and will you deliver my new bike to Bergeijk?",
    ],
)
def test_a_second_question_joined_by_and_gets_its_own_answer(text: str) -> None:
    made = draft_text(_CYCLES, "uitkomst_vraag_beantwoorden", text, platform="instagram")
    assert "25" in made and "Bergeijk" in made, made


@pytest.mark.parametrize(
    "text",
    [
        "Do you have a kids menu? Also anything for a 4-year-old?",
        "Is there parking? And do you have something for a 6-year-old?",
    ],
)
def test_a_child_by_its_age_finds_the_kids_menu(text: str) -> None:
    made = draft_text(CAFE, "uitkomst_vraag_beantwoorden", text, platform="instagram")
    assert "pannenkoeken" in made, made


_TEA_ROOM = BusinessProfile(
    name="Theeschenkerij De Linde",
    kind="restaurant",
    signers=["Marit"],
    voice="wij",
    email="hallo@delinde.nl",
    payment="pinnen en contant; geen creditcard",
    faq=[FaqItem(question="Repareren jullie ook e-bikes?", answer="Ja, van alle merken; uitlezen kost € 25.")],
)


@pytest.mark.parametrize(
    "text",
    [
        "Hi! Do you take cash? My dad doesn't trust cards lol",
        "Hello, can I pay with a credit card at your place?",
        "hey, is it possible to pay by card or only cash?",
        "Hi there! Can we pay with cash when we come for tea on Sunday?",
    ],
)
def test_a_payment_answer_said_in_english_is_not_announced_as_dutch(text: str) -> None:
    """'Our info on it says (in Dutch): ‘debit card and cash; no credit card’' quoted English as Dutch."""
    draft = draft_text(_TEA_ROOM, "uitkomst_vraag_beantwoorden", text, platform="instagram", author="emma")
    assert "debit card and cash" in draft and "(in Dutch)" not in draft, draft


@pytest.mark.parametrize(
    "text",
    [
        "hi! do you guys repair e-bikes? mine makes a clicking noise",
        "Hello, do you folks repair e-bikes? Sorry, no Dutch yet!",
        "Do you all repair e-bikes?? mine is dead",
    ],
)
def test_you_guys_is_not_said_back_as_i_guys(text: str) -> None:
    shop = BusinessProfile(
        name="Fietsen Erik",
        kind="fietsenmaker",
        signers=["Erik"],
        voice="ik",
        faq=[FaqItem(question="Repareer je ook e-bikes?", answer="Ja, van alle merken; uitlezen kost € 25.")],
    )
    draft = draft_text(shop, "uitkomst_vraag_beantwoorden", text, platform="instagram", author="emma")
    assert "I repair e-bikes" in draft, draft
    for wrong in ("guys", "folks", "I all"):
        assert wrong not in draft, draft


_BISTRO_KITCHEN = BusinessProfile(
    name="Bistro Het Veer",
    kind="restaurant",
    signers=["Lotte"],
    register="je",
    voice="wij",
    email="info@hetveer.be",
    opening_hours="wo–zo 11.00–23.00 (keuken 12.00–14.30 en 18.00–21.00); ma en di gesloten",
    parking="gratis parking naast het restaurant (15 plaatsen)",
)


@pytest.mark.parametrize(
    "text",
    [
        "Hi! Are you open on Sunday? We'd like to come for lunch with the family",
        "hello, whats your hours on friday?? coming with 6 people",
        "We will cycle past on Thursday and would love to stop for dinner. Do you have vegan options?",
        "Good evening, are you open on saturday night? Thanks a lot!",
    ],
)
def test_the_hours_of_one_day_are_said_without_dutch_words(text: str) -> None:
    answer = draft_text(_BISTRO_KITCHEN, "uitkomst_vraag_uitzoeken", text, platform="instagram")
    assert "kitchen 12.00–14.30 and 18.00–21.00" in answer and "keuken" not in answer, answer


@pytest.mark.parametrize(
    "text",
    [
        "Hi, is there parking near the bistro?",
        "Do you have parking for our camper?",
        "hey is there parking at the bistro??",
        "Hi! Free parking at the restaurant?",
        "Can we park somewhere close by?",  # near, not the closing time
        "is parking free at your place?",
        "Where can we park?",
        "Is there somewhere to park?",
    ],
)
def test_where_to_park_is_said_in_english(text: str) -> None:
    answer = draft_text(_BISTRO_KITCHEN, "uitkomst_vraag_uitzoeken", text, platform="instagram")
    assert "free parking next to the restaurant (15 places)" in answer and "in Dutch" not in answer, answer


def test_an_english_safety_reply_says_it_is_looked_into() -> None:
    cafe = BusinessProfile(
        name="Eetcafé De Haven", kind="restaurant", signers=["Joris"], voice="wij", email="a@dehaven.nl", phone="010 1"
    )
    text = "We had the mussels on Saturday and both of us were sick all night. Please check your kitchen."
    made = draft_text(cafe, _COMPLAINT, text, platform="google", author="Liam")
    assert "look into it" in made and "call" in made, made
