"""What the writer said besides the question, read and used (session v16, issue #13): a baby on its way, a wish
and its other choice, a thing to fix up, a further English question from the FAQ, an English occasion ahead, a
rumour about harmful substances, a frozen-food rumour set straight by what the FAQ answer calls fresh, and a second
question the first answer covers. Businesses and sentences of their own, none from the rounds."""

from __future__ import annotations

from app.domain.draft_events import expecting, fix_up_thing
from app.domain.draft_origin import origin_faq
from app.domain.draft_questions import is_wish, wish_clause
from app.domain.draft_wishes import wishes
from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile, FaqItem
from app.domain.topics import TopicAnalysis
from app.nlp.topics import analyse_topics

ANSWER = "uitkomst_vraag_beantwoorden"
RUMOUR = "uitkomst_onwaarheid"
SUGGESTION = "uitkomst_bedank_publiek_suggestie"

PATISSERIE = BusinessProfile(
    name="Patisserie Zoetelief",
    kind="banketbakker",
    signers=["Hanna"],
    voice="wij",
    register="u",
    email="info@zoetelief.nl",
    phone="050-1234567",
    payment="pinnen en contant",
    faq=[FaqItem("Wat kost een taart voor 12 personen?", "Een taart voor 12 personen kost € 38,50.")],
)
BIKES = BusinessProfile(
    name="Tweewielerhuis Spaak",
    kind="fietsenmaker",
    signers=["Ruud"],
    voice="ik",
    register="je",
    email="ruud@spaak.nl",
    phone="024-7654321",
    payment="pinnen of Tikkie; geen contant",
    faq=[
        FaqItem("Repareer je ook andere merken?", "Ja, alle merken; elektrische alleen met een Bosch-motor."),
        FaqItem("Wat kost een grote beurt?", "Een grote beurt kost € 89, bij aankoop van een nieuwe fiets gratis."),
        FaqItem("Verhuur je racefietsen?", "Ja, racefietsen voor € 30 per dag; een helm erbij voor € 5."),
    ],
)
BISTRO = BusinessProfile(
    name="Bistro De Oester",
    kind="restaurant",
    signers=["Lotte"],
    voice="wij",
    register="u",
    email="hallo@deoester.nl",
    phone="0113-998877",
    accessibility="drempelvrij via de voordeur; invalidentoilet",
    faq=[
        FaqItem("Hebben jullie een kindermenu?", "Ja, drie kindergerechten van € 9,50."),
        FaqItem("Mogen honden binnen?", "Ja, honden zijn binnen welkom, aan de lange tafel bij de bar."),
        FaqItem(
            "Waar komen jullie oesters vandaan?", "We serveren het hele jaar verse Yerseke oesters van de kwekerij."
        ),
    ],
)
SALON = BusinessProfile(
    name="Haarstudio Golf",
    kind="kapsalon",
    signers=["Mila"],
    voice="wij",
    register="je",
    email="mila@haarstudiogolf.nl",
    phone="020-5556677",
    faq=[FaqItem("Kan ik online een afspraak maken?", "Nog niet; bellen of langskomen kan altijd.")],
)


def _draft(profile: BusinessProfile, outcome: str, text: str, author: str = "Sanne") -> str:
    made = Drafter(profile, analyser=analyse_topics).draft(outcome, text, author=author, platform="facebook")
    return made.text or ""


# -- a baby on its way


def test_a_baby_on_its_way_is_read_in_the_shapes_people_write_it() -> None:
    for text in (
        "wij krijgen in oktober een kleine!",
        "We verwachten in mei ons tweede kindje",
        "Ik ben uitgerekend begin maart",
        "mijn schoonzus is in verwachting",
        "Er is een baby op komst bij ons 👶",
    ):
        assert expecting(text, TopicAnalysis()), text


def test_visitors_or_a_lost_baby_are_no_baby_on_its_way() -> None:
    assert not expecting("We krijgen zaterdag visite, wat kost een taart?", TopicAnalysis())
    assert not expecting("Onze kleine is vorige week overleden", TopicAnalysis(occasion="rouw"))


def test_a_price_question_around_a_coming_baby_gets_the_price_and_a_congratulation() -> None:
    text = _draft(PATISSERIE, ANSWER, "Wat kost een taart voor 12 personen? Wij krijgen in september een baby 🍼")
    assert "38,50" in text
    assert "gefeliciteerd" in text


# -- a wish and its other choice


def test_a_wish_that_could_be_done_online_is_named() -> None:
    for text, said in (
        ("Zou het niet handig zijn als je ze ook online kan bestellen?", "om ook online te kunnen bestellen"),
        ("Het zou ideaal zijn als ik via de app een tijd kon kiezen.", "om via de app een tijd te kunnen kiezen"),
        ("Zou het niet makkelijk zijn als u het kan betalen met Payconiq?", "om te kunnen betalen"),
    ):
        assert said in wish_clause(text), (text, wish_clause(text))


def test_a_modal_verb_and_a_softener_are_not_said_back_in_a_wish() -> None:
    assert wishes("Misschien een tweede oven kunnen kopen?") == ["om een tweede oven te kopen"]
    said = wish_clause("Zouden jullie misschien een glutenvrij brood willen bakken?")
    assert "misschien" not in said
    assert "willen" not in said


