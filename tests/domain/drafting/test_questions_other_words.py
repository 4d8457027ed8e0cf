"""Questions the profile answers in other words (after round r69–r70): what someone no longer eats asks for the
diet ('geen vlees meer' ~ vegetarisch); an allergen asks for what is free of it; a question asked about access is
not answered by a FAQ entry that only matched what was said around it; a writer without question marks still asks;
a separable verb asked ('ophalen') leads the yes; a fact is not said twice in other words; a business asking
what is possible gets the contact; an ill writer is wished well; until when to order is the delivery terms'
cut-off. Sentences and profiles of their own, not a round's."""

from __future__ import annotations

import pytest

from app.domain.draft_fact_score import fields_named
from app.domain.draft_faq_shapes import split_verb_asked
from app.domain.draft_pain import pain_values
from app.domain.draft_places import come_to_names
from app.domain.draft_price_faq import price_entry
from app.domain.draft_questions import question_sentences
from app.domain.draft_rumour_denies import without_reason
from app.domain.draft_spoken import written_out
from app.domain.draft_thing_kinds import diets_asked
from app.domain.draft_wishes import wishes
from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile, FaqItem
from app.nlp.topics import analyse_topics
from tests.domain.drafts import draft, suggested

BAKKER = BusinessProfile(
    name="Bakkerij De Korenschoof",
    kind="bakkerij",
    signers=["Ilse"],
    voice="wij",
    register="je",
    email="info@korenschoof.nl",
    opening_hours="di–za 7:30–17:00",
    faq=[
        FaqItem("Wat kost een saucijzenbroodje?", "Een saucijzenbroodje kost € 2,10."),
        FaqItem("Hebben jullie een vegetarisch saucijzenbroodje?", "Ja, met vegagehakt, elke dag vers."),
    ],
)
PANNENKOEK = BusinessProfile(
    name="Pannenkoekenboerderij De Molen",
    kind="restaurant",
    signers=["Wim"],
    voice="wij",
    register="u",
    email="info@demolen.nl",
    opening_hours="wo–zo 11:00–20:00",
    accessibility="rolstoeltoegankelijk, met een invalidentoilet",
    faq=[FaqItem("Kunnen we een kinderfeestje houden?", "Ja, vanaf zes kinderen voor € 11 per kind.")],
)
FIETS = BusinessProfile(
    name="Tweewielers Bos",
    kind="fietsenmaker",
    signers=["Gert"],
    voice="ik",
    register="u",
    email="info@tweewielersbos.nl",
    phone="0511-123456",
    payment="pinnen, contant of op rekening (factuur binnen 30 dagen)",
    delivery_terms="ophalen en terugbrengen binnen 10 km voor € 15; gratis bij een beurt boven € 90",
    faq=[
        FaqItem(
            "Haalt u de fiets ook thuis op?",
            "Ja, binnen 10 km haal ik de fiets op en breng ik hem terug voor € 15; gratis bij een beurt boven € 90.",
        )
    ],
)
PIZZA = BusinessProfile(
    name="Pizzeria Da Marco",
    kind="restaurant",
    signers=["Marco"],
    voice="wij",
    register="je",
    email="info@damarco.be",
    opening_hours="di–zo 17:00–22:00",
    delivery_terms="levering in Lier, Koningshooikt en Emblem; bestellen tot 21:15",
    faq=[
        FaqItem(
            "Hebben jullie glutenvrije pizza?",
            "Ja, op een glutenvrije bodem, maar uit dezelfde oven, dus niet geschikt bij coeliakie.",
        )
    ],
)
KAPPER = BusinessProfile(
    name="Salon Kroon",
    kind="kapsalon",
    signers=["Noor"],
    voice="wij",
    register="je",
    email="info@salonkroon.nl",
    faq=[FaqItem("Wat als ik mijn afspraak moet afzeggen?", "Tot 24 uur van tevoren kost afzeggen niets.")],
)


def _draft(profile: BusinessProfile, text: str) -> str:
    return draft(profile, "uitkomst_vraag_beantwoorden", text, author="").text or ""


