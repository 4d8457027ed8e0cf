"""The wishes of a suggestion said back whole (app/domain/draft_wishes.py, app/domain/draft_wish_maybe.py): an
'om ... te' form the writer already wrote is not put into 'om ... te' a second time, a word in -en after an
inflected adjective in a noun phrase is a noun (never given a 'te'), and a thing wished to come ('kan er geen ...
komen?') is named. Comments of their own."""

from __future__ import annotations

import pytest

from app.domain.draft_wish_maybe import complete_om_te
from app.domain.draft_wishes import wishes
from app.domain.profile import BusinessProfile
from tests.domain.drafts import suggested

BISTRO = BusinessProfile(name="Bistro De Linde", kind="restaurant", signers=["Mira"], email="info@delinde.be")


@pytest.mark.parametrize(
    ("text", "wish"),
    [
        ("Misschien een idee om op maandag ook een lunch te serveren?", "om op maandag ook een lunch te serveren"),
        ("Wellicht een optie om de taarten ook in kleine porties te verkopen?", "om de taarten ook in kleine"),
        ("Een plan om ook op de markt te staan zou top zijn.", "om ook op de markt te staan"),
        ("Misschien een idee om in de vakantie langer open te zijn?", "om in de vakantie langer open te zijn"),
    ],
)
def test_an_om_te_form_already_written_is_said_once(text: str, wish: str) -> None:
    said = wishes(text)
    assert said and said[0].startswith(wish), said
    assert said[0].count(" te ") == 1, said


def test_a_thing_with_an_om_te_form_keeps_its_thing() -> None:
    # near miss: a named thing before 'om' is what is wished, with what it is for
    assert wishes("Misschien een bankje om op te wachten?") == ["voor een bankje om op te wachten"]
    assert complete_om_te(["een", "idee", "voor", "de", "zomer"]) == ""  # no 'om ... te': nothing to keep whole


@pytest.mark.parametrize(
    ("text", "wish"),
    [
        ("Een leeshoek voor de kleine kinderen zou fijn zijn.", "voor een leeshoek voor de kleine kinderen"),
        ("Een paar Engelse kranten voor de Britse toeristen zou handig zijn.", "voor een paar Engelse kranten"),
        ("Een extra tafel voor de vaste klanten zou mooi zijn.", "voor een extra tafel voor de vaste klanten"),
        ("Een tweede kassa voor de rustige momenten zou helpen.", "voor een tweede kassa voor de rustige momenten"),
    ],
)
def test_a_noun_after_an_inflected_adjective_is_no_verb(text: str, wish: str) -> None:
    said = wishes(text)
    assert said and said[0].startswith(wish), said
    assert " te " not in said[0], said


@pytest.mark.parametrize(
    ("text", "wish"),
    [
        ("Een kopje koffie bij de krant aanbieden zou fijn zijn.", "om een kopje koffie bij de krant aan te bieden"),
        ("Een extra kassa openen zou wonderen doen.", "om een extra kassa te openen"),
    ],
)
def test_a_verb_after_a_plain_noun_is_still_a_verb(text: str, wish: str) -> None:
    # near miss: 'koffie', 'kassa' end in a vowel but are no inflected adjective
    assert wishes(text)[:1] == [wish]


@pytest.mark.parametrize(
    ("text", "wish"),
    [
        ("Lekkere lasagne, maar kan er geen glutenvrije versie van komen?", "voor een glutenvrije versie"),
        ("Zou er niet een tweede toonbank kunnen komen?", "voor een tweede toonbank"),
        ("Komt er ooit een kinderhoekje?", "voor een kinderhoekje"),
        ("Mag er ook meer zitplaatsen komen?", "voor meer zitplaatsen"),
    ],
)
def test_a_thing_wished_to_come_is_named(text: str, wish: str) -> None:
    assert wishes(text)[:1] == [wish]


@pytest.mark.parametrize(
    "text",
    ["Kan er nog iemand bij komen?", "Komt er morgen nog een levering?", "Komt er ook een braderie?"],
)
def test_someone_or_something_coming_is_no_wish(text: str) -> None:
    assert wishes(text) == []


def test_the_thing_wished_to_come_is_named_in_the_thanks() -> None:
    text = "Jullie stoofvlees is om duimen en vingers af te likken, maar kan er geen vegetarische versie van komen?"
    draft = suggested(BISTRO, text, label="positief", flags=["suggestie"])
    assert "vegetarische versie" in draft, draft
