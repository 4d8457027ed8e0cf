"""Every idea of a suggestion (app/domain/draft_wish_list.py): an order after an emoji that ends the sentence before
it is read as an order of its own. Sentences of their own."""

from __future__ import annotations

from app.domain.draft_wish_list import every_wish, offers_idea, with_day


def test_an_order_after_an_emoji_is_read() -> None:
    text = "Wilde gisteren een taart halen maar alles was 'weg' 😤 Zet er dan een bestelformulier op je site!"
    assert every_wish(text) == ["om een bestelformulier op jullie site te zetten"]


def test_without_the_emoji_stop_the_order_is_still_one_sentence() -> None:
    assert every_wish("Alles was weg. Zet een bestelformulier op je site!") == [
        "om een bestelformulier op jullie site te zetten"
    ]


def test_a_tip_names_the_day_whose_hours_fall_short() -> None:
    text = "Spijtig dat ge op zaterdag de bestellingen maar tot 12u kunt afhalen. Idee: een afhaalkluis?"
    assert with_day(text, "voor een afhaalkluis") == "voor een afhaalkluis op zaterdag"
    # no day, two days, or the day in the wish already: the wish as it is
    assert with_day("Idee: een afhaalkluis?", "voor een afhaalkluis") == "voor een afhaalkluis"
    two = "Op zaterdag tot 12u en op zondag tot 10u, te kort. Idee: een afhaalkluis?"
    assert with_day(two, "voor een afhaalkluis") == "voor een afhaalkluis"
    assert with_day(text, "om op zaterdag langer open te zijn") == "om op zaterdag langer open te zijn"
    # a day the writer came, with a time, is no day of hours that fall short ('zaterdag stonden we om 9 uur ...')
    assert with_day("Zaterdag stonden we om 9 uur aan de deur.", "voor een wachtlijst") == "voor een wachtlijst"


def test_a_question_that_only_offers_an_idea_is_the_tip() -> None:
    assert offers_idea("Idee: een sleutelkastje zodat ge ook later kunt ophalen?")
    assert offers_idea("Misschien een wachtlijst?")
    assert not offers_idea("Kunnen jullie niet langer open blijven?")
    assert not offers_idea("Tip: wanneer zijn jullie open?")


def test_a_time_someone_came_is_no_closing_time() -> None:
    came = "Al twee keer stond ik op vrijdag om 8u30 aan een gesloten winkel. Misschien een wachtlijst?"
    assert with_day(came, "voor een wachtlijst") == "voor een wachtlijst"
    # a closing time with 'om' still names the day: 'al om 12 uur', 'om 15u dicht'
    closes = "Jammer dat jullie op woensdag al om 12 uur sluiten. Idee: een afhaalkastje?"
    assert with_day(closes, "voor een afhaalkastje") == "voor een afhaalkastje op woensdag"
    shut = "Op zondag om 15u dicht, dat is vroeg. Misschien een afhaalkastje?"
    assert with_day(shut, "voor een afhaalkastje") == "voor een afhaalkastje op zondag"
