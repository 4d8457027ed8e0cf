"""A rumour that nothing is reimbursed ('je krijgt er niks van vergoed') is about what the insurance pays, so
the FAQ entry on the insurance sets it straight. Profile and rumours of their own."""

from __future__ import annotations

from app.domain.draft_faq_covers import faq_covers
from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile, FaqItem
from app.nlp.topics import analyse_topics
from tests.domain.drafts import draft_text

_FAQ = FaqItem(
    "Vergoedt de zorgverzekering steunzolen?",
    "Vaak wel: de meeste aanvullende pakketten betalen een deel terug, wij sturen de nota rechtstreeks in.",
)
_RUMOUR = "Ze rekenen daar gewoon 300 euro voor steunzolen en je krijgt er niks van vergoed. Schandalig."


def _shop(faq: list[FaqItem]) -> BusinessProfile:
    return BusinessProfile(
        name="Podotherapie De Voetbrug",
        kind="praktijk",
        signers=["Ilse"],
        voice="wij",
        register="u",
        email="info@voetbrug.nl",
        phone="026-3344556",
        opening_hours="ma–vr 8:30–17:00",
        faq=faq,
    )


def _covers(faq: list[FaqItem], text: str) -> tuple[str, str] | None:
    drafter = Drafter(_shop(faq), analyser=analyse_topics)
    return faq_covers(drafter._analysis(text, None).lemmas, _shop(faq), drafter._lemmas_of)


def test_a_rumour_that_nothing_is_reimbursed_is_about_the_insurance_entry() -> None:
    assert _covers([_FAQ], _RUMOUR) == (_FAQ.question, _FAQ.answer)
    draft = draft_text(_shop([_FAQ]), "uitkomst_onwaarheid", _RUMOUR, author="Henk de Boer")
    assert "rechtstreeks in" in draft and "vul in" not in draft, draft


def test_a_reimbursement_rumour_about_another_thing_is_not_covered() -> None:
    """Negative case: reimbursement alone, for a thing the entry does not name, does not make it match."""
    assert _covers([_FAQ], "Je krijgt daar niks vergoed voor een voetmassage, pas op.") is None
