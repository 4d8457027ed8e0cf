"""The ages and wedding years said beside an occasion (app/nlp/topic_occasion_facts.py)."""

from __future__ import annotations

import pytest

from app.nlp.topics import analyse_topics


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("Opa werd zondag 85 en we hebben het bij jullie gevierd met koffie en gebak.", (("85", "85"),)),
        ("We vierden onze 35ste huwelijksverjaardag in jullie zaal, alles was perfect.", (("35", "35"),)),
        ("Al 45 jaar getrouwd en toch nog nooit zo lekker uit eten geweest.", (("45", "45"),)),
        ("Tante Mies is gisteren zeventig geworden, de bloemen waren prachtig.", (("70", "zeventig"),)),
        ("Buurman werd 60 en op zijn 60ste verjaardag stond jullie taart op tafel.", (("60", "60"),)),
        ("Voor de twaalfde verjaardag van ons Lotte een taart met paarden besteld.", (("12", "twaalfde"),)),
        # Flemish and Brabant 'werd'
        ("ons vake wierd 75 en de pralines waren op in een wip", (("75", "75"),)),
        ("Onze moeder weurd zaterdag 80, de bloemen stonden prachtig.", (("80", "80"),)),
    ],
)
def test_an_age_said_as_a_day_to_celebrate_is_kept(text: str, ages: tuple[tuple[str, str], ...]) -> None:
    assert analyse_topics(text).ages == ages


@pytest.mark.parametrize(
    "text",
    [
        "Mijn oma (91) kreeg meteen een stoel bij het raam, heel attent.",
        "Ons hondje van 9 jaar oud mocht gewoon mee naar binnen.",
        "Mijn dochter wordt volgende week 16 en wil graag een taart met aardbeien.",
        "Het werd 40 minuten wachten op de soep.",
        "Vanaf 2,5 jaar geworden mogen de kleintjes mee op de pony.",
        "Op mijn 74ste weer op de fiets, dankzij jullie advies.",
        "Opnieuw getrouwd op mijn 61ste, en jullie deden mijn haar!",
    ],
)
def test_an_age_without_a_day_to_celebrate_is_no_occasion_fact(text: str) -> None:
    assert analyse_topics(text).ages == ()
