"""The age or wedding years of an occasion said back once with the congratulations (app/domain/draft_ages.py),
never in a reply to a loss or a safety matter; a complaint names the day counted in years
(app/domain/draft_events.py occasion_whose)."""

from __future__ import annotations

import re

import pytest

from app.domain.draft_ages import age_congrats, age_said
from app.domain.draft_text import Part
from app.domain.topics import TopicAnalysis
from tests.domain.drafting.shops import BISTRO
from tests.domain.drafts import draft_text

THANKS = "uitkomst_bedank_publiek"
REPAIR = "uitkomst_herstel"
_CONGRATS = re.compile(r"gefeliciteerd|proficiat", re.I)


@pytest.mark.parametrize(
    ("age", "draft", "said"),
    [
        (("80", "80"), "80 jaar, wat mooi!", True),
        (("80", "80"), "Wat leuk dat jullie de 80ste verjaardag bij ons vierden.", True),
        (("6", "zesde"), "Leuk dat de taart er was op zijn zesde verjaardag.", True),
        (("90", "negentig"), "Op de negentigste verjaardag van je oma!", True),
        (("40", "40"), "Proficiat met jullie 40-jarig huwelijksjubileum.", True),
        (("80", "80"), "Wat leuk dat jullie de verjaardag van je moeder bij ons vierden.", False),
        (("5", "5"), "We zien jullie graag terug om 15:30 of op 1,5 km van hier.", False),
    ],
)
def test_an_age_said_once_in_any_form_is_not_said_again(age: tuple[str, str], draft: str, said: bool) -> None:
    assert age_said(age, draft) is said


def test_the_first_age_not_said_yet_is_congratulated() -> None:
    topics = TopicAnalysis(occasion="verjaardag", ages=(("70", "70"), ("72", "72")))
    assert age_congrats(topics, None, "Leuk dat jullie met 70 gasten kwamen.") == ("congrats_age", {"waarde": "72"})
    assert age_congrats(topics, None, "70 en 72, wat een feest.") is None


def test_no_age_is_congratulated_after_a_loss_a_hazard_or_for_a_day_to_come() -> None:
    condolence = Part("condolence", "Gecondoleerd met het verlies van je opa.", True)
    ninety, nine = (("90", "90"),), (("9", "9"),)
    assert age_congrats(TopicAnalysis(occasion="rouw", ages=ninety), None, "") is None
    assert age_congrats(TopicAnalysis(occasion="verjaardag", ages=ninety), condolence, "") is None
    assert age_congrats(TopicAnalysis(safety=("allergie",), ages=nine), None, "") is None
    assert age_congrats(TopicAnalysis(occasion="verjaardag", ages=nine), None, "", ahead=True) is None


def test_the_person_whose_day_it_is_stays_in_the_congratulations() -> None:
    owner = Part("congrats", "En je schoonmoeder nog van harte gefeliciteerd!", False)
    aged = age_congrats(TopicAnalysis(occasion="verjaardag", ages=(("65", "65"),)), owner, "", "je schoonmoeder")
    assert aged == ("congrats_age_owner", {"waarde": "65", "persoon": "je schoonmoeder"})


def test_an_age_at_another_occasion_is_congratulated_once() -> None:
    text = "Vaderdag gevierd met opa, die vorige week nog 90 werd. De tomatensoep was zoals vroeger!"
    draft = draft_text(BISTRO, THANKS, text, author="Marieke")
    assert draft.count("90 jaar") == 1 and len(_CONGRATS.findall(draft)) == 1, draft


def test_an_anniversary_named_by_its_ordinal_gets_its_years_once() -> None:
    text = "Onze 30ste trouwdag gevierd aan het raam, het stoofvlees was om duimen en vingers af te likken."
    draft = draft_text(BISTRO, THANKS, text, author="Ria en Kees")
    # the day keeps its ordinal; the years come once, as time together, not as 'getrouwd' after 'trouwdag'
    assert "30ste" in draft and draft.count("30 jaar") == 1 and "getrouwd" not in draft, draft
    assert len(_CONGRATS.findall(draft)) == 1, draft


def test_a_bare_age_is_not_congratulated() -> None:
    text = "Met mijn moeder (87) komen lunchen, jullie hadden meteen een stoel met leuning klaar. Top!"
    draft = draft_text(BISTRO, THANKS, text, author="Wim")
    assert "87" not in draft and not _CONGRATS.search(draft), draft


def test_no_congratulations_in_a_reply_to_a_loss() -> None:
    text = "Na de uitvaart van opa, die in maart nog 90 werd, konden we bij jullie terecht. Dank voor de warme zorg."
    draft = draft_text(BISTRO, THANKS, text, author="Els")
    assert not _CONGRATS.search(draft) and "90 jaar" not in draft, draft


def test_no_congratulations_in_a_reply_to_a_hazard() -> None:
    text = "Mijn zoon werd gisteren 8 en kreeg bij jullie een ijsje met noten, terwijl ik zei dat hij allergisch is!"
    draft = draft_text(BISTRO, REPAIR, text, author="Sanne")
    assert not _CONGRATS.search(draft), draft


def test_a_complaint_names_the_day_counted_in_years_without_calling_it_the_writers() -> None:
    text = "Tafel voor 12 gereserveerd (65ste verjaardag schoonmoeder), bij aankomst wist niemand ervan. Schandalig."
    draft = draft_text(BISTRO, REPAIR, text, author="Joris")
    assert "de 65ste verjaardag" in draft and not re.search(r"\b(?:je|uw) 65ste", draft), draft


@pytest.mark.parametrize(
    "text",
    [
        # a farewell that ends no career is often a funeral; a grim comment has no age to cheer (review 31, 4)
        "Bedankt voor de bloemen bij het afscheid van opa, die net 90 werd. Het was mooi.",
        "Dank jullie wel voor de taart bij het afscheid van onze opa, die in maart nog 90 werd.",
        "Dank voor de broodjes op de afscheidsreceptie in het woonzorgcentrum voor mama, die dit jaar 85 werd.",
        "Merci voor de koffietafel na het afscheid van ons moeke, die vorig jaar nog 88 werd.",
    ],
)
def test_no_age_is_congratulated_at_a_farewell_or_in_a_grim_comment(text: str) -> None:
    draft = draft_text(BISTRO, THANKS, text, author="Ann")
    assert not _CONGRATS.search(draft), draft


# A child's age is no milestone to admire ('7 jaar, wat mooi!'); a grown-up's is.
@pytest.mark.parametrize(
    ("age", "key"),
    [
        ("9", "congrats_age_young"),
        ("17", "congrats_age_young"),
        ("18", "congrats_age"),
        ("65", "congrats_age"),
    ],
)
def test_a_childs_age_takes_the_childs_congratulation(age: str, key: str) -> None:
    topics = TopicAnalysis(occasion="verjaardag", ages=((age, age),))
    assert age_congrats(topics, None, "Dank je wel!") == (key, {"waarde": age})


def test_a_child_turning_some_years_gets_no_milestone_wording() -> None:
    text = "Ons zoontje Wannes werd 6 en kreeg een step van jullie. Hij wil er niet meer af, dank jullie!"
    made = draft_text(BISTRO, THANKS, text)
    assert "wat mooi" not in made and "mijlpaal" not in made
