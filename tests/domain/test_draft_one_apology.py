"""A complaint reply says sorry once: no stack of 'Onze excuses ... spijt ons echt ... Het spijt me'. The line about
a mail or call that went unanswered then admits it without a second sorry. Sentences of their own."""

from __future__ import annotations

import re

from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_SHOP = BusinessProfile(
    name="Lunchcafé De Vlonder",
    kind="restaurant",
    signers=["Femke"],
    voice="wij",
    register="je",
    email="hallo@devlonder.nl",
    phone="0251-445566",
    opening_hours="di–zo 10:00–17:00",
)
_SORRY = re.compile(r"\b(?:sorry|excuses|spijt)\b", re.I)


def _apologies(text: str) -> int:
    return sum(1 for s in re.split(r"(?<=[.!?])\s+", text) if _SORRY.search(s))


def test_a_safety_complaint_with_an_unanswered_mail_says_sorry_once() -> None:
    text = (
        "Na de quiche met zalm lag mijn vriend de hele nacht te overgeven. Ik heb jullie dinsdag een mail "
        "gestuurd maar nog steeds niets gehoord."
    )
    for i in range(4):
        draft = draft_text(_SHOP, "uitkomst_herstel", f"{text} ({i})", author="Noor Bakker")
        assert _apologies(draft) == 1, draft
        assert "mail" in draft  # the unanswered mail is still named


def test_tears_said_with_sorry_take_the_apology_s_place() -> None:
    text = (
        "Mijn dochter had haar verjaardagstaart besteld en die was er niet toen we hem kwamen halen. Ze was in tranen."
    )
    for i in range(4):
        draft = draft_text(_SHOP, "uitkomst_herstel", f"{text} ({i})", author="Sandra Wouters")
        assert _apologies(draft) <= 1, draft


def test_a_plain_complaint_keeps_its_one_apology() -> None:
    """Negative case: nothing said sorry yet, so the apology stays."""
    text = "De tosti was aangebrand en de koffie koud. Jammer, want het terras is zo mooi."
    apologised = 0
    for i in range(6):
        draft = draft_text(_SHOP, "uitkomst_herstel", f"{text} ({i})", author="Gijs Meijer")
        assert _apologies(draft) <= 1, draft
        apologised += _apologies(draft)
    assert apologised >= 3  # most variants say sorry once
