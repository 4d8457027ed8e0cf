"""The patterns by which an English draft reads an English comment (app/domain/draft_english_cues.py)."""

from __future__ import annotations

import pytest

from app.domain.draft_english_cues import (
    booked_closed,
    booked_for,
    came_far,
    event_said,
    lost_booking,
    name_written_wrong,
)


@pytest.mark.parametrize(
    ("text", "lost", "far"),
    [
        ("We booked a table for four but they had no record of it", True, None),
        ("My appointment was confirmed by mail, still they couldnt find it", True, None),
        (
            "Their reservation system messed up and we drove 45 minutes from Utrecht for nothing",
            True,
            "45 minutes from Utrecht",
        ),
        ("We were double-booked. Travelled almost an hour to get here", True, "almost an hour"),
        ("Lovely lunch, we cycled 12 km to get here", False, "12 km"),
        ("Made an appointment for a trim last week, came in and no one knew about it", True, None),
    ],
)
def test_a_lost_booking_and_how_far_the_writer_came(text: str, lost: bool, far: str | None) -> None:
    came = came_far().search(text)
    assert bool(lost_booking().search(text)) is lost
    assert (came.group("waarde") if came else None) == far


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("The colour came out orange. Graduation in three days!", ("event_soon_sorry", "the graduation")),
        (
            "Cake arrived squashed and my daughter's birthday is tomorrow",
            ("event_soon_sorry", "your daughter's birthday"),
        ),
        ("Ruined dinner on my wife's 40th birthday", ("event_sorry", "your wife's 40th birthday")),
        ("Our wedding was two years ago and we still come here, but tonight was bad", ("", "")),
        ("Waited an hour for our mains. The birthday next week will be somewhere else.", ("", "")),
        ("Cake was dry. My son's graduation is this Saturday and we are ordering elsewhere!", ("", "")),
        (
            "Cake was dry. My son's graduation is this Saturday. Please call me.",
            ("event_soon_sorry", "your son's graduation"),
        ),
        ("Still no scooter and my son's school trip is on Friday!", ("event_soon_sorry", "your son's school trip")),
        ("The brakes squeal again and our holiday starts next Saturday.", ("event_soon_sorry", "your holiday")),
        ("We went to camp on the lake last summer, lovely bike ride", ("", "")),
        ("Still no bike. She needs it for summer camp on Monday.", ("event_soon_sorry", "the summer camp")),
        # a public holiday, a sentence in the past, another day the thing was for (code review 31, finding 5)
        ("You were closed for the holiday on Monday without any sign on the door, we drove 30 minutes.", ("", "")),
        ("Closed again this Sunday for the holiday on Monday?? The website said open.", ("", "")),
        ("My daughter's exam is next Friday and the cake I ordered for her party never arrived.", ("", "")),
        ("The shop was shut when we came for the vacation next week deal, no sign at all.", ("", "")),
    ],
)
def test_the_day_of_a_complaint_soon_or_past_is_said_back(text: str, said: tuple[str, str]) -> None:
    assert event_said(text) == said


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("It said 'Happy Birthday Lena' in big pink letters. Her name is LEA. She cried.", "Lea"),
        ("The cake read 'Congrats Jon'. His name is Joan, not Jon!", "Joan"),
        ("It said 'Happy Birthday Lea'. Her name is Lea and it was lovely.", ""),  # written right
        ("Her name is Lea and she loved the cake.", ""),  # nothing said to be written
        ('The banner said "Welcome Mrs Jansen". Our name is JANSSEN, two s.', "Janssen"),
        # no quoted name like it, or no name (code review 31, finding 2)
        ("The bill said 45 euros but we paid 60. My name is Jack by the way, table 4.", ""),
        ("The card said Happy Birthday but my name is Tom and I ordered a wedding cake.", ""),
        ("The card said 'Happy Birthday' but my name is Tom and I ordered a wedding cake.", ""),
        ("Our order said 4 pizzas and only 3 came. His name is on the receipt, my husband Paul.", ""),
        ("The waiter said we had to wait. Their name is on the board, but nobody came.", ""),
    ],
)
def test_the_right_name_after_a_wrong_one_written_is_said_back(text: str, name: str) -> None:
    assert name_written_wrong(text) == name


