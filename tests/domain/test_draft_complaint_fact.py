"""How things are done here, said in answer to a complaint about them (app/domain/draft_complaint_fact.py): a writer
who works until the business closes hears of the late evening. Businesses and sentences of their own."""

from __future__ import annotations

from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_SALON = BusinessProfile(
    name="Haarstudio Lotus",
    kind="kapsalon",
    signers=["Mira"],
    voice="ik",
    register="je",
    email="mira@lotus.nl",
    phone="010 222 33 44",
    opening_hours="di–vr 9.00–17.30, woensdag tot 20.30, za 9.00–15.00",
)


def test_working_until_closing_time_hears_of_the_late_evening() -> None:
    text = "Ik werk tot half zes in Delft en als ik daarna bel ben je altijd al dicht. Heel onhandig zo."
    draft = draft_text(_SALON, "uitkomst_herstel", text, platform="facebook", author="Roos")
    assert "woensdag" in draft and "20:30" in draft, draft
    assert "excuses" not in draft, draft  # the hours are a choice, no mistake


def test_a_door_found_shut_is_no_question_of_hours() -> None:
    text = "Ik werk tot 17 uur, kwam vrijdag om 17.15 en de deur was al dicht terwijl er 17.30 op de site staat."
    draft = draft_text(_SALON, "uitkomst_herstel", text, platform="facebook", author="Roos")
    assert "20:30" not in draft, draft
