"""A rumour of misconduct is never said back with its accusation: the owner's slot quotes what is claimed without
the clause that accuses, or does not quote it at all. Sentences and shops of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_rumour_accused import accuses, spared
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text


@pytest.mark.parametrize(
    ("quote", "kept"),
    [
        ("ze de afwasser hebben ontslagen omdat hij stomdronken was", "ze de afwasser hebben ontslagen"),
        ("de bakker gestopt is, want de eigenaar is een dief", "de bakker gestopt is"),
        ("ze gestolen fietsen verkopen", "ze gestolen fietsen verkopen"),  # what the business is accused of: named
        ("ze de barman weggestuurd hebben", "ze de barman weggestuurd hebben"),  # no accusation: as it is
    ],
)
def test_the_clause_of_why_that_accuses_is_left_out(quote: str, kept: str) -> None:
    assert spared(quote) == kept


def test_a_claim_that_accuses_itself_is_not_quoted() -> None:
    assert accuses("de eigenaar een dief is")
    assert spared("de eigenaar een dief is") == ""


_CAFE = BusinessProfile(
    name="Café De Zwaan",
    kind="restaurant",
    signers=["Joost"],
    register="je",
    voice="wij",
    opening_hours="wo–zo 11:00–23:00",
)


def test_the_draft_names_the_rumour_and_not_the_accusation() -> None:
    said = draft_text(
        _CAFE,
        "uitkomst_onwaarheid",
        "Hoorde dat ze bij De Zwaan de barman hebben ontslagen omdat hij dronken achter de tap stond.",
    )
    assert "dronken" not in said
    assert "barman" in said
    assert "[vul in" in said  # the owner says what is true


def test_a_rumour_of_deceit_gets_the_phone_instead_of_nog_vragen() -> None:
    cafe = BusinessProfile(
        name="Café De Zwaan",
        kind="restaurant",
        signers=["Joost"],
        register="je",
        voice="wij",
        phone="0511 12 34 56",
        opening_hours="wo–zo 11:00–23:00",
    )
    said = draft_text(
        cafe,
        "uitkomst_onwaarheid",
        "Die 'huisgemaakte soep' bij De Zwaan komt gewoon uit de diepvries van de groothandel.",
    )
    assert "0511 12 34 56" in said
    assert "Nog vragen" not in said
