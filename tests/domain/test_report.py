from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.report import Pseudonyms, build_report, clean_text, previous_months
from app.store.reporting import ReportQueries
from tests.report_fixture import fill


@pytest.fixture
def report_store(tmp_path: Path):
    store = fill(tmp_path / "h.sqlite3")
    yield store
    store.close()


def test_numbers_of_the_month(report_store) -> None:
    report = build_report(ReportQueries(report_store), "2026-10", "Bakkerij Test")
    assert report.count == 8 and report.previous_count == 3
    assert dict(report.by_category)["klacht"] == 3
    assert dict(report.by_platform) == {"Facebook": 3, "X": 2, "Instagram": 1, "Google-reviews": 1, "Threads": 1}
    assert report.median_minutes == pytest.approx(30, abs=0.01)  # 5, 10, 20, 30 | 45, 90, 600, 2000
    assert report.within_hour == pytest.approx(5 / 8)
    assert report.within_day == pytest.approx(7 / 8)
    assert [(p.month, p.count) for p in report.trend][-2:] == [("2026-09", 3), ("2026-10", 8)]
    assert report.repeat_writers == []  # Sanne has two negative cases; the rule (app.domain.writers) asks three
    assert report.open_follow_ups == 2
    assert report.lessons == [("Pakketten beter inpakken", ["levering"])]
    assert "bezorging" in dict(report.topics)
    assert "In oktober 2026 kwamen er 8 reacties binnen. Dat is 5 meer dan de maand ervoor (3)." in report.summary()[0]


def test_pseudonymise_and_leave_out(report_store) -> None:
    third = report_store.get(1)
    third.id, third.lessons, third.text = None, [], "Alweer te laat, nu al voor de derde keer."
    report_store.save(third)
    report = build_report(ReportQueries(report_store), "2026-10", anonymise="pseudoniem")
    assert report.repeat_writers == [("Schrijver 1", 3)]
    everything = " ".join(c.author + c.text + c.reply for c in report.notable + report.follow_ups)
    assert "Sanne" not in everything and "Piet" not in everything and "Lotte" not in everything
    left_out = build_report(ReportQueries(report_store), "2026-10", anonymise="weglaten")
    assert all(c.author == "" for c in left_out.notable)


def test_empty_month_is_a_friendly_report(report_store) -> None:
    report = build_report(ReportQueries(report_store), "2025-01")
    assert report.empty and report.count == 0
    assert "geen reacties" in report.summary()[0]


def test_clean_text() -> None:
    assert clean_text("a\x00b\x07c\u202ed") == "abcd"
    long = clean_text("x" * 1_000_000, 400)
    assert len(long) == 400 and long.endswith("…")


def test_pseudonyms_are_stable_and_scrub_text() -> None:
    names = Pseudonyms("pseudoniem")
    assert names.name("Sanne de Vries") == "Schrijver 1"
    assert names.name("Kees") == "Schrijver 2"
    assert names.name("sanne de vries") == "Schrijver 1"
    assert names.scrub("Hoi Sanne, sorry Sanne de Vries!", ["Sanne de Vries"]) == "Hoi Schrijver 1, sorry Schrijver 1!"


def test_previous_months_cross_the_year() -> None:
    assert previous_months("2026-02", 4) == ["2025-11", "2025-12", "2026-01", "2026-02"]


def test_report_topics_match_detect_topic() -> None:
    """The report normalises each text once; its topic must be exactly what drafting's detect_topic says."""
    import re

    from app.domain.drafting import detect_topic
    from app.domain.replies import shipped_templates
    from app.domain.report import _topic
    from app.domain.textnorm import _plain, normalise
    from app.nlp.corpus import read_examples
    from tests.report_fixture import OCTOBER

    topics = [t for t in shipped_templates().complaint_topics if t.id != "overig"]
    root = Path(__file__).resolve().parent.parent.parent
    texts = [e.text for e in read_examples(root / "nl_model" / "corpus" / "train.jsonl")][:400]
    texts += [row[-1] for row in OCTOBER]
    for text in texts:
        assert _topic(text, normalise(text), topics) == detect_topic(text, topics), text
        full = " ".join(re.sub(r"[^a-z0-9€]+", " ", _plain(text)).split())
        assert normalise(text) == full, text  # the quick path for ASCII text gives what the Unicode pass gives


def test_month_cases_keep_when_a_lesson_was_written(report_store) -> None:
    """One row→case mapping: the report's cases carry their lessons as the history stores them."""
    (first,) = [c for c in ReportQueries(report_store).month_cases("2026-10") if c.lessons]
    assert first.lessons[0].created_at == "2026-10-01T10:30:00+00:00"
    assert first.lessons == report_store.get(first.id).lessons


def test_response_times_only_count_a_known_posting_time(report_store) -> None:
    before = build_report(ReportQueries(report_store), "2026-10")
    case = report_store.get(1)
    case.posted_at = None  # entered without knowing when it was posted
    report_store.save(case)
    report = build_report(ReportQueries(report_store), "2026-10")
    assert report.count == before.count and report.timed == before.timed - 1
    assert any("Bij 1 van de 8 reacties is niet bekend wanneer" in line for line in report.summary())
    assert not any("niet bekend wanneer" in line for line in before.summary())


def test_the_report_opens_on_the_month_just_ended_in_the_first_week() -> None:
    from datetime import date

    from app.domain.report import default_report_month

    assert default_report_month(date(2026, 12, 1), ["2026-11", "2026-10"]) == "2026-11"
    assert default_report_month(date(2026, 1, 7), ["2025-12"]) == "2025-12"
    assert default_report_month(date(2026, 12, 8), ["2026-11"]) == "2026-12"
    assert default_report_month(date(2026, 12, 2), ["2026-10"]) == "2026-12"  # nothing last month
