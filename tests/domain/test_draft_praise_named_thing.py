"""What a thank-you names: the thing a voucher was for, what was put in or on the thing praised, a wedding said as
'we zeiden ja', a dish of the Dutch kitchen, a dry month that is no person nor a dry dish, and an English superlative
ending at a direction. Sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.profile import BusinessProfile
from app.nlp.topics import analyse_topics
from tests.domain.drafts import draft_text

THANKS = "uitkomst_bedank_publiek"
BIKES = BusinessProfile(name="Rijwielhandel Smit", kind="fietsenwinkel", signers=["Joost"], register="je")
SALON = BusinessProfile(name="Kapsalon Lokje", kind="kapsalon", signers=["Noor"], voice="ik", register="u")
BAKERY = BusinessProfile(name="Bakkerij Vos", kind="bakkerij", signers=["Hanna"], register="je")
KITCHEN = BusinessProfile(name="Eetcafé De Pomp", kind="restaurant", signers=["Bas"], register="u")


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        (
            "Voor mijn 60ste kreeg ik een waardebon voor een elektrische fiets. Joost nam er alle tijd voor, top!",
            "fiets",
        ),
        ("Met de cadeaubon op een nieuwe racefiets ben ik hier geholpen door Joost. Super advies!", "racefiets"),
    ],
)
def test_the_thing_a_voucher_was_for_is_named_not_the_voucher(text: str, thing: str) -> None:
    reply = draft_text(BIKES, THANKS, text, author="Wim")
    assert thing in reply and "waardebon" not in reply and "cadeaubon" not in reply, reply


def test_a_voucher_for_nothing_the_business_sells_stays_the_thing() -> None:
    # near miss: the voucher was for nothing named after it, so it stays what the thanks is about
    reply = draft_text(BIKES, THANKS, "De cadeaubon van mijn buren was snel besteed, zo fijn geholpen!", author="Wim")
    assert "cadeaubon" in reply, reply


def test_what_was_put_in_the_hair_is_named_with_it() -> None:
    text = "Voor ons trouwfeest had Noor mijn haar opgestoken. Met gele bloemen erin, het bleef de hele avond zitten!"
    reply = draft_text(SALON, THANKS, text, author="Els de Wit")
    assert "met gele bloemen erin" in reply and "met uw haar met" not in reply, reply


def test_what_someone_else_put_on_it_is_not_said_as_theirs() -> None:
    # near miss: 'met onze foto erop' is whose, said otherwise; no 'onze' said back to the writer
    text = "De taart met onze foto erop was een succes op ons jubileumfeest, dank je wel!"
    reply = draft_text(BAKERY, THANKS, text, author="Ria")
    assert "met onze foto" not in reply, reply


@pytest.mark.parametrize(
    "text",
    [
        "Vorige week zeiden we “ja” in de kerk en Noor maakte mijn haar prachtig. Het bleef zitten tot middernacht!",
        "We hebben 'ja' gezegd op het strand, en mijn haar zat dankzij Noor de hele dag perfect.",
    ],
)
def test_saying_yes_in_quotes_is_a_wedding_and_gets_a_congratulation(text: str) -> None:
    assert analyse_topics(text).occasion == "bruiloft"
    reply = draft_text(SALON, THANKS, text, author="Els de Wit")
    assert "gefeliciteerd" in reply or "proficiat" in reply, reply


def test_a_yes_to_another_treat_is_no_wedding() -> None:
    # near miss: a plain yes, no quotes and not to each other
    assert analyse_topics("Ik zei ja tegen nog een taartje en had er geen spijt van!").occasion == ""


def test_a_dish_of_the_dutch_kitchen_is_the_thing_praised() -> None:
    text = "Zondag de beste jachtschotel van de stad gegeten. En de ober wist alles van de bieren, top avond."
    reply = draft_text(KITCHEN, THANKS, text, author="Karel Jansen")
    assert "jachtschotel" in reply, reply


def test_a_dry_month_is_no_person_and_no_dry_dish() -> None:
    topics = analyse_topics("Lekker gegeten, en de ober had goede alcoholvrije wijn voor mijn droge maand.")
    assert "maand" not in topics.people and "kwaliteit" not in topics.problems, topics
    # near miss: a dry dish is still a quality problem
    assert "kwaliteit" in analyse_topics("De kip was droog en taai.").problems


def test_an_english_superlative_ends_before_a_direction() -> None:
    text = "Best apple pie south of Utrecht, no doubt. We come by every Sunday."
    reply = draft_text(BAKERY, THANKS, text, author="Lucy")
    assert "apple pie" in reply and "pie south" not in reply, reply
