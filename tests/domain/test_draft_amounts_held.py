"""A sum held for the writer said amount first ('€100 borg nog steeds niet terug') is named with its amount like one
said 'de aanbetaling van € 250' (app/domain/draft_amounts.py sum_named), in the complaint about it. Sentences and a
shop of our own."""

from __future__ import annotations

from app.domain.draft_amounts import sum_named
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_VERHUUR = BusinessProfile(
    name="Kanoverhuur De Rietkraag",
    kind="fietsenmaker",
    signers=["Hidde"],
    voice="wij",
    register="je",
    email="info@derietkraag.nl",
)


def test_a_sum_held_said_amount_first_is_named_with_its_amount() -> None:
    assert sum_named("Kano's netjes teruggebracht, maar €50 borg nog altijd niet teruggestort!") == (
        "borg",
        "€ 50",
        "mijn",
    )
    assert sum_named("25 euro voorschot betaald en nu hoor ik niks meer") == ("voorschot", "€ 25", "mijn")
    assert sum_named("De aanbetaling van € 250 hebben we nog steeds niet terug") == ("aanbetaling", "€ 250", "de")
    assert sum_named("€ 12 voor een kano per uur, prima") == ("", "", "")


def test_the_complaint_about_a_deposit_not_paid_back_names_it() -> None:
    text = "Twee weken geleden de kano's teruggebracht, €50 borg nog steeds niet terug. Mails worden niet beantwoord."
    made = draft_text(_VERHUUR, "uitkomst_herstel", text, platform="facebook", author="Femke Bos")
    assert "borg van € 50" in made, made
