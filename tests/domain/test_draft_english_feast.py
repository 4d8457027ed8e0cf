"""An English complaint on a feast of everyone ("the Father's Day lunch", 'our Easter brunch'): the feast said back
with its preposition, the thing named with its capitals, and no feast said for a sentence about the hours; a mail
left unanswered in a sentence of its own ('No reply at all.') counts as the mail tried. Shops and sentences of our
own."""

from __future__ import annotations

import pytest

from app.domain.draft_english_cues import feast_said
from app.domain.language import english_object
from app.domain.language_tried import english_tried
from app.domain.profile import BusinessProfile
from tests.domain.drafts import suggested

_BISTRO = BusinessProfile(
    name="Bistro De Molenwiek",
    kind="restaurant",
    signers=["Sanne"],
    voice="wij",
    register="u",
    email="tafel@molenwiek.nl",
    phone="0345 12 34 56",
    dm=True,
)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Reserved the Father's Day lunch for five and the fish was raw.", "on Father's Day"),
        ("Our Easter brunch came out cold and late.", "at Easter"),
        ("Ordered a cake for new year's eve, it never showed up.", "on New Year's Eve"),
        # a sentence about the hours is no day it went wrong on
        ("You were closed at Christmas without a note on the door.", ""),
        ("The soup was cold and the waiter was rude.", ""),
    ],
)
def test_the_feast_a_complaint_happened_on(text: str, said: str) -> None:
    assert feast_said(text) == said


def test_the_thing_named_with_the_feast_keeps_its_capitals() -> None:
    assert english_object("Reserved the Father's Day lunch for five and the fish was raw.") == "the Father's Day lunch"
    # a time, no thing
    assert english_object("Came over the Easter weekend and the bikes were flat.") != "the Easter weekend"


@pytest.mark.parametrize(
    ("text", "tried"),
    [
        ("I emailed you on Tuesday and again on Friday about the bill. No reply at all.", ("mail",)),
        ("Called the shop three times this week. Never an answer.", ("telefoon",)),
        # nobody answering a question in the shop is no channel tried
        ("We asked the waiter twice about our order. No answer.", ()),
    ],
)
def test_an_unanswered_sentence_of_its_own_names_the_channel_before_it(text: str, tried: tuple[str, ...]) -> None:
    assert english_tried(text) == tried


@pytest.mark.parametrize(
    "text",
    [
        # the thing went wrong: the roast named, the feast said after it
        "Booked the Mother's Day lunch for seven a month ahead. The roast was dry and we waited an hour for dessert. "
        "I mailed you the next day. No reply at all.",
        # the booking itself: the Mother's Day lunch named, the feast not said a second time
        "Booked the Mother's Day lunch for seven a month ahead and on the day there was no table for us. "
        "I mailed you the next day. No reply at all.",
    ],
)
def test_an_english_feast_complaint_says_the_day_once(text: str) -> None:
    reply = suggested(_BISTRO, text, label="klacht", platform="facebook", author="Grace Miller")
    assert reply.count("Mother's Day") == 1, reply
    assert "0345 12 34 56" in reply, reply  # the mail went unanswered: the phone
