"""What an English comment named is said back: the holiday the writer came by on, the day they come every week, a
local speciality, the occasion a look was for, a wait without the word 'wait', a table given away, the diet dish
that went wrong, a colour asked for and another got, and the day the trouble came right before."""

from __future__ import annotations

import pytest

from app.domain.draft_counts import property_instead
from app.domain.draft_english_cues import event_said, lost_booking
from app.domain.draft_english_praise import fixed_thing, praise_lines, regional_product, regular_day
from app.domain.draft_english_sorry import WAITED
from app.domain.draft_english_variant import diet_variant
from app.domain.draft_english_walk_in import asks_walk_in, by_appointment_only
from app.domain.language import english_object
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

THANKS = "uitkomst_bedank_publiek"
REPAIR = "uitkomst_herstel"
BAKERY = BusinessProfile(
    name="Bakkerij Het Kruimeltje",
    kind="bakkerij",
    signers=["Ilse"],
    voice="wij",
    register="je",
    email="ilse@kruimeltje.nl",
    phone="0118 12 34 56",
)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Popped in while on holiday in Domburg, lovely apple pie!", "holiday"),
        ("We're here on vacation and your bread is the best.", "vacation"),
        ("On holidays with the kids, great cake.", "holiday"),
    ],
)
def test_a_bare_holiday_is_said_back_as_a_visit_during_it(text: str, said: str) -> None:
    assert ("trip_visit", {"waarde": said}) in praise_lines(text)


def test_a_holiday_with_its_article_still_wishes_the_rest_of_it() -> None:
    assert ("trip", {"waarde": "cycling holiday"}) in praise_lines("On a cycling holiday, best pie!")
    assert not any(k.startswith("trip") for k, _ in praise_lines("Holiday cottage next door, lovely pie."))


def test_someone_named_with_a_comma_before_even_gave_an_extra() -> None:
    assert ("extra", {"waarde": "map"}) in praise_lines("The baker, Joris, even drew us a map of the dunes.")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("We come in every Friday for a loaf.", "Friday"),
        ("cycle over every single sunday morning", "Sunday"),
        ("Our treat every weekend!", "the weekend"),
        ("Shame you're closed every Monday, but the pie is great.", ""),
        ("Best pie in town.", ""),
    ],
)
def test_the_day_a_regular_comes_on(text: str, day: str) -> None:
    assert regular_day(text) == day


def test_a_regular_is_seen_again_on_their_day_instead_of_next_time() -> None:
    text = "Lovely sourdough, we drive over every Thursday from the campsite. Thanks!"
    made = draft_text(BAKERY, THANKS, text, platform="google", author="Amy Fox")
    assert "Thursday" in made
    assert "next time" not in made


@pytest.mark.parametrize(
    ("text", "about", "said"),
    [
        ("Best coffee here. The Zeeuwse bolus is addictive.", "the coffee", "the Zeeuwse bolus"),
        ("Lovely staff, and a Limburgse vlaai to die for.", "the staff", "the Limburgse vlaai"),
        ("Great Chinese food and the House special.", "the food", ""),
        ("The Zeeuwse bolus was great.", "the bolus", ""),
    ],
)
def test_a_local_speciality_named_by_its_place(text: str, about: str, said: str) -> None:
    assert regional_product(text, about) == said


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Prom hair by Lotte, perfect!", "the prom hair"),
        ("Wedding cake by the team: stunning.", "the wedding cake"),
        ("Lovely look, thanks", "the look"),  # an adjective is no occasion
    ],
)
def test_an_occasion_before_the_opening_thing_is_kept(text: str, thing: str) -> None:
    assert english_object(text, praised=True) == thing


@pytest.mark.parametrize(
    ("text", "waited"),
    [
        ("Nice place, but 50 minutes for a sandwich is too much.", True),
        ("an hour to get our drinks, really?", True),
        ("We waited 30 minutes.", True),
        ("2 hours for the whole ride, lovely.", False),
        ("Paid 15 euros for 2 hours, fine.", False),
        ("We booked a table for 2 hours for our party.", False),
    ],
)
def test_a_time_for_what_was_ordered_is_a_wait(text: str, waited: bool) -> None:
    assert (WAITED.search(text) is not None) == waited


