"""What a thing found by its place is made into ('maakte er een feestje van') is no thing made. Sentences of
their own."""

from __future__ import annotations

import pytest

from app.nlp.topic_praised import _made_into
from app.nlp.topics import analyse_topics


@pytest.mark.parametrize(
    ("text", "word", "made_into"),
    [
        ("Sanne maakte er zo'n feestje van!", "feestje", True),
        ("Ze maakten er een echt FEESTJE van, top", "feestje", True),
        ("Ze maakten er een groot feest van en het feest was top", "feest", False),  # also said as a thing
        ("Het feestje was geweldig", "feestje", False),
        ("Niks aan te merken", "feestje", False),
    ],
)
def test_what_the_work_was_made_into(text: str, word: str, made_into: bool) -> None:
    assert _made_into(text, word) is made_into


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Iedereen was weg van die soesjes, merci!", "soesjes"),
        ("De kinderen zijn ZOT van jullie wafels 🧇", "wafels"),
        ("Mijn gasten waren dol op de bitterballen en de sfeer was top", "bitterballen"),
        ("ben echt fan van het notenbrood geworden", "notenbrood"),
        ("Het feest was top en de familie was vol lof over de kalfsstoof.", "kalfsstoof"),
    ],
)
def test_what_everyone_was_crazy_about_is_praised(text: str, thing: str) -> None:
    assert thing in [p.text for p in analyse_topics(text).praised]


@pytest.mark.parametrize(
    "text",
    [
        "Ik ben fan van Sanne, altijd vrolijk!",
        "Ze zijn gek op de kapster daar",
        "Eindelijk weg van huis, lekker eten",
        "Iedereen was vol lof over de kapster daar",
    ],
)
def test_a_person_or_no_thing_after_crazy_about_is_not_praised(text: str) -> None:
    assert all(p.text not in {"sanne", "kapster", "huis"} for p in analyse_topics(text).praised)


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("onze trouwdag gevierd en de ober zette een tarte tatin met een kaarsje op tafel, zo lief", "tarte tatin"),
        ("Voor mijn examenfeest bracht de kok een spaghetti carbonara extra, wat een avond", "spaghetti carbonara"),
    ],
)
def test_a_dish_of_more_words_is_praised_by_its_whole_name(text: str, thing: str) -> None:
    assert thing in [p.text for p in analyse_topics(text).praised]


def test_a_thing_after_a_proposal_label_is_wished_not_praised() -> None:
    topics = analyse_topics("Voorstel: zet tijdens de kermis ook een paar extra tafels of een partytent neer.")
    assert [(p.text, p.wished) for p in topics.products] == [("partytent", True)]
    assert "partytent" not in [p.text for p in topics.praised]


# What staff put on, in or with a thing ('er een lintje aan', 'er een kaartje bij') comes after the thing the writer
# rented, bought or ordered before it; without such a verb the things stay as found.
def test_what_was_put_on_a_thing_bought_comes_after_it() -> None:
    text = (
        "Voor onze trouwdag een bakfiets gehuurd en de polder rondgereden. Sem had er zelfs een lint aan gedaan! Top."
    )
    assert [t.text for t in analyse_topics(text).praised] == ["bakfiets", "lint"]
    # near miss: the thing is only ridden, not rented or bought, so the ribbon is praised alone
    text = "Voor onze trouwdag met de bakfiets de polder rondgereden. Sem had er zelfs een lint aan gedaan! Top."
    assert [t.text for t in analyse_topics(text).praised] == ["lint"]
