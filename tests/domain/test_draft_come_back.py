"""When to come, with a day put forward (app.domain.draft_come_back): that day's hours, or that it is closed."""

from __future__ import annotations

from app.domain.draft_come_back import come_back_day, come_when_day

HOURS = "di–vr 9:00–18:00, za 8:00–15:00"


def test_a_day_put_forward_after_asking_when_to_come_gets_its_hours() -> None:
    assert come_when_day(("ik had verlof genomen, wanneer kan ik nu wel komen??", "zaterdag?"), HOURS) == (
        "zaterdag",
        "8:00–15:00",
    )
    assert come_when_day(("Wanneer mag ik dan terugkomen, donderdag?",), HOURS) == ("donderdag", "9:00–18:00")


def test_a_closed_day_put_forward_is_said_closed() -> None:
    assert come_when_day(("Wanneer kan ik dan wel komen?", "Maandag?"), HOURS) == ("maandag", "")


def test_no_day_without_asking_when_to_come_or_with_a_long_question_after() -> None:
    assert come_when_day(("Zijn jullie zaterdag open?",), HOURS) == ("", "")
    assert come_when_day(("Wanneer kan ik komen?", "En hoeveel kost een knipbeurt op zaterdag bij jullie?"), HOURS) == (
        "",
        "",
    )
    assert come_back_day("wanneer kan ik nu wel komen?? zaterdag?", HOURS) == ("", "")
