"""Question answers (app/domain/draft_answers.py): a question about one weekday gets that day's hours in the
profile's words, not the whole week; a writer who comes too late hears what they come for named. Businesses and
sentences of their own."""

from __future__ import annotations

import pytest

from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_OUTCOME = "uitkomst_vraag_beantwoorden"

_SALON = BusinessProfile(
    name="Kapsalon Krul",
    kind="kapsalon",
    signers=["Nina"],
    voice="ik",
    register="je",
    email="nina@krul.be",
    opening_hours="di, vr 9:00–18:00; wo 13:00–19:00; za 8:00–14:00; zondag en maandag gesloten",
)

_BAKKER = BusinessProfile(
    name="Bakkerij Het Korenaar",
    kind="bakkerij",
    signers=["Joke"],
    voice="wij",
    register="je",
    email="info@korenaar.nl",
    opening_hours="ma–vr 7:30–18:00, za 7:30–15:00, zo dicht",
    holidays="31 december: 7:30–14:00",
)


@pytest.mark.parametrize(
    "text",
    [
        "Knip je ook kinderen op woensdagnamiddag?",
        "kan ik woensdagmiddag langskomen met mijn zoon?",
        "Are you open on Wednesday? Kun je woensdag mijn dochter knippen?",
        "Ben je woensdag open voor een kinderknip?",
    ],
)
def test_a_question_on_one_day_gets_that_day_in_the_profiles_words(text: str) -> None:
    said = draft_text(_SALON, _OUTCOME, text, platform="x")
    assert "woensdag" in said and "wo 13:00–19:00" in said, said
    assert "za 8:00–14:00" not in said, said


def test_a_wish_for_other_hours_on_a_day_is_no_question_on_that_day() -> None:
    said = draft_text(
        _SALON, "uitkomst_bedank_publiek_suggestie", "Zou je op zaterdag niet tot 16:00 open kunnen blijven?"
    )
    assert "wo 13:00–19:00" not in said, said


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Zijn jullie op 31 december open? Wil nog een tulband halen maar ben pas om half 4 vrij", "je tulband"),
        ("open op 31 december?? moet mijn oliebollen ophalen maar ik ben er pas om 15:00", "je oliebollen"),
        ("Zijn jullie 31 december open? Ik kom de taart ophalen maar kan pas om 16 uur", "de taart"),
    ],
)
def test_too_late_names_what_the_writer_comes_for(text: str, thing: str) -> None:
    said = draft_text(_BAKKER, _OUTCOME, text)
    assert "14:00" in said and "al dicht" in said and thing in said, said


def test_too_late_without_a_thing_stays_plain() -> None:
    said = draft_text(_BAKKER, _OUTCOME, "Zijn jullie op 31 december open? Ik kan pas om half 4")
    assert "al dicht" in said and " voor je " not in said, said


_FRITUUR = BusinessProfile(
    name="Frituur De Kaai",
    kind="restaurant",
    signers=["Bram"],
    voice="wij",
    register="je",
    email="info@dekaai.be",
    opening_hours="wo–zo 11:30–21:00",
    holidays="zomerverlof: 14 t/m 28 juli gesloten; 25 december: gesloten",
)


@pytest.mark.parametrize(
    "rumour",
    [
        "Is De Kaai definitief toe? In juli stond ik daar voor een gesloten deur.",
        "weet iemand of de kaai voorgoed dicht is?? was half juli dicht en de rolluiken waren naar beneden",
        "Zijn ze DEFINITIEF GESLOTEN? Twee keer voor gesloten deuren gestaan in juli",
    ],
)
def test_a_closing_for_good_seen_during_a_holiday_is_denied_with_its_dates(rumour: str) -> None:
    made = draft_text(_FRITUUR, "uitkomst_onwaarheid", rumour, author="Lien Claes")
    assert "stop" in made and "14 t/m 28 juli" in made and "gewoon weer" in made, made


@pytest.mark.parametrize(
    ("short", "hours", "part"),
    [
        ("wo", "ma gesloten, di-vr 9:00-18:00, wo 13:00-18:30", "wo 13:00-18:30"),
        ("za", "Za 10:00–16:00; zo gesloten", "Za 10:00–16:00"),
        ("zo", "ma-za 9u-17u, zo gesloten", None),  # no hour for that day alone
    ],
)
def test_the_part_of_the_hours_for_one_day(short: str, hours: str, part: str | None) -> None:
    from app.domain.draft_answers import _day_part

    found = _day_part(short).search(hours)
    assert (found.group(1).strip() if found else None) == part
    assert _day_part(short) is _day_part(short)  # compiled once
