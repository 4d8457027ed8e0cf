"""A question the profile cannot answer that names an allergy or a condition ('mijn neef heeft een pinda-allergie')
ends with where to reach the business, as a request does: what is safe is settled one to one
(app/domain/draft_composed.py). A pastry shop and sentences of its own."""

from __future__ import annotations

from app.domain.profile import BusinessProfile
from tests.domain.drafts import suggested

_PATISSERIE = BusinessProfile(
    name="Patisserie Marijke",
    kind="bakkerij",
    signers=["Marijke"],
    voice="ik",
    register="je",
    dm=True,
    email="taart@patisseriemarijke.nl",
    phone="0229 44 55 66",
    opening_hours="wo t/m za 8.00–17.00",
)


def test_a_condition_named_with_an_open_question_ends_with_a_way_to_reach_us() -> None:
    said = suggested(
        _PATISSERIE, "Bak jij ook een lactosevrije verjaardagstaart? Mijn neefje heeft een koemelkallergie 😬"
    )
    assert "koemelkallergie" in said and "taart@patisseriemarijke.nl" in said, said


def test_the_same_question_without_a_condition_ends_as_before() -> None:
    said = suggested(_PATISSERIE, "Bak jij ook een verjaardagstaart in de vorm van een voetbal?")
    assert "taart@patisseriemarijke.nl" not in said, said