@pytest.mark.parametrize(
    ("text", "diet"),
    [
        ("mijn zoon eet geen vlees meer", "vegetarisch"),
        ("hebben jullie iets zonder vlees?", "vegetarisch"),
        ("vleesloze broodjes?", "vegetarisch"),
        ("Anything meat-free for my son?", "vegetarisch"),
        ("iets zonder dierlijke producten", "vegan"),
    ],
)
def test_what_someone_does_not_eat_asks_for_the_diet(text: str, diet: str) -> None:
    assert diets_asked(text) == {diet}


def test_meat_named_plainly_asks_no_diet() -> None:
    assert diets_asked("het vlees was lekker") == frozenset()


@pytest.mark.parametrize(
    "text",
    [
        "Onze zoon eet sinds kort geen vlees meer. Hebben jullie iets zonder vlees dat erop lijkt?",
        "mn dochter is net vegetariër geworden, hebben jullie saucijzenbroodjes zonder vlees?",
    ],
)
def test_no_more_meat_is_answered_by_the_vegetarian_entry(text: str) -> None:
    draft = _draft(BAKKER, text)
    assert "vegagehakt" in draft and "vul in" not in draft


def test_access_asked_is_not_answered_by_an_entry_matched_on_the_grandchildren() -> None:
    draft = _draft(
        PANNENKOEK,
        "Mijn vader zit sinds kort in een rolstoel. Kan hij bij jullie naar binnen en naar de wc? "
        "We komen met de kleinkinderen.",
    )
    assert "rolstoel" in draft and "invalidentoilet" in draft and "11" not in draft


def test_a_writer_without_question_marks_still_asks() -> None:
    found = question_sentences("GOEDEMORGEN. KUNT U MIJN FIETS OPHALEN. WAT KOST DAT. GROET JAN")
    assert found == ("KUNT U MIJN FIETS OPHALEN.", "WAT KOST DAT.")
    assert question_sentences("Top geholpen. Bedankt!") == ()
    assert question_sentences("Dank je. Kunt u dat ook?") == ("Kunt u dat ook?",)


def test_a_separable_verb_asked_leads_the_yes() -> None:
    answer = "Ja, binnen 10 km haal ik de fiets op."
    assert split_verb_asked(answer, answer, ("Kunt u de fiets ophalen?",)) == "ophalen"
    assert split_verb_asked(answer, answer, ("Haalt u de fiets op?",)) == ""
    assert split_verb_asked("Nee, dat doe ik niet.", "Nee, dat doe ik niet.", ("Kunt u hem ophalen?",)) == ""
    draft = _draft(FIETS, "KUNT U MIJN FIETS OOK THUIS OPHALEN VOOR EEN BEURT. WAT KOST DAT.")
    assert "Ophalen kan: binnen 10 km" in draft


def test_pay_on_account_is_the_payment_field_and_a_fact_is_not_said_twice() -> None:
    assert fields_named("Werkt u ook op rekening?") == {"betalen"}
    draft = _draft(
        FIETS,
        "Wij zijn een kinderdagverblijf met zes bakfietsen. Werkt u ook op rekening, en kunt u de fietsen bij ons "
        "ophalen? Ik hoor graag wat de mogelijkheden zijn.",
    )
    assert "op rekening" in draft and "info@tweewielersbos.nl" in draft
    assert draft.count("€ 15") == 1


def test_until_when_to_order_is_the_delivery_cut_off_and_the_places_are_named() -> None:
    draft = _draft(PIZZA, "Leveren jullie ook in Duffel? En tot hoe laat kan ik op vrijdag bestellen?")
    assert "21:15" in draft and "Koningshooikt" in draft


def test_coeliac_asks_for_the_gluten_free_entry() -> None:
    draft = _draft(PIZZA, "mijn man heeft coeliakie en mag geen spoortje gluten. kan hij bij jullie veilig eten?")
    assert "oven" in draft and "vul in" not in draft


@pytest.mark.parametrize(
    "text",
    [
        "Ik heb sinds gisteren koorts en mijn afspraak is morgen. Kost het iets als ik afzeg?",
        "Ben flink verkouden, kost afzeggen voor morgen iets?",
    ],
)
def test_an_ill_writer_is_wished_well(text: str) -> None:
    assert "beterschap" in _draft(KAPPER, text).lower()


