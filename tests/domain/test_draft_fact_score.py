"""The profile fact or FAQ answer that really answers a question, by rare words (app/domain/draft_fact_score.py):
every test uses sentences and profiles of its own, not those of a benchmark round."""

from __future__ import annotations

import pytest

from app.domain.draft_fact_score import asked_words, field_answering, score_all, score_words, sources
from app.domain.draft_facts import simple_lemmas
from app.domain.profile import BusinessProfile, FaqItem
from app.nlp.topics import analyse_topics
from tests.domain.drafts import draft, draft_text, suggested

ANSWER = "uitkomst_vraag_beantwoorden"

BIKES = BusinessProfile(
    name="Tweewielers De Spaak",
    kind="fietsenmaker",
    signers=["Bram"],
    voice="ik",
    register="je",
    email="bram@despaak.nl",
    phone="0570-123456",
    opening_hours="di–za 9:00–18:00",
    payment="pinnen, Payconiq of contant; geen creditcard",
    delivery_terms="ik haal je fiets op en breng hem terug binnen Deventer voor € 10",
    faq=[
        FaqItem(
            "Repareer je ook elektrische fietsen?", "Ja, e-bikes van alle merken, ook de motor van Bosch of Yamaha."
        ),
        FaqItem("Verhuur je fietsen?", "Ja, een stadsfiets voor € 11 per dag en een tandem voor € 25 per dag."),
        FaqItem("Wat kost een kinderfiets nakijken?", "Een kinderfiets kijk ik na voor € 19,50."),
    ],
)
SALON = BusinessProfile(
    name="Kapsalon Krul",
    kind="kapsalon",
    signers=["Ilse"],
    voice="wij",
    register="je",
    email="ilse@kapsalonkrul.be",
    opening_hours="di–za 9:00–17:30",
    faq=[
        FaqItem("Wat kost een kinderknipbeurt?", "Kinderen tot 10 jaar knippen we voor € 16."),
        FaqItem("Kan ik online boeken?", "Ja, via de knop op onze Instagram."),
    ],
)


def _text(profile: BusinessProfile, text: str, platform: str = "facebook") -> str:
    made = draft(profile, ANSWER, text, platform=platform)
    assert made.text is not None
    return made.text


def test_the_data_file_is_valid_and_a_maybe_stays_below_strong() -> None:
    words = score_words()
    assert 0 < words.maybe < words.strong <= 1
    assert words.answer_weight < words.question_weight
    assert words.phrases and words.aliases and words.noise


def test_a_rare_word_weighs_more_than_a_word_every_entry_names() -> None:
    found = sources(BIKES, simple_lemmas)
    scored = score_all(asked_words("kan ik met payconiq betalen voor de fiets", simple_lemmas), found)
    assert scored[0].source.field == "payment", scored[:2]


@pytest.mark.parametrize(
    "text",
    [
        "Hoi! Kan ik bij jullie met Payconiq afrekenen? Ik breng mijn fiets zaterdag.",
        "allez, kan ik bij ulder met payconiq betalen? mijne velo moet nagekeken worden 🚲",
    ],
)
def test_a_question_about_paying_gets_the_payment_fact_not_a_faq_about_bikes(text: str) -> None:
    said = _text(BIKES, text)
    assert "Payconiq" in said, said
    assert "per dag" not in said and "tandem" not in said, said


def test_a_question_the_profile_cannot_answer_gets_an_honest_i_will_find_out() -> None:
    made = draft(BIKES, ANSWER, "doen jullie ook fietsleasing via de zaak? wil een speed pedelec 🚀")
    said = made.text or ""
    assert "alle merken" not in said and "Yamaha" not in said, said
    # an entry that holds none of what is asked is no suggestion for the owner either
    assert not any("Yamaha" in note for note in made.suggestions), made.suggestions
    assert "lease" in said.lower() or "vul in" in said or "uit" in said, said


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Mijn dochters (6 en 9) moeten geknipt worden voor een bruiloft. Wat vragen jullie voor kinderen?", "€ 16"),
        ("wat rekenen jullie voor kinderen eigenlijk? 😊", "€ 16"),
    ],
)
def test_what_do_you_ask_for_is_a_question_about_the_price(text: str, want: str) -> None:
    said = _text(SALON, text, platform="instagram")
    assert want in said and "vul in" not in said, said


