"""English complaints read as the owner would (session 44): a door found shut on a day the hours say open gets that
day's hours from the profile (owned only when the writer came inside them), the sorry then names no thing the writer
came for; a colour unlike the one asked is said in its own line, not as 'your hair'; a voicemail left means the
number is known; a feast day is no one to pass praise to; no 'Cheers' under a complaint. Sentences of our own."""

from __future__ import annotations

import re

import pytest

from app.domain.draft_english_days import shut_on_open_day
from app.domain.draft_english_words import EN_WEEK, english_hours
from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile
from app.nlp.topics import analyse_topics

REPAIR = "uitkomst_herstel"
THANKS = "uitkomst_bedank_publiek"
HOURS = "di t/m za 7.00–17.30, zo 8.00–12.00; maandag gesloten"
BAKERY = BusinessProfile(
    name="Bakkerij Het Korenblad",
    kind="bakkerij",
    signers=["Wendy"],
    voice="ik",
    register="je",
    email="wendy@korenblad.nl",
    phone="0413 55 66 77",
    opening_hours=HOURS,
)
SALON = BusinessProfile(
    name="Kapsalon Lokje",
    kind="kapsalon",
    signers=["Sanne"],
    voice="wij",
    email="hallo@lokje.nl",
    phone="0499 12 34 56",
)
WORKSHOP = BusinessProfile(
    name="Tweewielers Daems",
    kind="fietsenmaker",
    signers=["Koen"],
    voice="ik",
    email="koen@daems.be",
    phone="014 22 33 44",
)


def _draft(profile: BusinessProfile, text: str, platform: str = "google", outcome: str = REPAIR) -> str:
    made = Drafter(profile, analyser=analyse_topics).draft(outcome, text, author="Emma Clarke", platform=platform)
    assert made.text is not None
    return made.text


def _shut(text: str) -> tuple[str, dict[str, str]] | None:
    return shut_on_open_day(text, HOURS, EN_WEEK, english_hours)


def test_a_door_shut_inside_the_hours_is_owned_with_the_days_hours() -> None:
    found = _shut("Walked over at 9:15 on Saturday for rolls, the door was locked. Twenty minutes for nothing.")
    assert found == ("shut_in_hours", {"feestdag": "Saturday", "waarde": "7.00–17.30"})
    # the hours said are the profile's, digit for digit
    assert re.findall(r"\d+", found[1]["waarde"]) == re.findall(r"\d+", "7.00–17.30")


def test_a_door_shut_after_closing_or_at_no_time_said_gets_the_hours_only() -> None:
    late = _shut("Tried at 12:40 on Sunday, the shop was closed.")
    assert late is not None and late[0] == "shut_day_hours" and late[1]["waarde"] == "8.00–12.00"
    untimed = _shut("Cycled in on Thursday and found the door locked.")
    assert untimed is not None and untimed[0] == "shut_day_hours"


@pytest.mark.parametrize(
    "text",
    [
        "Came on Monday and the door was locked.",  # a closed day: the closed-day line says so
        "Went on Saturday, the door was open but the rye bread was gone.",  # no door shut
        "The door was locked on Friday and on Saturday.",  # two days: which one is not known
    ],
)
def test_no_shut_line_for_a_closed_day_an_open_door_or_two_days(text: str) -> None:
    assert _shut(text) is None


def test_the_sorry_names_no_thing_the_writer_came_for_when_the_door_was_shut() -> None:
    text = "Popped by at 10:30 on Friday for a sourdough loaf, door locked and lights off. Not what I expected."
    said = _draft(BAKERY, text)
    assert "sourdough" not in said.split(".")[0]
    assert "Friday" in said and "7.00–17.30" in said


def test_a_colour_unlike_the_one_asked_is_said_in_its_own_line() -> None:
    text = "Had my colour done last week. I asked for ash blonde and it came out yellow, nearly orange under the lamps."
    said = _draft(SALON, text, platform="facebook")
    assert "about your hair" not in said and "about your colour" not in said and "about the colour" not in said
    assert "ash blonde" in said and "yellow" in said


def test_a_voicemail_left_means_the_business_calls() -> None:
    text = "Left my e-bike for a new chain nine days ago, nobody called. Rang three times and left a voicemail."
    made = Drafter(WORKSHOP, analyser=analyse_topics).draft(REPAIR, text, author="Emma Clarke", platform="google")
    assert made.channel == "telefoon"
    # a call that went unanswered with no message left: no number known, the writer is asked for it
    plain = "Left my e-bike for a new chain nine days ago, nobody called. Rang three times, no answer."
    made = Drafter(WORKSHOP, analyser=analyse_topics).draft(REPAIR, plain, author="Emma Clarke", platform="google")
    assert (
        "your phone number" in (made.text or "")
        or made.channel != "telefoon"
        or "details I already" in (made.text or "")
    )


def test_a_feast_day_is_no_one_to_pass_praise_to() -> None:
    text = "Stopped for a slice of the Easter bread on our walk. The man at the counter gave us directions. Lovely!"
    said = _draft(BAKERY, text, outcome=THANKS)
    assert "Easter will" not in said and "on to Easter" not in said


def test_no_cheers_under_a_complaint_in_a_chat() -> None:
    text = "Came on Saturday at 10:00 for croissants, door locked. Not impressed."
    for seed_author in ("anna", "ben", "carl", "dora"):
        made = Drafter(BAKERY, analyser=analyse_topics).draft(REPAIR, text, author=seed_author, platform="instagram")
        assert "Cheers" not in (made.text or "")


def test_the_day_it_happened_on_is_said_once_not_as_the_thing_that_went_wrong() -> None:
    restaurant = BusinessProfile(
        name="Bistro De Brug", kind="restaurant", signers=["Joris"], voice="wij", email="tafel@debrug.be"
    )
    text = "We came for my mum's 60th birthday. Waited 55 minutes between courses and nobody told us why."
    said = _draft(restaurant, text)
    assert said.count("60th") == 1
    assert "about your mum's 60th" not in said
