"""A rumour about what the business works with or without, set straight by the FAQ (issue #13): one '-vrij' word
the FAQ question asks about is enough ('verkopen ze lactosevrije wafels' ~ 'Werkt u lactosevrij?'). Sentences and
profiles of their own, not those of a benchmark round."""

from __future__ import annotations

from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import draft_text

RUMOUR = "uitkomst_onwaarheid"

ICE = BusinessProfile(
    name="IJssalon Bollekes",
    kind="ijssalon",
    signers=["Jana"],
    voice="ik",
    register="u",
    email="jana@bollekes.be",
    phone="016 12 34 56",
    faq=[
        FaqItem("Werkt u lactosevrij?", "Nee, al mijn ijs is met verse melk gemaakt; sorbet heb ik wel, zonder melk."),
        FaqItem("Kan ik een ijstaart bestellen?", "Ja, drie dagen op voorhand."),
    ],
)


def test_one_free_word_the_faq_asks_about_sets_the_rumour_straight() -> None:
    said = "Voor wie niet tegen melk kan: bij IJssalon Bollekes verkopen ze lactosevrije wafels, zei mijn nicht."
    text = draft_text(ICE, RUMOUR, said)
    assert "[vul in" not in text and "verse melk" in text