def test_the_other_choice_of_a_wish_is_a_second_wish_not_a_question() -> None:
    text = (
        "Lekkere taarten! Zouden jullie misschien ook minitaartjes willen maken? Of dat ik ze kan bestellen per mail?"
    )
    assert wish_clause(text) == "om minitaartjes te maken en ook om te kunnen bestellen per mail"
    assert is_wish("Of dat ik ze kan bestellen per mail?", 1)
    assert not is_wish("Of dat ik ze kan bestellen per mail?", 0)  # a first question is asked, not another choice
    draft = _draft(PATISSERIE, SUGGESTION, text)
    assert "vul in: het antwoord" not in draft
    assert "per mail" in draft


def test_a_tip_to_order_online_in_praise_is_named() -> None:
    text = "Heerlijke appeltaart! Zou het niet fijn zijn als je hem ook online kon bestellen? Bellen lukt mij nooit."
    assert "online" in _draft(PATISSERIE, SUGGESTION, text)


# -- a thing to fix up at a repair business


def test_the_thing_to_fix_up_is_read() -> None:
    assert fix_up_thing("Ik heb een ouwe Batavus van mijn oom die ik wil laten opknappen.") == (
        "ouwe Batavus van mijn oom"
    )
    assert fix_up_thing("we willen onze tandem graag laten nakijken") == "tandem"
    assert fix_up_thing("Mijn oude racefiets moet nodig opgeknapt worden") == "oude racefiets"
    assert fix_up_thing("Ik heb een fiets die ik vorig jaar kocht") == ""


def test_a_payment_question_about_a_bike_to_fix_up_names_the_bike() -> None:
    text = _draft(
        BIKES, ANSWER, "Kan ik contant betalen? Ik heb een oude Sparta van mijn vader die ik wil laten opknappen."
    )
    assert "geen contant" in text
    assert "Sparta van je vader" in text


def test_a_bakery_does_not_offer_to_fix_up_anything() -> None:
    text = _draft(PATISSERIE, ANSWER, "Kan ik pinnen? Ik wil mijn oude fiets laten opknappen.")
    assert "fiets" not in text


# -- a brand of cargo bike asks about brands


def test_a_cargo_bike_brand_gets_the_faq_about_brands() -> None:
    for text in ("repareren jullie ook een Babboe met een kapotte naaf?", "Repareer je ook een urban arrow?"):
        assert "Bosch" in _draft(BIKES, ANSWER, text), text


# -- a second question the first answer covers


def test_a_second_question_the_first_answer_covers_gets_no_unrelated_entry() -> None:
    text = _draft(BIKES, ANSWER, "Wat kost een grote beurt? Is dat goedkoper als ik meteen een nieuwe fiets koop?")
    assert "€ 89" in text
    assert "€ 30" not in text


def test_a_second_question_of_its_own_still_gets_its_entry() -> None:
    text = _draft(BIKES, ANSWER, "Wat kost een grote beurt? En verhuur je ook racefietsen?")
    assert "€ 89" in text
    assert "€ 30" in text


# -- English: a further question from the FAQ, one field once, an occasion ahead


def test_a_further_english_question_the_faq_answers_is_answered() -> None:
    text = _draft(BISTRO, ANSWER, "Hello! Do you have a kids' menu? And may we bring our dog inside?", "Emma Green")
    assert "9,50" in text
    assert "bar" in text


def test_two_english_questions_one_field_answers_get_that_field_once() -> None:
    text = _draft(BISTRO, ANSWER, "Hi, is the bistro wheelchair accessible? And is there an accessible toilet?", "Al")
    assert text.count("drempelvrij") == 1


def test_an_english_question_for_an_occasion_ahead_wishes_it_well() -> None:
    text = _draft(BISTRO, ANSWER, "Is it wheelchair accessible? Coming with my dad for his 70th birthday!", "Al")
    assert "70th birthday" in text
    past = _draft(BISTRO, ANSWER, "We celebrated our anniversary last month. Do you have a kids' menu?", "Al")
    assert "anniversary" not in past


# -- rumours


def test_a_rumour_about_harmful_substances_offers_a_way_to_reach_us() -> None:
    for claim in (
        "Ik hoorde dat ze bij Haarstudio Golf verf met kankerverwekkende stoffen gebruiken. Weet iemand meer?",
        "Klopt het dat er asbest in het plafond van die kapsalon zit?",
    ):
        text = _draft(SALON, RUMOUR, claim)
        assert "020-5556677" in text or "mila@haarstudiogolf.nl" in text, claim


def test_a_frozen_food_rumour_is_set_straight_by_what_the_faq_answer_calls_fresh() -> None:
    item = origin_faq(("diepvriesoester", "ierland"), BISTRO, lambda t: tuple(w.rstrip("s") for w in t.lower().split()))
    assert item is not None and "verse" in item.answer
    text = _draft(BISTRO, RUMOUR, "Wist je dat ze bij De Oester gewoon diepvriesoesters uit Frankrijk opdienen?")
    assert "verse Yerseke oesters" in text
