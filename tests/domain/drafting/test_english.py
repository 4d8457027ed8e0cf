"""Whole-pipeline drafts for comments in English: questions matched on the clause that asks, complaints about the
thing that was wrong."""

from __future__ import annotations

from app.domain.draft_english_complaint import faulty_thing
from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile, FaqItem
from app.nlp.topics import analyse_topics

# English questions (session 10, issue #13): only the clause that asks is matched ('Visiting next week 🇬🇧 Do you
# take cash?'), a question that names a profile field is answered from it and not from a FAQ entry on what else the
# comment says, plural food words map to the FAQ's ('dishes'), and the rest of a yes answer stays when it speaks of
# something else the writer said ('one of us is vegan'). Businesses and sentences of their own, none from the
# rounds.
ASK = "uitkomst_vraag_beantwoorden"

CAFE = BusinessProfile(
    name="Koffiebar Bonen",
    kind="koffiebar",
    signers=["Noor"],
    voice="wij",
    register="je",
    email="hallo@bonen.nl",
    payment="alleen pinnen; geen contant geld",
    faq=[
        FaqItem("Kunnen we met een groep komen?", "Groepen tot 12 personen; reserveer een dag van tevoren."),
        FaqItem("Hebben jullie glutenvrije taart?", "Ja, elke dag een glutenvrije brownie."),
    ],
)
GARAGE = BusinessProfile(
    name="Garage Wielen",
    kind="garage",
    signers=["Kees"],
    voice="ik",
    register="je",
    email="kees@wielen.nl",
    payment="pinnen, creditcard en contant",
    faq=[FaqItem("Kan ik een afspraak maken?", "Ja, online of telefonisch; reserveer liefst een week vooraf.")],
)
BISTRO = BusinessProfile(
    name="Bistro Kade",
    kind="restaurant",
    signers=["Tom"],
    voice="wij",
    register="je",
    email="tom@kade.be",
    faq=[
        FaqItem(
            "Hebben jullie vegetarische gerechten?",
            "Ja, er staan vier vegetarische gerechten op de kaart en de soep is altijd veganistisch.",
        )
    ],
)


def _answer(profile: BusinessProfile, text: str) -> str:
    made = Drafter(profile, analyser=analyse_topics).draft(ASK, text, author="", platform="instagram")
    assert made.text is not None
    return made.text


def test_a_question_about_paying_after_context_in_the_same_sentence_gets_the_payment_line() -> None:
    text = _answer(CAFE, "hey!! in Utrecht next week with 3 friends ☕ do you accept cash? and can we book a table?")
    assert "cash" in text and "debit card" in text and "12" not in text


def test_a_question_about_cards_at_a_garage_gets_the_payment_line_not_the_booking_faq() -> None:
    text = _answer(GARAGE, "Driving through Belgium with the caravan 🚐 Can I pay by card? Might need to book a check")
    assert "credit card" in text and "week" not in text


def test_plural_food_words_ask_the_faq_on_dishes_and_the_rest_of_the_answer_stays_for_a_vegan() -> None:
    text = _answer(BISTRO, "Hi there! Do you have vegetarian meals? My sister is vegan btw 🌱")
    assert "vegetarian" in text and "veganistisch" in text


# An English complaint is about the thing that was wrong ('Mussels were sandy'), not the table the writer booked
# (app/domain/draft_english_complaint.faulty_thing). Shops and sentences of our own.
CAFE_STRAND = BusinessProfile(name="Café Strand", kind="restaurant", signers=["Joris"], voice="wij", register="u")


def test_the_thing_that_was_wrong() -> None:
    assert faulty_thing("Booked a table for six. Mussels were sandy and the bill was huge.") == "the mussels"
    assert faulty_thing("We came for lunch, and the fries were stone cold") == "the fries"
    assert faulty_thing("MY STEAK WAS COMPLETELY RAW!!") == "the steak"
    assert faulty_thing("the croissants were really stale this morning") == "the croissants"
    # a pronoun, everything, the staff or the evening is no thing
    for text in ("Everything was cold.", "This was cold when it came.", "The waiter was off with us", "It was cold"):
        assert faulty_thing(text) == "", text


