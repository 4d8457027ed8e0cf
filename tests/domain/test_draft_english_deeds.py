"""What an English compliment says someone of the business did: the thing they made or saved for the writer named in
the thanks ('Femke baked a lemon tart on request'), and a fix in the middle of a named event said with that event.
Businesses and sentences of their own, none from the rounds."""

from __future__ import annotations

import pytest

from app.domain.draft_english_deeds import during_event, staff_made
from app.domain.draft_english_praise import fixed_thing
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

THANKS = "uitkomst_bedank_publiek"
CAKES = BusinessProfile(
    name="Taartenatelier Roos", kind="bakkerij", signers=["Roos"], voice="ik", register="je", email="roos@taart.nl"
)
BIKES = BusinessProfile(
    name="Rijwielhandel Kuipers",
    kind="fietsenwinkel",
    signers=["Gerrit"],
    voice="wij",
    register="je",
    email="gerrit@kuipers.nl",
)
SALON = BusinessProfile(
    name="Kapsalon Lokken", kind="kapper", signers=["Mieke"], voice="ik", register="u", email="mieke@lokken.nl"
)


@pytest.mark.parametrize(
    ("text", "made"),
    [
        ("For our son's christening Femke baked a lemon meringue tart on request. Everyone loved it.", "the lemon"),
        ("Joost rescued my old Raleigh frame when nobody else would touch it.", "your old raleigh frame"),
        ("Lotte squeezed me in at closing time, saved a perm I had ruined at home, and made tea.", "your perm"),
        ("Tom baked us a gorgeous little carrot cake for the party!", "the carrot cake"),
    ],
)
def test_what_someone_of_the_business_made_or_saved_is_found(text: str, made: str) -> None:
    assert staff_made(text).lower().startswith(made), staff_made(text)


@pytest.mark.parametrize(
    "text",
    [
        "Femke made my day, what a lovely shop!",  # no thing made
        "Sanne made an effort to speak English with us.",
        "Mum made a cake at home but yours was better.",  # the writer's own
        "On Sunday made a trip to the coast and stopped here.",  # a day, no one of the business
    ],
)
def test_no_thing_made_by_the_business_is_found_where_none_is_told(text: str) -> None:
    assert staff_made(text) == ""


def test_the_thanks_names_the_cake_made_on_request_not_the_habit_said_first() -> None:
    text = (
        "Saturday mornings at this bakery are our little tradition now. For my daughter's 10th birthday Roos made "
        "a unicorn raspberry cake on request and she was speechless."
    )
    reply = draft_text(CAKES, THANKS, text, platform="google", author="Megan Price")
    assert "raspberry cake" in reply, reply
    assert "tradition" not in reply, reply


def test_a_thing_praised_outright_stays_what_the_thanks_names() -> None:
    text = "Best sourdough in the province! Roos also made a small card for my mother."
    reply = draft_text(CAKES, THANKS, text, platform="google", author="Megan Price")
    assert "sourdough" in reply, reply


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("Bent my front rotor on the gravel, Pieter got me rolling again within the hour.", "bent front rotor"),
        ("Broke a spoke near the dam and the team had us back on the road in no time.", "broken spoke"),
    ],
)
def test_a_part_said_broken_before_it_is_named_and_a_fix_said_by_what_it_did_are_found(text: str, fixed: str) -> None:
    assert fixed_thing(text) == fixed


def test_a_broken_heart_is_no_part_fixed() -> None:
    assert fixed_thing("That last climb broke my heart, but the coffee got me going again.") == ""


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Flat tyre during the Veluwe Classic, of all days.", "Veluwe Classic"),
        ("My chain snapped during the Zuiderzee 150 and they fixed it.", "Zuiderzee 150"),
        ("Lost a cleat during the Elfstedentocht.", "Elfstedentocht"),
    ],
)
def test_a_named_event_the_writer_was_in_is_found(text: str, event: str) -> None:
    assert during_event(text) == event


def test_an_event_without_a_name_is_none() -> None:
    assert during_event("Flat tyre during the ride home, they fixed it.") == ""


def test_a_fix_in_the_middle_of_a_named_event_is_said_with_that_event() -> None:
    text = (
        "Cracked my rear mudguard stay during the Veluwe Classic near Epe. Pieter had me rolling again in a "
        "quarter of an hour and only asked €10. Hero!"
    )
    reply = draft_text(BIKES, THANKS, text, platform="google", author="Oliver Grant")
    assert "Veluwe Classic" in reply, reply
    assert "mudguard" in reply, reply
    assert "Pieter" in reply, reply


def test_a_fix_without_an_event_keeps_its_own_line() -> None:
    text = "Snapped my chain just outside your shop, Pieter fixed it in ten minutes. Legend!"
    reply = draft_text(BIKES, THANKS, text, platform="google", author="Oliver Grant")
    assert "snapped chain" in reply, reply
    assert "in the middle of" not in reply, reply