FIETS_q13 = BusinessProfile(
    name="Tweewieler Claes",
    kind="fietsenmaker",
    signers=["Wim"],
    voice="ik",
    register="je",
    email="wim@tweewielerclaes.be",
    opening_hours="di–za 9:00–18:00; maandag gesloten",
    holidays="Kerstmis: gesloten",
    faq=[
        FaqItem("Doe je ook bikefitting?", "Ja, een bikefitting van anderhalf uur kost € 150."),
        FaqItem("Wat kost een nieuwe ketting?", "Een ketting vervangen kost € 35, een cassette erbij € 60."),
    ],
)
KAPPER_q13 = BusinessProfile(
    name="Salon Ilse",
    kind="kapsalon",
    signers=["Ilse", "Ramon"],
    voice="wij",
    register="u",
    email="info@salonilse.nl",
    opening_hours="di–za 9:00–17:30",
    faq=[
        FaqItem("Wat kost een kinderknipbeurt?", "Kinderen tot 10 jaar knippen wij voor € 17."),
        FaqItem("Wat kost knippen?", "Dames € 40, heren € 28."),
        FaqItem("Knippen jullie ook afro haar?", "Ja, afro en kroeshaar knippen wij met de schaar, € 45."),
    ],
)
BAKKER_q13 = BusinessProfile(
    name="Bakkerij Maes",
    kind="bakkerij",
    signers=["Els"],
    voice="wij",
    register="u",
    email="info@bakkerijmaes.be",
    opening_hours="di–zo 7:00–18:00",
    delivery_terms="taarten brengen we in Deinze en Nevele voor € 5, gratis vanaf € 50",
)


def _draft_q13(profile: BusinessProfile, text: str, label: str = "vraag") -> str:
    return suggested(profile, text, label=label)


def test_a_thing_named_by_the_head_of_the_faqs_compound_gets_its_price() -> None:
    for text in ("hoeveel kost zo'n fitting eigenlijk?", "Wat kost een fitting bij jou?", "wat kost ne fitting?"):
        draft = _draft_q13(FIETS_q13, text)
        assert "€ 150" in draft and "[vul in" not in draft, text


def test_a_price_for_whom_is_no_price_for_someone_else() -> None:
    lemmas = Drafter(FIETS_q13, analyser=analyse_topics)._lemmas_of
    faq = [{"question": "Wat kost een kinderzadel?", "answer": "Een kinderzadel monteer ik voor € 25."}]
    kids = BusinessProfile.from_dict({**FIETS_q13.to_dict(), "faq": faq})
    assert price_entry("Wat kost een zadel?", kids, lemmas) is None
    assert price_entry("Wat kost een kinderzadel?", kids, lemmas) is not None
    fitting = price_entry("hoeveel kost zo'n fitting?", FIETS_q13, lemmas)
    assert fitting is not None and "€ 150" in fitting.answer


def test_the_one_entry_that_names_what_is_asked_answers_it() -> None:
    for text in ("doen jullie ook iets met afro haar?", "Doen jullie ook iets met kroeshaar?"):
        draft = _draft_q13(KAPPER_q13, text)
        assert "€ 45" in draft and "[vul in" not in draft, text


def test_a_place_in_lower_case_the_profile_names_is_that_place() -> None:
    for text in (
        "kunnen jullie ook een taart naar nevele brengen?",
        "Bezorgen jullie ook in nevele?",
        "Kunt u een taart naar Nevele leveren?",
    ):
        draft = _draft_q13(BAKKER_q13, text)
        assert "Nevele" in draft and "€ 50" in draft and "[vul in" not in draft, text


def test_a_small_word_after_naar_or_in_is_no_place() -> None:
    assert come_to_names("kunnen jullie ook een taart naar rumbeke brengen?") == {"Rumbeke"}
    assert come_to_names("Bezorgen jullie ook in sint-niklaas?") == {"Sint-Niklaas"}
    assert come_to_names("Komen jullie ook in een dorp als het onze?") == set()


def test_a_need_beside_a_holiday_slot_gets_its_price() -> None:
    draft = _draft_q13(
        FIETS_q13, "Ben je open op tweede pinksterdag? Wil mijn ketting laten vervangen voor de vakantie"
    )
    assert "€ 35" in draft and "€ 60" not in draft


