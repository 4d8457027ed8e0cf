"""What the writer named, said back in the draft: the ingredient asked about, the payment a rumour says is gone, the
day a joke says the business is closed, the dish eaten after a cold walk, a relative's old bike, a call back at a
time the writer chooses, and in English the job waited for and what was charged. Businesses and sentences of
their own."""

from __future__ import annotations

import pytest

from app.domain.draft_rumour_denies import still_there
from app.domain.profile import BusinessProfile
from app.nlp.topics import analyse_topics
from tests.domain.drafts import draft, draft_text

BAKERY = BusinessProfile(
    name="Bakkerij De Zeef",
    kind="bakkerij",
    signers=["Joke"],
    voice="wij",
    register="u",
    email="info@bakkerijdezeef.nl",
    phone="0416-551122",
    opening_hours="di–za 8:00–17:00; zondag en maandag gesloten",
    payment="pinnen, Tikkie en contant; geen creditcard",
)
BIKES = BusinessProfile(
    name="Rijwielen Smit",
    kind="fietsenmaker",
    signers=["Gijs"],
    voice="ik",
    register="je",
    email="gijs@rijwielensmit.nl",
    phone="0318-442211",
)
INN = BusinessProfile(name="Eetcafé De Kraai", kind="restaurant", signers=["Els"], voice="wij", register="u")


def _lemmas(text: str) -> tuple[str, ...]:
    return analyse_topics(text).lemmas


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("Ik hoorde dat je er niet meer contant kunt betalen, alleen nog met de pin.", "contant"),
        ("Ze nemen geen Tikkie meer aan, zegt mijn zus.", "Tikkie"),
        ("Alleen nog contant daar, pinnen kan niet meer.", "pinnen"),
        ("Ze nemen geen creditcard meer aan.", ""),  # the profile says no creditcard itself
        ("Ze zijn op zondag dicht.", ""),  # nothing said to be gone
    ],
)
def test_the_payment_a_rumour_says_is_gone(text: str, item: str) -> None:
    assert still_there(text, BAKERY.payment, _lemmas) == item


def test_a_rumour_that_cash_is_gone_hears_that_it_still_can() -> None:
    text = "Mijn buurman zegt dat je bij De Zeef niet meer contant kan betalen. Schandalig voor ouderen."
    said = draft_text(BAKERY, "uitkomst_onwaarheid", text)
    assert "contant kan" in said and ("gewoon nog" in said or "nog steeds" in said), said


def test_an_ingredient_asked_about_is_named_in_the_promise_to_find_out() -> None:
    text = "Wij willen 30 tompoucen bestellen. Zit er alcohol of gelatine in? En hoe laat zijn jullie zaterdag open?"
    said = draft_text(BAKERY, "uitkomst_vraag_beantwoorden", text)
    assert "alcohol" in said or "gelatine" in said, said


def test_a_joke_on_the_closed_day_says_that_day_back() -> None:
    text = "Maandagochtendhumeur? Bij ons duurt dat tot dinsdag, want op maandag is De Zeef dicht 😅"
    made = draft(BAKERY, "uitkomst_grap", text, platform="instagram")
    assert made.optional is not None and "maandag" in made.optional and "[vul in" not in made.optional


def test_a_dish_after_a_cold_walk_is_what_is_thanked_for() -> None:
    text = "Na een koude boswandeling gestopt voor de pannenkoeken met spek. Top!"
    said = draft_text(INN, "uitkomst_bedank_publiek", text)
    assert "pannenkoeken" in said and "boswandeling" not in said, said


def test_a_relatives_old_bike_done_up_is_named_with_its_owner() -> None:
    text = "Gijs heeft de oude Gazelle van mijn moeder helemaal opgeknapt. Ze fietst weer elke dag naar de markt!"
    said = draft_text(BIKES, "uitkomst_bedank_publiek", text)
    assert "Gazelle" in said, said


def test_a_voicemail_left_in_vain_gets_a_call_back_at_a_time_that_suits() -> None:
    text = "Mijn fiets zou dinsdag klaar zijn. Twee keer de voicemail ingesproken en niemand belt terug. Slecht."
    made = draft(BIKES, "uitkomst_herstel", text, platform="google")
    assert made.channel == "telefoon" and made.text is not None
    assert "uitkomt" in made.text or "schikt" in made.text, made.text


def test_an_english_wait_names_the_job_and_the_amounts_charged() -> None:
    text = "Brought my bike in for a broken chain. Waited 2.5 hours and was charged €40 instead of €25. Not great."
    said = draft_text(BIKES, "uitkomst_herstel", text, platform="google", author="Tom Baker")
    assert "broken chain" in said and "€40" in said and "€25" in said, said
