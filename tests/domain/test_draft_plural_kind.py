"""A plural in -s of a word that fact_words.toml [related] relates to a broader word ('peuters' ~ 'kind')
finds the FAQ entry that names the broader word, as its singular does. Profile and questions of their own."""

from __future__ import annotations

from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import draft_text

_ANSWER = "uitkomst_vraag_beantwoorden"


def _salon() -> BusinessProfile:
    return BusinessProfile(
        name="Knipperij Krul",
        kind="kapsalon",
        signers=["Sanne"],
        voice="wij",
        register="je",
        email="hoi@krul.nl",
        phone="013-5667788",
        opening_hours="di–za 9:00–17:00",
        faq=[
            FaqItem(question="Wat kost een kinderknipbeurt?", answer="Tot en met 10 jaar € 15,75, met een ballon toe."),
            FaqItem(question="Verkopen jullie ook haarproducten?", answer="Ja, van twee Nederlandse merken."),
        ],
    )


def test_a_plural_in_s_finds_the_faq_on_its_broader_word() -> None:
    draft = draft_text(_salon(), _ANSWER, "Wat kost het knippen van twee peuters bij jullie?", author="Ilse")
    assert "15,75" in draft and "vul in" not in draft, draft


def test_a_plural_of_an_unrelated_word_does_not_find_it() -> None:
    """Negative case: 'föhns' relates to no child; the children's price is not given."""
    draft = draft_text(_salon(), _ANSWER, "Wat kosten de föhns die jullie gebruiken?", author="Ilse")
    assert "15,75" not in draft, draft
