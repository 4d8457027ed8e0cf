"""A rumour that a thing comes from elsewhere (a factory, the freezer of a supermarket, stolen goods) is set
straight by the FAQ entry about the same thing (the word itself or a compound's head) that says where it
comes from or that the business makes it itself (session 10, issue #13). Businesses and sentences of
their own, none from the rounds."""

from __future__ import annotations

from app.domain.draft_origin import origin_faq, says_elsewhere
from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile, FaqItem
from app.nlp.topics import analyse_topics

FLORIST = BusinessProfile(
    name="Bloemenhuis Anemoon",
    kind="bloemist",
    signers=["Sara"],
    voice="ik",
    register="je",
    email="sara@anemoon.nl",
    faq=[
        FaqItem("Bezorg je ook rouwstukken?", "Ja, in heel Apeldoorn, dezelfde dag als je voor 11 uur belt."),
        FaqItem("Waar komen je bloemen vandaan?", "Ik koop elke dinsdag en vrijdag zelf in bij kwekers uit de buurt."),
    ],
)
SNACKBAR = BusinessProfile(
    name="Cafetaria 't Hoekje",
    kind="snackbar",
    signers=["Ramon"],
    voice="wij",
    register="u",
    email="info@hoekje.be",
    faq=[
        FaqItem("Hebben jullie vegetarische snacks?", "Ja, een groenteburger en een kaassoufflé."),
        FaqItem("Maken jullie de frieten zelf?", "Ja, onze frieten snijden we elke ochtend zelf uit verse patatten."),
    ],
)
BOOKSHOP = BusinessProfile(
    name="Antiquariaat De Ezelsoor",
    kind="boekhandel",
    signers=["Jan"],
    voice="ik",
    register="u",
    email="jan@ezelsoor.nl",
    faq=[
        FaqItem("Kopen jullie boeken in?", "Ja, op afspraak, hele collecties ook."),
        FaqItem(
            "Waar komen uw tweedehandsboeken vandaan?",
            "Uitsluitend uit inkoop bij particulieren, altijd met een getekend inkoopbriefje.",
        ),
    ],
)


def _rumour(profile: BusinessProfile, text: str) -> str:
    made = Drafter(profile, analyser=analyse_topics).draft("uitkomst_onwaarheid", text, author="", platform="facebook")
    assert made.text is not None
    return made.text


def test_flowers_said_to_come_from_a_wholesaler_get_the_answer_on_where_they_come_from() -> None:
    text = _rumour(FLORIST, "Wist je dat de snijbloemen van Anemoon gwoon van de groothandel komen?? 💐 Dacht het al")
    assert "kwekers uit de buurt" in text and "[vul in" not in text


def test_chips_said_to_come_frozen_from_a_supermarket_get_the_answer_that_they_are_cut_here() -> None:
    text = _rumour(SNACKBAR, "ze zeggen da ze bij t hoekje diepvriesfrieten van de supermarkt bakken, beetje triestig")
    assert "Dat klopt" in text and "elke ochtend zelf" in text and "[vul in" not in text


def test_second_hand_books_said_to_be_stolen_get_the_answer_on_where_they_come_from() -> None:
    text = _rumour(BOOKSHOP, "LET OP: bij De Ezelsoor verkopen ze gestolen boeken door. Mijn oom zag zijn exemplaar!")
    assert "inkoopbriefje" in text and "[vul in" not in text


def test_a_rumour_that_names_no_other_origin_or_no_faq_on_that_thing_is_left_to_the_owner() -> None:
    lemmas_of = lambda t: analyse_topics(t).lemmas  # noqa: E731
    # about the thing, but no other origin said
    assert origin_faq(analyse_topics("de frieten zijn tegenwoordig slap").lemmas, SNACKBAR, lemmas_of) is None
    # another origin, but of a thing no FAQ entry speaks of where it comes from
    found = origin_faq(analyse_topics("hun mayonaise komt uit de supermarkt").lemmas, SNACKBAR, lemmas_of)
    assert found is None
    assert says_elsewhere(["broodfabriek"]) and says_elsewhere(["diepvriespizza"]) and not says_elsewhere(["bolus"])
