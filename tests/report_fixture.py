"""A small history with known numbers, for the report tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.domain.case import Case, Lesson
from app.domain.flowchart import shipped_flowchart
from app.domain.suggest import auto_walk
from app.domain.wizard import Prediction, Step
from app.store import CaseStore

# (day in October 2026, label, platform, author, minutes to reply, status, text)
OCTOBER = [
    (
        1,
        "klacht",
        "facebook",
        "Sanne de Vries",
        30,
        "beantwoord",
        "Drie weken op mijn pakket gewacht, bestelling 4821!",
    ),
    (2, "klacht", "facebook", "Sanne de Vries", 90, "beantwoord", "Weer te laat bezorgd. Levering is echt een drama."),
    (3, "klacht", "x", "Kees", 20, "beantwoord", "Lang moeten wachten in de winkel, wachttijd van een uur."),
    (4, "positief", "instagram", "Ahmed", 10, "beantwoord", "Heerlijke taart! 😍🎂 Dank jullie wel"),
    (5, "vraag", "google", "Joke", 45, "beantwoord", "Zijn jullie op zondag open?"),
    (6, "onwaarheid", "facebook", "Piet", 2000, "monitoren", "Ik hoorde dat jullie failliet gaan"),
    (
        7,
        "beledigend",
        "x",
        "@boos",
        5,
        "geescaleerd",
        "<script>alert('x')</script> stelletje oplichters \x00\x07 " + "bla " * 300,
    ),
    (8, "grap_satire", "threads", "Lotte", 600, "monitoren", "De rij is vanuit de ruimte te zien 😂"),
]
SEPTEMBER = [(10, "klacht", "facebook", "Bram", 120, "beantwoord", "Koud eten.")] * 3


def _case(month: int, day: int, label: str, platform: str, author: str, minutes: int, status: str, text: str) -> Case:
    flow = shipped_flowchart()
    posted = datetime(2026, month, day, 10, 0, tzinfo=UTC)
    handled = posted + timedelta(minutes=minutes)
    path, outcome = auto_walk(flow, label, (), can_answer=True)
    return Case(
        text=text,
        platform=platform,
        author=author,
        posted_at=posted.isoformat(),
        received_at=posted.isoformat(),
        handled_at=handled.isoformat(),
        prediction=Prediction(label, {label: 0.9}, (), "test"),
        path=[Step(q, a) for q, a in path],
        outcome=outcome.id,
        reply=f"Hoi {author.split(maxsplit=1)[0]}, dank voor je bericht!" if outcome.respond == "ja" else "",
        status=status,
        follow_up="2026-11-02" if status == "monitoren" else None,
        lessons=[Lesson("Pakketten beter inpakken", ["levering"], created_at=handled.isoformat())] if day == 1 else [],
    )


def fill(path: Path) -> CaseStore:
    store = CaseStore.open(path)
    for row in OCTOBER:
        store.save(_case(10, *row))
    for row in SEPTEMBER:
        store.save(_case(9, *row))
    return store
