"""A trip of the writer's own that is close, said back in a complaint (app.domain.draft_trip_ahead). Sentences of
its own."""

from __future__ import annotations

import pytest

from app.domain.draft_trip_ahead import trip_ahead
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text


@pytest.mark.parametrize(
    ("text", "trip"),
    [
        ("Morgen vertrekken we op fietsvakantie en de fiets is nog altijd niet klaar.", "fietsvakantie"),
        ("We gaan zondag op reis naar Italië, en de koffer is nog niet gemaakt.", "reis"),
        ("Volgende week ga ik op trektocht in de Ardennen. Waar blijft mijn fiets?", "trektocht"),
        ("We zijn net terug van vakantie en de fiets is nog niet klaar.", ""),
    ],
)
def test_a_trip_to_come_is_found(text: str, trip: str) -> None:
    assert trip_ahead(text) == trip


def test_the_complaint_says_the_trip_back() -> None:
    shop = BusinessProfile(
        name="Fietsen Dirk", kind="fietsenmaker", signers=["Dirk"], voice="ik", register="u", email="dirk@fd.be"
    )
    text = (
        "Fiets twee weken geleden binnengebracht voor een nieuwe ketting, nog altijd niet klaar. Zondag vertrekken "
        "we op fietsvakantie!"
    )
    reply = draft_text(shop, "uitkomst_herstel", text, platform="google", author="Jan Peeters")
    assert "uw fietsvakantie" in reply, reply
