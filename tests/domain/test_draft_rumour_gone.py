"""A rumour that says a thing is gone ('geen X meer, alleen nog Y') is set straight by the FAQ entry that asks about
the gone thing and says yes to it, not by the entry that shares the most words with the things it says are left
(app/domain/draft_rumour.py _covering_faq). Sentences and shops of our own, not a round's."""

from __future__ import annotations

from app.domain.draft_rumour_denies import gone_words
from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile, FaqItem
from app.nlp.topics import analyse_topics

NAAIATELIER = BusinessProfile(
    name="Naaiatelier De Vingerhoed",
    kind="kleermaker",
    signers=["Sanne"],
    voice="ik",
    register="je",
    email="sanne@vingerhoed.nl",
    opening_hours="di–za 9:00–17:00",
    faq=[
        FaqItem("Vermaak je ook leren jassen?", "Ja, ook leer en suède; daarvoor heb ik een speciale naaimachine."),
        FaqItem(
            "Verkoop je gewone broeken en jassen?",
            "Ja, gewone broeken voor € 49 en jassen voor € 89; passen kan in de winkel.",
        ),
    ],
)
KAASHANDEL = BusinessProfile(
    name="Kaashandel Het Wiel",
    kind="kaaswinkel",
    signers=["Ruud"],
    voice="wij",
    register="u",
    email="info@hetwiel.nl",
    opening_hours="di–za 8:30–17:30",
    faq=[
        FaqItem("Hebben jullie ook geitenkaas?", "Ja, jonge en belegen geitenkaas van een boer uit de buurt."),
        FaqItem("Snijden jullie gewone kaas ook in plakken?", "Ja, alle gewone kaas snijden we op verzoek in plakken."),
    ],
)


def _rumour(profile: BusinessProfile, text: str) -> str:
    made = Drafter(profile, analyser=analyse_topics).draft("uitkomst_onwaarheid", text, author="", platform="facebook")
    return made.text or ""


def _lemmas(text: str) -> tuple[str, ...]:
    return analyse_topics(text).lemmas


def test_what_a_rumour_says_is_gone_is_read_without_what_it_says_is_left() -> None:
    said = gone_words("Ze doen geen leren jassen meer, alleen nog gewone broeken.", _lemmas)
    assert any(w.startswith("jas") for w in said) and not any(w.startswith("broek") for w in said)
    assert gone_words("Ze hebben sinds kort een nieuwe naaimachine.", _lemmas) == set()


def test_a_rumour_that_a_thing_is_gone_is_set_straight_by_the_faq_on_that_thing() -> None:
    text = _rumour(
        NAAIATELIER,
        "Mijn buurvrouw zegt dat Sanne geen leren jassen meer doet, alleen nog gewone broeken en jassen, "
        "want ze heeft de machine er niet voor.",
    )
    assert "leer en suède" in text and "€ 49" not in text, text


def test_the_gone_thing_wins_over_the_entry_on_what_is_left_in_a_wij_shop_too() -> None:
    text = _rumour(
        KAASHANDEL,
        "Hoorde op de markt dat Het Wiel geen geitenkaas meer verkoopt, alleen nog gewone kaas in plakken.",
    )
    assert "geitenkaas" in text and "in plakken" not in text, text


def test_only_one_thing_left_and_the_thing_one_comes_with_is_what_is_gone() -> None:
    # 'alleen nog Y' with no 'geen X meer': the writer's own thing one is warned to bring is the gone thing
    said = gone_words("Ga niet naar De Vingerhoed met je leren jas, ze doet alleen nog gewone broeken.", _lemmas)
    assert any(w.startswith("jas") for w in said) and not any(w.startswith("broek") for w in said)
    text = _rumour(
        NAAIATELIER,
        "Ga niet naar De Vingerhoed met je leren jas, ze doet alleen nog gewone broeken zei mijn schoonzus.",
    )
    assert "leer en suède" in text and "€ 49" not in text, text


def test_a_thing_brought_along_without_only_left_is_no_gone_thing() -> None:
    # near miss: nothing said to be the only thing left
    assert gone_words("Ik kwam met mijn leren jas en ze hielp me meteen.", _lemmas) == set()
