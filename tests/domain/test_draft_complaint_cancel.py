"""A once-only day of the writer's own (a wedding, a funeral) that went wrong, with nobody calling back: the reply
phones, and gives the shop's number for a call now, instead of asking for a number by mail. Shops and sentences of
their own."""

from __future__ import annotations

import pytest

from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft

_SALON = BusinessProfile(
    name="Haarstudio Lokken",
    kind="kapper",
    signers=["Inge"],
    voice="ik",
    register="u",
    email="inge@lokken.be",
    phone="053 77 88 99",
)


@pytest.mark.parametrize(
    "text",
    [
        "Bruidskapsel geboekt voor 7u op onze trouwdag, stond ik voor een gesloten deur. Nooit teruggebeld!",
        "Op mijn huwelijksdag was mijn afspraak gewoon geschrapt, en ik ben nooit teruggebeld. Schandalig.",
        "Voor de begrafenis van mijn vader een afspraak gemaakt, bleek die verwijderd. Niemand heeft mij teruggebeld.",
    ],
)
def test_a_spoilt_big_day_without_a_call_back_is_phoned(text: str) -> None:
    made = draft(_SALON, "uitkomst_herstel", text, platform="google", author="Kris Peeters")
    assert made.text is not None
    assert "053 77 88 99" in made.text, made.text
    assert "telefoonnummer in een mail" not in made.text, made.text


def test_an_ordinary_day_without_a_call_back_is_not_phoned_first() -> None:
    text = "Afspraak voor een kleuring was verwijderd, en niemand heeft mij teruggebeld."
    made = draft(_SALON, "uitkomst_herstel", text, platform="google", author="Kris Peeters")
    assert made.text is not None
    assert "053 77 88 99" not in made.text.split("\n")[1], made.text
