"""The PDF report: real numbers in it, safe with hostile text, friendly when empty."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from app.domain.report import build_report
from app.render.report_pdf import render_page_image, render_pdf
from app.store.reporting import ReportQueries
from tests.report_fixture import fill

pypdf = pytest.importorskip("pypdf")


def pdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(str(path))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


@pytest.fixture
def report_store(tmp_path: Path):
    store = fill(tmp_path / "h.sqlite3")
    yield store
    store.close()


def test_pdf_holds_the_numbers(report_store, tmp_path: Path) -> None:
    report = build_report(ReportQueries(report_store), "2026-10", "Bakkerij Test", "pseudoniem")
    assert report.repeat_writers == []  # two negative cases of one writer are not yet a repeat writer
    report = replace(report, repeat_writers=[("Schrijver 1", 3)])
    target = tmp_path / "rapport.pdf"
    pages = render_pdf(report, target)
    assert target.read_bytes().startswith(b"%PDF")
    reader = pypdf.PdfReader(str(target))
    assert len(reader.pages) == pages >= 2
    box = reader.pages[0].mediabox
    assert round(float(box.width) / 72 * 25.4) == 210 and round(float(box.height) / 72 * 25.4) == 297  # A4
    text = pdf_text(target)
    assert "Maandrapport oktober 2026" in text and "Bakkerij Test" in text
    assert "kwamen er 8 reacties binnen" in text
    assert "30 minuten" in text and "62 %" in text and "88 %" in text  # median, within 1 h (5/8), within 24 h (7/8)
    assert "Reacties per categorie" in text and "klacht" in text
    assert "Schrijver 1: 3 reacties" in text
    assert "Pakketten beter inpakken" in text
    assert "Sanne" not in text  # pseudonymised
    assert "namen gepseudonimiseerd" in text


def test_hostile_text_is_escaped_and_truncated(report_store, tmp_path: Path) -> None:
    report = build_report(ReportQueries(report_store), "2026-10")
    target = tmp_path / "rapport.pdf"
    render_pdf(report, target)
    text = pdf_text(target)
    assert "<script>alert('x')</script>" in text.replace(" ", "") or "alert('x')" in text  # shown as text, not run
    assert "bla bla bla" in text and text.count("bla") < 150  # 300 × "bla" cut down


def test_empty_month(report_store, tmp_path: Path) -> None:
    report = build_report(ReportQueries(report_store), "2025-01")
    target = tmp_path / "leeg.pdf"
    assert render_pdf(report, target) == 1
    assert "geen reacties" in pdf_text(target)


def test_preview_image_is_a_page(report_store) -> None:
    report = build_report(ReportQueries(report_store), "2026-10")
    image = render_page_image(report, 0, dpi=50)
    assert image.width() == round(210 / 25.4 * 50) and not image.isNull()


def test_english_report(report_store, tmp_path: Path) -> None:
    """The English window (or ``report --lang en``) makes the whole report English; the comments
    and replies quoted in it stay as they were written."""
    from app.domain.i18n import content_language_as

    with content_language_as("en"):
        report = build_report(ReportQueries(report_store), "2026-10", "Bakkerij Test", "pseudoniem")
        report = replace(report, repeat_writers=[("Schrijver 1", 3)])
        target = tmp_path / "report.pdf"
        render_pdf(report, target)
    text = pdf_text(target)
    assert "Monthly report October 2026" in text and "8 comments came in during October 2026" in text
    assert "30 minutes" in text and "62%" in text and "88%" in text
    assert "Comments per category" in text and "complaint" in text and "Per outcome" in text
    assert "Find out, put it right and apologise" in text  # an outcome title
    assert "Monitoring" in text  # a status
    assert "Schrijver 1: 3 comments" in text and "names pseudonymised" in text and "page 1 of" in text
    for dutch in ("Maandrapport", "Reacties per categorie", "Per uitkomst", "Geleerde lessen", "gemaakt op", "pagina"):
        assert dutch not in text
    assert "Drie weken op mijn pakket gewacht" in text or "Pakketten beter inpakken" in text  # user text unchanged
