"""Histories for the crisis radar tests: a burst about one incident, a scattered month, threats,
review bombing. Times are fixed (a fake clock): the radar is asked about a given ``now``."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.domain.case import Case, Lesson
from app.domain.shared import Prediction
from app.store import CaseStore

NOW = datetime(2026, 3, 14, 13, 0, tzinfo=UTC)

BURST_TEXTS = (
    "Ik ben gisteravond doodziek geworden van jullie kipsalade, de hele nacht overgegeven.",
    "Na de kipsalade van vandaag ligt mijn man met buikpijn op de bank. Wat zit daarin?!",
    "Mijn dochter en ik allebei misselijk na een broodje kipsalade van jullie. Echt niet oké.",
    "Wie nog meer ziek van de kipsalade? Ik zie hier al meerdere mensen klagen.",
    "Kipsalade gekocht om 12 uur, om 3 uur aan het overgeven. Ik ga de NVWA bellen.",
    "Voedselvergiftiging door jullie kipsalade, dit is gewoon gevaarlijk.",
    "Hele gezin ziek na de kipsalade van zaterdag. Haal dat spul uit de schappen!",
    "Ook ik ben misselijk geworden van de kipsalade, mijn collega ook.",
)

ORDINARY = (
    "Ik moest een half uur wachten voordat ik geholpen werd.",
    "Het brood was vandaag erg droog, jammer.",
    "Prijzen zijn wel flink omhoog gegaan zeg.",
    "Mijn bestelling was niet compleet, er ontbrak een taart.",
    "De koffie was lauw.",
    "Jammer dat jullie op maandag dicht zijn.",
    "Het parkeren bij jullie winkel is een drama.",
    "De croissants waren niet vers vandaag.",
    "Lang in de rij gestaan bij de kassa.",
    "Taart zag er anders uit dan op de foto.",
)

SCORES = {"positief": 0.05, "vraag": 0.05, "klacht": 0.7, "onwaarheid": 0.1, "grap_satire": 0.05, "beledigend": 0.05}


def comment(text: str, at: datetime, label: str = "klacht", author: str = "", flags: tuple[str, ...] = ()) -> Case:
    return Case(
        text=text,
        platform="facebook",
        author=author,
        posted_at=at.isoformat(timespec="seconds"),
        received_at=(at + timedelta(minutes=5)).isoformat(timespec="seconds"),
        prediction=Prediction(label, SCORES, flags, "test"),
    )


def burst(end: datetime = NOW, minutes: int = 80, authors: bool = True) -> list[Case]:
    """Eight negative comments about the kipsalade within ``minutes``, the last at ``end``."""
    step = minutes / (len(BURST_TEXTS) - 1)
    start = end - timedelta(minutes=minutes)
    return [
        comment(text, start + timedelta(minutes=round(i * step)), author=f"Klant {i}" if authors else "")
        for i, text in enumerate(BURST_TEXTS)
    ]


def scattered_month(end: datetime = NOW, days: int = 30) -> list[Case]:
    """A month of ordinary complaints, about one a day at varying hours, by a few regulars."""
    cases = []
    for day in range(days):
        at = end - timedelta(days=day, hours=(day * 7) % 10)
        cases.append(comment(ORDINARY[day % len(ORDINARY)], at, author=f"Vaste klant {day % 6}"))
    for week in range(4):  # and some praise and questions in between
        at = end - timedelta(days=week * 7 + 3)
        cases.append(comment("Heerlijke appeltaart, dank jullie wel!", at, "positief", f"Fan {week}"))
        cases.append(comment("Zijn jullie open op tweede paasdag?", at + timedelta(hours=2), "vraag"))
    return cases


def history(path: Path, cases: list[Case], lessons: dict[int, str] | None = None) -> Path:
    with CaseStore.open(path) as store:
        for i, case in enumerate(cases):
            if lessons and i in lessons:
                case.lessons = [Lesson(lessons[i])]
        store.bulk_insert(cases)
    return path
