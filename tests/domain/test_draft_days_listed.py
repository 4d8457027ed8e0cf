"""A holiday line that names several dates ('1 mei en 21 mei: gesloten') names each of them, also one whose
number ends another date of the line ('1 mei' beside '21 mei'); and Flemish 'da'/'wa' only point back ('hoeveel
kost da?'), they name no thing to come back on. Shops and sentences of their own."""

from __future__ import annotations

import pytest

from app.domain.draft_days import closed_on, holiday_names, hours_on, in_range, names_in
from app.domain.draft_holiday_lines import entry_span, spelled_days
from app.domain.draft_questions_about import asked_about
from app.domain.profile import BusinessProfile
from app.domain.textnorm import normalise
from tests.domain.drafts import suggested

BAKKER = BusinessProfile(
    name="Bakkerij De Korenschoof",
    kind="bakkerij",
    signers=["Lut"],
    voice="wij",
    register="u",
    email="info@korenschoof.be",
    opening_hours="di–za 7:00–18:00, zo 7:00–12:00; maandag gesloten",
    holidays="1 mei en 21 mei: gesloten; 15 augustus: 7:00–12:00",
)


@pytest.mark.parametrize(
    ("day", "line", "named"),
    [
        ("1 mei", "1 mei en 21 mei", True),
        ("21 mei", "1 mei en 21 mei", True),
        ("1 mei", "21 mei en 31 mei", False),
        ("1 november", "11 november: gesloten", False),
        ("1 november", "11 november en 1 november: gesloten", True),
    ],
)
def test_each_date_of_a_line_is_named(day: str, line: str, named: bool) -> None:
    assert names_in(holiday_names(day), normalise(line)) is named


def _draft(text: str, profile: BusinessProfile) -> str:
    return suggested(profile, text, author="Els Wuyts")


@pytest.mark.parametrize(
    "text",
    [
        "Zijt ge open op 1 mei?",
        "Goeiemorgen, zijn jullie open op 1 mei? Ik wil taart halen.",
        "Zijn jullie 1 mei open?",
    ],
)
def test_a_date_listed_before_a_later_one_is_answered_closed(text: str) -> None:
    draft = _draft(text, BAKKER)
    assert "1 mei" in draft
    assert "gesloten" in draft or "dicht" in draft


@pytest.mark.parametrize("question", ["hoeveel kost da?", "En wa kost da?", "Doet ge da?"])
def test_flemish_pointers_name_nothing(question: str) -> None:
    assert asked_about((question,)) == ""


def test_a_thing_after_the_verb_is_still_named() -> None:
    assert "taarten" in asked_about(("Maken jullie ook taarten?",))


@pytest.mark.parametrize(
    ("line", "span"),
    [
        ("zomersluiting: maandag 4 t/m zondag 17 augustus dicht", "maandag 4 t/m zondag 17 augustus"),
        ("verlof: dinsdag 2 tot en met vrijdag 5 september gesloten", "dinsdag 2 tot en met vrijdag 5 september"),
    ],
)
def test_a_range_with_weekdays_is_a_range(line: str, span: str) -> None:
    written, value = line.split(": ")
    assert entry_span(written, value)[1] == span
    assert in_range(holiday_names("10 augustus" if "augustus" in line else "4 september"), spelled_days(span))


RESTAURANT = BusinessProfile(
    name="Eethuis De Pluim",
    kind="restaurant",
    signers=["Joke"],
    voice="wij",
    register="u",
    email="info@depluim.nl",
    opening_hours="wo–zo 12:00–22:00; maandag en dinsdag dicht",
    holidays="zomersluiting: maandag 4 t/m zondag 17 augustus dicht; 31 december: tot 18:00",
)


@pytest.mark.parametrize(
    "text",
    ["Zijn jullie open op zaterdag 9 augustus?", "we willen donderdag 14 augustus komen eten, kan dat?"],
)
def test_a_date_inside_a_range_with_weekdays_is_closed(text: str) -> None:
    draft = _draft(text, RESTAURANT)
    assert "17 augustus" in draft
    assert "dicht" in draft or "gesloten" in draft


def test_hours_written_as_sentences_keep_each_day_apart() -> None:
    hours = "Woensdag t/m zaterdag 7.00–17.00, zondag 7.30–12.30. Maandag en dinsdag gesloten."
    assert closed_on(hours, "op zondag") == ""
    assert hours_on(hours, "zondag") == "zondag 7.30–12.30"
    assert closed_on(hours, "op maandag") == "maandag"
