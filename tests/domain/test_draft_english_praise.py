"""What an English compliment names: the product, not the trip that brought the writer; what brought them to town
and where they live, said back."""

from __future__ import annotations

import pytest

from app.domain.draft_english_praise import praise_lines, praised_product
from app.domain.profile import BusinessProfile
from app.domain.topics import Mention
from tests.domain.drafts import draft_text

THANKS = "uitkomst_bedank_publiek"
PATISSERIE = BusinessProfile(
    name="Patisserie Vanderlinden",
    kind="bakkerij",
    signers=["Els"],
    voice="wij",
    register="je",
    email="els@vanderlinden.be",
    phone="03 455 12 12",
)


@pytest.mark.parametrize(
    ("about", "text"),
    [
        ("the business trip", "On a business trip in Lier; the speculoos were the best part of my week."),
        ("your dad's family history", "Came for my dad's family history and found your speculoos. Amazing!"),
        ("the day", "What a day. Lovely speculoos!!"),
        ("", "lovely speculoos, friendly staff"),
    ],
)
def test_a_trip_or_its_reason_gives_way_to_the_product_named(about: str, text: str) -> None:
    products = (Mention("husband"), Mention("speculoos", plural=True))
    assert praised_product(about, products, text) == "the speculoos"


def test_a_thing_of_its_own_or_an_occasion_stays() -> None:
    products = (Mention("speculoos"),)
    assert praised_product("the apple pie", products, "The apple pie and speculoos!") == "the apple pie"
    said = "For my mum's 70th birthday: speculoos for everyone."
    assert praised_product("your mum's 70th birthday", products, said) == "your mum's 70th birthday"
    # a product the comment does not name as written is no product to say back
    assert praised_product("the trip", (Mention("taart"),), "Great trip, great people") == "the trip"


@pytest.mark.parametrize(
    ("text", "event", "home"),
    [
        ("We visited Lier for the Christmas market, took pralines back to Leeds.", "Christmas market", "Leeds"),
        ("Came all the way from Cardiff for the flower festival!", "flower festival", "Cardiff"),
        ("visiting the kerstmarkt with friends, we live in Glasgow", "kerstmarkt", "Glasgow"),
        ("Great bread. We are from Bristol.", "", "Bristol"),
        ("Back to the hotel with our cake", "", ""),
    ],
)
def test_what_brought_the_writer_and_where_they_live_are_said(text: str, event: str, home: str) -> None:
    lines = dict(praise_lines(text))
    assert lines.get("came_for", {}).get("waarde", "") == event
    assert lines.get("home", {}).get("waarde", "") == home


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("On a work trip to Mechelen. Their speculoos and the pralines made my mornings. Great people!", "pralines"),
        ("We came for my grandmother's family history. Els recommended the rijstevlaai, superb!", "rijstevlaai"),
    ],
)
def test_an_english_thanks_names_the_product_not_the_trip(text: str, said: str) -> None:
    draft = draft_text(PATISSERIE, THANKS, text, platform="google", author="Claire Hughes")
    assert said in draft
    assert "trip" not in draft and "family history" not in draft


def test_an_english_thanks_says_what_brought_them_and_greets_their_home() -> None:
    text = "Visited Lier for the Christmas market. The rijstevlaai was divine, we took two back to Leeds!"
    draft = draft_text(PATISSERIE, THANKS, text, platform="google", author="Claire Hughes")
    assert "rijstevlaai" in draft and "Christmas market" in draft and "Leeds" in draft
    assert "enjoyed your visit" not in draft