@pytest.mark.parametrize(
    ("text", "booked"),
    [
        # the holiday the booking was for, before the thing booked and never the way it was booked
        ("We reserved a table via your app for New Year's Eve and there was no booking", "New Year's Eve"),
        ("Booked a brake check on your site for Monday, nobody knew about it", "the brake check"),
        ("booked a tune-up via the app, but no one knew about it", "the tune-up"),
        ("I booked a fitting online for 2pm and they could not find it", "the fitting"),
        ("Booked on your website, but no reservation when we came", ""),
        ("I booked through the booking form and there was no record", ""),
        ("We booked an appointment online and nobody knew about it", ""),
    ],
)
def test_what_a_lost_booking_was_for(text: str, booked: str) -> None:
    assert booked_for(text) == booked


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Had my nails done ahead of our wedding and two of them chipped that night.",
            ("event_before_sorry", "your wedding"),
        ),
        (
            "Ordered the suit alterations in time for my brother's graduation, still not ready.",
            ("event_before_sorry", "your brother's graduation"),
        ),
        # before something that is no day of the writer's life, or everyone's: nothing said back
        ("Came in before my appointment to ask about the price, and the colour was wrong.", ("", "")),
        ("Booked a cut before the wedding season rush and the fringe is crooked.", ("", "")),
    ],
)
def test_a_day_the_complaint_came_right_before_is_said_back(text: str, said: tuple[str, str]) -> None:
    assert event_said(text) == said


def test_the_day_right_before_is_in_the_apology() -> None:
    from tests.domain.drafting.shops import BARBER
    from tests.domain.drafts import draft_text

    text = "Got a beard trim before my cousin's christening and one side is way shorter than the other. Not great."
    said = draft_text(BARBER, "uitkomst_herstel", text, author="Grace Miller")
    assert "before your cousin's christening" in said, said


def test_a_booking_met_by_a_door_closed_because_of_illness() -> None:
    from app.domain.draft_english_cues import closed_ill

    assert closed_ill("Booked a haircut for Friday 9am. The salon was closed, a note on the door said 'sick'.")
    assert not closed_ill("Booked a haircut for Friday 9am. The salon was closed, no note, nothing.")
    assert not closed_ill("My daughter was sick all night after the cake.")  # no booking met by a closed door


def test_the_draft_owns_the_word_never_sent_and_gives_no_hours() -> None:
    from app.domain.profile import BusinessProfile
    from tests.domain.drafts import draft_text

    shop = BusinessProfile(
        name="Fietsverhuur De Duin",
        kind="fietsenmaker",
        signers=["Bram"],
        voice="ik",
        register="je",
        email="bram@deduin.nl",
        phone="0111 45 67 89",
        opening_hours="di–za 9.00–17.00",
    )
    text = "Booked 3 bikes for 9am on Saturday. Arrived and the shop was closed, a note said 'ziek'. No call, no email."
    draft = draft_text(shop, "uitkomst_herstel", text, platform="google", author="Emma")
    assert "because of illness" in draft and "called or emailed" in draft, draft
    assert "9.00–17.00" not in draft and "opening hours" not in draft, draft


def test_someone_the_site_calls_welcome_and_turned_away() -> None:
    from app.domain.draft_english_cues import site_welcome_refused

    assert site_welcome_refused("Your site says children are welcome, yet we were turned away at 7pm.") == "children"
    assert site_welcome_refused("The website says cyclists welcome! We couldn't sit outside in our gear.") == "cyclists"
    assert site_welcome_refused("Your website says dogs are welcome and they were, lovely evening.") == ""


def test_a_booking_met_by_a_door_locked_said_without_its_article() -> None:
    text = "Booked a cut online for Friday 11 July, cycled over from Nieuwpoort, door locked, no note. Great."
    assert booked_closed(text) == "Friday 11 July"
    assert booked_closed("Booked a table for Friday; doors were shut by 9 already") == "Friday"
    assert booked_closed("Loved the door decorations, booked again for Friday!") is None
