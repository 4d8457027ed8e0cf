"""A FAQ match that rests only on the writer's child whose own occasion it is ('mijn zoon trouwt' ~ 'Knipt u
ook kinderen?') while the question is about a thing the entry does not speak of is a suggestion for the
owner, not the answer (session 10, issue #13). Businesses and sentences of their own, none from the rounds."""

from __future__ import annotations

from app.domain.draft_asked import rests_on_person
from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile, FaqItem
from app.nlp.topics import analyse_topics

BARBER = BusinessProfile(
    name="Barbershop Snor",
    kind="kapsalon",
    signers=["Mo"],
    voice="ik",
    register="je",
    email="mo@snor.nl",
    faq=[FaqItem("Knip je ook kinderen?", "Ja, kinderen tot 10 jaar knip ik voor € 15.")],
)
PHOTO = BusinessProfile(
    name="Fotostudio Flits",
    kind="fotograaf",
    signers=["Ilse"],
    voice="wij",
    register="u",
    email="ilse@flits.be",
    faq=[FaqItem("Fotograferen jullie ook kinderen?", "Ja, een kindershoot duurt een uur en kost € 95.")],
)


def _answer(profile: BusinessProfile, text: str) -> str:
    made = Drafter(profile, analyser=analyse_topics).draft(
        "uitkomst_vraag_beantwoorden", text, author="", platform="facebook"
    )
    assert made.text is not None
    return made.text


def test_a_son_who_marries_asks_no_childrens_price_at_the_barber() -> None:
    text = _answer(
        BARBER, "Mijn zoon trouwt in augustus 🤵 kan hij bij jou een baardtrim en scheerbeurt krijgen die ochtend?"
    )
    assert "€ 15" not in text and "kinderen tot 10" not in text


def test_a_daughter_who_marries_asks_no_childrens_shoot_at_the_photographer() -> None:
    text = _answer(PHOTO, "Onze dochter gaat trouwen in Leuven! Doen jullie ook een trouwreportage van de hele dag?")
    assert "kindershoot" not in text


def test_children_said_as_children_still_get_the_childrens_answer() -> None:
    text = _answer(BARBER, "mag ik met mn 2 kids langskomen voor een knipbeurt? ze zijn 5 en 8")
    assert "€ 15" in text
    lemmas_of = lambda t: analyse_topics(t).lemmas  # noqa: E731
    entry = BARBER.faq[0]
    assert not rests_on_person(["dochter", "kapsel"], "", entry, ["het kapsel"], lemmas_of)  # no occasion of hers
    assert rests_on_person(["dochter", "bruidskapsel"], "dochter", entry, ["het bruidskapsel"], lemmas_of)
