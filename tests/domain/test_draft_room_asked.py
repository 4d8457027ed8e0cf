"""Whether there is still room on a day ('nog een plekje zaterdag?') is no question the opening hours answer: the
owner fills it in, and the draft says how to book (resources/booking.toml room, replies.toml room_asked). A question
whether one is open, or must book, gets no such line. Shops and sentences of our own, none from the rounds."""

from __future__ import annotations

from app.domain.draft_booking import asks_room
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import suggested

_BISTRO = BusinessProfile(
    name="Bistro 't Pleintje",
    kind="restaurant",
    signers=["Sanne"],
    voice="wij",
    register="je",
    email="hallo@bistropleintje.nl",
    phone="0413 25 66 71",
    opening_hours="wo–zo 17:00–22:00; ma en di gesloten",
    faq=[FaqItem("Hebben jullie een kindermenu?", "Ja, voor € 11,50 met frietjes en een ijsje.")],
)


def test_a_question_for_room_on_a_day_is_told_apart() -> None:
    assert asks_room("hebben jullie zaterdag nog een tafeltje voor vier?")
    assert asks_room("Zijn jullie vrijdagavond al volgeboekt?")
    assert not asks_room("Zijn jullie zaterdag open?")
    assert not asks_room("Moet ik vooraf reserveren?")


def test_room_asked_gets_a_place_for_the_owner_and_the_way_to_book() -> None:
    draft = suggested(_BISTRO, "Is er zaterdagavond nog plaats voor twee? We vieren onze trouwdag.", author="Eva")
    assert "0413 25 66 71" in draft and "[vul in" in draft, draft


def test_a_question_whether_open_gets_no_booking_line() -> None:
    draft = suggested(_BISTRO, "Zijn jullie zaterdagavond open?", author="Eva")
    assert "0413 25 66 71" not in draft and "nog plek" not in draft, draft


_BAKKER = BusinessProfile(
    name="Bakkerij De Korenschoof",
    kind="bakkerij",
    signers=["Wim"],
    voice="wij",
    register="u",
    email="info@korenschoof.nl",
    phone="0343 41 20 20",
    opening_hours="di–za 7:30–17:00",
)


def test_room_for_goods_at_a_bakery_asks_for_no_seat() -> None:
    draft = suggested(_BAKKER, "Hebt u op zaterdag nog plaats voor 60 saucijzenbroodjes?", author="Eva")
    assert "Vastleggen" not in draft and "nog plek die dag" not in draft, draft