@pytest.mark.parametrize(
    "text",
    [
        "Booked a table for six, came in ten minutes late (traffic!) and you had given our table away.",
        "We had a reservation at 7 but you gave it to someone else.",
    ],
)
def test_a_table_given_away_is_a_lost_booking(text: str) -> None:
    assert lost_booking().search(text)


def test_the_diet_version_of_the_thing_is_named() -> None:
    text = "Came for your lasagne. We asked for the vegetarian lasagne and got meat."
    assert diet_variant("your lasagne", text) == "the vegetarian lasagne"
    assert diet_variant("the vegan burger", "the vegan burger was cold") == "the vegan burger"
    assert diet_variant("your lasagne", "your lasagne was cold") == "your lasagne"


def test_a_vague_colour_got_still_counts() -> None:
    assert property_instead("Asked for copper, walked out with something close to pink.") == ("copper", "pink")
    assert property_instead("Asked for honey blonde, got something closer to grey.") == ("honey blonde", "grey")
    assert property_instead("Asked for honey blonde, got a lovely cut.") == ("", "")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Awful cut, especially with my brother's wedding on the 9th.", "your brother's wedding"),
        ("Not happy, with our graduation on 3 June of all days.", "your graduation"),
    ],
)
def test_the_day_the_trouble_comes_with_is_said_back(text: str, day: str) -> None:
    assert event_said(text) == ("event_before_sorry", day)


def test_a_wait_for_a_dish_is_said_in_the_draft() -> None:
    text = "Lovely bakery but 35 minutes for two coffees and a croissant on a quiet morning. Not great."
    made = draft_text(BAKERY, REPAIR, text, platform="google", author="Tom Reed")
    assert "35 minutes" in made


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("Got a puncture near the dunes, Bram sorted it in ten minutes. Thanks!", "puncture"),
        ("Riding the coast path. Chain snapped near the ferry. Anna fixed it on the spot.", "snapped chain"),
        ("Sara fixed my DIY fringe disaster, thank you!", "DIY fringe"),
        ("Sorted out my booking and the coffee was great.", ""),
    ],
)
def test_what_was_fixed_on_the_way(text: str, fixed: str) -> None:
    assert fixed_thing(text) == fixed


def test_a_booking_lost_two_sentences_later_is_still_lost() -> None:
    text = (
        "Booked a table for our anniversary weeks ago and rang twice to check the time, and also to ask about a "
        "high chair for our little one, which nobody ever answered. On the night itself we came in all dressed up "
        "and there was no reservation in the system at all."
    )
    assert lost_booking().search(text)


@pytest.mark.parametrize(
    ("question", "walk_in"),
    [
        ("Could I pop in without an appointment on Friday?", True),
        ("Do you take walk-ins?", True),
        ("Can I just drop in for a trim?", True),
        ("Can I book an appointment for Friday?", False),
    ],
)
def test_a_walk_in_asked(question: str, walk_in: bool) -> None:
    assert asks_walk_in(question) == walk_in


def test_a_walk_in_at_a_business_by_appointment_only_is_told_to_book() -> None:
    salon = BusinessProfile(
        name="Kapsalon Knip",
        kind="kapsalon",
        signers=["Mira"],
        voice="ik",
        register="u",
        email="mira@knip.nl",
        opening_hours="alleen op afspraak: di–za 9.00–17.00",
    )
    assert by_appointment_only(salon.opening_hours)
    made = draft_text(salon, "uitkomst_vraag_beantwoorden", "Hi! Do you take walk-ins on Saturday morning?")
    assert "appointment only" in made and "mira@knip.nl" in made
    assert "pop in" not in made


def test_a_further_question_after_the_walk_in_keeps_its_slot() -> None:
    salon = BusinessProfile(
        name="Kapsalon Knip",
        kind="kapsalon",
        signers=["Mira"],
        voice="ik",
        register="u",
        email="mira@knip.nl",
        opening_hours="enkel op afspraak: di–za 9.00–17.00",
    )
    text = "Hello! Can I walk in for a trim on Friday? And do you sell hair wax?"
    made = draft_text(salon, "uitkomst_vraag_beantwoorden", text)
    assert "appointment only" in made
    assert "hair wax" in made
