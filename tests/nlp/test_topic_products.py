"""Two words that synonyms.toml makes one thing stay together in the lemmas, though one of them alone is a stop word:
'een lang krentenbrood' is the krentenwegge of the FAQ. Shops and sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_facts import key_words
from app.domain.profile import BusinessProfile, FaqItem
from app.nlp.topics import analyse_topics
from tests.domain.drafts import draft_text

_BAKERY = BusinessProfile(
    name="Bakkerij Oostra",
    kind="bakkerij",
    signers=["Wietske"],
    register="je",
    voice="ik",
    email="wietske@bakkerijoostra.nl",
    faq=[
        FaqItem(
            "Wat kost een krentenwegge?",
            "Een hele krentenwegge kost € 34, een halve € 18; bestel hem drie dagen vooraf.",
        ),
        FaqItem("Heb je roggebrood?", "Ja, elke dag."),
    ],
)


def _lemmas(text: str) -> tuple[str, ...]:
    return analyse_topics(text).lemmas


@pytest.mark.parametrize(
    "text",
    [
        "Wat kost zo'n heel lang krentenbrood?",
        "hoeveel kost een lang krentenbrood voor de kraamvisite",
        "Wat vraag je voor een LANGE krentenbrood?",
        "Hoeveel kost een wegge?",
    ],
)
def test_a_long_currant_loaf_is_the_krentenwegge(text: str) -> None:
    assert "krentenwegge" in key_words(text, _lemmas)
    said = draft_text(_BAKERY, "uitkomst_vraag_beantwoorden", text, author="Sjoukje")
    assert "€ 34" in said, said


def test_lang_alone_is_no_key_word() -> None:
    assert "lang" not in key_words("Hoe lang is roggebrood houdbaar?", _lemmas)
    assert "lang" not in _lemmas("Hoe lang duurt het?")


@pytest.mark.parametrize(
    ("text", "name_word"),
    [
        ("Een dikke merci aan Fietsen Verstraete voor de lichtjesavond bij ons op school!", "fietsen"),
        ("Dank aan Bakkerij De Wit voor de proeverij, top!", "bakkerij"),
        ("Complimenten aan Taarten Van Dam voor de workshop, super geregeld", "taarten"),
    ],
)
def test_a_word_of_the_business_name_is_no_product(text: str, name_word: str) -> None:
    assert name_word not in [p.text for p in analyse_topics(text).products]


def test_a_product_opening_a_sentence_stays() -> None:
    assert [p.text for p in analyse_topics("Taart Was heerlijk!").products][:1] == ["taart"]


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Mijn noren laten slijpen voor het natuurijs, nu glijd ik alle kanten op. Slecht werk.", "noren"),
        ("schaatsen geslepen bij jullie voor de Elfstedentocht-training maar er zit een braam aan", "schaatsen"),
        ("Had my skates sharpened, mijn schaatsen zijn nu botter dan daarvoor!!", "schaatsen"),
    ],
)
def test_skates_sharpened_are_the_thing_not_the_ice(text: str, thing: str) -> None:
    assert analyse_topics(text).products[0].text == thing


def test_going_skating_names_no_skates() -> None:
    """Negative case: 'schaatsen' as a verb names nothing bought."""
    text = "We gingen schaatsen op de vijver en daarna bij jullie warme chocomel, top!"
    assert all(p.text != "schaatsen" for p in analyse_topics(text).products)


@pytest.mark.parametrize(
    ("text", "things"),
    [
        ("Wandeling door het Hageven-Broek en daarna appeltaart bij jullie, zalig", ["appeltaart"]),
        ("Na de rit door het Kempen-Broek een warme chocomelk bij jullie, top!", ["chocomelk"]),
        ("Vanuit Sint-Oedenrode gefietst voor jullie taart, de moeite waard", ["taart"]),
        ("Onze Paw Patrol-taart was een hit", ["Paw Patrol-taart"]),  # a brand before the product stays
    ],
)
def test_a_name_written_with_capitals_on_both_sides_of_a_hyphen_is_no_product(text: str, things: list[str]) -> None:
    assert [p.text for p in analyse_topics(text).products] == things


@pytest.mark.parametrize(
    "text",
    [
        "Sanne komt elke week aan huis bij mijn vader, hij kijkt er zo naar uit",
        "Knipt aan huis bij m'n oma (94), echt een topper",
        "Merci Lies om aan huis te komen voor ons moeke!",
        "Comes aan huis every Friday, wonderful service",
    ],
)
def test_aan_huis_says_where_the_work_was_done_and_names_no_product(text: str) -> None:
    assert "huis" not in [p.text for p in analyse_topics(text).products]


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Mè de koers op groot scherm en garnaalkroketten, beter wordt het nie.", "garnaalkroketten"),
        ("Het voetbal op een groot scherm in de tuin en daarbij bitterballen", "bitterballen"),
        ("De WK-finale op tv gekeken en heerlijke kaaskroketten gegeten", "kaaskroketten"),
        ("F1 op de televisie, en de beste saucijzenbroodjes", "saucijzenbroodjes"),
    ],
)
def test_a_screen_something_was_watched_on_is_a_place_and_a_plural_at_the_end_is_no_verb(text: str, thing: str) -> None:
    products = analyse_topics(text).products
    assert thing in [p.text for p in products if not p.place], products
    assert all(p.place for p in products if p.text in {"scherm", "tv", "televisie"}), products


def test_a_vegetable_of_the_season_is_a_product() -> None:
    found = analyse_topics("De eerste asperges van het jaar, met een romige saus en beenham. Heerlijk!")
    assert found.products and found.products[0].text == "asperges", found.products


@pytest.mark.parametrize("owner", ["haar", "zijn", "hun"])
def test_a_possessive_before_a_dish_of_two_words_is_whose_it_is_not_the_dish(owner: str) -> None:
    texts = [p.text for p in analyse_topics(f"Er stond een sterretje in {owner} dame blanche.").products]
    assert "dame blanche" in texts, texts


# Every kind of bike a bike shop mends is a thing the comment is about, also after a dialect possessive
# ('Corrie d'r driewieler', 'ons Wout z'n kinderfiets') and next to another place word ('naar de kerk').
@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Dank voor het ophalen van opa z'n driewieler, hij reed er meteen mee naar de markt.", "driewieler"),
        ("Top dat de vouwfiets van mijn vrouw zo snel klaar was!", "vouwfiets"),
        ("Heel blij met de nieuwe kinderfiets voor onze Sem, hij fietst al naar school.", "kinderfiets"),
    ],
)
def test_a_kind_of_bike_is_a_known_thing(text: str, thing: str) -> None:
    found = [m for m in analyse_topics(text).products if m.text == thing]
    assert found and not found[0].guessed, analyse_topics(text).products


# An occasion's own name ('Abraham' of 'Abraham gezien') said capitalised and bare names the fiftieth, no thing
# bought; with an article it is the bakery's figure. Sentences of our own.
def test_an_occasion_said_by_its_own_name_is_no_product() -> None:
    topics = analyse_topics("Ons pa werd 50 (Abraham!) en de cupcakes met zijn fanfare erop waren top.")
    assert [p.text for p in topics.products][:1] == ["cupcakes"], topics.products
    assert "abraham" in [p.text for p in analyse_topics("Een Abraham van brood besteld voor mijn broer.").products]


# A compound with a hyphen after an adjective is the noun, not the adjective before it. Sentences of our own.
@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Met mijn nieuwe e-step rijd ik elke dag naar school, heel blij mee!", "e-step"),
        ("Wat een mooie t-shirts, top gedaan!", "t-shirts"),
    ],
)
def test_a_hyphened_noun_after_an_adjective_is_the_thing(text: str, thing: str) -> None:
    assert [p.text for p in analyse_topics(text).products][:1] == [thing]


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Elke zaterdag vanuit Paddepoel naar jullie voor een bolletje, heerlijk!", "bolletje"),
        ("Wij kwamen uit Zuidbroek speciaal voor de appeltaart.", "appeltaart"),
        ("Vorige week in Nieuwerbrood op vakantie, maar jullie krentenbollen blijven de beste.", "krentenbollen"),
    ],
)
def test_a_town_after_a_preposition_is_no_compound_of_a_product(text: str, thing: str) -> None:
    products = [p.text for p in analyse_topics(text).products]
    assert products == [thing], products


def test_a_capitalised_product_after_an_article_or_at_the_start_stays_a_product() -> None:
    # near miss: no preposition of place before it, so still the thing praised
    assert "kerstbrood" in [p.text for p in analyse_topics("We zijn fan van jullie Kerstbrood").products]
    assert "appeltaart" in [p.text for p in analyse_topics("Appeltaart om te zoenen!").products]


def test_a_number_after_an_article_is_no_thing_and_no_punchline() -> None:
    topics = analyse_topics("Ik kocht tien oliebollen voor oudjaar. Van de tien zijn er nog drie over 😂")
    assert [p.text for p in topics.products] == ["oliebollen"], topics.products
    assert topics.punch is None or topics.punch.text != "tien", topics.punch
    # near miss: a thing after a number is still the thing
    assert "krentenbollen" in [p.text for p in analyse_topics("Ik haalde er twaalf krentenbollen, top!").products]
