"""The anonymised report leaks no names: the audit's reproducer (issue #16), in CSV and PDF, both modes."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

from app.cli import main
from app.domain.case import Case, Lesson
from app.domain.report import Pseudonyms, anonymised
from app.store import CaseStore

# (author, comment, reply, lesson): names as surname, handle, e-mail, short name, other writers' names.
CASES = [
    (
        "Jan de Vries",
        "De Vries hier: bestelling kwijt! Mail 1.devries@gmail.com of bel 06-12345678. Groet, Jan",
        "Hoi Jan, sorry meneer De Vries. Zie @jandevries en https://facebook.com/jan.devries",
        "Jan de Vries wil vaker gebeld worden; Fatima ook.",
    ),
    (
        "@pietbakker",
        "Piet Bakker is boos: Fatima van de kassa was onbeleefd tegen Bo.",
        "Dag Piet, we spreken Fatima aan.",
        "Piet Bakker (pietbakker) krijgt een bon.",
    ),
    ("Bo", "Bo hier, taart was heerlijk. Groetjes Bo", "Dank je Bo!", ""),
    (
        "Fatima El Amrani",
        "Fatima: waarom reageert @pietbakker niet? Jan de Vries zegt hetzelfde.",
        "Hoi Fatima, dank je wel.",
        "Fatima El Amrani terugbellen via fatima.elamrani@example.nl",
    ),
]
LEAKS = ["vries", "jan", "piet", "bakker", "fatima", "amrani", "@", "gmail", "12345678", "facebook.com"]


def _leaks(text: str) -> list[str]:
    low = text.lower()
    found = [w for w in LEAKS if w in low]
    # "Bo" as a word (not inside "bon" or "boos").
    if re.search(r"\bbo\b", low):
        found.append("bo")
    return found


@pytest.fixture
def history(tmp_path: Path) -> Path:
    path = tmp_path / "h.sqlite3"
    with CaseStore.open(path) as store:
        for day, (author, text, reply, lesson) in enumerate(CASES, start=1):
            store.save(
                Case(
                    text=text,
                    author=author,
                    platform="facebook",
                    received_at=f"2026-10-0{day}T10:00:00+00:00",
                    handled_at=f"2026-10-0{day}T11:00:00+00:00",
                    outcome="uitkomst_herstel",
                    status="beantwoord",
                    reply=reply,
                    lessons=[Lesson(lesson, created_at=f"2026-10-0{day}T11:00:00+00:00")] if lesson else [],
                )
            )
    return path


@pytest.mark.parametrize("mode", ["pseudoniem", "weglaten"])
def test_anonymised_csv_has_no_names(history: Path, tmp_path: Path, mode: str) -> None:
    target = tmp_path / "r.csv"
    code = main(
        ["report", "--month", "2026-10", "--anonymise", mode, "--db", str(history), "--out", str(target)],
        stdout=io.StringIO(),
    )
    assert code == 0
    rows = list(csv.reader(target.open(encoding="utf-8-sig", newline=""), delimiter=";"))
    assert len(rows) == 1 + len(CASES)
    body = "\n".join(";".join(r) for r in rows[1:])
    assert _leaks(body) == [], body
    assert "Schrijver" in body if mode == "pseudoniem" else "[naam]" in body


@pytest.mark.parametrize("mode", ["pseudoniem", "weglaten"])
def test_anonymised_pdf_has_no_names(qapp: object, history: Path, tmp_path: Path, mode: str) -> None:
    from pypdf import PdfReader

    target = tmp_path / "r.pdf"
    code = main(
        ["report", "--month", "2026-10", "--anonymise", mode, "--db", str(history), "--out", str(target)],
        stdout=io.StringIO(),
    )
    assert code == 0
    text = "\n".join(page.extract_text() for page in PdfReader(str(target)).pages)
    assert "Maandrapport" in text
    # The business's own texts in the PDF hold no names; leaks would come from the cases.
    assert _leaks(text.replace("Reageerwijzer", "")) == [], text


def test_names_are_kept_when_asked(history: Path) -> None:
    with CaseStore.open(history) as store:
        cases = list(anonymised(store.iter_all(), "namen"))
    assert cases[0].author == "Jan de Vries" and "1.devries@gmail.com" in cases[0].text


def test_pseudonyms_are_consistent_across_variants() -> None:
    names = Pseudonyms("pseudoniem", ["Jan de Vries", "@pietbakker"])
    expected = "Schrijver 1, Schrijver 1, Schrijver 1, Schrijver 1"
    assert names.scrub("Jan de Vries, De Vries, @jandevries, Jan") == expected
    assert names.scrub("Piet Bakker") == "Schrijver 2"  # the handle spells 'Piet Bakker': one name
    # Parts of a one-word handle count as names only when written with a capital.
    assert names.scrub("een bakker; Bakker zei") == "een bakker; Schrijver 2 zei"
    assert names.scrub("3 jan") == "3 jan"  # a short lower-case word is not a name


@pytest.mark.parametrize("handle", ["@jandevries", "jandevries", "JanDeVries", "@jan_de_vries", "@jandevries85"])
def test_a_handle_yields_the_name_it_spells(handle: str) -> None:
    names = Pseudonyms("pseudoniem", [handle])
    text = "Jan de Vries belde. Ook De Vries en meneer de Vries; @jandevries en jandevries. Groet, Jan"
    scrubbed = names.scrub(text)
    assert _leaks(scrubbed) == [], scrubbed
    assert "Schrijver 1 belde" in scrubbed
    assert names.scrub("3 jan kwam het pakket") == "3 jan kwam het pakket"  # a date, not the name


def test_a_handle_in_one_piece_is_split_after_a_first_name() -> None:
    names = Pseudonyms("weglaten", ["pietbakker", "@fatima3"])
    scrubbed = names.scrub("Piet Bakker en Fatima waren er, pietbakker ook. Bakker zei het.")
    assert _leaks(scrubbed) == [], scrubbed
    assert names.scrub("de bakker bakt") == "de bakker bakt"  # a guessed part counts only with a capital


def test_short_names_are_matched_as_whole_words_only() -> None:
    names = Pseudonyms("pseudoniem", ["Bo"])
    assert names.scrub("Bo zei: een bon, boos, bodem. Dank je Bo!") == (
        "Schrijver 1 zei: een bon, boos, bodem. Dank je Schrijver 1!"
    )
    assert "bo" not in names.scrub("groetjes van bo").split()  # a listed first name, also in lower case


def test_other_writers_and_addresses_are_scrubbed_in_every_text() -> None:
    names = Pseudonyms("pseudoniem", ["Jan de Vries", "Fatima El Amrani", "@pietbakker"])
    scrubbed = names.scrub(
        "Fatima El Amrani en Piet Bakker zijn het eens met De Vries. Mail 1.devries@gmail.com, "
        "bel 06-12345678 of kijk op https://instagram.com/pietbakker",
        ["Bo"],
    )
    assert _leaks(scrubbed) == [], scrubbed
    shown = re.match(r"Schrijver (\d) en Schrijver (\d) zijn het eens met Schrijver (\d)\.", scrubbed)
    assert shown is not None and len(set(shown.groups())) == 3, scrubbed  # three writers, three pseudonyms
    assert "[e-mail]" in scrubbed and "[telefoon]" in scrubbed and "[link]" in scrubbed


def test_a_repeated_text_is_scrubbed_again_after_a_new_writer() -> None:
    names = Pseudonyms("pseudoniem", ["Jan de Vries"])
    assert names.scrub("Dank, Sofie Mertens") == "Dank, Persoon 1"
    assert names.scrub("Meertens heeft gelijk") == "Meertens heeft gelijk"
    names.add_author("Sofie Meertens")  # the same text is not taken from what was remembered
    assert re.fullmatch(r"Schrijver \d heeft gelijk", names.scrub("Meertens heeft gelijk"))


def test_the_word_list_of_an_anonymised_report_holds_no_names(tmp_path: Path) -> None:
    from app.domain.report import build_report
    from app.store.reporting import ReportQueries

    path = tmp_path / "w.sqlite3"
    texts = [
        "pietbakker vindt de taart lekker, vries zegt het ook",
        "fatima en jan de vries klagen over de levering",
        "volgens Pietbakker is de levering traag, fatima zegt het ook",
    ]
    with CaseStore.open(path) as store:
        for i in range(30):
            store.save(
                Case(
                    text=texts[i % 3],
                    author=["@pietbakker", "Jan de Vries", "Fatima El Amrani"][i % 3],
                    platform="facebook",
                    received_at=f"2026-10-{1 + i % 28:02d}T10:00:00+00:00",
                    handled_at=f"2026-10-{1 + i % 28:02d}T11:00:00+00:00",
                    outcome="uitkomst_herstel",
                    status="beantwoord",
                )
            )
        for mode in ("pseudoniem", "weglaten"):
            report = build_report(ReportQueries(store), "2026-10", "Bakkerij", mode)
            words = [w for w, _ in report.words]
            assert "levering" in words  # the list is there
            assert not {"vries", "fatima", "pietbakker", "piet", "bakker", "jan"} & set(words), words
