"""Tests of app/domain/draft_made_for.py: what the thing was for, a good cause, what was on it. Sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_made_for import cause_said, extra_given, green_seen, made_for, owned_by, shaped_like, specified
from app.domain.topics import Mention, TopicAnalysis


def _topics(*things: str, praised: bool = False) -> TopicAnalysis:
    mentions = tuple(Mention(t, "de", plural=t.endswith("s")) for t in things)
    return TopicAnalysis(products=mentions, praised=mentions[:1] if praised else ())


@pytest.mark.parametrize(
    ("text", "poss", "said"),
    [
        (
            "30 bokkenpootjes voor de opening van ons nieuwe atelier",
            "je",
            "bokkenpootjes voor de opening van jullie nieuwe atelier",
        ),
        ("De BOKKENPOOTJES bij het feest van onze club waren top", "uw", "bokkenpootjes bij het feest van uw club"),
        ("bokkenpootjes voor de receptie van mn zus", "je", "bokkenpootjes voor de receptie van je zus"),
    ],
)
def test_what_the_thing_was_for_is_said_back(text: str, poss: str, said: str) -> None:
    assert made_for(_topics("bokkenpootjes"), text, poss).products[0].text == said


def test_an_empty_thing_is_left_as_it_is() -> None:
    topics = _topics(" ")
    assert made_for(topics, "voor de opening van ons kantoor", "je") is topics


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("haar vlechten gingen eraf voor Stichting Haarwensen", "Stichting Haarwensen"),
        ("alles wat we ophaalden ging naar Fonds Zeldzame Ziektes", "Fonds Zeldzame Ziektes"),
        ("geknipt voor foundation Hair Heroes", "foundation Hair Heroes"),
        ("de opbrengst gaat naar het goede doel", "het goede doel"),
        ("dit fonds is niks voor ons", ""),
    ],
)
def test_a_good_cause_is_said_as_written(text: str, said: str) -> None:
    assert cause_said(text) == said


def test_what_was_on_it_is_said_with_the_readers_possessive() -> None:
    topics = _topics("taart", "chocoladetaart", praised=True)
    text = "Wat een taart! Chocoladetaart met mn logo erop, super."
    assert specified(topics, text, "uw").products[0].text == "chocoladetaart met uw logo erop"


@pytest.mark.parametrize(
    ("text", "given"),
    [
        ("Band geplakt in tien minuten en de kleine kreeg er nog een ballon bij!", "een ballon"),
        ("Ik kreeg er gratis een nieuwe bel bij, wat lief", "een nieuwe bel"),
        ("Ze deden er een koekje bij voor de hond", "een koekje"),
        ("Ik kreeg een ballon van de kapster", ""),
        ("Er kwam nog een rekening bij", ""),
    ],
)
def test_what_was_given_with_the_work_is_found(text: str, given: str) -> None:
    assert extra_given(text) == given


# What the writer got 'er bij' after a concession, or a hurt or a cost, is no gift to thank for (review int30, #4).
@pytest.mark.parametrize(
    "text",
    [
        "Mooie knipbeurt hoor, al kreeg ik er een schrammetje bij van de schaar 😅",
        "Fiets netjes gemaakt, maar we kregen er een toeslag bij die niemand had gemeld.",
        "Lekker gegeten, al kreeg ik er een flinke buikpijn bij.",
        "Knippen ging snel. Ik kreeg er wel een rode vlek bij in mijn nek.",
    ],
)
def test_a_let_down_got_with_the_work_is_no_gift(text: str) -> None:
    assert extra_given(text) == ""


# The environment spared is praised back only where the writer praises it: not a lack of it, and 'duurzaamheid'
# is as often how long a thing lasts (review int30, #5).
@pytest.mark.parametrize(
    ("text", "seen"),
    [
        ("Heel tevreden, al vond ik het jammer dat er niks met het knipafval gebeurt.", False),
        ("Super fiets gekocht, qua duurzaamheid van de banden echt top.", False),
        ("Goede knipbeurt, maar er wordt helaas niet gerecycled.", False),
        ("Mooi dat ze haar knipafval meegeeft aan een project voor de zee!", True),
        ("Geen gedoe, snel geholpen. En top dat jullie zo duurzaam ondernemen.", True),
    ],
)
def test_the_green_line_needs_green_praise(text: str, seen: bool) -> None:
    assert green_seen(text) is seen


@pytest.mark.parametrize(
    ("thing", "text", "look"),
    [
        (
            "taart",
            "Marloes heeft een taart gebakken in de vorm van zijn eerste tractor, prachtig!",
            " in de vorm van zijn eerste tractor",
        ),
        ("cake", "Een cake in de vorm van mijn kat Minoes 🐱 iedereen was weg van.", " in de vorm van je kat Minoes"),
        ("koekjes", "De koekjes in de vorm van onze initialen. Top!", " in de vorm van jullie initialen"),
    ],
)
def test_what_a_thing_was_made_to_look_like_is_said_with_it(thing: str, text: str, look: str) -> None:
    assert shaped_like(thing, text, "je") == look


def test_a_shape_said_of_another_thing_or_not_at_all_is_not_added() -> None:
    assert shaped_like("taart", "De taart was heerlijk en het servet in de vorm van een zwaan ook.", "je") == ""
    assert shaped_like("taart", "De taart was heerlijk.", "je") == ""


@pytest.mark.parametrize(
    ("text", "poss", "whose"),
    [
        ("Sanne heeft de oude naaimachine van mijn oma weer aan de praat gekregen.", "je", " van je oma"),
        ("De Vespa van onze overleden vader staat weer te glimmen.", "uw", " van uw overleden vader"),
        ("De taart van onze buurvrouw was het gesprek van de dag.", "je", " van jullie buurvrouw"),
    ],
)
def test_whose_thing_it_was_among_the_writers_people_is_said_with_it(text: str, poss: str, whose: str) -> None:
    thing = {"oma": "naaimachine", "vader": "Vespa", "buurvrouw": "taart"}[whose.rsplit(maxsplit=1)[-1]]
    assert owned_by(thing, text, poss) == whose


def test_a_thing_of_someone_else_or_of_a_place_is_no_ones_of_the_writer() -> None:
    assert owned_by("taart", "De taart van de buurvrouw was lekker.", "je") == ""  # not said as the writer's
    assert owned_by("fiets", "Mijn fiets van de zaak is weer in orde.", "je") == ""
