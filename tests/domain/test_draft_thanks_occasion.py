"""The occasion a praising comment tells, in the thank-you (app/domain/draft_thanks_occasion.py): congratulations
with the years said back, condolences with no cheer beside them, the thing a photo is on as the business's part in
the day."""

from __future__ import annotations

import pytest

from app.domain.draft_thanks_occasion import bearing
from app.nlp.topics import analyse_topics
from tests.domain.businesses import SCOOTERHUIS_VAN_DAM
from tests.domain.drafting.shops import BISTRO
from tests.domain.drafts import draft_text

THANKS = "uitkomst_bedank_publiek"


@pytest.mark.parametrize(
    "text",
    [
        "Henk heeft de oude Gazelle van mijn moeder (†2021) weer rijklaar gemaakt, ik zat te huilen erop.",
        "Mijn Batavus uit '85 rijdt weer als nieuw dankzij Henk, ik moest er bijna van wenen",
        "Mijn vaders oude Peugeot uit '78 rijdt weer perfect, ik heb gewoon gejankt. Ge zijt een held!",
    ],
)
def test_no_cheer_next_to_tears_or_a_loss(text: str) -> None:
    draft = draft_text(SCOOTERHUIS_VAN_DAM, THANKS, text, author="Karel Peeters")
    assert "doe ik het voor" not in draft and "doen we het voor" not in draft, draft
    assert "ontroerend" in draft or "een eer" in draft, draft


@pytest.mark.parametrize(
    "text",
    [
        "Merci voor de taart voor de gouden bruiloft van ons moeder en vader, ze waren er stil van.",
        "Bedankt voor het etentje voor de robijnen bruiloft van mijn mama en papa!!",
        "de zilveren bruiloft van opa en oma was top dankzij jullie taart",
        "Thanks! Diamanten bruiloft van mijn pa en ma gevierd bij jullie, subliem eten.",
    ],
)
def test_a_couples_anniversary_is_theirs_not_one_of_them(text: str) -> None:
    from app.domain.profile import BusinessProfile

    shop = BusinessProfile(name="Feestzaal De Linde", kind="restaurant", signers=["Els"], voice="wij", register="u")
    made = draft_text(shop, "uitkomst_bedank_publiek", text)
    assert "ouders" in made, made
    assert not any(f"van uw {p}" in made or f"aan uw {p}" in made for p in ("moeder", "vader", "mama", "opa", "pa"))


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Onze 25ste trouwverjaardag gevierd in de serre, het eten was top!", "25"),
        ("Onze 40ste huwelijksverjaardag gevierd met de kinderen, heerlijk gegeten!", "40"),
    ],
)
def test_a_wedding_anniversary_gets_its_years_said_back_with_the_wishes(text: str, years: str) -> None:
    # '25ste' in the thanks names the day; '25 jaar' with the congratulations is what the couple celebrates
    draft = draft_text(BISTRO, THANKS, text, author="Karel Jansen")
    assert f"{years} jaar" in draft, draft


def test_an_age_someone_of_the_writers_turned_is_said_back_on_another_occasion() -> None:
    # 'Moederdag gevierd met mama, die dit jaar 80 werd': the day is moederdag, her 80 years are wished well too
    text = "Moederdag gevierd met mama, die dit jaar 80 werd. Het dessert was heerlijk!"
    draft = draft_text(BISTRO, THANKS, text, author="Karel Jansen")
    assert "80 jaar" in draft, draft


def test_the_thing_a_photo_is_on_is_what_helped_with_the_occasion() -> None:
    text = "Voor hun 25 jaar trouw maakten jullie de vlaai met hun trouwfoto erop, en iedereen genoot ervan."
    assert getattr(bearing(analyse_topics(text), "trouwfoto", text), "text", "") == "vlaai"


def test_a_photo_put_on_the_one_thing_named_before_it_is_on_that_thing() -> None:
    text = "De kerststol voor onze 40 jaar samen was prachtig. De bakker had onze trouwfoto er zelf op gezet!"
    assert getattr(bearing(analyse_topics(text), "trouwfoto", text), "text", "") == "kerststol"
    # two things named before it: which one it is on is not said
    text = "De kerststol en de taart voor onze 40 jaar samen waren prachtig. De bakker had onze trouwfoto erop gezet!"
    assert bearing(analyse_topics(text), "trouwfoto", text) is None
