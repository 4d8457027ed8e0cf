"""A complaint about an order for a feast of everyone, with the writer's children named ('op 6 december ...
chocoladefiguren voor onze kinderen niet klaar ... de Sint'), names the feast and the thing ordered; the Sint's
figures are products of a bakery. Sentences of our own."""

from __future__ import annotations

from app.domain.profile import BusinessProfile
from app.nlp.topics import analyse_topics
from tests.domain.drafts import draft_text

BAKERY = BusinessProfile(
    name="Bakkerij Het Korenaar",
    kind="bakkerij",
    signers=["Mieke"],
    voice="ik",
    register="je",
    email="mieke@korenaar.be",
)


def test_the_sints_figures_are_products() -> None:
    assert analyse_topics("Twee speculaasfiguren en een marsepeinfiguur besteld").products[0].text == "speculaasfiguren"


def test_a_failed_order_on_sinterklaas_names_the_feast_and_the_children() -> None:
    text = (
        "Op 6 december speculaaspoppen besteld voor onze 2 kinderen, om 9u nog niks klaar. Sinterklaas kwam dus later."
    )
    draft = draft_text(BAKERY, "uitkomst_herstel", text, platform="google", author="Jan P.")
    assert "Sinterklaas" in draft and "speculaaspoppen" in draft and "kinderen" in draft, draft


def test_no_feast_is_named_without_one() -> None:
    """Negative case: a plain order that went wrong names no feast."""
    text = "Zaterdag speculaaspoppen besteld voor onze 2 kinderen, om 9u nog niks klaar."
    draft = draft_text(BAKERY, "uitkomst_herstel", text, platform="google", author="Jan P.")
    assert "Zeker rond" not in draft and "Juist bij" not in draft, draft
