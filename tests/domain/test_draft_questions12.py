"""Questions the profile answers in other words (after round r69–r70): what someone no longer eats asks for the
diet ('geen vlees meer' ~ vegetarisch); an allergen asks for what is free of it; a question asked about access is
not answered by a FAQ entry that only matched what was said around it; a writer without question marks still asks;
a separable verb asked ('ophalen') leads the yes; a fact is not said twice in other words; a business asking
what is possible gets the contact; an ill writer is wished well; until when to order is the delivery terms'
cut-off. Sentences and profiles of their own, not a round's."""

from __future__ import annotations

import pytest

from app.domain.draft_asked import split_verb_asked
from app.domain.draft_fact_score import fields_named
from app.domain.draft_fact_words import diets_asked
from app.domain.draft_questions import question_sentences
from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile, FaqItem
from app.nlp.topics import analyse_topics

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
    found = Drafter(profile, analyser=analyse_topics).draft("uitkomst_vraag_beantwoorden", text, platform="facebook")
    return found.text or ""


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
