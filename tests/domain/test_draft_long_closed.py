"""A rumour of a long closing that the profile's holidays name shorter (app/domain/draft_long_closed.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.domain.draft_long_closed import long_closed, long_closed_said
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

RUMOUR = "uitkomst_onwaarheid"

_SALON = BusinessProfile(
    name="Haarstudio Fenna",
    kind="kapsalon",
    signers=["Fenna"],
    register="je",
    voice="ik",
    email="fenna@haarstudiofenna.nl",
    holidays="25 en 26 december: dicht; 31 december: 9:00–14:00; 2 tot en met 9 januari: dicht (wintervakantie)",
)
_BISTRO = BusinessProfile(
    name="Bistro 't Pleintje",
    kind="restaurant",
    signers=["Karel"],
    register="u",
    voice="wij",
    email="info@pleintje.be",
    holidays="24 december: vanaf 18:00; jaarlijks verlof: 10 tot en met 17 maart",
)


@pytest.mark.parametrize(
    "text",
    [
        "Klopt het dat je na nieuwjaar een hele maand dicht bent?",
        "ik hoorde dat fenna in januari wekenlang dichtgaat, klopt dat??",
        "Is 't waar dat ge na Nieuwjaar een ganse maand toe zijt?",
        "Klopt 't dat ie nao niejaor 'n hele maand dicht bint?",
        "Klopt het dat u in januari weken gesloten bent?",
    ],
)
def test_a_long_closing_rumoured_gets_the_profiles_shorter_days(text: str) -> None:
    said = draft_text(_SALON, RUMOUR, text)
    assert "2 tot en met 9 januari" in said and "[vul in" not in said, said
    assert "klopt het dat" not in said.lower(), said


def test_a_closing_in_another_month_is_not_said() -> None:
    # the bistro's leave is in March; a rumour about January (or February after it) is not answered with it
    assert long_closed("Na nieuwjaar zijn jullie een hele maand dicht, toch?", _BISTRO) == ""


def test_a_named_leave_in_the_month_is_said() -> None:
    said = long_closed("Klopt het dat jullie in maart een hele maand gesloten zijn?", _BISTRO)
    assert "10 tot en met 17 maart" in said, said


def test_no_long_closing_rumoured_says_nothing() -> None:
    assert long_closed("Zijn jullie na nieuwjaar dicht?", _SALON) == ""


def test_a_closing_as_long_as_the_rumour_is_left_to_the_owner() -> None:
    long = BusinessProfile(
        name="Ijssalon Gelato", kind="ijssalon", signers=["Gino"], holidays="1 tot en met 31 januari: dicht"
    )
    assert long_closed("Klopt het dat jullie in januari een hele maand dicht zijn?", long) == ""


@pytest.mark.parametrize(
    "text",
    [
        "Klopt het dat jullie de hele maand januari dichtblijven?",
        "Iemand zei dat Fenna na nieuwjaar een hele maand sluit.",
        "Is it true you are closed for a whole month after New Year in januari?",
    ],
)
def test_every_way_of_saying_closed_comes_from_the_one_list(text: str) -> None:
    assert "2 tot en met 9 januari" in long_closed(text, _SALON)


@pytest.mark.parametrize(
    "text",
    [
        "Klopt het dat jullie in januari een hele maand dichtbij het station zitten?",
        "Is het waar dat de kapper in januari wekenlang dichter bij huis knipt?",
    ],
)
def test_dichtbij_and_dichter_say_no_closing(text: str) -> None:
    assert long_closed(text, _SALON) == ""


def test_a_month_counts_longer_than_weeks() -> None:
    # 2 to 9 January is 8 days: shorter than 'weken' (14) and than 'een hele maand' (28); a 20-day leave is only
    # shorter than a month
    long = replace(_SALON, holidays="2 tot en met 21 januari: dicht (wintervakantie)")
    assert long_closed("Klopt het dat jullie in januari weken dicht zijn?", long) == ""
    assert "2 tot en met 21 januari" in long_closed("Klopt het dat jullie in januari een hele maand dicht zijn?", long)


_FRITUUR = BusinessProfile(
    name="Frituur De Kaai",
    kind="frituur",
    signers=["Dirk"],
    register="u",
    voice="wij",
    email="dirk@frituurdekaai.be",
    holidays="24 december: 11:00–19:00; 25 en 26 december: gesloten; 31 december: 11:00–16:00; "
    "collectief verlof: 3 t/m 16 januari",
)


@pytest.mark.parametrize(
    "text",
    [
        "Iemand weet of De Kaai in januari echt een hele maand toe is?",
        "ik hoorde dat de frituur heel januari dicht is, klopt dat",
        "Is't waar da ze ne ganse maand toe zijn in januari?",
        "Klopt het dat jullie in januari een maand lang gesloten zijn? Moet ik naar een andere frituur?",
    ],
)
def test_a_closing_of_a_week_or_more_is_said_not_denied(text: str) -> None:
    # 't/m' spelled in the profile counts every day of it (3 to 16 January is 14 days, not one)
    said = draft_text(_FRITUUR, RUMOUR, text)
    assert "3 t/m 16 januari" in said and "[vul in" not in said and "klopt niet" not in said, said


@pytest.mark.parametrize(
    "text",
    [
        "Iemand weet of De Kaai in januari echt een hele maand toe is?",
        "ik hoorde dat de frituur heel januari dicht is, klopt dat",
        "Is it true you are closed all of januari?",
        "Klopt het dat je de ganse maand januari gesloten bent?",
    ],
)
def test_a_closing_of_a_week_or_more_makes_the_rumour_partly_right(text: str) -> None:
    assert long_closed_said(text, _FRITUUR) == ("collectief verlof (3 t/m 16 januari)", True)


def test_a_short_closing_makes_it_wrong_not_partly_right() -> None:
    days, partly = long_closed_said("Klopt het dat jullie na nieuwjaar een hele maand dicht zijn?", _SALON)
    assert "2 tot en met 9 januari" in days and partly  # 8 days: a week or more
    short = replace(_SALON, holidays="2 t/m 4 januari: dicht; 5 januari: 9:00–12:00")
    said = long_closed_said("Klopt het dat jullie in januari wekenlang toe zijn?", short)
    assert said == ("2 t/m 4 januari dicht", False)


@pytest.mark.parametrize(
    "text",
    [
        "Is't waar dat Kapsalon Fenna heel de kerstvakantie toe is? Iemand zei twee weken.",
        "Fenna is de hele kerstvakantie weken dicht, las ik in de groep",
        "Klopt het dat je in de kerstvakantie wekenlang gesloten bent?",
        "Hoor dat fenna met de kerstvakantie weken lang dichtgaat, moet nog geknipt worden voor oudejaar",
    ],
)
def test_every_line_in_the_feast_named_is_said(text: str) -> None:
    # the open 31 December and the closed 25 and 26 December fall in the Christmas holiday; the leave in January too
    said = long_closed(text, _SALON)
    assert "25 en 26 december" in said and "31 december" in said and "2 tot en met 9 januari" in said, said


def test_a_named_closing_in_the_value_is_closed() -> None:
    winter = replace(_SALON, holidays="2 t/m 14 januari: winterstop")
    said = long_closed("Klopt het dat jullie in januari een hele maand dicht zijn?", winter)
    assert "2 t/m 14 januari" in said, said


@pytest.mark.parametrize(
    "text",
    [
        "Wij waren heel januari op reis, en nu hoor ik dat jullie op maandag gesloten zijn?",
        "Ik ben de hele maand januari ziek geweest. Klopt het dat jullie dinsdags dicht zijn?",
        "we zaten wekenlang in spanje, hoor nu dat jullie woensdag toe zijn??",
        "We were away all of January, and now I hear you're closed on Mondays?",
    ],
)
def test_a_long_time_of_the_writer_s_own_is_no_long_closing(text: str) -> None:
    assert long_closed_said(text, _SALON) == ("", False)


def test_a_long_closing_in_the_clause_of_the_closed_word_still_counts() -> None:
    said, partly = long_closed_said("Hoorde dat jullie heel januari dicht zijn, klopt dat?", _SALON)
    assert "2 tot en met 9 januari" in said and partly


_BAKERY = replace(_SALON, holidays="jaarlijkse sluiting 26 juli t/m 7 augustus: dicht")


@pytest.mark.parametrize(
    "text",
    [
        "Op de camping zeggen ze dat jullie de hele zomervakantie dicht zijn",
        "Is't waar da ge heel de zomer toe zijt?",
        "Klopt het dat jullie de hele bouwvak gesloten zijn?",
    ],
)
def test_the_whole_summer_is_a_long_closing_the_summer_leave_makes_partly_right(text: str) -> None:
    said, partly = long_closed_said(text, _BAKERY)
    assert "26 juli t/m 7 augustus" in said and partly, said


_KITCHEN_HOURS = "do–ma 11:30–22:00 (keuken 12:00–14:00 en 18:00–21:30); dinsdag en woensdag gesloten"


@pytest.mark.parametrize(
    ("text", "hours", "expected"),
    [
        # the kitchen's own hours close later than the rumour says
        (
            "de keuken sluit daar al om 20u heb ik gehoord",
            _KITCHEN_HOURS,
            {"onderwerp": "de keuken", "waarde": "21:30"},
        ),
        # the shop closes later every day
        (
            "de winkel is om 17 uur al dicht",
            "di–vr 9:00–18:30, za 9:00–18:00",
            {"onderwerp": "de zaak", "waarde": "18:30"},
        ),
        # one day closes that early: the rumour may be right
        ("ze sluiten om 17u", "di–vr 9:00–12:00 en 13:30–18:30, za 9:00–17:00", {}),
        # the kitchen named, but only the shop's hours are known
        ("de keuken sluit om 20u", "di–zo 11:00–22:00", {}),
        # no clock time
        ("de keuken sluit vroeg", _KITCHEN_HOURS, {}),
    ],
)
def test_closes_later(text: str, hours: str, expected: dict[str, str]) -> None:
    from app.domain.draft_long_closed import closes_later

    assert closes_later(text, hours) == expected


def test_closes_later_leaves_a_named_day_to_its_hours() -> None:
    from app.domain.draft_long_closed import closes_later

    assert closes_later("Hoor dat ze op zaterdag al om 12 uur dicht gaan", "ma–vr 7:00–18:00, za 7:00–16:00") == {}


@pytest.mark.parametrize(
    "text",
    [
        "Fenna is toch failliet? Zat weken dicht in januari, zag ik toen ik langs fietste.",
        "Gaat Fenna met pensioen? Heel januari dicht geweest!",
    ],
)
def test_a_closing_the_profile_lists_refutes_a_rumour_of_closing_for_good(text: str) -> None:
    # the closing is partly the rumour's long closing, but it says the business is there: 'gewoon open'
    said = draft_text(_SALON, RUMOUR, text)
    assert "gewoon open" in said and "2 tot en met 9 januari" in said and "deels" not in said, said


def test_a_long_closing_without_closing_for_good_stays_partly_right() -> None:
    said = draft_text(_SALON, RUMOUR, "Klopt het dat u in januari weken gesloten bent?")
    assert "gewoon open" not in said and "deels" in said, said


# A whole school holiday said closed ('heel de vakantie toe') and the profile closes a few days in it; the day it
# opens again, when the profile says so, comes with the closing (issue #13, session 46).
_BAKER = BusinessProfile(
    name="Bakkerij Het Volkoren",
    kind="bakkerij",
    signers=["Inge"],
    register="u",
    voice="wij",
    holidays=(
        "Allerheiligen (1 november) open tot 12:00. Maandag 28 oktober tot en met woensdag 30 oktober gesloten "
        "(opleiding); vanaf donderdag 31 oktober weer open."
    ),
)


@pytest.mark.parametrize(
    "text",
    [
        "Die van Het Volkoren zijn heel de herfstvakantie toe, op reis naar de zon.",
        "Ik hoorde dat de bakker de hele vakantie dicht is eind oktober",
        "In de herfstvakantie zijn ze de ganse vakantie gesloten, zeggen ze",
    ],
)
def test_a_whole_holiday_said_closed_gets_the_few_days_and_the_day_it_opens_again(text: str) -> None:
    said = long_closed(text, _BAKER)
    assert "30 oktober gesloten" in said and "31 oktober weer open" in said, said
    assert ": ." not in said and ": ;" not in said, said


def test_no_whole_holiday_said_closed_says_nothing() -> None:
    assert long_closed("Zijn jullie in de herfstvakantie open?", _BAKER) == ""
