"""A call back promised and never made (issue #13) is heard as a promise broken ("2x 'we bellen terug', nooit
iets gehoord", "beloofden terug te bellen", "Called twice, 'we'll call you back' – nothing"), in Dutch and in
English, and the failed phone is not offered again: the reply goes on by mail (the policy most writers chose).
Businesses and sentences of their own."""

from __future__ import annotations

import re

import pytest

from app.domain.language_tried import english_call_back_promised, english_tried
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft, draft_text

_COMPLAINT = "uitkomst_herstel"

STOFFEERDER = BusinessProfile(
    name="Meubelstoffering Jansma",
    kind="winkel",
    signers=["Wietske"],
    voice="ik",
    register="je",
    phone="0513-441122",
    email="info@jansma-stoffering.nl",
)
GARAGE = BusinessProfile(
    name="Autobedrijf De Kempen",
    kind="garage",
    signers=["Marc"],
    voice="wij",
    register="u",
    phone="011 55 66 77",
    email="balie@dekempen.be",
)


@pytest.mark.parametrize(
    "text",
    [
        "Drie keer gebeld over mijn bank, drie keer 'we bellen je terug'. Nooit iets gehoord.",
        "Al twee keer gebeld en beide keren beloofden ze terug te bellen, maar niks.",
        "2x gebeld voor een offerte, 2x 'we bellen terug'. Niemand belde terug. Slecht.",
    ],
)
def test_a_call_back_promised_is_a_promise_broken(text: str) -> None:
    made = draft(STOFFEERDER, _COMPLAINT, text)
    assert "beloofd" in (made.text or "")
    # the business phones them (the lead's decision, session 44); the mail only carries their number
    assert made.channel == "telefoon"
    assert "info@jansma-stoffering.nl" in (made.text or "") and "bel ik je" in (made.text or "")


def test_a_call_nobody_answered_without_a_promise_is_answered_by_our_call() -> None:
    made = draft(GARAGE, _COMPLAINT, "Ik heb drie keer gebeld over de factuur, niemand neemt op. Belachelijk.")
    assert made.channel == "telefoon" and "bellen we u" in (made.text or ""), made.text


@pytest.mark.parametrize(
    "text",
    [
        "Rang twice about my sofa, 'we'll call you back' – nothing since.",
        "They said they'd call me back about the repair. Never happened.",
        "Phoned on Monday, the guy promised to call back. Still waiting.",
    ],
)
def test_english_call_back_promised(text: str) -> None:
    assert english_call_back_promised(text)
    assert "telefoon" in english_tried(text)
    made = draft(STOFFEERDER, _COMPLAINT, text)
    assert "call you back as promised" in (made.text or "")
    assert made.channel == "telefoon" and "call you" in (made.text or "").split("as promised")[-1], made.text


@pytest.mark.parametrize(
    "text",
    ["Will you call me back when the sofa is ready?", "I called and they picked up right away, great service."],
)
def test_no_promise_in_english(text: str) -> None:
    assert not english_call_back_promised(text)


def test_a_phone_nobody_answered_gets_a_call_back_said_as_one() -> None:
    # 'Ik bel je vandaag nog zelf terug': the words the writer used for what they missed ('terugbellen')
    text = "Twee mails en drie keer gebeld, geen reactie. Wanneer is mijn bank nou klaar?"
    made = draft_text(STOFFEERDER, _COMPLAINT, text)
    assert re.search(r"bel je (?:vandaag nog zelf )?terug|terug te bellen", made), made
