"""Whole-pipeline drafts for suggestions: the wish named in its many shapes, and what the writer said besides the
question."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from app.domain.draft_events import expecting, fix_up_thing
from app.domain.draft_origin import origin_faq
from app.domain.draft_questions import is_wish, wish_clause
from app.domain.draft_wish_named import is_pair, joined
from app.domain.draft_wishes import wishes, would_be
from app.domain.profile import BusinessProfile, FaqItem
from app.domain.suggest import suggest
from app.domain.topics import TopicAnalysis
from app.nlp.details import extract
from app.nlp.topics import analyse_topics
from tests.benchmarks.draft_expectations import questions_of
from tests.domain.businesses import BOEKHANDEL_BLAD, GARAGE_DEKKER
from tests.domain.drafting.shops import BARBER, BISTRO, GARAGE, GROOMER
from tests.domain.drafts import draft, draft_text

# The wish inside a suggestion in its many shapes, named in the reply (session 7): sentences of their own, other
# businesses and other words than the benchmark rounds.
SUGGESTION = "uitkomst_bedank_publiek_suggestie"


def test_a_thing_or_an_action_that_would_help_is_the_wish() -> None:
    assert wishes("Top garage! Eén ding: een wachtruimte met wifi zou het helemaal afmaken.") == [
        "voor een wachtruimte met wifi"
    ]
    assert wishes("Maar 's avonds kunnen ophalen zou echt ideaal zijn.") == ["om 's avonds te kunnen ophalen"]
    assert wishes("Eén tip: een bakje water bij de deur neerzetten zou fijn zijn voor de honden.") == [
        "om een bakje water bij de deur neer te zetten"
    ]
    # 'Eén' that opens a sentence is still 'één'
    assert wishes("Eén overzicht van alle kosten vooraf zou ons veel gedoe besparen.") == [
        "voor één overzicht van alle kosten vooraf"
    ]


def test_what_would_be_is_not_the_wish_nor_what_was_praised() -> None:
    assert "uitkomst" in would_be("Een sms'je als de auto klaar is zou een uitkomst zijn.")
    text = "Vakwerk! Een sms'je als de auto klaar is zou een uitkomst zijn."
    assert "uitkomst" not in draft_text(GARAGE, SUGGESTION, text)


def test_something_that_may_be_more_or_less_is_the_wish() -> None:
    assert wishes("Lekker gegeten. De porties mogen best een tikkeltje groter.") == [
        "om de porties wat groter te maken"
    ]
    assert wishes("Jullie verlichting mag wat feller, ik zag de kaart amper.") == [
        "om de verlichting wat feller te maken"
    ]
    assert wishes("We komen later weer.") == []


def test_a_wish_said_with_graag_and_two_wishes_are_both_named() -> None:
    text = "Fijne trimsalon. Graag ook een avondje per week, want ik werk overdag. En een klantenkaart zou leuk zijn."
    found = wishes(text)
    assert found == ["voor een avondje per week", "voor een klantenkaart"]
    assert is_pair(joined(found)) and not is_pair(joined(found[:1]))
    draft = draft_text(GROOMER, SUGGESTION, text)
    assert "ideeën" in draft and "avondje per week" in draft and "klantenkaart" in draft, draft


def test_the_wish_is_named_in_a_thank_you() -> None:
    text = (
        "Heerlijk gegeten bij De Linde! Alleen de stoelen op het terras mogen wat zachter, ons zitvlees protesteerde."
    )
    draft = draft_text(BISTRO, SUGGESTION, text, platform="threads")
    assert "stoelen" in draft and "zachter" in draft, draft


def test_a_question_that_is_also_a_wish_gets_its_idea_taken_up_after_the_answer() -> None:
    assert wish_clause("Zouden jullie op zondag niet ook open kunnen, al is het maar een middagje?") == (
        "om op zondag ook open te zijn"
    )
    text = "Kleine vraag: zouden jullie op zondag niet ook open kunnen? Dan kan ik na de kerk even langs."
    analysis = {
        "label": "vraag",
        "flags": ["suggestie"],
        "details": extract(text).to_dict(),
        "questions": questions_of(text),
    }
    out = suggest(analysis, text, platform="facebook", author="Petra", profile=BISTRO, analyser=analyse_topics)
    draft = out["draft"] or ""
    assert "idee" in draft and "zondag" in draft, draft


def test_more_shapes_of_a_wish_if_you_had_i_miss_you_may_consider() -> None:
    assert wish_clause("Top zaak. Het zou handig zijn als jullie ook een oplaadpunt hadden voor de auto.") == (
        "voor een oplaadpunt"
    )
    assert wish_clause("Fijne trimsalon, ik mis alleen nog een hondenbadje met föhn.") == (
        "voor een hondenbadje met föhn"
    )
    assert wish_clause("Mogen jullie de pompoensoep alsjeblieft vaker maken?") == "om de pompoensoep vaker te maken"
    assert (
        wish_clause("Zouden jullie willen overwegen om ook 's zaterdags te knippen?")
        == "om ook 's zaterdags te knippen"
    )


def test_an_occasion_said_in_english_is_named() -> None:
    draft = draft_text(BARBER, "uitkomst_bedank_publiek", "lex thanks for the fresh cut voor mijn bday 🎂", "instagram")
    assert "verjaardag" in draft, draft


def test_a_wish_to_book_online_from_someone_who_cannot_call_gets_the_mail_meanwhile() -> None:
    text = "Altijd top geholpen! Online een afspraak kunnen maken zou ideaal zijn, overdag bellen lukt me nooit."
    draft = draft_text(GROOMER, SUGGESTION, text)
    assert "anke@trimsalonpluis.nl" in draft and "afspraak" in draft, draft
    # without trouble calling, no mail is pushed
    text = "Altijd top geholpen! Online een afspraak kunnen maken zou ideaal zijn."
    assert "anke@trimsalonpluis.nl" not in draft_text(GROOMER, SUGGESTION, text)


def test_a_wish_after_a_colon_and_a_thing_to_do_something_with() -> None:
    assert wishes("Top avond! Wat ik zou verbeteren: wat meer zitplekken buiten 🌞") == [
        "voor wat meer zitplekken buiten"
    ]
    assert wishes("Een rekje om je fiets tegen te zetten zou fijn zijn.") == [
        "voor een rekje om je fiets tegen te zetten"
    ]


def test_a_tip_as_an_imperative_and_a_wish_for_other_hours_after_als() -> None:
    assert wishes("Fijne zaak! Tip: leg een paar leesbrillen bij de kassa.") == [
        "om een paar leesbrillen bij de kassa te leggen"
    ]
    assert wishes("Idee: bied op vrijdag ook verse soep aan") == ["om op vrijdag ook verse soep aan te bieden"]
    text = "Het zou ideaal zijn als jullie 's zaterdags langer open waren, dan kan ik na het werk komen."
    assert wishes(text) == ["om 's zaterdags langer open te zijn"]
    draft = draft_text(GARAGE, SUGGESTION, "Prima garage. Het zou fijn zijn als u ook op zaterdag open was.")
    assert "op zaterdag open te zijn" in draft and "fijn bericht over" not in draft, draft


def test_a_question_that_names_a_wedding_or_a_baptism_names_it_back_but_not_someone_elses() -> None:
    draft = draft_text(
        GROOMER, "uitkomst_vraag_uitzoeken", "Kunnen jullie Bobbie trimmen voor onze bruiloft? We trouwen 3 mei."
    )
    assert "bruiloft" in draft, draft
    text = "Kan mijn pak nog gestoomd worden? Ik heb zaterdag een bruiloft."
    assert "bruiloft" not in draft_text(GARAGE, "uitkomst_vraag_uitzoeken", text).split("\n")[1]


# Suggestion drafts that name what the writer wished for (session 9): the thing said to be missing ('waarom geen
# ...', 'missing: ...', 'er was geen ...') and an idea announced 'voor je Ruud:'. Sentences of their own, other
# businesses and other words than the benchmark rounds.
GARAGE_DEKKER_U = replace(GARAGE_DEKKER, register="u")
THANKS = "uitkomst_bedank_publiek_suggestie"


def test_the_missing_thing_is_named_as_the_idea() -> None:
    text = "beste boekwinkel vd stad 📚 maar waarom geen leesbrillen bij de kassa?? zou ik zo meenemen"
    draft = draft_text(BOEKHANDEL_BLAD, THANKS, text, platform="instagram", author="lezer_lies")
    assert "idee voor leesbrillen" in draft, draft
    text = "Snelle APK, netjes gedaan. Enige wat ik mis: een leenauto, moest nu met de bus 🙈"
    draft = draft_text(GARAGE_DEKKER_U, THANKS, text, author="Karel")
    assert "idee voor een leenauto" in draft and "mooie woorden over de leenauto" not in draft, draft


def test_a_missed_thing_in_a_minus_point_with_the_wish_after_it() -> None:
    text = "Fijne zaak. Eén puntje: er was geen koffieautomaat in de wachtruimte. Zou prettig zijn voor wie wacht!"
    draft = draft_text(GARAGE_DEKKER_U, THANKS, text, author="Karel")
    assert "koffieautomaat" in draft, draft


def test_an_idea_announced_for_the_owner_is_named() -> None:
    text = "Tip voor jullie: een leesclub op donderdagavond, dan kom ik zeker 😊 jullie hebben zo'n fijne zaak"
    draft = draft_text(BOEKHANDEL_BLAD, THANKS, text, author="Kees")
    assert "leesclub" in draft, draft


LATE_GARAGE = replace(GARAGE_DEKKER, opening_hours="ma–vr 8:00–17:30, wo tot 21:00, za 9:00–13:00")
LATE_BOOKSHOP = replace(BOEKHANDEL_BLAD, register="u", phone="", opening_hours="di–za 9:30–17:30; vrijdag 9:30-21:00")


def test_a_wish_for_an_evening_is_answered_with_the_evening_the_profile_has() -> None:
    text = "Top garage, maar ik werk tot half 6. Kunnen jullie niet een avond in de week langer open? Dan kom ik vaker"
    draft = draft_text(LATE_GARAGE, THANKS, text, author="Karel")
    assert "woensdag tot 21:00" in draft and "za" not in draft.split("open:")[-1][:12], draft
    text = "Fijne winkel!! Zou mooi zijn als jullie ook s avonds open zijn, een koopavond ofzo 📚"
    draft = draft_text(LATE_BOOKSHOP, THANKS, text, author="Lies")
    assert "vrijdag 9:30-21:00" in draft, draft


def test_a_wish_for_longer_hours_on_one_day_keeps_that_day() -> None:
    text = "Goede service! Eén idee: zouden jullie op zaterdag wat langer open kunnen blijven?"
    draft = draft_text(LATE_GARAGE, THANKS, text, author="Karel")
    assert "woensdag tot 21:00" not in draft, draft


# What the writer said besides the question, read and used (session v16, issue #13): a baby on its way, a wish and
# its other choice, a thing to fix up, a further English question from the FAQ, an English occasion ahead, a rumour
# about harmful substances, a frozen-food rumour set straight by what the FAQ answer calls fresh, and a second
# question the first answer covers. Businesses and sentences of their own, none from the rounds.
ANSWER = "uitkomst_vraag_beantwoorden"
RUMOUR = "uitkomst_onwaarheid"

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
BISTRO_DE_OESTER = BusinessProfile(
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
    return draft(profile, outcome, text, author=author).text or ""


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
    text = _draft(
        BISTRO_DE_OESTER, ANSWER, "Hello! Do you have a kids' menu? And may we bring our dog inside?", "Emma Green"
    )
    assert "9,50" in text
    assert "bar" in text


def test_two_english_questions_one_field_answers_get_that_field_once() -> None:
    text = _draft(
        BISTRO_DE_OESTER, ANSWER, "Hi, is the bistro wheelchair accessible? And is there an accessible toilet?", "Al"
    )
    assert text.count("drempelvrij") == 1


def test_an_english_question_for_an_occasion_ahead_wishes_it_well() -> None:
    text = _draft(
        BISTRO_DE_OESTER, ANSWER, "Is it wheelchair accessible? Coming with my dad for his 70th birthday!", "Al"
    )
    assert "70th birthday" in text
    past = _draft(BISTRO_DE_OESTER, ANSWER, "We celebrated our anniversary last month. Do you have a kids' menu?", "Al")
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
    item = origin_faq(
        ("diepvriesoester", "ierland"), BISTRO_DE_OESTER, lambda t: tuple(w.rstrip("s") for w in t.lower().split())
    )
    assert item is not None and "verse" in item.answer
    text = _draft(
        BISTRO_DE_OESTER, RUMOUR, "Wist je dat ze bij De Oester gewoon diepvriesoesters uit Frankrijk opdienen?"
    )
    assert "verse Yerseke oesters" in text


SEASON_SALON = replace(GARAGE_DEKKER, opening_hours="di–vr 9:00–17:30; vanaf april op donderdag tot 21:00")


def test_a_wish_for_an_evening_hears_the_late_day_with_its_season() -> None:
    text = (
        "Altijd goed geholpen! Maar kunnen jullie niet een avond per week wat later open? Ik werk tot 18u in Brussel."
    )
    draft = draft_text(SEASON_SALON, THANKS, text, author="Karel")
    assert "Vanaf april op donderdag" in draft and "21:00" in draft, draft


def test_a_flemish_wish_with_an_example_and_an_object_after_the_verb_is_named_whole() -> None:
    # 'kunt ge ...' is Flemish for 'kunt u ...'; the example after 'bv' belongs to the wish; 'voor de fietsers'
    # comes after the wished verb, not in its place
    said = wish_clause("Idee: kunt ge in de zomer een vast moment voor kinderen voorzien, bv woensdagnamiddag?")
    assert said == "om in de zomer een vast moment voor kinderen te voorzien (bijvoorbeeld woensdagnamiddag)"
    said = wish_clause("Idee: kunnen jullie er op zaterdag een paar opzij leggen voor de wandelaars?")
    assert said == "om er op zaterdag een paar opzij te leggen voor de wandelaars"


_SALON_LATE = BusinessProfile(
    name="Kapsalon Lok",
    kind="kapsalon",
    signers=["Mies"],
    voice="wij",
    register="u",
    email="mies@kapsalonlok.nl",
    opening_hours="di–vr 9:00–17:30, do tot 21:00, za 8:30–15:00",
    faq=[FaqItem("Knippen jullie ook kinderen?", "Ja, kinderen tot 12 jaar knippen we voor € 16.")],
)


def test_a_wish_the_faq_says_yes_to_on_a_day_gets_the_hours_of_that_day() -> None:
    text = "Altijd blij met mijn kapsel! Tip: kunnen jullie op donderdagavond ook kinderen knippen?"
    said = draft_text(_SALON_LATE, SUGGESTION, text, platform="instagram")
    assert "€ 16" in said and "donderdag" in said and "21:00" in said, said


@pytest.mark.parametrize(
    "text",
    [
        "Altijd gezellig bij jullie. Eén idee: zet een paar parasols op het terras, in de middag is het er bloedheet.",
        "Heerlijk geluncht! Mag ik iets voorstellen? Bak ook eens een glutenvrije quiche, mijn zus mag geen gluten.",
        "Super lekker allemaal, maar een kinderstoel erbij zou fijn zijn.",
        "Fijne avond gehad. Tip: een dessert om te delen zou top zijn.",
    ],
)
def test_a_suggestion_is_answered_with_what_happens_to_it(text: str) -> None:
    said = draft_text(BISTRO, SUGGESTION, text)
    # whichever line: the idea is looked at or taken along, never only 'Over je idee: [vul in ...]'
    assert re.search(r"\bbekijken we\b|\bkijken we\b|\bnemen we\b[^.]*\bmee\b", said), said


_LATE_THURSDAY = replace(BARBER, opening_hours="Di–vr 9.00–17.30, donderdag 9.00–21.00, za 8.30–14.00; zo en ma dicht.")


def test_longer_saturday_hours_for_one_who_works_hear_the_late_evening() -> None:
    text = "Lex is een topper. Wens: kun je op zaterdag niet wat langer open blijven? Wij werken allebei fulltime."
    said = draft_text(_LATE_THURSDAY, SUGGESTION, text)
    assert "Op donderdag" in said and "21:00" in said, said


def test_longer_saturday_hours_without_work_are_not_answered_with_another_day() -> None:
    text = "Lex is een topper. Wens: kun je op zaterdag niet wat langer open blijven? Dan kan ik na de markt langs."
    said = draft_text(_LATE_THURSDAY, SUGGESTION, text)
    assert "donderdag" not in said, said