def test_a_brand_and_its_motor_named_in_the_question_find_the_e_bike_entry() -> None:
    said = _text(BIKES, "Doen jullie ook herstellingen aan een Batavus met Yamaha-motor? Hij valt steeds uit.")
    assert "alle merken" in said and "vul in" not in said, said


SALON_TEST = BusinessProfile(
    name="Haarhuis Lotte",
    kind="kapsalon",
    signers=["Lotte"],
    voice="ik",
    register="je",
    email="lotte@haarhuis.nl",
    opening_hours="di–za 9:00–17:00",
    payment="pinnen, contant en maaltijdcheques",
    faq=[
        FaqItem(
            "Kleur je met natuurlijke verf?",
            "Ja, en bij een eerste kleuring doe ik altijd eerst een huidtest, 2 dagen vooraf.",
        ),
        FaqItem("Knip je ook mannen?", "Ja, een herenknipbeurt kost € 24."),
    ],
)


def test_a_question_that_only_points_back_gets_the_entry_the_whole_comment_is_about() -> None:
    text = (
        "Ik wil graag mijn haar laten verven maar van zo'n pakje uit de supermarkt kreeg ik uitslag op mijn "
        "hoofd. Is dat bij jou wel te doen?"
    )
    said = _text(SALON_TEST, text, platform="google")
    assert "huidtest" in said and "vul in" not in said, said


def test_a_rumour_about_meal_vouchers_is_set_straight_with_the_payment_fact() -> None:
    text = "Iemand op de markt zei dat jullie geen maaltijdcheques meer aannemen. Jammer hoor."
    said = draft(SALON_TEST, "uitkomst_onwaarheid", text).text or ""
    assert "maaltijdcheques" in said, said
    assert "herenknipbeurt" not in said, said


BARBER = BusinessProfile(
    name="Barbier Sjors",
    kind="kapsalon",
    signers=["Sjors"],
    voice="wij",
    register="je",
    email="sjors@barbiersjors.nl",
    opening_hours="di–za 9:00–18:00",
    faq=[
        FaqItem(
            "Wat als ik mijn afspraak niet kan nakomen?",
            "Afzeggen kan kosteloos tot 12 uur vooraf; daarna rekenen we € 10.",
        ),
        FaqItem("Knippen jullie ook baarden?", "Ja, een baard trimmen kost € 15."),
    ],
)


def test_a_rumour_the_whole_text_of_which_stands_out_on_one_faq_entry_is_set_straight_with_it() -> None:
    text = "Op Facebook las ik dat jullie €40 rekenen als je een keer afzegt?! Serieus?"
    said = draft(BARBER, "uitkomst_onwaarheid", text).text or ""
    assert "12 uur" in said and "vul in" not in said, said


def test_a_rumour_that_shares_one_word_with_a_faq_entry_is_left_to_the_owner() -> None:
    text = "Iemand zei dat jullie geen baarden meer doen 😢"
    said = draft(BARBER, "uitkomst_onwaarheid", text).text or ""
    assert "afzeggen" not in said.lower(), said


WORKSHOP = BusinessProfile(
    name="Rijwielhuis Ter Beek",
    kind="fietsenmaker",
    signers=["Wout"],
    voice="ik",
    register="je",
    email="wout@terbeek.be",
    opening_hours="di–za 9:00–18:00",
    faq=[
        FaqItem("Herstel je ook fietsen van andere merken?", "Ja, alle merken; een motor uitlezen kost € 20 extra."),
        FaqItem("Wat kost een kleine beurt?", "Een kleine beurt kost € 49, klaar binnen twee werkdagen."),
    ],
)


