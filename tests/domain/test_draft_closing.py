"""New Year's Eve by its everyday names ('oud en nieuw', 'oud & nieuw', 'oud-en-nieuw', 'oudjaar') in a question about
opening hours, answered from the profile's holidays; a product for that day ('oliebollen voor oud en nieuw') stays a
question about the product. Shops and sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_closing import closing_date
from app.domain.draft_days import days_named, said_for
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import draft_text

ANSWER = "uitkomst_vraag_beantwoorden"


def _shop(holidays: str) -> BusinessProfile:
    return BusinessProfile(
        name="Banketbakkerij Het Zoete Hoekje",
        kind="bakkerij",
        signers=["Marleen"],
        register="je",
        voice="ik",
        email="marleen@zoetehoekje.nl",
        opening_hours="di–za 8:00–17:00",
        holidays=holidays,
        faq=[FaqItem("Kan ik een taart bestellen?", "Ja, een taart bestel je twee dagen van tevoren.")],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Open met oud en nieuw?",
        "zijn jullie open met oud & nieuw",
        "Oud-en-nieuw open??",
        "Zijn jullie met OUD EN NIEUW open?",
    ],
)
def test_new_years_eve_by_its_everyday_names_is_found(text: str) -> None:
    assert "oud en nieuw" in days_named(text)


@pytest.mark.parametrize(
    "text",
    ["Hoe laat sluit je met oudjaar?", "ben je open op oudejaarsdag?", "Open op oudjaarsavond?"],
)
def test_a_line_for_the_season_answers_its_day(text: str) -> None:
    entries = _shop("oud en nieuw: gesloten").holiday_entries()
    assert closing_date(entries, text) == "oud en nieuw"
    said = draft_text(_shop("oud en nieuw: gesloten"), ANSWER, text, author="Petra")
    assert "oud en nieuw" in said and ("dicht" in said or "gesloten" in said), said


def test_the_hours_of_new_years_eve_answer_oud_en_nieuw() -> None:
    said = draft_text(
        _shop("oudejaarsdag: 8:00–15:00; nieuwjaarsdag: dicht"), ANSWER, "Oud & nieuw open?", author="Petra"
    )
    assert "8:00–15:00" in said, said


@pytest.mark.parametrize(
    "text",
    [
        "Maak je ook appelflappen voor oud en nieuw? Wanneer kan ik ze bestellen?",
        "bak je oliebollen voor oud & nieuw",
    ],
)
def test_a_thing_for_the_day_is_no_question_about_the_hours(text: str) -> None:
    assert closing_date(_shop("oud en nieuw: dicht").holiday_entries(), text) == ""
    said = draft_text(_shop("oud en nieuw: dicht"), ANSWER, text, author="Petra")
    assert "dicht" not in said, said


def test_said_for_tells_a_purpose_from_a_booking() -> None:
    assert said_for("oliebollen voor ")
    assert said_for("bestellen VÓÓR ")
    assert not said_for("kunnen we reserveren voor ")
    assert not said_for("open op ")
