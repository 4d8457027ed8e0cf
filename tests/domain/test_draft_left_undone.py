"""Work not even begun when the writer came to look is said back, and the profile's warranty is not pasted
into that complaint: a warranty covers work that was done, not work left undone. Shops of their own."""

from __future__ import annotations

import pytest

from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_COMPLAINT = "uitkomst_herstel"

BIKES = BusinessProfile(
    name="Rijwielhandel Het Spaakje",
    kind="fietsenmaker",
    signers=["Bram"],
    register="je",
    phone="013-5112233",
    return_terms="Een jaar garantie op nieuwe fietsen, drie maanden op reparaties.",
)
GARAGE = BusinessProfile(
    name="Autobedrijf Kok",
    kind="garage",
    signers=["Henk"],
    voice="wij",
    register="u",
    email="werkplaats@kok.nl",
    return_terms="Zes maanden garantie op onderdelen en arbeid.",
)


@pytest.mark.parametrize(
    ("profile", "text"),
    [
        (BIKES, "Beurt zou 2 dagen duren, werd twee weken. Zelf gaan kijken: mijn fiets stond nog ONAANGEROERD."),
        (BIKES, "na 10 dagen nog steeds geen fiets, ik ga kijken en er was nog helemaal niks aan gedaan 😡"),
        (
            GARAGE,
            "Auto drie weken bij jullie voor een onderhoudsbeurt en toen ik belde was er nog niet eens aan begonnen.",
        ),
    ],
)
def test_work_left_undone_gets_no_warranty_line(profile: BusinessProfile, text: str) -> None:
    made = draft_text(profile, _COMPLAINT, text, platform="google")
    assert "garantie" not in made, made
    assert "nog niets aan gedaan" in made or "niet eens begonnen" in made, made


def test_a_repair_that_failed_keeps_its_warranty_line() -> None:
    made = draft_text(
        BIKES, _COMPLAINT, "Band vorige week laten plakken, gisteren alweer lek. Dit is toch niet normaal?"
    )
    assert "garantie" in made, made


def test_nobody_helping_after_an_accident_is_no_work_left_undone() -> None:
    # 'er is niks gedaan' without 'nog' or 'aan': nobody acted (after a burn), not a job that was never begun
    salon = BusinessProfile(name="Haarstudio Mira", kind="kapper", signers=["Mira"], register="je", phone="011-223344")
    text = (
        "Gisteren mijn haar laten krullen, met de krultang is mijn nek verbrand. Er werd sorry gezegd, maar er is "
        "niks gedaan, geen koud kompres, niks."
    )
    made = draft_text(salon, _COMPLAINT, text, platform="facebook")
    assert "niet eens begonnen" not in made and "nog niets aan gedaan" not in made, made
