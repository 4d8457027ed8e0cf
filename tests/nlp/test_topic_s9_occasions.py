"""Occasions the writer names inside another word or with a number (session 9): 'de vormseltaart', 'ons
verjaardagsfeestje', '30 jaar bestaan', '6,5 jaar getrouwd'. Sentences of their own, other businesses and
other words than the benchmark rounds."""

from __future__ import annotations

from app.nlp.topics import analyse_topics


def test_an_occasion_as_the_first_part_of_a_compound_is_the_occasion() -> None:
    found = analyse_topics("De vormselboeketten voor ons Jens waren zooo mooi, merci aan de bloemist 💐")
    assert found.occasion == "communie" and found.owner == "Jens", found
    found = analyse_topics("die doopjurk die jullie vermaakt hebben zat als gegoten, ons kleintje straalde")
    assert found.occasion == "doop", found
    found = analyse_topics("Geweldige trouwkapsels gedaan bij mij en mijn zus. TOP salon!!")
    assert found.occasion == "bruiloft", found
    found = analyse_topics("verjaardagsfeestje van mijn dochter bij jullie in de speeltuinhoek, ze vond het top")
    assert found.occasion == "verjaardag" and found.occasion_words == "verjaardagsfeestje", found


def test_a_compound_whose_rest_is_no_thing_made_for_it_names_no_occasion() -> None:
    # a menu for children is no birthday, a gift for someone else's occasion (a honeymoon is the writers' own
    # wedding: 'op jullie huwelijksreis … en nog gefeliciteerd')
    assert analyse_topics("Onze huwelijksreis naar Kreta was top geregeld.").occasion == "bruiloft"
    for text in (
        "Lekker gegeten en het kindermenu was ook prima, de friet was vers.",
        "Ik kreeg een rompertje als kraamcadeau, kan ik dat ruilen voor een maat groter?",
        "Trouwens, jullie nieuwe kerststol is heerlijk!",
    ):
        assert analyse_topics(text).occasion == "", text


def test_years_of_existence_or_marriage_with_a_number_are_a_jubilee() -> None:
    found = analyse_topics("Ons 30-jarig bestaan gevierd met taart van jullie, de hele straat kwam kijken!")
    assert found.occasion == "jubileum" and found.occasion_words == "30-jarig jubileum", found
    found = analyse_topics("Garage Smit bestaat 40 jaar? Wij vierden onlangs 15 jaar bestaan met jullie hapjes")
    assert found.occasion == "jubileum", found
    found = analyse_topics("6,5 jaar getrouwd en dat gevierd met een etentje bij jullie 🥂")
    assert found.occasion == "jubileum" and found.occasion_words.startswith("6,5-jarig"), found
