"""English complaints that list several points (session 47): the sorry names what was booked or stays neutral, not
the first point as if it were all; being asked to leave is said back, with whether nobody had said so when booking.
Sentences of our own."""

from __future__ import annotations

from app.domain.draft_english_listed import asked_to_leave, booked_thing, faults_listed
from app.domain.profile import BusinessProfile
from tests.domain.drafts import suggested

RESTAURANT = BusinessProfile(
    name="Brasserie De Linde",
    kind="restaurant",
    signers=["Jeroen"],
    voice="wij",
    register="u",
    email="info@delinde.nl",
    phone="0592 11 22 33",
)


def test_a_list_of_points_after_the_first() -> None:
    assert faults_listed("The soup was lukewarm, the bread never arrived and nobody checked on us.")
    assert faults_listed("Pancakes were burnt, and the waiter forgot our drinks.")


def test_one_point_is_no_list() -> None:
    assert not faults_listed("The soup was lukewarm. We will not be back.")
    assert not faults_listed("The soup was lukewarm, which surprised us for such a place.")


def test_what_was_booked_or_ordered() -> None:
    assert booked_thing("We booked the Easter lunch for 6 and it went wrong") == "the Easter lunch"
    assert booked_thing("I ordered a carrot cake with cream cheese, it came dry") == "the carrot cake"
    assert booked_thing("The soup was lukewarm.") == ""


def test_asked_to_leave_with_its_time_and_untold() -> None:
    assert asked_to_leave("we were asked to leave at 20:15 as the table was needed, nobody had told us") == (
        "asked_to_leave_untold",
        {"waarde": " at 20:15"},
    )
    assert asked_to_leave("We were asked to leave because of a private party.") == ("asked_to_leave", {"waarde": ""})
    assert asked_to_leave("We asked to leave the pram inside and that was fine.") is None


def test_a_listed_complaint_names_the_booking_and_the_sending_away() -> None:
    text = (
        "Booked the Sunday lunch for 5 (€42 pp). The soup was lukewarm, the bread never arrived, and we were asked "
        "to leave at 14:00 for another group, which no one mentioned when we booked. Disappointing."
    )
    reply = suggested(RESTAURANT, text, label="klacht", author="Emma Hill")
    assert "the Sunday lunch" in reply
    assert "the soup" not in reply.lower()
    assert "asked to leave at 14:00" in reply


def test_a_single_point_is_still_named() -> None:
    reply = suggested(
        RESTAURANT, "The soup was lukewarm when it came to the table. Not what we expected.", label="klacht"
    )
    assert "soup" in reply
    assert "asked to leave" not in reply
