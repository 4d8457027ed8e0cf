"""Suggestion drafts that name what the writer wished for (session 9): the thing said to be missing
('waarom geen ...', 'missing: ...', 'er was geen ...') and an idea announced 'voor je Ruud:'. Sentences of
their own, other businesses and other words than the benchmark rounds."""

from __future__ import annotations

from dataclasses import replace

from tests.domain.businesses import BOEKHANDEL_BLAD, GARAGE_DEKKER
from tests.domain.drafts import draft_text

GARAGE = replace(GARAGE_DEKKER, register="u")
THANKS = "uitkomst_bedank_publiek_suggestie"


def test_the_missing_thing_is_named_as_the_idea() -> None:
    text = "beste boekwinkel vd stad 📚 maar waarom geen leesbrillen bij de kassa?? zou ik zo meenemen"
    draft = draft_text(BOEKHANDEL_BLAD, THANKS, text, platform="instagram", author="lezer_lies")
    assert "idee voor leesbrillen" in draft, draft
    text = "Snelle APK, netjes gedaan. Enige wat ik mis: een leenauto, moest nu met de bus 🙈"
    draft = draft_text(GARAGE, THANKS, text, author="Karel")
    assert "idee voor een leenauto" in draft and "mooie woorden over de leenauto" not in draft, draft


def test_a_missed_thing_in_a_minus_point_with_the_wish_after_it() -> None:
    text = "Fijne zaak. Eén puntje: er was geen koffieautomaat in de wachtruimte. Zou prettig zijn voor wie wacht!"
    draft = draft_text(GARAGE, THANKS, text, author="Karel")
    assert "koffieautomaat" in draft, draft


def test_an_idea_announced_for_the_owner_is_named() -> None:
    text = "Tip voor jullie: een leesclub op donderdagavond, dan kom ik zeker 😊 jullie hebben zo'n fijne zaak"
    draft = draft_text(BOEKHANDEL_BLAD, THANKS, text, author="Kees")
    assert "leesclub" in draft, draft


LATE_GARAGE = replace(GARAGE_DEKKER, opening_hours="ma–vr 8:00–17:30, wo tot 21:00, za 9:00–13:00")
LATE_BOOKSHOP = replace(BOEKHANDEL_BLAD, register="u", phone="", opening_hours="di–za 9:30–17:30; vrijdag 9:30-21:00")


def test_a_wish_for_an_evening_is_answered_with_the_evening_the_profile_has() -> None:
    text = "Top garage, maar ik werk tot half 6. Kunnen jullie niet een avond in de week langer open? Dan kom ik vaker"
    draft = draft_text(LATE_GARAGE, THANKS, text, author="Karel")
    assert "woensdag tot 21:00" in draft and "za" not in draft.split("open:")[-1][:12], draft
    text = "Fijne winkel!! Zou mooi zijn als jullie ook s avonds open zijn, een koopavond ofzo 📚"
    draft = draft_text(LATE_BOOKSHOP, THANKS, text, author="Lies")
    assert "vrijdag 9:30-21:00" in draft, draft


def test_a_wish_for_longer_hours_on_one_day_keeps_that_day() -> None:
    text = "Goede service! Eén idee: zouden jullie op zaterdag wat langer open kunnen blijven?"
    draft = draft_text(LATE_GARAGE, THANKS, text, author="Karel")
    assert "woensdag tot 21:00" not in draft, draft
