"""Issue #13, review of r79–r80: a complaint that names a profile subject only as the moment something happened
('bij het afhalen zei de verkoopster ...') is not answered with that subject's terms (the delivery terms pasted
into a complaint about a cake). Shops and complaints of their own."""

from __future__ import annotations

import pytest

from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_BAKERY = BusinessProfile(
    name="Bakkerij Zoet",
    kind="bakkerij",
    signers=["Anke"],
    voice="wij",
    register="u",
    email="info@bakkerijzoet.nl",
    delivery_terms="taarten bezorgen we in Zwolle en Kampen voor € 6; bestellen twee dagen vooraf",
)


@pytest.mark.parametrize(
    "complaint",
    [
        "DoopTaart met naam besteld (bon 5521). De naam fout gespeld. Bij het afhalen zei de jongen: maakt niet uit.",
        "Feesttaart voor de 50ste van mijn vader, naam fout erop. Bij het ophalen lachte de verkoper erom. 2x gemaild.",
        "bij het ophalen van mijn verjaardagstaart bleek de tekst helemaal fout geschreven, heel jammer",
        "Tijdens het afhalen werd ik gewoon genegeerd door het personeel. Echt onbeschoft.",
    ],
)
def test_the_moment_of_pick_up_brings_no_delivery_terms(complaint: str) -> None:
    text = draft_text(_BAKERY, "uitkomst_herstel", complaint)
    assert "€ 6" not in text and "bezorgen we" not in text, text
