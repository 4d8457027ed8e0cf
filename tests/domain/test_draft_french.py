"""A comment in French at a Flemish business ('Bonjour, vous parlez français?') is made Dutch word for word first,
like a Frisian one, so the FAQ about the languages spoken answers it; a Dutch comment with one French word stays
as it is. Sentences and profiles of their own, not a round's."""

from __future__ import annotations

import pytest

from app.domain.draft_dialects import in_dutch
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import suggested

SALON = BusinessProfile(
    name="Kapsalon Sofie",
    kind="kapsalon",
    signers=["Sofie"],
    voice="ik",
    register="u",
    email="info@kapsalonsofie.be",
    phone="02 345 67 89",
    opening_hours="di–za 9:00–18:00",
    faq=[
        FaqItem("Spreek je ook Frans?", "Ja, ik help u graag in het Frans of het Engels."),
        FaqItem("Wat kost een kleuring?", "Een kleuring kost vanaf € 55."),
    ],
)


def _draft(text: str) -> str:
    return suggested(SALON, text, author="Claire Lambert")


def test_a_french_comment_is_made_dutch_word_for_word() -> None:
    said = in_dutch("Bonjour, vous êtes ouverts lundi? Je voudrais un rendez-vous. Merci!")
    assert "maandag" in said and "open" in said and "afspraak" in said and "Bedankt" in said


def test_a_dutch_comment_with_one_french_word_stays_as_it_is() -> None:
    text = "Ik wil graag een rendez-vous op zaterdag, merci!"
    assert in_dutch(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour, vous parlez français? Je voudrais une couleur samedi matin. Merci!",
        "bonjour vous parlez francais ?? merci",
        "Bonsoir! Est-ce que vous parlez le français? Merci beaucoup",
    ],
)
def test_a_french_question_about_the_language_spoken_is_answered_from_the_faq(text: str) -> None:
    draft = _draft(text)
    assert "Frans" in draft and "€ 55" not in draft


def test_a_french_date_names_its_month() -> None:
    from app.domain.draft_dialects import in_dutch

    assert "oktober" in in_dutch("est-ce que vous êtes ouverts le lundi 8 octobre ?")