def test_prices_that_depend_on_for_whom_are_not_guessed_for_a_need() -> None:
    assert "€ 40" not in _draft_q13(KAPPER_q13, "Zijn jullie open op tweede pinksterdag? wil nog even knippen")


def test_the_writers_own_pain_is_said_back_in_the_register() -> None:
    draft = _draft_q13(FIETS_q13, "wat kost een fitting? mijn rug doet echt zeer na lange ritten")
    assert "rug" in draft and "€ 150" in draft
    assert pain_values("heb last van mijn nek na het fietsen", "u") == {"waarde": "last", "onderwerp": "van uw nek"}
    assert pain_values("heb al pijn aan m'n knieën", "je") == {"waarde": "pijn", "onderwerp": "aan je knieën"}
    assert pain_values("mijn vriendin heeft pijn aan haar knie", "je") is None
    assert pain_values("pijn aan mijn portemonnee na die rekening", "je") is None


def test_one_of_the_staff_written_in_lower_case_is_named_and_the_price_question_answered() -> None:
    draft = _draft_q13(
        KAPPER_q13, "ramon is echt een tovenaar met de schaar! wat kost afro haar eigenlijk?", "positief"
    )
    assert "Ramon" in draft and "de ramon" not in draft and "€ 45" in draft


def test_an_unknown_lower_case_name_called_a_hero_is_a_name() -> None:
    found = analyse_topics("joelle is gewoon een kunstenaar met die schaar, beste coupe ooit")
    assert "Joelle" in found.names and "joelle" not in [p.text for p in found.products]
    assert not analyse_topics("pizza is gewoon een kunstwerk").names


STEPS = BusinessProfile(
    name="Steppenhuis Aalst",
    kind="fietsenmaker",
    signers=["Bram"],
    voice="wij",
    register="je",
    email="info@steppenhuis.be",
    opening_hours="di–za 10:00–18:00",
    holidays="eerste en tweede paasdag: gesloten; 31 december: 10:00–15:00",
    faq=[
        FaqItem("Kan ik een elektrische step eerst proberen?", "Ja, een proefrit in de winkel is gratis."),
        FaqItem("Repareren jullie ook steps van een ander merk?", "Ja, alle merken; reken op een week."),
    ],
)
BRASSERIE = BusinessProfile(
    name="Brasserie Het Duin",
    kind="restaurant",
    signers=["Noor"],
    voice="wij",
    register="u",
    email="info@hetduin.nl",
    opening_hours="wo–zo 11:00–22:00",
    holidays="eerste en tweede kerstdag: 12:00–21:00, alleen op reservering; 1 januari: dicht",
    faq=[FaqItem("Is er een kinderstoel?", "Ja, we hebben vier kinderstoelen en een kleurplaat voor de kleintjes.")],
)


def _draft_faq5(profile: BusinessProfile, text: str, outcome: str = "uitkomst_vraag_beantwoorden") -> str:
    return draft(profile, outcome, text, author="").text or ""


def test_trying_out_before_buying_asks_the_faq_about_trying() -> None:
    for said in (
        "Kan ik zo'n step eerst een dagje uittesten? Twijfel nog 🤔",
        "Kan ik eerst een testritje doen?",
        "Can I try out an e-step before I buy one?",
    ):
        text = _draft_faq5(STEPS, said)
        assert "proefrit" in text and "[vul in" not in text, said


def test_spoken_punctuation_is_written_out_only_when_the_comment_was_dictated() -> None:
    assert written_out("hoi komma hebben jullie een kinderstoel vraagteken groetjes") == (
        "hoi, hebben jullie een kinderstoel? Groetjes"
    )
    assert written_out("hi comma do you have a high chair question mark") == "hi, do you have a high chair?"
    for typed in ("Dat is een goed punt.", "Eén punt: de soep was koud", "Wat kost 2 komma 5 kilo? Punt."):
        assert written_out(typed) == typed


def test_a_dictated_question_is_answered_from_the_faq() -> None:
    text = _draft_faq5(
        BRASSERIE, "goeiemiddag komma is er bij jullie een kinderstoel vraagteken we komen met de baby punt"
    )
    assert "kinderstoelen" in text and "[vul in" not in text and "vraagteken" not in text


