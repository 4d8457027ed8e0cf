"""app/domain/draft_yes_lead.py: the yes or no a FAQ answer opens with, one pattern for each reading that draft_asked,
draft_origin, draft_rumour, draft_rumour_answer, draft_rumour_cost and draft_more_questions share. Answers of our
own."""

from __future__ import annotations

import pytest

from app.domain.draft_yes_lead import YES_LEAD, YES_NO_LEAD, YES_OR_NO, YES_STOP


@pytest.mark.parametrize(
    ("answer", "lead", "yes_no_lead", "stop", "yes_or_no"),
    [
        ("Ja, we snijden het brood voor je.", True, True, True, True),
        ("  Zeker: ook op zondag.", True, True, True, True),
        ("Nee, een terras hebben we niet.", False, True, False, True),
        ("Neen, wij leveren niet aan huis.", False, False, False, True),  # Flemish: a no as its first word
        ("Ja, € 12 per taart.", False, False, True, True),  # a price after the stop: only taken off, not a lead
        ("Ja € 12", False, False, False, True),  # no stop: the word alone
        ("Jawel, dat kan.", False, False, False, False),  # near miss: another word
        ("Neem gerust contact op.", False, False, False, False),  # 'Nee' inside a word
        ("Natuurlijk, kom langs.", False, False, False, False),
    ],
)
def test_the_yes_or_no_an_answer_opens_with(
    answer: str, lead: bool, yes_no_lead: bool, stop: bool, yes_or_no: bool
) -> None:
    assert (YES_LEAD.match(answer) is not None) is lead
    assert (YES_NO_LEAD.match(answer) is not None) is yes_no_lead
    assert (YES_STOP.match(answer) is not None) is stop
    assert (YES_OR_NO.match(answer) is not None) is yes_or_no


def test_the_yes_taken_off_leaves_what_the_answer_says() -> None:
    assert YES_STOP.sub("", "Jazeker; € 4,50 per stuk") == "€ 4,50 per stuk"
    assert YES_STOP.sub("", "Nee, helaas niet") == "Nee, helaas niet"  # a no stays
