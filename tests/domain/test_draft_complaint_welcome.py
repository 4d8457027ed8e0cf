"""A writer turned away with someone the site calls welcome gets the profile's rule for them
(app/domain/draft_complaint_welcome.py). Businesses and sentences of their own."""

from __future__ import annotations

from app.domain.draft_complaint_welcome import welcome_rule, welcome_turned_away
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
