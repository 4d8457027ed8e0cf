"""A wound or a blister that covers a whole part ('een blaar over heel zijn duim', 'een schaafwonde over de hele
knie') is said back as the writer said it, as a wound 'op zijn duim' already was. Sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_BISTRO = BusinessProfile(
    name="Bistro Het Veerhuis",
    kind="restaurant",
    signers=["Lien"],
    voice="wij",
    register="u",
    email="info@hetveerhuis.be",
    phone="03 555 66 77",
)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Ons zoontje heeft zich gebrand aan een gloeiend bord dat de ober zomaar voor hem neerzette. Een blaar "
            "over heel zijn duim en niemand die iets deed.",
            "blaar over heel zijn duim",
        ),
        (
            "Mijn man is uitgegleden op jullie natte terras, schaafwonde over de hele knie. Geen bordje, niks.",
            "schaafwonde over de hele knie",
        ),
    ],
)
def test_a_wound_over_a_whole_part_is_named(text: str, said: str) -> None:
    draft = draft_text(_BISTRO, "uitkomst_herstel", text, author="Karin Wouters")
    assert said in draft, draft