def test_an_english_complaint_names_the_thing_not_the_booking() -> None:
    for text, thing in (
        ("Reserved a table at 8. The oysters were sandy and nobody cared. Really disappointing.", "oysters"),
        ("Booked a table for our anniversary, fish was overcooked and dry. Not again.", "fish"),
    ):
        reply = (
            Drafter(CAFE_STRAND, analyser=analyse_topics).draft("uitkomst_herstel", text, platform="google").text or ""
        )
        assert f"the {thing}" in reply, reply
        assert "the table" not in reply, reply


def test_a_part_that_gave_out_on_one_of_the_bikes_is_said_back() -> None:
    bikes = BusinessProfile(name="Fietsen Gijs", kind="fietsenmaker", signers=["Gijs"], voice="ik", email="g@gijs.be")
    for text, part in (
        ("Rented three bikes for the coast route. One chain snapped after 10 km. Not great.", "chain"),
        ("We hired two e-bikes and a motor cut out halfway up the dyke. Disappointing.", "motor"),
    ):
        reply = Drafter(bikes, analyser=analyse_topics).draft("uitkomst_herstel", text, platform="instagram").text or ""
        assert part in reply, reply


FIETSEN = BusinessProfile(
    name="Fietsen Peeters",
    kind="fietsenmaker",
    signers=["Jan"],
    voice="ik",
    register="u",
    email="jan@peeters.be",
    parking="parking achter de winkel",
)


def test_a_further_english_question_about_parking_is_answered() -> None:
    """'Also, is there somewhere to park my car?' after a question the profile leaves open: parking, from the field."""
    text = "Hi, do you rent out bikes? Also, is there somewhere to park my car when I pick it up?"
    made = Drafter(FIETSEN, analyser=analyse_topics).draft(ASK, text, author="Tom Smith", platform="google")
    assert "parking behind the shop" in (made.text or ""), made.text


# An English thank-you that praises the business by its kind ('Best bakehouse in town!') and names a Dutch product
# had there: the thanks names the product, not 'the bakehouse'; without a product the business stays.
def test_an_english_thanks_to_the_business_names_the_dutch_product_had_there() -> None:
    bakery = BusinessProfile(name="Bakkerij Meel", kind="bakkerij", signers=["Ans"], voice="wij", register="je")
    text = "Best bakehouse in town! Every Saturday we pick up a kramiek on our way to the beach. Lovely staff."
    made = Drafter(bakery, analyser=analyse_topics).draft("uitkomst_bedank_publiek", text, author="Tom")
    assert made.text is not None and "about the kramiek" in made.text, made.text
    plain = "Best bakehouse in town! Every Saturday we stop by on our way to the beach. Lovely staff."
    made = Drafter(bakery, analyser=analyse_topics).draft("uitkomst_bedank_publiek", plain, author="Tom")
    assert made.text is not None and "kramiek" not in made.text, made.text


def _asked(profile: BusinessProfile, text: str) -> str:
    drafter = Drafter(profile)
    made = drafter.draft(ASK, text, topics=analyse_topics(text), author="Jamie Cole", platform="instagram")
    assert made.text is not None
    return made.text


def test_a_further_question_gets_its_own_slot_after_a_first_one_unanswered() -> None:
    from tests.domain.drafting.shops import BARBER

    text = "Do you do skin fades? And could my son get his eyebrows tidied up in the same visit?"
    said = _asked(BARBER, text)
    assert "skin fades" in said
    assert "eyebrows" in said, said
    # one question only: one answer, no second slot (whether a job is done is looked into: draft_english_check)
    said = _asked(BARBER, "Do you do skin fades? Visiting friends nearby next month.")
    assert said.count("[vul in") + said.count("look into it") == 1 and "skin fades" in said, said


def test_an_unanswered_mail_to_book_names_what_it_was_for() -> None:
    from tests.domain.drafting.shops import BISTRO

    text = "I mailed twice to reserve the Sunday roast for my parents' anniversary and got no response at all. Poor."
    made = Drafter(BISTRO).draft("uitkomst_herstel", text, topics=analyse_topics(text), author="Ruth Hale")
    assert made.text is not None
    assert "the Sunday roast" in made.text, made.text


