"""Found by reading drafts for fresh comments at the end of session 3 (issue #13): skin symptoms
after eating are an allergic reaction (safety first, asking after the child), and fetching an
order is not a repair."""

from __future__ import annotations

from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile
from app.nlp.topics import analyse_topics
from tests.domain.drafts import draft_text

BAKERY = BusinessProfile(name="Bakkerij Het Korenaar", kind="bakkerij", signers=["Els"], phone="010-1234567")


def _draft(text: str) -> str:
    return draft_text(BAKERY, "uitkomst_herstel", text, platform="google", author="Fatma")


def test_red_spots_after_a_cake_are_an_allergic_reaction_and_come_first() -> None:
    text = "Mijn zoontje kreeg rode vlekken in zijn gezicht na jullie notenkoek terwijl er 'notenvrij' op stond!!"
    draft = _draft(text)
    assert "allergische reactie" in draft
    assert "jammer" not in draft.lower()
    assert "010-1234567" in draft  # safety: phone first


def test_a_collected_cake_is_not_a_repair() -> None:
    draft = _draft("Gisteren een taart voor mijn moeder opgehaald maar de naam stond er verkeerd op.")
    assert "reparatie" not in draft


def test_the_one_who_helped_is_named_in_the_thanks() -> None:
    assert analyse_topics("Top geholpen door Ahmed, band binnen 10 min geplakt 👍").names == ("Ahmed",)
    assert analyse_topics("We fietsten door Amsterdam naar huis").names == ()
    d = Drafter(BAKERY, analyser=analyse_topics).draft(
        "uitkomst_bedank_publiek", "Super geholpen door Lotte, heel vriendelijk!", author="Marjon", platform="google"
    )
    assert d.text is not None and "Lotte" in d.text


def test_a_diminutive_finds_its_faq_entry_before_the_opening_hours() -> None:
    from app.domain.profile import FaqItem

    restaurant = BusinessProfile(
        name="De Gouden Lepel",
        kind="restaurant",
        signers=["Marco"],
        register="u",
        opening_hours="wo-zo 17:00-22:00",
        faq=[FaqItem("Kan ik met de hond komen?", "Honden zijn welkom op het terras.")],
    )
    d = Drafter(restaurant, analyser=analyse_topics).draft(
        "uitkomst_vraag_beantwoorden",
        "Kunnen we zondag met ons hondje binnen zitten?",
        author="Wim",
        platform="facebook",
    )
    assert d.text is not None and "terras" in d.text and "17:00" not in d.text
