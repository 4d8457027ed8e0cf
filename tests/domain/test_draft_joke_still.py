"""A joke about the writer's thing still at the business after days ('Dag 12: mijn naaimachine ligt nog steeds in
de winkel') is a wait under the joke: a laugh, then a mail or a call with the name, never a message in a DM; a wait
the writer calls the best part is no grievance, so no sorry. Shops and sentences of our own."""

from __future__ import annotations

from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft

_SHOP = BusinessProfile(
    name="Naaimachinehuis Smit",
    kind="fietsenmaker",
    signers=["Henk"],
    register="u",
    voice="wij",
    dm=False,
    opening_hours="di–za 9:00–17:00",
)


def _joke(text: str) -> str:
    made = draft(_SHOP, "uitkomst_grap", text, platform="x")
    said = made.text or made.optional or ""
    assert said
    return said


def test_a_thing_still_here_after_days_gets_a_mail_or_a_call() -> None:
    said = _joke("Dag 12: mijn naaimachine ligt nog steeds bij Smit. Ik denk dat hij daar nu woont 🙃")
    assert "naaimachine" in said
    assert "Mail of bel" in said or "Mailt of belt u" in said  # the shop says u
    assert "bericht" not in said


def test_a_wait_called_the_best_part_gets_no_sorry() -> None:
    said = _joke(
        "Naar Smit: 10 minuten. Wachten tot Henk zijn verhaal over 1985 af heeft: een uur. Beste deel van de dag 😂"
    )
    assert "sorry" not in said.lower()
    assert "te lang" not in said
