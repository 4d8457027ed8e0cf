"""Names of people who are not writers leave anonymised text (app/domain/privacy_names.py)."""

from __future__ import annotations

import time

import pytest

from app.domain.anonymise import Pseudonyms, anonymised
from app.domain.case import Case, Lesson
from app.domain.privacy_names import NameFinder


def _names(text: str, keep: tuple[str, ...] = ()) -> list[str]:
    return [text[a:b] for a, b in NameFinder(keep).spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gisteren hielp Fatima mij niet", ["Fatima"]),
        ("Bo heeft ons goed geholpen.", ["Bo"]),  # a listed first name, also at the start of a sentence
        ("fatima was onbeleefd", ["fatima"]),  # a listed first name in lower case
        ("Groeten aan meneer De Vries!", ["De Vries"]),
        ("juf bo en mevrouw van Dam zeiden het", ["bo", "van Dam"]),
        ("Vraag maar aan Jan de Vries of Ayşe Yılmaz", ["Jan de Vries", "Ayşe Yılmaz"]),
        ("Ben erg blij. Wil graag meer. Ik ben Ben.", ["Ben"]),  # homographs only where a name is expected
        ("ECHT SLECHT, op Maandag via Facebook", []),  # shouting, days and platforms are no names
        ("mijn collega heeft gelijk", []),
        ("Op 3 jan kwam het pakket", []),
    ],
)
def test_finds_names_of_people(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


def test_business_words_are_kept() -> None:
    assert _names("Lekker bij De Korenschoof, Sanne", ("Bakkerij De Korenschoof",)) == ["Sanne"]


def test_pseudonymised_in_every_field_consistently() -> None:
    case = Case(
        "Fatima van de kassa was onbeleefd; meneer De Vries zag het ook",
        "facebook",
        "Kees",
        reply="Sorry Kees, we spreken Fatima erop aan. Groet, Bo",
        lessons=[Lesson("Bo moet Fatima inwerken", ["personeel"])],
    )
    (copy,) = anonymised([case], "pseudoniem", ["Kees"])
    every = " ".join([copy.author, copy.text, copy.reply, *(lesson.text for lesson in copy.lessons)])
    for name in ("Fatima", "Vries", "Kees", "Bo "):
        assert name not in every
    assert copy.text.startswith("Persoon 1 van de kassa")
    assert "Persoon 1 erop aan" in copy.reply  # the same person keeps the same pseudonym
    (dropped,) = anonymised([case], "weglaten", ["Kees"])
    assert "[naam]" in dropped.text and "Fatima" not in dropped.text


def test_linear_time_on_hostile_text() -> None:
    names = Pseudonyms("pseudoniem", ["Jan de Vries"])
    text = ("Aa " * 30_000) + ("meneer " * 30_000) + ("de " * 30_000)
    started = time.perf_counter()
    names.scrub(text)
    assert time.perf_counter() - started < 10.0  # linear: milliseconds; backtracking: minutes


@pytest.mark.parametrize("gap", [" ", "\t", ", "])
def test_linear_time_on_a_long_run_of_spaces(gap: str) -> None:
    names = Pseudonyms("pseudoniem", ["Jan de Vries"])
    for text in ("Jan" + gap * 100_000 + "de", "meneer" + gap * 100_000 + "x", "Fatima" + gap * 100_000 + "Bo"):
        started = time.perf_counter()
        scrubbed = names.scrub(text)
        assert time.perf_counter() - started < 10.0  # linear: milliseconds; backtracking: minutes
        assert "Jan" not in scrubbed and "Fatima" not in scrubbed and "Bo" not in scrubbed


def test_a_capital_that_grows_in_lower_case_keeps_the_places() -> None:
    # 'İ'.lower() is two characters: the places of names found in lower case must still fit the text.
    scrubbed = Pseudonyms("pseudoniem").scrub("İlker zei het. Groet, Marieke en fatima")
    assert "Marieke" not in scrubbed and "fatima" not in scrubbed and "ersoon" in scrubbed, scrubbed
