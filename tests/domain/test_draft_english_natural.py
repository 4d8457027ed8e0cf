"""English replies read as a small shop writes them: a profile fact that is only in Dutch is quoted after a plain
English lead (never 'From our info (in Dutch)', never translated by guess); a couple greeted with 'and'; a second
question fused on with 'and' is not said back as done; 'Thanks for asking!' only where it opens the reply.
Businesses and sentences of their own, none from the rounds."""

from __future__ import annotations

import pytest

from app.domain.draft_english import thanked_once
from app.domain.draft_names import first_name
from app.domain.draft_text import Part
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import draft_text

_ANSWER = "uitkomst_vraag_beantwoorden"
_SHOP = BusinessProfile(
    name="Tweewielers De Spaak",
    kind="fietsenmaker",
    signers=["Bart"],
    voice="ik",
    register="je",
    email="bart@despaak.nl",
    opening_hours="ma gesloten; di–vr 9:00–18:00; za 9:00–16:00; zo gesloten",
    parking="achter de winkel, twee plekken; anders op het Marktplein",
    faq=[FaqItem("Verhuur je fietsen?", "Ja, stadsfietsen en tandems, € 14 per dag; bellen om te reserveren.")],
)


@pytest.mark.parametrize(
    "text",
    [
        "Hello! Do you rent out bikes? We're staying for the weekend.",
        "Hi, is there somewhere to park the car?",
        "Hi! Do you rent out bikes? And is there parking?",
    ],
)
def test_a_dutch_fact_is_quoted_after_a_plain_english_lead(text: str) -> None:
    made = draft_text(_SHOP, _ANSWER, text, platform="facebook", author="Kate")
    assert "(in Dutch)" not in made and "info" not in made.lower(), made
    # the fact as the profile says it, in quotes: not a translation made up for it
    assert "‘" in made and ("stadsfietsen en tandems" in made or "achter de winkel" in made or "te reserveren" in made)
    # (session 47: its days, prices and known words in English, 'City bikes and tandems, € 14 per day', the prose
    # quoted as the profile says it)
    assert "per dag" not in made, made


def test_a_couple_is_greeted_with_and_in_english_and_with_en_in_dutch() -> None:
    assert first_name("Sam & Lotte", english=True) == "Sam and Lotte"
    assert first_name("Sam & Lotte") == "Sam en Lotte"
    assert first_name("Sam Peters", english=True) == "Sam"  # near miss: one person, no 'and'


def test_a_second_question_fused_on_is_not_said_back_as_done() -> None:
    made = draft_text(_SHOP, _ANSWER, "Hey, do you rent bikes and what would a day cost?", platform="facebook")
    assert "and what would" not in made and "I rent bikes!" in made, made
    assert "€ 14 per day" in made, made  # the price asked for stays, in English (session 47), its number unchanged


def test_things_joined_by_and_stay_in_the_yes() -> None:
    """Near miss: 'tandems and city bikes' is one question about two things, not a second question."""
    made = draft_text(_SHOP, _ANSWER, "Do you rent tandems and city bikes?", platform="facebook")
    assert "I rent tandems and city bikes!" in made, made


def test_thanks_for_asking_only_opens_the_reply() -> None:
    parts = [
        Part("answer", "Thanks for asking about skates! Here are the details: ‘a’.", True),
        Part("answer_more", "Thanks for asking! I am closed on Mondays.", True),
        Part("closing", "Sorry, I do not sell sledges. Thanks for asking, though!", False),
    ]
    said = [p.text for p in thanked_once(parts)]
    assert said == [
        "Thanks for asking about skates! Here are the details: ‘a’.",
        "I am closed on Mondays.",
        "Sorry, I do not sell sledges. Thanks for asking, though!",
    ]
    lead = [Part("answer", "Thanks for asking! I am closed on Mondays.", True)]
    assert [p.text for p in thanked_once(lead)] == ["Thanks for asking! I am closed on Mondays."]
