"""Praise and jokes (issue #13, fixer p6): a word that is no thing (an adjective, a superlative, a phrase glued with
hyphens, an idiom) is never said back as the thing praised; counted things the business delivered, what they were
for, the dish of a praised meal, the kind the writer specified, a good cause and where the writer was headed are
named; a joke's light reply plays on its own word (a Flemish 'nie', a long 'zoveel ... dat', a last line to the
business). Shops and sentences of their own, none from the rounds."""

from __future__ import annotations

import pytest

from app.domain.draft_made_for import cause_said, way_said
from app.domain.profile import BusinessProfile
from app.nlp.topic_nouns import names_nothing
from app.nlp.topics import analyse_topics
from tests.benchmarks.draft_expectations import _contains
from tests.domain.drafts import draft

THANKS = "uitkomst_bedank_publiek"
JOKE = "uitkomst_grap"
BAKERY = BusinessProfile(name="Bakkerij Van Houten", kind="bakkerij", signers=["Anouk"], voice="wij", register="je")
BAKERY_U = BusinessProfile(name="Bakkerij De Eik", kind="bakkerij", signers=["Luc"], voice="wij", register="u")
BISTRO = BusinessProfile(name="Bistro De Linde", kind="restaurant", signers=["Bram"], voice="wij", register="je")
SALON = BusinessProfile(name="Kapsalon Krul", kind="kapper", signers=["Sanne"], voice="ik", register="je")
BIKES = BusinessProfile(name="Tweewielers Bosman", kind="fietsenmaker", signers=["Kees"], voice="ik", register="je")


def _thanks(profile: BusinessProfile, text: str, platform: str = "facebook") -> str:
    made = draft(profile, THANKS, text, platform=platform, author="Evi")
    assert made.text is not None
    return made.text


def _joke(profile: BusinessProfile, text: str) -> str:
    made = draft(profile, JOKE, text, platform="bluesky", author="Evi")
    return made.optional or made.text or ""


@pytest.mark.parametrize("word", ["zaligste", "lekkerste", "welverdiend", "band-eraf-gedoe"])
def test_adjectives_superlatives_and_glued_phrases_name_nothing(word: str) -> None:
    assert names_nothing(word)


@pytest.mark.parametrize("word", ["taart", "fietsbel", "kapsel", "relatie-event"])
def test_nouns_still_name_something(word: str) -> None:
    assert not names_nothing(word)


def test_a_superlative_or_adjective_is_never_the_thing_praised() -> None:
    for text in (
        "Sanne heeft mijn dochter zo mooi gekruld voor de gala-avond. Ze was de knapste van de hele zaal!",
        "Een welverdiend compliment voor Sanne, top gedaan 👌",
    ):
        reply = _thanks(SALON, text)
        assert "knapste" not in reply and "welverdiend" not in reply, reply


def test_a_glued_phrase_with_a_thing_in_it_names_the_thing() -> None:
    found = analyse_topics("Kees heeft mijn band-lek-situatie in tien minuten gefixt, held!")
    assert found.products and found.products[0].text == "band", found.products
    reply = _thanks(BIKES, "Kees fixte mijn rem-kapot-toestand op zaterdagmiddag nog even. Top!")
    assert "toestand" not in reply, reply


def test_counted_things_delivered_are_named_even_unknown() -> None:
    found = analyse_topics("Van Houten bezorgde zaterdag 40 spekdikken en een paar knieperties voor ons feest")
    texts = [p.text for p in found.products]
    assert "spekdikken" in texts and "knieperties" in texts, texts
    found = analyse_topics("bikefitting gedaan en na 3 ritten nog steeds pijn")
    assert "ritten" not in [p.text for p in found.products]


def test_what_the_delivery_was_for_is_said_back_in_the_readers_words() -> None:
    reply = _thanks(BAKERY, "Bakkerij Van Houten leverde 50 spekdikken voor de opening van onze nieuwe praktijk. Top!")
    assert "spekdikken voor de opening van jullie nieuwe praktijk" in reply, reply
    reply = _thanks(BAKERY_U, "De Eik bracht 30 knieperties voor de opening van mijn nieuwe winkel, heerlijk!")
    assert "voor de opening van uw nieuwe winkel" in reply, reply


def test_a_praised_meal_is_named_with_its_dish_and_its_visitors() -> None:
    reply = _thanks(
        BISTRO,
        "Namens ons team een oprecht bedankt aan De Linde voor de verzorgde lunch bij het bezoek van onze Duitse "
        "klanten. Stoofvlees met frietjes, heerlijk.",
        platform="linkedin",
    )
    assert "lunch met het stoofvlees" in reply and "Duitse klanten" in reply, reply
    assert "oprecht" not in reply, reply


def test_the_kind_the_writer_specified_names_the_praised_thing() -> None:
    reply = _thanks(
        BAKERY_U, "Dank aan Luc voor de prachtige taart voor onze trouwdag! Aardbeienbavarois met onze foto erop."
    )
    assert "aardbeienbavarois met uw foto erop" in reply, reply


def test_a_good_cause_is_found_as_written() -> None:
    assert cause_said("Zij knipte haar vlecht eraf voor Stichting Kika Kids") == "Stichting Kika Kids"
    assert cause_said("alle fooien gingen naar het goede doel") == "het goede doel"
    assert cause_said("voor de stichting van mijn tante") == ""


def test_a_good_cause_is_named_and_an_idiom_is_no_party() -> None:
    reply = _thanks(
        SALON,
        "Onze Mila liet 30 cm knippen voor Stichting Kika. Sanne maakte er een echt feestje van! Dank je wel",
    )
    assert "Stichting Kika" in reply and "feestje" not in reply, reply


def test_where_the_writer_was_headed_is_found_and_wished_well() -> None:
    assert way_said("terwijl ik op weg was naar de Efteling") == "de Efteling"
    assert way_said("we waren onderweg naar Texel met de hele familie") == "Texel"
    assert way_said("ik ben op weg naar huis") == ""
    reply = _thanks(BIKES, "Kees plakte mijn band toen we onderweg waren naar Ameland, redder in nood!")
    assert "Ameland" in reply, reply


def test_an_occasion_is_named_by_the_writers_compound() -> None:
    reply = _thanks(SALON, "Sanne heeft de meisjes gevlochten voor het zomerfeest, ze waren de mooiste van het feest")
    assert "zomerfeest" in reply, reply


def test_a_flemish_nie_still_makes_the_pet_that_did_not_know_him() -> None:
    reply = _joke(SALON, "Sanne heeft mijn man zo kort geknipt dat onze kat hem nie meer herkende 😂")
    assert "kat" in reply, reply


def test_a_long_zoveel_dat_plays_on_the_thing_counted() -> None:
    reply = _joke(BAKERY, "Van Houten heeft zoveel pepernoten in de winkel staan dat Piet er tot Pasen mee toe kan 😂")
    assert "pepernoten" in reply, reply


def test_a_last_line_to_the_business_leaves_the_joke_on_the_thing_praised() -> None:
    reply = _joke(
        BISTRO,
        "De stoofvlees van De Linde is zo goed dat mijn Hollandse zwager nu Vlaming wil worden. "
        "Jullie hebben een identiteitscrisis veroorzaakt 😂",
    )
    assert "stoofvlees" in reply and "identiteitscrisis" not in reply, reply


def test_a_count_is_said_in_its_ordinal() -> None:
    assert _contains("de 75ste verjaardag van uw moeder", "75|vijfenzeventig")
    assert _contains("uw 3e bezoek", "3")
    assert not _contains("de 175ste keer", "75")
