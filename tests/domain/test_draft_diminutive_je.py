"""A diminutive after an apostrophe ('een sms'je', 'een taxi'tje') is no 'je' that addresses the business: a
suggestion with one is no question put to the business, and a quoted question keeps it when the register turns
to 'u' (app/domain/draft_questions.py, app/domain/draft_question_register.py). Sentences of their own."""

from __future__ import annotations

from app.domain.draft_question_register import in_register
from app.domain.draft_questions import complaint_ask


def test_a_suggestion_with_a_diminutive_is_no_question_to_the_business() -> None:
    assert complaint_ask("Wellicht handig om klanten een sms'je te sturen de dag voor hun afspraak?") == ""


def test_a_question_with_the_pronoun_is_still_put_to_the_business() -> None:
    assert complaint_ask("Kun je klanten een sms'je sturen als de fiets klaar is?") == "ask"


def test_the_diminutive_stays_when_a_quoted_question_turns_to_u() -> None:
    said = in_register("Kun je me een sms'je sturen als hij klaar is?", "u")
    assert "sms'je" in said and said.startswith("Kunt u"), said


def test_the_diminutive_stays_when_a_quoted_question_turns_to_je() -> None:
    said = in_register("Stuurt u een sms'je als de taart klaar is?", "je")
    assert "sms'je" in said and "Stuur je" in said, said