RENTAL = BusinessProfile(
    name="Kanoverhuur De Vlonder",
    kind="verhuur",
    signers=["Bram"],
    voice="wij",
    register="je",
    email="info@devlonder.nl",
)


def _complaint(text: str) -> str:
    made = Drafter(RENTAL).draft("uitkomst_herstel", text, topics=analyse_topics(text), author="Nina Ford")
    assert made.text is not None
    return made.text


def test_a_fee_by_its_name_and_a_deposit_kept_are_said_back() -> None:
    said = _complaint("Hired two canoes, back ten minutes late and you charged me a €20 overtime penalty. Ridiculous.")
    assert "€20 overtime penalty" in said, said
    said = _complaint("The canoe leaked from the start and you still took €30 off our deposit. Not fair at all.")
    assert "€30" in said and "deposit" in said, said
    said = _complaint("Canoe had a crack, so we paddled back early. Staff refused to give our deposit back!")
    assert "your deposit" in said, said


def test_a_fee_paid_as_agreed_or_a_deposit_paid_is_not_said_back() -> None:
    said = _complaint("Paid the €10 deposit at the start, then waited forty minutes for a canoe. Poor.")
    assert "kept" not in said and "not returned" not in said, said
    said = _complaint("The €5 booking fee is fine, but the canoes were filthy.")
    assert "booking fee" not in said, said


SOUP_BAR = BusinessProfile(
    name="Soepbar Lepel",
    kind="restaurant",
    signers=["Iris"],
    voice="wij",
    register="je",
    email="hoi@soepbarlepel.nl",
    faq=[
        FaqItem("Hebben jullie erwtensoep?", "Ja, van november tot maart, € 7,50 met roggebrood en spek."),
        FaqItem("Is de pompoensoep lactosevrij?", "Ja, de pompoensoep maken we met kokosmelk, zonder room."),
    ],
)


def test_a_diet_the_matched_entry_does_not_speak_of_gets_a_slot() -> None:
    said = _asked(SOUP_BAR, "Hello! Is the erwtensoep gluten free? My daughter can't have any wheat.")
    assert "gluten-free" in said, said
    assert "[vul in" in said and "roggebrood" not in said, said
    # the entry that does speak of the diet answers it
    said = _asked(SOUP_BAR, "Hi, is the pumpkin soup dairy free?")
    assert "kokosmelk" in said or "coconut" in said, said


def _thanks(profile: BusinessProfile, text: str) -> str:
    made = Drafter(profile, analyser=analyse_topics).draft(
        "uitkomst_bedank_publiek", text, author="", platform="instagram"
    )
    assert made.text is not None
    return made.text


def test_an_english_thanks_names_the_thing_ranked_best_in_the_opening_not_a_later_one() -> None:
    reply = _thanks(BISTRO, "Finest stoofvlees I've eaten in years 🤩 Tom even printed the wine list for my dad.")
    assert "about the stoofvlees" in reply, reply


def test_an_english_thanks_says_back_what_staff_even_did_beyond_the_order() -> None:
    reply = _thanks(CAFE, "Lovely flat whites, and Noor even sketched us a little walking route to the beach!")
    assert "route" in reply, reply


def test_what_the_writer_did_even_is_no_extra_of_the_business() -> None:
    reply = _thanks(CAFE, "Lovely flat whites! We even cycled the whole dike afterwards.")
    assert "dike" not in reply, reply


def test_a_place_the_writer_came_from_is_no_one_to_pass_the_praise_to() -> None:
    reply = _thanks(
        CAFE, "Noor did a lovely latte art heart. Moving here from Cardiff was scary but this felt like home!"
    )
    assert "Cardiff" not in reply, reply


def test_which_one_of_the_thing_ranked_best_is_said_back() -> None:
    reply = _thanks(CAFE, "Best brownie I've had in ages. The pecan one 🤌 Noor picked it for me!")
    assert "pecan" in reply, reply
