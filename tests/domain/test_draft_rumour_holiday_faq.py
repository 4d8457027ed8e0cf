"""A rumour that the business is closed on a holiday, set straight by that holiday's hours, also gets the FAQ entry on
that holiday whose thing the writer names ('juist dan wil ik X'), said with the thing as the FAQ writes it
(app/domain/draft_answers_rumour.py _holiday_faq). Sentences and shops of our own, not a round's."""

from __future__ import annotations

from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile, FaqItem
from app.nlp.topics import analyse_topics

BANKET = BusinessProfile(
    name="Banketbakkerij Van Dam",
    kind="bakkerij",
    signers=["Ria"],
    voice="wij",
    register="je",
    email="info@vandam.nl",
    opening_hours="di–za 8:00–17:00",
    holidays="Sinterklaas: 8:00–14:00; eerste kerstdag: gesloten",
    faq=[
        FaqItem("Maken jullie chocoladeletters voor Sinterklaas?", "Ja, vanaf half november; grote vooraf bestellen."),
        FaqItem("Hebben jullie glutenvrij brood?", "Ja, op zaterdag."),
    ],
)


def _rumour(text: str) -> str:
    made = Drafter(BANKET, analyser=analyse_topics).draft("uitkomst_onwaarheid", text, author="", platform="facebook")
    return made.text or ""


def test_the_holidays_faq_is_said_after_its_hours_when_the_writer_names_its_thing() -> None:
    text = _rumour(
        "Mijn buurman beweert dat Van Dam met Sinterklaas de hele dag dicht is. Belachelijk, juist dan wil ik "
        "chocoladeletters halen."
    )
    assert "8:00–14:00" in text and "Chocoladeletters: vanaf half november" in text, text


def test_without_the_thing_named_only_the_hours() -> None:
    text = _rumour("Mijn buurman beweert dat Van Dam met Sinterklaas de hele dag dicht is. Klopt dat?")
    assert "8:00–14:00" in text and "half november" not in text, text
