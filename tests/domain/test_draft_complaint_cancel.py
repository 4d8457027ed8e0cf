"""A once-only day of the writer's own (a wedding, a funeral) that went wrong, with nobody calling back: the reply
phones, and gives the shop's number for a call now, instead of asking for a number by mail. Shops and sentences of
their own."""

from __future__ import annotations

import pytest

from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft, draft_text

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


# A fee for cancelling with the illness told in a sentence of its own, and a quoted word in the cancelling clause:
# no harm was done here, so no safety reply ('dit mag nooit meer voorkomen'). Sentences of our own.
_KAPSALON = BusinessProfile(
    name="Kapsalon Noor", kind="kapper", signers=["Noor"], voice="wij", register="je", email="info@noor.nl"
)


@pytest.mark.parametrize(
    "text",
    [
        "€ 19,50 betalen omdat ik mijn afspraak 'te laat' heb afgezegd?? Mijn zoontje had 39 graden koorts.",
        'Rekening van 30 euro omdat we onze afspraak "te kort dag" hebben afgebeld. Mijn dochter had buikgriep!',
        "ik heb om 8u s ochtends afgezegd en krijg nu een boete van 15 euro. mn man lag met griep in bed",
    ],
)
def test_illness_told_apart_from_the_cancelling_is_no_safety_case(text: str) -> None:
    from app.domain.draft_complaint_cancel import cancelled_by_writer, ill_reason

    assert cancelled_by_writer(text) and ill_reason(text)[0]
    made = draft_text(_KAPSALON, "uitkomst_herstel", text)
    assert "nooit meer voorkomen" not in made and "hoe gaat het nu" not in made.lower(), made
    assert "rekening" in made.lower() or "boete" in made.lower(), made
