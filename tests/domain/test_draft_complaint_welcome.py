"""A writer turned away with someone the site calls welcome gets the profile's rule for them
(app/domain/draft_complaint_welcome.py). Businesses and sentences of their own."""

from __future__ import annotations

import pytest

from app.domain.draft_complaint_welcome import animal_turned_away, welcome_rule, welcome_turned_away
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import draft_text

_CAFE = BusinessProfile(
    name="Grand Café De Sluis",
    kind="restaurant",
    signers=["Evi"],
    voice="wij",
    register="je",
    email="hallo@desluis.nl",
    accessibility="drempelvrij; honden welkom in de serre, niet in de zaal",
    faq=[
        FaqItem(question="Wat kost de lunch?", answer="Vanaf € 9,50."),
        FaqItem(question="Zijn kinderen welkom?", answer="Ja, tot 20.00 uur. Daarna is de zaal voor volwassenen."),
    ],
)


def test_who_the_site_calls_welcome_and_was_sent_away() -> None:
    text = "Op jullie Facebook staat dat kinderen welkom zijn. Om 20.30 werden we geweigerd met onze dochter van 6."
    assert welcome_turned_away(text) == "kinderen"
    assert welcome_turned_away("Volgens de site zijn honden welkom, maar we mochten niet naar binnen met Bobbie.") == (
        "honden"
    )
    # welcome, but nobody was sent away; or sent away without the site's word
    assert welcome_turned_away("Op de site staat dat honden welkom zijn, en dat klopte: top!") == ""
    assert welcome_turned_away("Iedereen welkom, behalve wij: geweigerd aan de deur.") == ""


def test_the_rule_from_the_faq_or_the_accessibility() -> None:
    assert welcome_rule(_CAFE, "kinderen") == "tot 20.00 uur; daarna is de zaal voor volwassenen"
    assert welcome_rule(_CAFE, "honden") == "honden welkom in de serre, niet in de zaal"
    assert welcome_rule(_CAFE, "paarden") == ""


def test_the_rule_is_said_in_the_draft() -> None:
    text = "Volgens jullie website zijn honden welkom. Wij werden met onze beagle gewoon buiten gezet. Jammer!"
    draft = draft_text(_CAFE, "uitkomst_herstel", text, platform="facebook", author="Kim")
    assert "honden welkom in de serre, niet in de zaal" in draft, draft


# Turned away with an animal, no site calling it welcome: the house rule, understanding, no apology (session 49).
_BRASSERIE = BusinessProfile(
    name="Brasserie Het Anker",
    kind="restaurant",
    signers=["Joost"],
    voice="wij",
    register="u",
    email="info@hetanker.be",
    phone="050 12 34 56",
    accessibility="gelijkvloers; honden aangelijnd welkom op het terras, binnen enkel assistentiehonden",
)


def test_the_animal_a_writer_was_turned_away_with() -> None:
    assert animal_turned_away("Met onze hond mochten we niet naar binnen, en het goot!") == "hond"
    assert animal_turned_away("Werden geweigerd aan de deur met de kat in haar reismand.") == "kat"
    assert animal_turned_away("Onze hond vond het terras heerlijk, merci!") == ""  # nobody turned away
    assert animal_turned_away("Geweigerd met mijn geleidehond, dat mag wettelijk niet eens") == ""


@pytest.mark.parametrize(
    "text",
    [
        "Zaterdag met onze oude hond (bang van vuurwerk) geweigerd binnen bij Het Anker, terwijl het stormde.",
        "We mochten met de honden niet naar binnen terwijl het pijpenstelen regende. Weinig hondvriendelijk hoor.",
    ],
)
def test_a_writer_turned_away_with_their_dog_gets_the_house_rule_not_an_apology(text: str) -> None:
    draft = draft_text(_BRASSERIE, "uitkomst_herstel", text, platform="facebook", author="Kim")
    assert "aangelijnd welkom op het terras, binnen enkel assistentiehonden" in draft, draft
    assert "met uw hond" in draft and "uitzondering" in draft
    assert "excuses" not in draft.lower() and "gevaarlijk" not in draft