def test_an_english_holiday_in_a_shared_line_is_answered_after_the_first_question() -> None:
    text = _draft_faq5(BRASSERIE, "Hi there! Do you have a high chair for our toddler? And are you open on Boxing Day?")
    assert "12:00" in text and "Boxing Day" in text and "high chair" in text and "[vul in" not in text
    text = _draft_faq5(BRASSERIE, "Are you open on Christmas Day?")
    assert "12:00" in text and "[vul in" not in text
    text = _draft_faq5(STEPS, "Zijn jullie open op 2e paasdag?")
    assert "gesloten" in text and "zaterdag" in text  # the profile's own word for it


def test_the_reason_a_closing_rumour_gives_names_no_fact_that_sets_it_straight() -> None:
    assert without_reason("Ze stoppen omdat de huur te hoog is. Klopt dat?") == "Ze stoppen. Klopt dat?"
    text = _draft_faq5(
        BRASSERIE,
        "Hoorde dat Het Duin failliet gaat want niemand wil daar nog betalen voor een kinderstoel. Klopt dat?",
        "uitkomst_onwaarheid",
    )
    assert "kinderstoelen" not in text and "klopt niet" not in text and "[vul in" in text
    text = _draft_faq5(
        STEPS,
        "Het Steppenhuis stopt ermee doordat ze geen steps van andere merken meer krijgen?",
        "uitkomst_onwaarheid",
    )
    assert "alle merken" not in text


def test_a_wish_to_be_open_an_evening_is_said_back_in_its_shapes() -> None:
    assert wishes("Fijne zaak! Misschien één avond per week open voor wie werkt?") == [
        "om één avond per week open te zijn voor wie werkt"
    ]
    assert wishes("Super geholpen. Enige tip: nog een dag extra open.") == ["om nog een dag extra open te zijn"]
    # the clause before 'zou' is no thing; the thing after it is
    said = "Vrijdag is altijd vol en als leerkracht zou een woensdagmiddag echt ideaal zijn."
    assert wishes(said) == ["voor een woensdagmiddag"]


def test_a_thing_offered_as_a_question_without_a_verb_is_a_wish() -> None:
    assert wishes("Lekkere soep, maar weinig keuze. Iets met linzen of kikkererwten? 🙏") == [
        "voor iets met linzen of kikkererwten"
    ]
    assert wishes("Kan ik iets met deze bon?") == []


def test_a_rumour_about_chemicals_is_set_straight_by_the_faq_on_ammonia_free_dye() -> None:
    salon = BusinessProfile(
        name="Haarstudio Mira",
        kind="kapsalon",
        signers=["Mira"],
        voice="ik",
        register="je",
        email="mira@haarstudio.nl",
        opening_hours="di–za 9:00–17:00",
        faq=[FaqItem("Kleur je zonder ammoniak?", "Ja, ik werk alleen met ammoniakvrije haarverf op plantenbasis.")],
    )
    text = _draft_faq5(
        salon,
        "Mira verft met goedkope chemische rommel die je haar verpest, zeggen ze. Klopt dat?",
        "uitkomst_onwaarheid",
    )
    assert "ammoniakvrije" in text and "[vul in" not in text
    assert "Yes, I use ammonia-free hair dye" in _draft_faq5(salon, "Do you use ammonia-free hair dye? 🙏")


def test_a_question_in_a_short_complaint_keeps_the_first_part_of_its_answer() -> None:
    shop = BusinessProfile(
        name="Fietsenmakerij Ouwe Trapper",
        kind="fietsenmaker",
        signers=["Kees"],
        voice="ik",
        register="je",
        email="kees@ouwetrapper.nl",
        opening_hours="di–za 9:00–17:00",
        return_terms="een jaar garantie op elke reparatie; slijtdelen vallen erbuiten, zoals banden en remmen",
    )
    found = Drafter(shop, analyser=analyse_topics).draft(
        "uitkomst_herstel",
        "Versnellingskabel weer kapot na een maand 😡😡 valt da nie onder garantie ofzo??",
        author="@fietsfreak",
        platform="x",
    )
    assert "een jaar garantie op elke reparatie" in (found.text or "").lower()
    assert "[vul in: het antwoord" not in (found.text or "")
