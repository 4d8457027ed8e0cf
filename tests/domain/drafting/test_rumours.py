"""Whole-pipeline drafts for rumours: set straight by the FAQ entry or profile field about the same thing."""

from __future__ import annotations

import re

from app.domain.draft_claims import hearsay_of
from app.domain.draft_holiday_lines import closing_period
from app.domain.draft_origin import origin_faq, says_elsewhere
from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile, FaqItem
from app.nlp.topics import analyse_topics
from tests.domain.drafts import draft

# General rules for rumours added in session 8 (after the blind rounds r32 and r33): a FAQ question whose thing
# carries an adjective ('de Zeeuwse bolussen') still answers a rumour about the thing, a closed door read as closing
# down is set straight with the profile's closing period, a closing-down rumour without a fact is named, and an
# untruth put to others (not asked of the business) is said not to be true, with a slot for the facts. Sentences and
# profiles of their own, not a round's.
SLAGER = BusinessProfile(
    name="Slagerij Hendriks",
    kind="slagerij",
    signers=["Wim"],
    voice="wij",
    register="je",
    email="info@slagerijhendriks.nl",
    opening_hours="di–za 8:00–17:30",
    holidays="bouwvak: 27 juli t/m 14 augustus gesloten; tweede kerstdag: dicht",
    faq=[
        FaqItem(
            "Maken jullie de Brabantse worstenbroodjes zelf?",
            "Ja, onze worstenbroodjes draaien en bakken we elke dag zelf in de werkplaats achter de winkel.",
        ),
    ],
)
IJSSALON = BusinessProfile(
    name="IJssalon Gelato",
    kind="ijssalon",
    signers=["Luca"],
    voice="ik",
    register="u",
    email="luca@gelato.nl",
    opening_hours="wo–zo 12:00–21:00",
    holidays="winterstop: 1 november t/m 28 februari dicht",
    faq=[
        FaqItem(
            "Draai je het Italiaanse schepijs zelf?", "Ja, al het schepijs draai ik elke ochtend zelf, met verse melk."
        )
    ],
)
_DENIED = re.compile(r"klopt (?:gelukkig |echt )?niet")
GARAGE = BusinessProfile(
    name="Garage Smit",
    kind="garage",
    signers=["Peter"],
    voice="ik",
    register="u",
    email="peter@garagesmit.nl",
    opening_hours="ma–vr 8:00–17:30",
)


def _text(profile: BusinessProfile, text: str, platform: str = "facebook") -> str:
    return draft(profile, "uitkomst_onwaarheid", text, platform=platform, author="").text or ""


def test_a_faq_question_with_an_adjective_before_its_thing_answers_a_rumour_about_the_thing() -> None:
    text = _text(SLAGER, "Iemand vertelde me dat Hendriks de worstenbroodjes gewoon uit de fabriek haalt. Klopt dit?")
    assert _DENIED.search(text) and "zelf" in text and "[vul in: klopt" not in text
    text = _text(
        IJSSALON, "Schijnbaar komt het schepijs bij Gelato kant-en-klaar van de groothandel. Weet iemand meer?"
    )
    assert _DENIED.search(text) and "draai ik elke ochtend zelf" in text


def test_the_closing_period_of_a_profile_is_its_first_named_line_of_several_closed_days() -> None:
    assert closing_period(SLAGER.holiday_entries()) == ("bouwvak", "27 juli t/m 14 augustus")
    assert closing_period(IJSSALON.holiday_entries()) == ("winterstop", "1 november t/m 28 februari")
    assert closing_period(GARAGE.holiday_entries()) == ("", "")


def test_a_closed_door_read_as_closing_down_is_set_straight_with_the_closing_period() -> None:
    text = _text(SLAGER, "Hendriks is al weken dicht, ik denk dat ze failliet zijn. Zonde van die goeie slager.")
    assert "bouwvak" in text.lower() and "27 juli t/m 14 augustus" in text and "[vul in" not in text
    assert "We stoppen" in text or "we stoppen" in text
    text = _text(IJSSALON, "De ijssalon zit al maanden dicht, stopt Luca ermee? Iemand een idee?")
    assert "Winterstop" in text and "1 november t/m 28 februari" in text and "ik stop" in text.lower()


