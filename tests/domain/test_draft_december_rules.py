"""Rules found on the December writer (r109): a question that demands a yes or no however crossly put, a holiday that
is only when a gift is for, lactose-free as vegan, the date an English opening question names, a holiday line named by
its reason alone, a tip put as whether the business sells a thing, a burn's size by comparison, a sold-out thing in
quotes, a queue at a place the order-ahead FAQ names, and a joke the writer takes back. Shops and sentences of our
own."""

from __future__ import annotations

from app.domain.draft_counts import sold_out
from app.domain.draft_english_days import english_days_named
from app.domain.draft_facts import verb_words
from app.domain.draft_holiday_lines import closing_period
from app.domain.draft_leave_rumour import closure_values
from app.domain.draft_questions import addressed_question
from app.domain.draft_queue_tip import queue_tip
from app.domain.draft_thing_kinds import diets_asked
from app.domain.draft_wish_clause import wish_clause
from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile, FaqItem
from app.nlp.topics import analyse_topics
from tests.domain.drafts import draft_text

_STALL = BusinessProfile(
    name="Bakkerij Het Wafeltje",
    kind="bakkerij",
    signers=["Ineke"],
    email="info@hetwafeltje.nl",
    faq=[
        FaqItem("Bakken jullie taarten op bestelling?", "Ja, bestel minstens twee dagen van tevoren."),
        FaqItem(
            "Kan ik appelbeignets vooraf bestellen?",
            "Ja, tot en met 28 december in de winkel; ophalen op 31 december bij de kraam op de Brink.",
        ),
    ],
)


def test_wel_of_niet_asks_however_crossly_put() -> None:
    assert addressed_question("Hebben jullie nou wel of geen terras??")
    assert addressed_question("Gaan jullie het nou wel of niet vergoeden?")
    assert not addressed_question("Is dat nou normaal??")


def test_terecht_after_an_auxiliary_is_the_verb() -> None:
    assert "terecht" in verb_words("Kunnen we er met een groep terecht?")
    assert "terecht" not in verb_words("Hoe snel kan ik terecht?")


def test_without_dairy_asks_for_vegan() -> None:
    assert "vegan" in diets_asked("Is er iets mogelijk zonder lactose?")
    assert "vegan" in diets_asked("hebben jullie ook iets lactosevrij")


def test_english_date_of_the_opening_question_comes_first() -> None:
    named = english_days_named("Staying over the holidays. Are you open on 2 January? And a kids' Christmas menu?")
    assert named[0] == ("2 January", "2 januari")
    assert ("Christmas", "kerst") in named


def test_holiday_line_named_by_its_reason_alone() -> None:
    entries = [
        ("25 en 26 december", "gesloten"),
        ("2 t/m 9 januari", "vakantie"),
        ("donderdag 10 januari weer open", ""),
    ]
    assert closing_period(entries) == ("vakantie", "2 t/m 9 januari")
    key, values = closure_values(entries, "vakantie", "2 t/m 9 januari")
    assert key == "closure_holiday_back"
    assert values["tweede"] == "donderdag 10 januari"
    assert closing_period([("25 en 26 december", "gesloten")]) == ("", "")


def test_tip_put_as_whether_the_business_sells_a_thing() -> None:
    assert wish_clause("Lekkere speculaas! Idee: maken jullie ook kleine speculaaspoppen? Voor de klas") == (
        "voor kleine speculaaspoppen"
    )


def test_sold_out_said_in_quotes() -> None:
    text = "Om tien uur bij de winkel en toen waren de oliebollen 'helaas op'. Ik had ze besteld!"
    assert sold_out(text, ["oliebollen"]) == "oliebollen"


def test_queue_tip_only_for_the_place_the_faq_names() -> None:
    tip = queue_tip(_STALL, "Een uur in de rij gestaan bij jullie kraam op de Brink, met de kinderen in de kou!")
    assert tip.startswith("tot en met 28 december in de winkel")
    assert queue_tip(_STALL, "Een uur in de rij in de winkel, belachelijk.") == ""


_SALON = BusinessProfile(
    name="Kapsalon Knip & Krul",
    kind="kapsalon",
    signers=["Sanne"],
    voice="ik",
    register="je",
    phone="0111-223344",
    website="www.knipenkrul.nl",
    holidays="25 en 26 december: gesloten; 1 januari: gesloten",
    faq=[FaqItem("Verkoop je cadeaubonnen?", "Ja, in de salon of via de website; ze zijn twee jaar geldig.")],
)
_BISTRO = BusinessProfile(
    name="Bistro Het Veer",
    kind="restaurant",
    signers=["Tom"],
    phone="0113-998877",
    holidays="1 januari: gesloten",
    opening_hours="wo–zo 12:00–22:00",
    faq=[
        FaqItem("Kunnen we er met een groep terecht?", "Ja, in de serre voor groepen tot 30 personen."),
        FaqItem("Wat kost het kerstmenu?", "Het kerstmenu kost € 49 per persoon, voor kinderen tot 12 jaar € 22,50."),
    ],
)
_BIKES = BusinessProfile(name="Fietsmaker Van Dam", kind="fietsenmaker", signers=["Kees"], voice="ik")


def test_a_gift_for_the_holiday_asks_about_the_gift_not_the_day() -> None:
    said = draft_text(_SALON, "uitkomst_vraag_beantwoorden", "Ik wil een cadeaubon voor de kerst. Kan dat online?")
    assert "twee jaar geldig" in said
    assert "gesloten" not in said


def test_group_question_in_a_complaint_is_answered() -> None:
    text = "Twee keer gemaild over een tafel voor 14, nooit antwoord. Hebben jullie nou wel of geen zaal voor groepen??"
    assert "tot 30 personen" in draft_text(_BISTRO, "uitkomst_herstel", text)


def test_english_opening_question_on_a_date_and_kids_price() -> None:
    text = "Visiting over the holidays. Are you open on 1 January? And is there a kids' price for the Christmas menu?"
    said = draft_text(_BISTRO, "uitkomst_vraag_beantwoorden", text, platform="instagram")
    assert "closed on 1 January" in said
    assert "22,50" in said


def test_burn_with_its_size_by_comparison_is_named() -> None:
    text = "Met de krultang tegen mijn oor gekomen, nu heb ik een brandblaar zo groot als een muntje. Niet oké."
    assert "brandblaar" in draft_text(_SALON, "uitkomst_herstel", text)


def test_joke_taken_back_says_back_what_was_true() -> None:
    text = (
        "'volgende week klaar' zei hij, ik dacht al: volgend jaar dus 😂 nee grapje, na een dag stond hij er al weer 🚲"
    )
    made = Drafter(_BIKES, analyser=analyse_topics).draft("uitkomst_grap", text, author="Bram", platform="instagram")
    assert made.optional is not None
    assert "na een dag stond hij er al weer" in made.optional
