"""The month's CSV streamed as field tuples (app/store/reporting.py iter_month_fields)."""

from __future__ import annotations

import io
from pathlib import Path

from app.domain.anonymise import anonymised, anonymised_fields
from app.domain.case import Case, Lesson
from app.domain.export import write_csv, write_csv_fields
from app.store import CaseStore
from app.store.reporting import CSV_SKIP, ReportQueries


def test_csv_fields_match_the_case_path(tmp_path: Path) -> None:
    """The streamed CSV (field tuples from SQL) is byte for byte the CSV made from cases."""
    with CaseStore.open(tmp_path / "h.sqlite3") as store:
        store.save(
            Case(
                "=SOM(A1) Fatima hielp niet; mail jan@example.nl",
                "facebook",
                "Jan de Vries",
                received_at="2026-10-03T10:00:00+00:00",
                posted_at="2026-10-03T09:00:00+00:00",
                handled_at="2026-10-03T11:30:00+00:00",
                reply="Sorry Jan, groet Bo",
                status="beantwoord",
                lessons=[Lesson("Bo belt terug", ["x"]), Lesson("-Fatima inwerken", [])],
            )
        )
        store.save(Case("Top | gedaan", "x", "", received_at="2026-10-05T10:00:00+00:00"))
        queries = ReportQueries(store)
        for mode in ("namen", "pseudoniem", "weglaten"):
            old, new = io.StringIO(), io.StringIO()
            authors = queries.month_authors("2026-10")
            write_csv(anonymised(queries.iter_month_cases("2026-10", CSV_SKIP), mode, authors), old)
            write_csv_fields(anonymised_fields(queries.iter_month_fields("2026-10"), mode, authors), new)
            assert new.getvalue() == old.getvalue()


def test_export_fields_match_the_case_path(tmp_path: Path) -> None:
    """`cases export --format csv` streams fields from SQL: byte for byte the CSV made from cases,
    for every filter, with unfinished walks, lessons, flags, formulas and earlier replies."""
    from app.domain.wizard import Prediction
    from app.store.cases import CaseFilter
    from app.store.reporting import iter_export_fields

    with CaseStore.open(tmp_path / "h.sqlite3") as store:
        first = store.save(
            Case(
                "=SOM(A1) niet goed",
                "facebook",
                "Jan",
                received_at="2026-10-03T10:00:00+00:00",
                handled_at="2026-10-03T11:30:00+00:00",
                prediction=Prediction("klacht", {"klacht": 0.9}, ("haat",), "v1"),
                reply="Sorry",
                status="beantwoord",
                lessons=[Lesson("Bo belt terug", ["x"]), Lesson("-Fatima inwerken", [])],
            )
        )
        changed = store.get(first)
        assert changed is not None
        changed.reply = "Sorry, echt"
        store.save(changed, by="Els")  # an earlier reply: the revisions column
        store.save(Case("Top | gedaan", "instagram", "", received_at="2026-11-05T10:00:00+00:00"))
        store.save(Case("nog bezig", "x", "Bo", session={"answers": {}}, received_at="2026-10-06T10:00:00+00:00"))
        for filters in (
            None,
            CaseFilter(month="2026-10"),
            CaseFilter(platform="instagram"),
            CaseFilter(label="klacht"),
        ):
            old, new = io.StringIO(), io.StringIO()
            write_csv(store.iter_cases(filters, skip=CSV_SKIP), old)
            write_csv_fields(iter_export_fields(store, filters), new)
            assert new.getvalue() == old.getvalue()
        assert old.getvalue().count("\r\n") == 2  # the header and the one case with label 'klacht'
        assert old.getvalue().rstrip().endswith(";1")  # with its one earlier reply
