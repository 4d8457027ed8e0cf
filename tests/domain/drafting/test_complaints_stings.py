"""Whole-pipeline drafts that invent no sting and strike no wrong note: the resistance in the war is nothing
rescheduled, minutes of silence are no wait, a person of the writer's named for another reason was not the one staff
treated badly, and a day that was spoiled gets no thanks for reporting it."""

from __future__ import annotations

from app.nlp.topics import analyse_topics
from tests.domain.businesses import EETCAFE_DE_LINDE
from tests.domain.drafts import draft_text

_COMPLAINT = "uitkomst_herstel"


def test_the_resistance_is_no_appointment_moved() -> None:
    text = (
        "Mijn grootvader zat in het verzet. Dat jullie op Bevrijdingsdag de vlag niet uithangen, vind ik respectloos."
    )
    assert analyse_topics(text).concept != "afspraak"
    draft = draft_text(EETCAFE_DE_LINDE, _COMPLAINT, text, author="Joke")
    assert "verzet werd" not in draft and "anders loopt" not in draft, draft


def test_a_person_named_for_another_reason_was_not_treated_badly() -> None:
    text = (
        "Tijdens de herdenking draaide de muziek gewoon door en de ober bleef afruimen. "
        "Mijn vader heeft de oorlog nog meegemaakt. Ik vond het echt respectloos."
    )
    draft = draft_text(EETCAFE_DE_LINDE, _COMPLAINT, text, author="Joke")
    assert "vader zo behandeld" not in draft and "vader hoort zich" not in draft, draft


def test_a_person_treated_badly_is_still_named() -> None:
    text = "Mijn zoon werd door de serveerster uitgelachen omdat hij stotterde. Echt respectloos."
    draft = draft_text(EETCAFE_DE_LINDE, _COMPLAINT, text, author="Joke")
    assert "zoon" in draft, draft


def _thanked_for_reporting(draft: str) -> bool:
    return "laat weten" in draft or "het meldt" in draft


def test_no_thanks_for_reporting_a_day_that_was_spoiled() -> None:
    plain = "De saus was koud."
    assert _thanked_for_reporting(draft_text(EETCAFE_DE_LINDE, _COMPLAINT, plain, author="Joke"))
    for text in (
        "De saus was koud. En dat op het verjaardagsfeest van mijn moeder.",
        "De saus was koud, op de 50ste verjaardag van mijn man nog wel.",
        "Voor ons trouwfeest gereserveerd en de saus was koud.",
    ):
        draft = draft_text(EETCAFE_DE_LINDE, _COMPLAINT, text, author="Joke")
        assert not _thanked_for_reporting(draft), draft


def test_a_person_who_came_along_is_still_the_one_treated_badly() -> None:
    text = (
        "Zondag met mijn vader (79) bij jullie geluncht. De ober zuchtte en rolde met zijn ogen toen hij iets vroeg. "
        "Mijn vader heeft daarna niets meer gezegd."
    )
    draft = draft_text(EETCAFE_DE_LINDE, _COMPLAINT, text, author="Joke")
    assert "vader" in draft, draft
