"""A question in the writer's own words finds the FAQ entry whose thing it names by the compound's head
('mijn auto' ~ 'Hebben jullie een leenauto?') when the entry's answer holds three or more of the writer's
words with it ('duurt een paar dagen' ~ 'duurt de reparatie langer dan een dag'); the head alone is not
enough (session 10, issue #13). Businesses and sentences of their own, none from the rounds."""

from __future__ import annotations

from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile, FaqItem
from app.nlp.topics import analyse_topics

ASK = "uitkomst_vraag_beantwoorden"

GARAGE = BusinessProfile(
    name="Autobedrijf Van Dam",
    kind="garage",
    signers=["Kees"],
    voice="wij",
    register="je",
    email="kees@vandam.nl",
    faq=[
        FaqItem("Doen jullie ook APK?", "Ja, APK keuren we terwijl je wacht."),
        FaqItem(
            "Hebben jullie een leenauto?",
            "Ja, duurt een reparatie langer dan een dag, dan krijg je gratis een leenauto.",
        ),
    ],
)
FLORIST = BusinessProfile(
    name="Bloemsierkunst Lelie",
    kind="bloemist",
    signers=["Mies"],
    voice="ik",
    register="u",
    email="mies@lelie.be",
    faq=[
        FaqItem("Maakt u bruidsboeketten?", "Ja, op afspraak, minstens een maand vooraf."),
        FaqItem(
            "Bezorgt u rouwstukken?",
            "Ja, een rouwstuk bezorg ik nog dezelfde dag in de aula als u voor 11 uur bestelt.",
        ),
    ],
)


def _answer(profile: BusinessProfile, text: str) -> str:
    made = Drafter(profile, analyser=analyse_topics).draft(ASK, text, author="", platform="facebook")
    assert made.text is not None
    return made.text


def test_a_car_that_will_be_in_the_garage_for_days_gets_the_loan_car_answer() -> None:
    text = _answer(
        GARAGE,
        "mn koppeling is stuk en dat gaat volgens de buurman een paar dagen duren. ik moet elke dag naar "
        "mn werk in Zwolle 😩 hoe los ik dat op als de auto bij jullie staat?",
    )
    assert "leenauto" in text and "[vul in" not in text


def test_a_funeral_piece_ordered_for_the_same_day_gets_the_delivery_answer() -> None:
    text = _answer(
        FLORIST,
        "Mijn nonkel is overleden, de uitvaart is morgen. Als ik vandaag voor 10 uur een stuk bestel, "
        "kan dat dezelfde dag nog naar de aula?",
    )
    assert "rouwstuk" in text and "11 uur" in text


def test_the_head_alone_with_no_words_of_the_answer_finds_no_entry() -> None:
    text = _answer(GARAGE, "Wat voor auto rijden jullie zelf eigenlijk? Mooie wagen zag ik voor de deur staan")
    assert "leenauto" not in text
