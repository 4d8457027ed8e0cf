"""Frisian comments made Dutch word for word (app/domain/draft_frisian.py), Flemish and other month names after a
day's number, and a question joined by word order alone ('En is er een invalidentoilet, ...')."""

from __future__ import annotations

from app.domain.draft_days import days_named, holiday_written
from app.domain.draft_frisian import in_dutch, is_frisian
from app.domain.draft_questions import JOINED_ASK


def test_a_frisian_comment_is_made_dutch_word_for_word() -> None:
    said = in_dutch("Wy wolle graach it jierdeifeestje fan ús Jelle by jimme hâlde, mei 8 bern. Wat kostet dat?")
    assert (
        said == "Wij willen graag het verjaardagsfeestje van ons Jelle bij jullie houden, met 8 kinderen. Wat kost dat?"
    )
    assert in_dutch("Binne jimme moarn iepen?") == "Zijn jullie morgen open?"
    assert in_dutch("Moatte wy reservearje foar 6 bern?") == "Moeten wij reserveren voor 6 kinderen?"


def test_dutch_and_english_stay_as_written() -> None:
    for text in (
        "Kan ik bij jullie met mijn kinderen eten? Wij willen graag komen, het is net open.",
        "Do you have it in stock? I can come by on 8 mei with my fan.",
        "Is de wol van dat vest ook in het blauw?",
    ):
        assert not is_frisian(text)
        assert in_dutch(text) == text


def test_a_day_with_another_name_for_its_month() -> None:
    assert days_named("Zijt ge open op 15 oogst?") == ["15 augustus"]
    assert days_named("open op den 15de oogst?") == ["15 augustus"]
    assert days_named("Zijn jullie 15 aug. open?") == ["15 augustus"]
    assert days_named("are you open on 26 december or 1 january?") == ["26 december", "1 januari"]
    assert "onze-lieve-vrouw-hemelvaart" in days_named("Open met Onze-Lieve-Vrouw-Hemelvaart?")
    assert holiday_written("onze-lieve-vrouw-hemelvaart") == "Onze-Lieve-Vrouw-Hemelvaart"


def test_a_question_joined_by_asking_whether_there_is_a_thing() -> None:
    assert JOINED_ASK.match("En is er een invalidentoilet, mijn vader loopt met een rollator.")
    assert JOINED_ASK.match("of zijn er ook plekken voor een rolstoel")
    assert not JOINED_ASK.match("En er is geen lift, dus dat wordt lastig.")