def test_a_question_in_two_parts_gets_both_faq_answers_that_answer_a_part() -> None:
    text = (
        "Wij hebben een tiental bedrijfsfietsen van allerlei merken. Kan jij die onderhouden en wat kost dat per fiets?"
    )
    said = _text(WORKSHOP, text, platform="linkedin")
    assert "alle merken" in said and "€ 49" in said, said


@pytest.mark.parametrize(
    "text", ["Hi! How much do you charge for kids? My son needs a haircut 🙂", "What are your prices for children?"]
)
def test_an_english_question_about_a_price_gets_the_faq_answer_for_the_owner_to_put_in_english(text: str) -> None:
    said = _text(SALON, text)
    assert "€ 16" in said and "vul in" not in said, said


# A thing asked that only a profile field names, as a part of its value: that field answers (draft_answers,
# draft_more_questions). Shops and sentences of our own.
_FARM_CAFE = BusinessProfile(
    name="Theeschenkerij De Boomgaard",
    kind="restaurant",
    signers=["Wendy"],
    register="je",
    voice="wij",
    email="info@deboomgaard.nl",
    accessibility="alles gelijkvloers, een invalidentoilet, speeltuintje achter het terras",
    parking="gratis parkeren op het erf en een fietsenstalling",
    faq=[FaqItem("Hebben jullie een kinderkaart?", "Ja, pannenkoekjes en poffertjes voor de kleintjes.")],
)


@pytest.mark.parametrize(
    "text",
    [
        "Is er plek om te spelen?",
        "is er een speelplekje??",
        "Hebben jullie een speeltuin?",
        "Hebben jullie een SPEELHOEK?",
    ],
)
def test_a_thing_only_a_field_names_is_answered_from_it(text: str) -> None:
    assert field_answering(text, _FARM_CAFE, _lemmas) == "accessibility"
    said = draft_text(_FARM_CAFE, "uitkomst_vraag_beantwoorden", text)
    assert "speeltuintje" in said, said


def test_a_word_in_the_middle_of_a_field_part_answers_nothing() -> None:
    # 'gratis' is said about the parking, it names no part of it; 'erf' neither
    assert field_answering("Is bezorgen gratis?", _FARM_CAFE, _lemmas) == ""
    assert field_answering("Hoe groot is het erf?", _FARM_CAFE, _lemmas) == ""


def test_the_goods_a_field_delivers_name_no_part_of_it() -> None:
    shop = BusinessProfile(
        name="Banketbakkerij Kolk",
        kind="bakkerij",
        signers=["Ilse"],
        voice="wij",
        email="info@kolk.nl",
        delivery_terms="slagroomtaarten en appelgebak brengen we rond in Hattem, gratis vanaf € 25",
        faq=[FaqItem("Bakken jullie speltbrood?", "Ja, elke donderdag.")],
    )
    # a slagroomtaart without lactose is asked for, not its delivery
    assert field_answering("Maken jullie ook een slagroomtaart zonder lactose?", shop, _lemmas) == ""


def test_a_second_question_gets_the_field_too() -> None:
    text = "Hebben jullie iets voor kinderen? En is er plek om te spelen?"
    said = draft_text(_FARM_CAFE, "uitkomst_vraag_beantwoorden", text)
    assert "poffertjes" in said and "speeltuintje" in said, said


def _lemmas(text: str) -> tuple[str, ...]:
    return analyse_topics(text).lemmas


def test_a_pet_is_not_answered_by_the_assistance_dogs_a_place_lets_in() -> None:
    shop = BusinessProfile(
        name="Brasserie Het Veer",
        kind="restaurant",
        signers=["Ilse"],
        voice="wij",
        register="u",
        accessibility="zaal en terras zonder drempels, ruim toilet beneden; assistentiehonden welkom",
    )
    said = suggested(shop, "Mag onze labrador mee op het terras?")
    assert "assistentiehonden" not in said and "[vul in" in said, said
    # who asks about an assistance dog is answered by it
    assert "assistentiehonden welkom" in suggested(shop, "Mag mijn assistentiehond mee naar binnen?")
