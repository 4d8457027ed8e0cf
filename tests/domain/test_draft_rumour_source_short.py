"""A rumour set straight says where the right information stands on a short platform too (X, Bluesky), and in an
English reply as well: the website, or that it comes straight from the business. Profiles and rumours of their own."""

from __future__ import annotations

import pytest

from app.domain.profile import BusinessProfile, FaqItem
from app.domain.reply_check import shipped_rules
from tests.domain.drafts import suggested

_DELI = BusinessProfile(
    name="Traiteur Het Potje",
    kind="winkel",
    signers=["Marjolein"],
    voice="wij",
    register="je",
    email="info@hetpotje.nl",
    payment="pinnen, contant en Tikkie; creditcard vanaf € 20",
    faq=[
        FaqItem(
            "Maken jullie de soepen zelf?",
            "Ja, alle soepen koken we zelf, elke ochtend vers in onze eigen keuken achter de winkel: met groenten van "
            "de boer uit het dorp, bouillon die een hele nacht trekt en zonder pakjes of potjes. Op vrijdag is er ook "
            "altijd een vegetarische soep van de week, en in de winter erwtensoep.",
        )
    ],
)
_DELI_SITE = BusinessProfile(**{**_DELI.__dict__, "website": "www.hetpotje.nl"})


@pytest.mark.parametrize("profile", [_DELI, _DELI_SITE])
@pytest.mark.parametrize("platform", ["x", "bluesky"])
@pytest.mark.parametrize(
    "text",
    [
        "Wist je dat ze bij Het Potje de soepen gewoon uit een zak van de groothandel halen? Zegt mijn zus.",
        "Men zegt dat je bij Het Potje alleen nog contant kunt betalen, pinnen gaat niet meer",
    ],
)
def test_a_correction_on_a_short_platform_keeps_its_source(profile: BusinessProfile, platform: str, text: str) -> None:
    draft = suggested(profile, text, label="onwaarheid", platform=platform, author="@wim")
    assert shipped_rules().finds("bron", draft) or "www.hetpotje.nl" in draft, draft


@pytest.mark.parametrize("platform", ["x", "facebook"])
def test_an_english_correction_says_where_to_check(platform: str) -> None:
    text = "A friend told me Het Potje stopped taking cards and it's cash only now. Is that right?"
    plain = suggested(_DELI, text, label="onwaarheid", platform=platform, author="Tom")
    site = suggested(_DELI_SITE, text, label="onwaarheid", platform=platform, author="Tom")
    assert "straight from us" in plain, plain
    assert "www.hetpotje.nl" in site and "website" in site, site


def test_an_english_question_gets_no_source_line() -> None:
    """Near miss: a plain question is answered, not set straight; nothing about where to check it."""
    draft = suggested(_DELI, "Do you take credit cards?", label="vraag", platform="x", author="Tom")
    assert "straight from" not in draft and "website" not in draft, draft
