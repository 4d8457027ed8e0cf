"""Bread of the region and autumn dishes are things a comment names ('de kramiek', 'een hazenpeper',
'het stoofpotje'), so praise for them names them and not a word around them ('de streek', 'de club'). Sentences of
our own."""

from __future__ import annotations

import pytest

from app.domain.profile import BusinessProfile
from app.nlp.topics import analyse_topics
from tests.domain.drafts import suggested

_PLACE = BusinessProfile(
    name="Eetcafé De Linde", kind="restaurant", signers=["Joost"], register="u", voice="wij", email="joost@delinde.nl"
)


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Lekkerste kramiek van het dorp, boordevol rozijnen 😋 Elke zaterdag na de markt.", "kramiek"),
        ("Die hazenpeper gisteren, man man man. Wat een herfstavond.", "hazenpeper"),
        ("Everzwijnstoofpotje met rode kool: top! Volgend weekend weer.", "everzwijnstoofpotje"),
        ("Craquelin voor bij de koffie bij oma, altijd een succes", "craquelin"),
    ],
)
def test_the_dish_is_named_first(text: str, thing: str) -> None:
    products = [p.text.lower() for p in analyse_topics(text).products]
    assert products and products[0] == thing


def test_praise_names_the_dish_not_the_evening() -> None:
    text = "Hazenpeper bij De Linde 🍷 Wat een najaarsavond. Met die bospaddenstoelen vooraf: perfect."
    made = suggested(_PLACE, text, label="positief")
    assert "hazenpeper" in made.lower()
    assert "najaarsavond" not in made.lower()


def test_the_dish_all_the_ill_had_comes_first() -> None:
    # food poisoning: what all who fell ill had is the dish, not the first one named that day
    text = (
        "Zaterdag met zes man bij jullie de stoofpot van hert en de kibbeling gegeten. Vier van ons liggen plat met"
        " overgeven en diarree. Alle vier hadden de kibbeling."
    )
    assert analyse_topics(text).products[0].text == "kibbeling"


def test_what_the_writer_alone_had_is_no_shared_dish() -> None:
    # the near miss: the group fell ill, the writer alone had the soup and was fine
    text = (
        "Zaterdag de stoofpot en de pompoensoep gegeten. Die nacht lagen mijn man en beide kinderen ziek op bed met"
        " overgeven, ik had alleen de pompoensoep en mankeerde niets."
    )
    assert analyse_topics(text).products[0].text != "pompoensoep"
