"""English complaints that name what went wrong hear it said back: the colour or flavour asked for and the one that
came, a price told beforehand and the one paid, a flat tyre on the way, a booking that met a closed door (with the day
booked), a day of the writer's set by date; a fix asked for is answered, and what the writer liked is not what the
sorry is about. Businesses and sentences of their own, none from the rounds."""

from __future__ import annotations

from app.domain.draft_english_complaint import fix_asked_en
from app.domain.draft_english_cues import booked_closed, event_said
from app.domain.profile import BusinessProfile
from tests.domain.drafts import suggested

SALON = BusinessProfile(
    name="Haarhuis Merel",
    kind="kapsalon",
    signers=["Merel"],
    voice="ik",
    register="je",
    email="merel@haarhuis.nl",
    phone="06-22334455",
)
BAKERY = BusinessProfile(
    name="Bakkerij Kruimel",
    kind="bakkerij",
    signers=["Joost"],
    voice="wij",
    register="je",
    email="info@kruimel.nl",
)
RENTAL = BusinessProfile(
    name="Fietsverhuur Duinrand",
    kind="fietsenmaker",
    signers=["Tess"],
    voice="wij",
    register="je",
    email="verhuur@duinrand.nl",
    phone="0222-123456",
)


def test_the_colour_asked_for_and_the_one_that_came_are_said_back() -> None:
    text = "I asked for ash blonde highlights and they turned out grey. Not what I paid for."
    draft = suggested(SALON, text, label="klacht", platform="google", author="Emily Clarke")
    assert "ash blonde" in draft and "grey" in draft


def test_the_flavour_ordered_before_the_verb_is_said_back() -> None:
    text = "The lemon I ordered for the birthday cake came out chocolate. My daughter hates chocolate."
    draft = suggested(BAKERY, text, label="klacht", platform="facebook", author="Sarah Jones")
    assert "lemon" in draft and "chocolate" in draft


def test_a_colour_the_writer_chose_themselves_is_not_a_mistake() -> None:
    # near miss: two colours, but the writer took the other one
    text = "I asked about the blue dye but the orange looked nicer, so I took that. Now it fades after a week."
    draft = suggested(SALON, text, label="klacht", platform="google", author="Emily Clarke")
    assert "asked for blue" not in draft and "mistake" not in draft.split("fades")[0]


def test_a_price_told_beforehand_and_the_one_paid_are_said_back() -> None:
    text = "On the phone I was told it would cost about €60, then I paid €85 and nobody said why."
    draft = suggested(SALON, text, label="klacht", platform="google", author="Emily Clarke")
    assert "€85" in draft and "€60" in draft


def test_what_the_writer_liked_is_not_what_the_sorry_is_about() -> None:
    text = "The blow-dry itself was lovely, but I waited 40 minutes past my appointment time."
    draft = suggested(SALON, text, label="klacht", platform="google", author="Emily Clarke")
    assert "about the blow-dry" not in draft


def test_a_flat_tyre_on_a_rented_bike_is_said_back() -> None:
    text = "Hired two bikes for the dunes and one got a puncture within an hour. Not the day out we planned."
    draft = suggested(RENTAL, text, label="klacht", platform="facebook", author="Mark Evans")
    assert "puncture" in draft


def test_a_booking_met_by_a_closed_door_names_the_booking_and_its_day() -> None:
    text = "Booked a cut for Friday 3 May at 10. Came all the way and the salon was shut, no note on the door."
    draft = suggested(SALON, text, label="klacht", platform="google", author="Emily Clarke")
    assert "booking for the cut on Friday 3 May" in draft and ("closed door" in draft or "door closed" in draft)


def test_what_was_booked_stays_named_beside_the_closed_door() -> None:
    text = "Booked a colour consultation online for Tuesday 4 June. The salon was closed when I arrived."
    draft = suggested(SALON, text, label="klacht", platform="google", author="Emily Clarke")
    assert "colour consultation" in draft and "Tuesday 4 June" in draft


def test_a_closed_part_of_the_place_is_no_closed_door() -> None:
    # near miss: booked, and something else was closed
    assert booked_closed("Booked a table for two. The terrace heaters were closed off, so we ate inside.") is None
    assert booked_closed("We booked a table. The kitchen was closed early, so no dessert.") is None
    assert booked_closed("I had an appointment at 9 and found the door locked.") == ""
    assert booked_closed("Booked for Friday the 3rd of May and found a locked door.") == "Friday the 3rd of May"


def test_a_day_of_the_writer_set_by_date_is_soon() -> None:
    assert event_said("My brother's wedding is on 12 June and the suit is still not ready.")[0] == "event_soon_sorry"
    # near miss: the same day in a sentence that may be past
    assert event_said("The cake for my brother's wedding on 12 June was dry.")[0] != "event_soon_sorry"


def test_a_fix_asked_for_is_answered_with_the_day() -> None:
    text = "I asked for copper and it came out almost red. Could you correct it before Friday? I have a job interview."
    draft = suggested(SALON, text, label="klacht", platform="facebook", author="Emily Clarke")
    assert "fix this for you before Friday" in draft or "put this right for you before Friday" in draft


def test_only_a_question_asks_for_a_fix() -> None:
    assert fix_asked_en("Can someone redo it by Saturday?") == "by Saturday"
    assert fix_asked_en("Can you fix this?") == ""
    # near misses: no question, or a question about something else
    assert fix_asked_en("I had to fix it myself at home.") is None
    assert fix_asked_en("Can you tell me why nobody called?") is None
