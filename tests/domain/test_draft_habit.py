"""Coming back next year, said by the writer (app/domain/draft_habit.py back_next_year): the thank-you closes on it."""

from __future__ import annotations

import pytest

from app.domain.draft_habit import back_next_year
from tests.domain.drafting.shops import BISTRO
from tests.domain.drafts import draft_text


@pytest.mark.parametrize(
    "text",
    [
        "Top avond met de voetbalclub. Volgend jaar komen we zeker weer!",
        "Ons familieweekend was geweldig, komend jaar boeken we opnieuw.",
        "Lovely stay, we'll be back next year!",
        "Merci voor het lekkere buffet, volgend jaar zijn we er terug.",
    ],
)
def test_coming_back_next_year_is_found(text: str) -> None:
    assert back_next_year(text)


@pytest.mark.parametrize(
    "text",
    [
        "Is de kerstmarkt volgend jaar weer bij jullie?",
        "Volgend jaar helaas niet meer, we verhuizen naar Gent.",
        "We komen zeker terug, het was heerlijk.",
        "Vorig jaar waren we er ook al en het was weer top.",
    ],
)
def test_a_question_a_no_or_another_time_is_no_coming_back_next_year(text: str) -> None:
    assert not back_next_year(text)


def test_the_thanks_closes_on_next_year() -> None:
    text = "Het bedrijfsfeest bij jullie was een schot in de roos, het eten was top. Volgend jaar weer hier!"
    assert "volgend jaar" in draft_text(BISTRO, "uitkomst_bedank_publiek", text).lower()


def test_a_no_elsewhere_in_a_run_on_sentence_does_not_hide_the_coming_back() -> None:
    text = "Soep die geen bijzaak was 😄 Chef en team: dikke merci, volgend jaar zijn we er terug!"
    assert back_next_year(text)
