"""The writer's old or own part the business put back on is said back ('zijn oude bel uit 1985 er weer op'), with the
writer's 'mijn' said as the reply's 'je'/'uw'. Sentences and businesses of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_praise_put_on import put_back_on
from app.domain.profile import BusinessProfile
from tests.domain.drafts import suggested


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Bram heeft mijn oude mandje er weer aan gehangen, zo blij!", ("je oude mandje", "aan")),
        (
            "Nieuwe stadsfiets voor opa en ze hebben z'n eigen zadel van 1970 erop gezet 😍",
            ("zijn eigen zadel van 1970", "op"),
        ),
        ("En haar vertrouwde speldje erin gestoken voor het trouwfeest.", ("haar vertrouwde speldje", "in")),
        ("Mijn oude fiets staat nog in de schuur.", ("", "")),
    ],
)
def test_the_old_part_put_back_on(text: str, said: tuple[str, str]) -> None:
    assert put_back_on(text, "je") == said


def test_the_thanks_says_the_part_back() -> None:
    bikes = BusinessProfile(name="Fietsen De Spaak", kind="fietsenmaker", signers=["Jef"], voice="ik", register="je")
    text = "Mama kreeg een nieuwe e-bike en Jef heeft haar oude fietsbel uit 1979 erop gezet. Ze was zo blij!"
    reply = suggested(bikes, text, label="positief")
    assert "haar oude fietsbel uit 1979 er weer op" in reply, reply
