"""A writer who read elsewhere (Google, Facebook, the website) that the business is open on a day its opening hours
say closed complains of a closed door and hears that day's hours and that the listing is put right. Shops and
sentences of their own."""

from __future__ import annotations

import pytest

from app.domain.profile import BusinessProfile
from tests.domain.drafts import suggested

KAPPER = BusinessProfile(
    name="Kapsalon Femke",
    kind="kapsalon",
    signers=["Femke"],
    voice="ik",
    register="je",
    email="info@kapsalonfemke.nl",
    website="www.kapsalonfemke.nl",
    opening_hours="di–vr 9:00–17:30, za 8:30–14:00; zondag en maandag gesloten",
)


def _draft(text: str, label: str = "vraag") -> str:
    return suggested(KAPPER, text, label=label, author="Sanne Bos")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Maandag voor niks naar de salon gereden, deur op slot. Op google staat dat jullie open zijn!", "Google"),
        (
            "Stond maandagmiddag voor een dichte deur terwijl op facebook staat dat jullie open zijn. Erg jammer.",
            "Facebook",
        ),
    ],
)
def test_listing_said_open_is_put_right(text: str, source: str) -> None:
    draft = _draft(text, "klacht")
    assert "maandag" in draft
    assert f"Op {source} staat dat" in draft


def test_listing_said_closed_is_not_contradicted() -> None:
    draft = _draft(
        "Maandag voor een dichte deur gestaan. Op google staat ook dat jullie dan dicht zijn, mijn fout.", "klacht"
    )
    assert "niet goed" not in draft


def test_the_own_website_is_ours_in_dutch_and_english() -> None:
    dutch = _draft(
        "Maandag stond ik voor een dichte deur, terwijl op jullie website staat dat jullie open zijn.", "klacht"
    )
    assert "Op mijn website staat dat helaas niet goed" in dutch
    english = _draft(
        "Came by on Monday and the door was locked, but your website says you are open on Mondays.", "klacht"
    )
    assert "de website" not in english  # the Dutch source word never lands in an English reply
