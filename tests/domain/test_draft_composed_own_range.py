"""A question about the business's own range answered by a place for the owner (app/domain/draft_composed.py): the
draft then ends as any answer does, with a word for more questions, so it is no curt slot alone."""

from __future__ import annotations

from app.domain.flowchart import shipped_flowchart
from app.domain.profile import BusinessProfile
from app.domain.replies import fill_slots, shipped_templates
from app.domain.reply_check import check_reply
from tests.benchmarks.draft_expectations import check
from tests.domain.drafts import suggested

_SALON = BusinessProfile(
    name="Haarhuis Mira",
    kind="kapsalon",
    signers=["Mira"],
    voice="ik",
    register="u",
    email="mira@haarhuismira.nl",
    opening_hours="di t/m za 9.00–17.30; zo en ma gesloten",
)


def test_a_first_question_on_the_own_range_alone_ends_with_a_word_for_more_questions() -> None:
    case = {"id": "t-1", "platform": "x", "author": "", "label": "vraag", "text": "Doet u ook henna? Prijs?"}
    result = check(case, _SALON)
    made = result.reply or ""
    assert "henna: [vul in: ja, … / nee, wel …]" in made
    assert "vraag" in made.lower() or "weten" in made.lower()  # 'Nog iets anders wat u wilt weten?' or alike
    kind = shipped_flowchart().node(result.outcome).draft
    report = check_reply(fill_slots(made, shipped_templates().slot_fill), kind, "x")
    assert not [r for r in report.missing if r.check == "lengte"], made


def test_a_question_to_look_something_up_keeps_its_promise() -> None:
    # near miss: no question about the range, so no own-range place and no extra closing rule needed
    made = suggested(_SALON, "Is mijn bestelde shampoo al binnen?", platform="x")
    assert "[vul in: ja, … / nee, wel …]" not in made
