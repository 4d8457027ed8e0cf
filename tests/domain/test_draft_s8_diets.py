"""Session 8 (after blind rounds r32/r33): a condition names the diet the FAQ speaks of ('coeliakie',
'glutenintolerant' ~ 'glutenvrij'), vegan food is a kind of vegetarian food, and whether someone can
eat something asks about the dishes. Sentences and profiles of their own, not a round's."""

from __future__ import annotations

from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile, FaqItem
from app.nlp.topics import analyse_topics

PATISSERIE = BusinessProfile(
    name="Patisserie Margot",
    kind="bakkerij",
    signers=["Margot"],
    voice="ik",
    register="u",
    email="margot@patisseriemargot.nl",
    opening_hours="di–za 8:00–17:00",
    faq=[
        FaqItem(
            "Maakt u ook glutenvrije taarten?",
            "Nee, in mijn atelier werk ik met tarwebloem, dus glutenvrij kan ik niet beloven.",
        )
    ],
)
LUNCHROOM = BusinessProfile(
    name="Lunchroom Het Pleintje",
    kind="restaurant",
    signers=["Sven"],
    voice="wij",
    register="je",
    email="hallo@hetpleintje.nl",
    opening_hours="ma–za 9:00–17:00",
    faq=[
        FaqItem(
            "Hebben jullie vegetarische gerechten?",
            "Ja, de helft van de kaart is vegetarisch, en drie gerechten zijn veganistisch.",
        )
    ],
)


def _text(profile: BusinessProfile, text: str) -> str:
    found = Drafter(profile, analyser=analyse_topics).draft(
        "uitkomst_vraag_beantwoorden", text, author="Iris", platform="facebook"
    )
    return found.text or ""


def test_a_condition_finds_the_faq_about_the_food_without_it() -> None:
    text = _text(PATISSERIE, "Mijn zoon heeft coeliakie, kan hij bij u een verjaardagstaart laten maken?")
    assert "glutenvrij kan ik niet beloven" in text and "vul in" not in text
    text = _text(
        PATISSERIE,
        "Sinds mijn dochter coeliakie heeft, eet ze geen gewone taart. Kan ik bij u een taart voor haar bestellen?",
    )
    assert "glutenvrij" in text and "vul in" not in text


def test_a_vegan_question_is_answered_by_the_faq_about_vegetarian_dishes() -> None:
    text = _text(LUNCHROOM, "Mijn vriendin is veganist, kan zij bij jullie wat eten?")
    assert "veganistisch" in text and "vul in" not in text
    text = _text(LUNCHROOM, "We komen met vier, twee eten vegan. Kunnen ze iets eten bij jullie?")
    assert "veganistisch" in text and "vul in" not in text
