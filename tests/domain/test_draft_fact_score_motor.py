"""resources/fact_scores.toml [parts]: an e-bike's motor named by its place ('middenmotor', 'naafmotor') or an
error code on its display is about the FAQ on e-bikes, also when the question only points back ('Kunt u daar
naar kijken?'). Sentences and profiles of their own, not a round's."""

from __future__ import annotations

from app.domain.draft_fact_score import asked_words
from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile, FaqItem
from app.nlp.topics import analyse_topics

WERKPLAATS = BusinessProfile(
    name="Fietswerkplaats De Ketting",
    kind="fietsenmaker",
    signers=["Sem"],
    voice="ik",
    register="je",
    email="sem@deketting.nl",
    opening_hours="ma–vr 9:00–17:30 op afspraak",
    faq=[
        FaqItem("Doe je ook e-bikes?", "Ja, remmen en banden; voor motorstoringen stuur ik je naar de dealer."),
        FaqItem("Maak je oude fietsen weer rijklaar?", "Ja, ook met trommelremmen."),
    ],
)


def test_a_motor_by_its_place_or_an_error_code_asks_the_faq_on_e_bikes() -> None:
    drafter = Drafter(WERKPLAATS, analyser=analyse_topics)
    for said in (
        "Mijn Gazelle met middenmotor doet het niet meer. Kun je daar naar kijken of moet ik elders heen?",
        "mn Batavus met NAAFMOTOR geeft een foutcode en ondersteunt niet meer, kun je daar iets mee?",
    ):
        text = drafter.draft("uitkomst_vraag_beantwoorden", said, platform="facebook").text or ""
        assert "dealer" in text and "trommelremmen" not in text, (said, text)


def test_the_first_half_of_a_part_is_not_the_part() -> None:
    words = asked_words("repareren jullie ook een fiets met een kapotte naaf?", lambda t: tuple(t.lower().split()))
    assert "e-bike" not in words and "motor" not in words
    assert "e-bike" in asked_words("mijn naafmotor doet het niet", lambda t: tuple(t.lower().split()))
