"""A rumour set straight by a fact in parts hears only the part about what it claims ('geen cash meer' ~ 'pinnen en
cash; geen Maestro' → 'pinnen en cash', not the card nobody asked about); a rumour that names a holiday only as
the moment of a change ('na Pasen wordt het een kantoor') is not answered with that day's hours. Shops and sentences
of their own."""

from __future__ import annotations

import pytest

from app.domain.profile import BusinessProfile
from tests.domain.drafts import suggested

SLAGER = BusinessProfile(
    name="Slagerij Verhaeghe",
    kind="slagerij",
    signers=["Bart"],
    voice="wij",
    register="u",
    email="info@slagerijverhaeghe.be",
    website="www.slagerijverhaeghe.be",
    opening_hours="di–za 8:00–18:00; zondag en maandag gesloten",
    holidays="Pasen: gesloten; 25 december: gesloten",
    payment="Bancontact en cash; geen Maestro of kredietkaart",
)


def _draft(text: str, profile: BusinessProfile = SLAGER) -> str:
    return suggested(profile, text, label="onwaarheid", author="Hilde Maes")


@pytest.mark.parametrize(
    "text",
    [
        "Is 't waar da ge bij Verhaeghe nie meer met cash kunt betalen??",
        "ik hoorde dat je bij de slager niet meer met cash mag betalen, klopt dat?",
        "Klopt het dat Slagerij Verhaeghe GEEN CASH meer aanneemt? Mijn vader heeft geen bankkaart.",
    ],
)
def test_only_the_part_about_cash(text: str) -> None:
    draft = _draft(text)
    assert "cash" in draft.lower()
    assert "kredietkaart" not in draft
    assert "Maestro" not in draft


@pytest.mark.parametrize(
    "text",
    [
        "Ik hoorde dat Bart de zaak verkocht heeft en dat het na Pasen een frituur wordt. Weet iemand meer?",
        "Volgens mijn buurvrouw wordt de slagerij na Pasen een fitnesszaak, iemand die dat weet?",
    ],
)
def test_a_holiday_as_the_moment_of_a_change_is_no_hours_answer(text: str) -> None:
    draft = _draft(text)
    assert "gesloten" not in draft
    assert "dicht" not in draft


KASSA = BusinessProfile(
    name="Frituur Den Hoek",
    kind="frituur",
    signers=["Kris"],
    voice="wij",
    register="je",
    email="info@denhoek.be",
    opening_hours="wo–zo 11:30–21:00",
    payment="Bancontact en Payconiq; geen cash",
)


@pytest.mark.parametrize(
    "text",
    ["Bij Den Hoek kunt ge enkel nog met cash betalen, heb ik gehoord.", "hoorde dat ze daar alleen CASH willen??"],
)
def test_what_is_done_stays_beside_the_part_named(text: str) -> None:
    draft = _draft(text, KASSA)
    assert "Bancontact" in draft
