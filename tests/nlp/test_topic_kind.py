"""Which one the writer named more precisely: a make in brackets after the thing ('mijn e-bike (Stromer ST3)') is
what the reply names, and a plain word yields to the precise one beside it ('haar' ~ 'kapsel',
resources/topics.toml [yields]). Sentences of their own."""

from __future__ import annotations

import pytest

from app.nlp.topics import analyse_topics


@pytest.mark.parametrize(
    ("text", "make"),
    [
        ("Mijn racefiets (Canyon Ultimate) staat al 4 weken in de werkplaats, nog steeds niet klaar.", "Canyon"),
        ("Onze wasmachine (Miele W1) is na de reparatie opnieuw kapot", "Miele"),
        ("my e-bike (Gazelle) is sinds de beurt nog steeds stuk", "Gazelle"),
    ],
)
def test_a_make_in_brackets_names_the_thing(text: str, make: str) -> None:
    assert analyse_topics(text).products[0].text == make


@pytest.mark.parametrize(
    "text",
    [
        "Mijn fiets (XL) is nog altijd niet klaar na 3 weken",  # a size, no make
        "Mijn fiets (nog maar 2 maanden oud) is weer kapot",  # an aside, no make
        "Mijn fiets (Gazelle, vorig jaar bij jullie gekocht) is alweer stuk",  # the make in an aside: not the thing
    ],
)
def test_an_aside_in_brackets_is_no_make(text: str) -> None:
    assert analyse_topics(text).products[0].text == "fiets"


@pytest.mark.parametrize(
    "text",
    [
        "Zij heeft haar haar laten opsteken voor de gala-avond, na een uur viel het kapsel al uit elkaar.",
        "Mijn haar is geknipt door een stagiair en het kapsel is helemaal scheef",
        "Ik had voor mijn communie een opsteekkapsel, maar mijn haar zat na een uur los",
    ],
)
def test_a_plain_word_yields_to_the_precise_one(text: str) -> None:
    assert analyse_topics(text).products[0].text.endswith("kapsel")


def test_a_plain_word_alone_stays() -> None:
    assert analyse_topics("Mijn haar is veel te kort geknipt, echt balen").products[0].text == "haar"


@pytest.mark.parametrize(
    ("thing", "text"),
    [
        ("Fiets", "Mijn fiets (Batavus Finez) piept nog steeds"),  # the thing as written with a capital
        ("E-BIKE", "De e-bike (Cortina) van mijn zoon staat al weken bij jullie"),
    ],
)
def test_a_capitalised_thing_still_finds_its_make(thing: str, text: str) -> None:
    import spacy

    from app.domain.topics import Mention
    from app.nlp.topic_kind import made_named

    doc = spacy.blank("nl")(text)
    assert made_named(doc, [Mention(thing)])[0].text in {"Batavus", "Cortina"}


def test_a_thing_without_text_is_kept_as_it_is() -> None:
    import spacy

    from app.domain.topics import Mention
    from app.nlp.topic_kind import made_named

    empty = Mention("  ")
    assert made_named(spacy.blank("nl")("Mijn fiets (Gazelle) is stuk"), [empty]) == [empty]


@pytest.mark.parametrize(
    ("text", "precise"),
    [
        ("Fiets gebracht voor een nieuwe voorband, zou dezelfde dag klaar zijn. Een week later nog niks.", "voorband"),
        ("fiets binnengebracht voor een onderhoudsbeurt, na drie weken nog altijd niet klaar", "onderhoudsbeurt"),
        ("Brought my fiets in for new brakes, de remblokjes zijn na twee dagen weer versleten", "remblokjes"),
        ("Mijn fiets staat al 10 dagen bij jullie voor een nieuwe ketting en niemand belt terug!!", "ketting"),
        ("Het brood is altijd goed, maar om 9 uur waren de saucijzenbroodjes al op", "saucijzenbroodjes"),
        ("Brood prima hoor, maar de appeltaart was oudbakken", "appeltaart"),
    ],
)
def test_the_bike_or_the_bread_yields_to_the_work_or_product_named(text: str, precise: str) -> None:
    assert analyse_topics(text).products[0].text == precise


@pytest.mark.parametrize(
    "text",
    [
        "Mijn fiets is na de reparatie alweer kapot, de derde keer dit jaar",
        "Het brood was oudbakken en hard",
    ],
)
def test_the_plain_word_stays_when_nothing_more_precise_is_named(text: str) -> None:
    assert analyse_topics(text).products[0].text in {"fiets", "brood"}


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("De ham-kaas broodjes waren oudbakken en duur.", "ham-kaas broodjes"),
        ("Die kip-kerrie broodjes zijn veel kleiner geworden", "kip-kerrie broodjes"),
    ],
)
def test_what_a_thing_is_made_with_stays_with_it(text: str, thing: str) -> None:
    assert analyse_topics(text).products[0].text == thing


def test_a_joined_thing_beside_another_is_no_filling() -> None:
    things = {p.text for p in analyse_topics("De vol-au-vent en de kroketten waren koud.").products}
    assert {"vol-au-vent", "kroketten"} <= things
