"""A closing-down rumour told from a shop seen dark or locked ('alles donker', 'de deur zit op slot', 'zit al een week
dicht'): the profile's closing of several days answers it, in the month the comment names when it names one, with
the day it opens again ('weer gewoon open'), and a sorry when the writer found no word on the door. Shops and
sentences of our own (session 44)."""

from __future__ import annotations

import pytest

from app.domain.draft_leave_rumour import back_on, seen_closing
from app.domain.profile import BusinessProfile
from tests.domain.drafts import suggested

_ENTRIES = [
    ("Wintersluiting maandag 6 t/m zondag 19 januari", ""),
    ("maandag 20 januari", "weer gewoon open"),
    ("Zomervakantie 21 juli t/m 3 augustus", "gesloten"),
]

_BISTRO = BusinessProfile(
    name="Bistro De Wilg",
    kind="restaurant",
    signers=["Anouk"],
    register="u",
    voice="wij",
    opening_hours="woensdag t/m zondag vanaf 17.00",
    holidays=(
        "Kerstdiner 25 december: vier gangen € 55 p.p. Wintersluiting maandag 6 t/m zondag 19 januari; "
        "maandag 20 januari weer gewoon open. Carnaval: gewone openingstijden."
    ),
)


@pytest.mark.parametrize(
    "text",
    [
        "Die zaak is failliet, de deur zit al dagen op slot.",
        "Gaan ze stoppen? Het staat daar al een week alles donker.",
        "Failliet zeker? De winkel zat de hele week dicht.",
    ],
)
def test_a_shop_seen_locked_or_dark_is_seen_shut(text: str) -> None:
    assert seen_closing(_ENTRIES, text) == ("Wintersluiting", "maandag 6 t/m zondag 19 januari")


def test_the_month_the_comment_names_picks_the_closing() -> None:
    assert seen_closing(_ENTRIES, "Stoppen ze? In juli zat de deur weken dicht.") == (
        "Zomervakantie",
        "21 juli t/m 3 augustus",
    )


def test_a_month_without_a_closing_gets_none() -> None:
    # near miss: shut in March, and the profile closes only in January and summer
    assert seen_closing(_ENTRIES, "Stoppen ze? In maart zat de deur weken dicht.") == ("", "")


def test_dark_bread_is_no_shop_seen_shut() -> None:
    # near miss: 'donker' of what is sold, without a closed shop
    assert seen_closing(_ENTRIES, "Hun roggebrood is veel te donker, stoppen ze met het oude recept?") == ("", "")


def test_weer_gewoon_open_names_the_day_it_opens_again() -> None:
    assert back_on(_ENTRIES, "maandag 6 t/m zondag 19 januari") == "maandag 20 januari"


def test_a_price_per_person_does_not_swallow_the_next_dated_line() -> None:
    assert ("Wintersluiting maandag 6 t/m zondag 19 januari", "") in _BISTRO.holiday_entries()


def test_the_draft_says_the_closing_and_the_day_it_opens_again() -> None:
    said = suggested(
        _BISTRO, "Bistro De Wilg is failliet hoor, alles donker en de deur op slot. Jammer!", label="onwaarheid"
    )
    assert "klopt niet" in said
    assert "6 t/m zondag 19 januari" in said
    assert "20 januari" in said
    assert "[vul in" not in said


def test_a_door_without_a_notice_gets_a_sorry() -> None:
    said = suggested(
        _BISTRO,
        "Stopt De Wilg ermee? De zaak is al een week dicht en er hangt niets op de deur.",
        label="onwaarheid",
    )
    assert "19 januari" in said
    assert "sorry" in said.lower()


def test_a_door_with_a_notice_gets_no_sorry() -> None:
    # near miss: the writer saw a notice; nothing to be sorry for
    said = suggested(
        _BISTRO,
        "Stopt De Wilg ermee? De zaak is al een week dicht, er hangt wel een briefje op de deur.",
        label="onwaarheid",
    )
    assert "19 januari" in said
    assert "sorry" not in said.lower()
