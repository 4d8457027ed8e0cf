"""Session 8 (after blind round r33): a question about getting in names the aid the writer named
('rollator', 'scootmobiel') in the answer from the profile, unless the profile says it cannot.
Sentences and profiles of their own, not a round's."""

from __future__ import annotations

from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile
from app.nlp.topics import analyse_topics


def _profile(accessibility: str, register: str = "u") -> BusinessProfile:
    return BusinessProfile(
        name="Theeschenkerij De Linde",
        kind="restaurant",
        signers=["Ria"],
        voice="wij",
        register=register,
        email="ria@delinde.nl",
        opening_hours="di–zo 10:00–17:00",
        accessibility=accessibility,
    )


def _text(profile: BusinessProfile, text: str) -> str:
    return (
        Drafter(profile, analyser=analyse_topics)
        .draft("uitkomst_vraag_beantwoorden", text, author="Ans", platform="facebook")
        .text
        or ""
    )


def test_the_aid_the_writer_names_is_named_in_the_answer() -> None:
    text = _text(
        _profile("drempelvrij, met een invalidentoilet"),
        "Mijn moeder loopt met een rollator, kan ze bij jullie goed naar binnen?",
    )
    assert "rollator" in text and "invalidentoilet" in text
    text = _text(
        _profile("de hele zaak is gelijkvloers", "je"), "Komen we met de scootmobiel van opa makkelijk binnen?"
    )
    assert "scootmobiel" in text and "gelijkvloers" in text and "komt u" not in text


def test_no_aid_is_promised_when_the_profile_says_it_cannot() -> None:
    text = _text(_profile("helaas alleen via de trap bereikbaar"), "Kan ik met mijn rolstoel bij jullie terecht?")
    assert "Met een rolstoel" not in text
