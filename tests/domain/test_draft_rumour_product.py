"""A rumour that the business no longer makes a thing its holiday lines still name with a day ('dit jaar geen
smoutebollen meer') is denied with those days; a thing the lines do not name, or a rumour that says nothing is
gone, keeps the owner's slot. Shops and sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_rumour_product import product_held, thing_named
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text


def _lemmas(text: str) -> list[str]:
    return [w.lower() for w in text.split()]


_ENTRIES = [
    ("Za 9 december", "kraam op de kerstmarkt met warme wafels"),
    ("Ma 31 december (oudejaarsdag)", "open 7.00–15.00, met smoutebollen en appelbeignets"),
    ("Vr 28 t/m za 29 december gewone uren, smoutebollen vanaf vr 28 december", ""),
]


def test_a_thing_is_named_by_its_whole_word_not_a_word_it_begins_with() -> None:
    assert thing_named("smoutebol", "met smoutebollen en appelbeignets") == "smoutebollen"
    assert thing_named("smout", "met smoutebollen en appelbeignets") == ""


@pytest.mark.parametrize(
    "claim",
    [
        "de bakker dit jaar geen smoutebollen meer maakt omdat het vet te duur is",
        "ze stoppen met de smoutebollen",
        "ze nie meer smoutebollen bakken",
    ],
)
def test_a_thing_said_to_be_gone_gets_the_days_the_lines_give_it(claim: str) -> None:
    thing, days = product_held(claim, ["smoutebollen"], _ENTRIES, _lemmas)
    assert thing == "smoutebollen"
    assert days == "op ma 31 december (oudejaarsdag) en vanaf vr 28 december"


@pytest.mark.parametrize(
    ("claim", "products"),
    [
        ("ze geen oliebollen meer bakken", ["oliebollen"]),  # the lines do not name it
        ("de smoutebollen nu twee euro duurder zijn", ["smoutebollen"]),  # nothing said to be gone
        ("ze geen wafels meer hebben", []),  # no thing found in the comment
    ],
)
def test_no_days_without_a_thing_gone_that_the_lines_name(claim: str, products: list[str]) -> None:
    assert product_held(claim, products, _ENTRIES, _lemmas) == ("", "")


_BAKERY = BusinessProfile(
    name="Bakkerij De Graankorrel",
    kind="bakkerij",
    signers=["Mieke"],
    register="u",
    voice="wij",
    opening_hours="di–za 7:00–17:00",
    holidays="Ma 31 december (oudejaarsdag): open 7.00–15.00, met smoutebollen en appelbeignets.",
)


def test_the_draft_denies_the_rumour_with_the_day() -> None:
    said = draft_text(
        _BAKERY, "uitkomst_onwaarheid", "Hoorde op de markt dat De Graankorrel dit jaar geen smoutebollen meer bakt."
    )
    assert "klopt niet" in said
    assert "31 december" in said
    assert "[vul in" not in said
