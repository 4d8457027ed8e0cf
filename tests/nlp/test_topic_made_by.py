"""Who gave a service named with 'van' or 'bij' ('mijn kapsel van Yana') or what thanks and compliments are for
after whom they go to ('Complimenten aan chef Wiebe voor de pudding'): app/nlp/topic_made_by.py, topic_thanked_for.py.
Sentences of our own."""

from __future__ import annotations

import pytest

from app.nlp.topics import analyse_topics


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mijn communiekapsel van Elna 🌸 iedereen vroeg wie dat gedaan had!", "Elna"),
        ("super blij met m'n nieuwe coupe van Ezra!!", "Ezra"),
        ("De knipbeurt van Demi was weer top", "Demi"),
        ("mijn bruidsmake-up van Selin bleef de hele dag zitten", "Selin"),
        ("Love my new balayage van Noor ❤️", "Noor"),
    ],
)
def test_a_name_after_a_service_and_van_is_who_gave_it(text: str, name: str) -> None:
    assert name in analyse_topics(text).names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("mijn allereerste highlights laten zetten bij Ciska, precies goed", "Ciska"),
        ("Vandaag een knipbeurt bij Noor gehad, top!", "Noor"),
    ],
)
def test_a_name_after_a_service_and_bij_is_who_gave_it(text: str, name: str) -> None:
    assert name in analyse_topics(text).names


@pytest.mark.parametrize(
    "text",
    [
        "Mijn knipbeurt was top. Daarna koffie bij Okapa gedronken.",
        "Snel klaar, de reparatie bij Fietsatelier Dijlevallei!",
    ],
)
def test_a_name_after_bij_without_a_service_close_before_names_no_one(text: str) -> None:
    assert not {"Okapa", "Fietsatelier", "Dijlevallei"} & set(analyse_topics(text).names)


@pytest.mark.parametrize(
    "text",
    ["De reparatie van vandaag was top, dank!", "Mijn kapsel van gisteren zit nog steeds perfect"],
)
def test_a_service_of_a_day_names_no_one(text: str) -> None:
    assert analyse_topics(text).names == ()


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        (
            "Complimenten aan de zaak, en aan kok Sam voor de chocolademousse waar iedereen over praat.",
            "chocolademousse",
        ),
        ("Dank aan Kees en Mila voor de bruidstaart!", "bruidstaart"),
        ("Een dikke pluim aan jullie voor de broodpudding", "broodpudding"),
        ("KUDOS aan de keuken voor de appeltaart", "appeltaart"),
        ("Dank je wel voor de verjaardagstaart", "verjaardagstaart"),
    ],
)
def test_what_a_compliment_to_someone_is_for_is_praised(text: str, thing: str) -> None:
    assert thing in [m.text for m in analyse_topics(text).praised]


def test_a_compliment_without_a_thing_after_its_voor_praises_nothing_else() -> None:
    found = analyse_topics("Complimenten aan het team. Voor de rest was het een drukke avond.")
    assert "rest" not in [m.text for m in found.praised]


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Onze ober kwam de tong fileren aan tafel, echt een show", "tong"),
        ("De chef kwam de crêpes flamberen aan tafel, geweldig", "crêpes"),
        ("Chef Ali trancheerde het lamsrack waar we bij zaten", "lamsrack"),
        ("Bram kwam zelf de Noordzeetong fileren aan tafel", "noordzeetong"),
    ],
)
def test_what_staff_prepared_at_the_table_is_praised(text: str, thing: str) -> None:
    assert thing in [m.text.lower() for m in analyse_topics(text).praised]
