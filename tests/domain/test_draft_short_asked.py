"""A writer who asks for a short answer ('kort antwoordje is prima', 'quick answer please') gets the answer without a
closing question after it; a writer who does not ask for one still gets it. Shops and sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_cues import draft_cues
from app.domain.profile import BusinessProfile
from tests.domain.drafts import suggested


def _shop() -> BusinessProfile:
    return BusinessProfile(
        name="Tweewielerhuis De Spaak",
        kind="fietsenmaker",
        signers=["Wessel"],
        register="je",
        voice="ik",
        email="wessel@despaak.nl",
        phone="0570 11 22 33",
        opening_hours="di–vr 9:00–18:00, za 9:00–16:00",
        holidays="Sinterklaasavond vr 5 december: open tot 15:00",
    )


_CLOSING = ("Nog iets anders", "Heb je nog een vraag", "Mocht je nog iets", "nog iets willen weten")


@pytest.mark.parametrize(
    "text",
    [
        "Zijn jullie op pakjesavond open? Kort antwoordje is prima, sta in de file",
        "Ben je 5 december open? (kort graag)",
        "Open op 5 december?? kort en bondig aub",
    ],
)
def test_a_short_answer_asked_has_no_closing_question(text: str) -> None:
    made = suggested(_shop(), text)
    assert "15:00" in made
    assert not any(closing in made for closing in _CLOSING)


def test_without_the_wish_the_closing_question_may_stay() -> None:
    # the near miss: 'kort' about something else is no wish for a short answer
    assert not draft_cues().short_asked.search("Mijn ketting is te kort, zijn jullie 5 december open?")
    assert draft_cues().short_asked.search("Quick answer please: open on Saturday?")