def test_a_closing_down_rumour_without_a_fact_names_the_rumour_and_leaves_the_facts_open() -> None:
    text = _text(GARAGE, "Gerucht in het dorp: Smit wordt verkocht aan een grote dealer. Weet iemand hoe dat zit?")
    # the rumour is named: as the writer said it of the business (session 9), never denied
    assert "‘Smit wordt verkocht aan een grote dealer’" in text and "[vul in" in text and "klopt niet" not in text
    text = _text(GARAGE, "Zou de garage echt failliet zijn? Wie weet er iets van?")
    assert "[vul in" in text and "dicht" not in text


def test_an_untruth_put_to_others_is_said_not_to_be_true_with_a_slot_for_the_facts() -> None:
    text = _text(GARAGE, "Ik hoor overal dat Smit tweedehands onderdelen als nieuw rekent. Iemand die dat weet?")
    assert "Dat klopt niet." in text and "tweedehands onderdelen" in text and "[vul in" in text
    text = _text(IJSSALON, "Al het ijs bij Gelato komt gewoon uit een pak van de supermarkt. Zeggen ze.")
    assert "Dat klopt niet." in text and "supermarkt" in text


def test_a_rumour_asked_of_the_business_keeps_an_open_slot_without_a_verdict() -> None:
    text = _text(GARAGE, "Ik hoorde dat Garage Smit een tweede vestiging in Baarn opent, klopt dat?")
    assert "klopt niet" not in text.lower() and "Baarn" in text and "[vul in" in text


def test_what_others_say_after_the_claim_is_hearsay() -> None:
    assert hearsay_of("Het ijs komt uit de supermarkt. Zeggen ze.") == "Het ijs komt uit de supermarkt"
    assert hearsay_of("Peter rekent dubbel voor de APK, hoor ik van de buren.") == "Peter rekent dubbel voor de APK"
    assert hearsay_of("Lekker ijs, zeggen ze") == ""  # too short to be a claim


# A rumour that a thing comes from elsewhere (a factory, the freezer of a supermarket, stolen goods) is set straight
# by the FAQ entry about the same thing (the word itself or a compound's head) that says where it comes from or that
# the business makes it itself (session 10, issue #13). Businesses and sentences of their own, none from the rounds.
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


def test_a_flemish_word_for_men_is_the_faqs_heren() -> None:
    salon = BusinessProfile(
        name="Kapsalon Marie",
        kind="kapsalon",
        signers=["Marie"],
        voice="ik",
        register="u",
        email="marie@kapsalon.be",
        faq=[FaqItem("Knipt u ook heren?", "Ja, een herensnit kost € 22.")],
    )
    text = _text(salon, "Bij Marie moogt ge als vent niet binnen, die knipt enkel vrouwen. Zei mijn schoonbroer.")
    assert "heren" in text and "22" in text and "[vul in" not in text, text


BAKKER = BusinessProfile(
    name="Bakkerij De Korenaar",
    kind="bakkerij",
    signers=["Lies"],
    voice="wij",
    register="je",
    email="info@korenaar.be",
    faq=[
        FaqItem("Hebben jullie speltbrood?", "Nee, spelt bakken we niet."),
        FaqItem("Bakken jullie op zondag vers?", "Ja, op zondag bakken we alles vers; open tot 12:00."),
    ],
)


def test_a_rumour_that_the_baker_no_longer_bakes_on_sunday_gets_the_sunday_answer() -> None:
    """'op zondag niet meer bakken' names the verb of 'Bakken jullie op zondag vers?': its 'vers' says how."""
    text = "Ik hoorde dat jullie op zondag niet meer bakken en gewoon brood van zaterdag verkopen. Klopt dat?"
    draft = Drafter(BAKKER, analyser=analyse_topics).draft("uitkomst_onwaarheid", text, author="Mia").text or ""
    assert "zondag bakken we alles vers" in draft and "spelt" not in draft, draft
