"""The radar's reads of a real history file, and the crisis plan in the stored profile."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from app.domain.profile import BusinessProfile
from app.domain.radar_plan import CrisisPlan, Role
from app.nlp.topics import analyse_topics
from app.store import CaseStore
from app.store.profile import load_profile, save_crisis_plan, save_profile
from app.store.radar import RadarQueries, check, mark_follow_up_done
from tests.radar_fixture import NOW, burst, comment, history, scattered_month


def test_rows_since_uses_the_time_index_and_posting_time(db_path: Path) -> None:
    late = comment("Te laat geleverd", NOW - timedelta(days=10), author="A")
    late.received_at = NOW.isoformat()  # posted ten days ago, handled in today: counts as ten days ago
    history(db_path, [late, *burst()])
    with CaseStore.open(db_path) as store:
        queries = RadarQueries(store)
        rows = queries.rows_since(NOW - timedelta(days=1))
        assert len(rows) == 8 and all(r.negative for r in rows)
        assert len(queries.rows_since(NOW - timedelta(days=11))) == 9
        plan = " ".join(
            str(r[-1])
            for r in store.db.execute(
                "EXPLAIN QUERY PLAN SELECT id, posted_at, received_at, author, outcome, label, flags "
                "FROM cases WHERE received_at >= ?",
                ["2026-03-01"],
            )
        )
        assert "USING COVERING INDEX" in plan or "USING INDEX" in plan


def test_known_authors_ignores_case_and_goes_by_posting_time(db_path: Path) -> None:
    imported = comment("Te duur", NOW - timedelta(days=9), author="Piet")
    imported.received_at = NOW.isoformat()  # imported today, written nine days ago
    history(db_path, [comment("Lekker", NOW - timedelta(days=5), "positief", "Sanne de Vries"), imported])
    with CaseStore.open(db_path) as store:
        queries = RadarQueries(store)
        assert queries.known_authors(["sanne de vries", "nieuw"], NOW) == {"sanne de vries"}
        assert queries.known_authors(["sanne de vries"], NOW - timedelta(days=6)) == set()
        assert queries.known_authors(["piet"], NOW - timedelta(days=1)) == {"piet"}


def test_check_over_a_history_with_a_burst(db_path: Path) -> None:
    history(db_path, scattered_month() + burst())
    with CaseStore.open(db_path) as store:
        save_profile(store, BusinessProfile(name="Bakkerij Jansen", signers=["Sanne"], voice="wij", register="u"))
        report = check(store, NOW, analyse_topics)
    data = report.to_dict()
    assert data["level"] == "crisis" and data["kind"] == "voedselveiligheid"
    assert "de kipsalade" in data["statement"] and "Hebt u klachten?" in data["statement"]
    assert [c["role"] for c in data["checklist"]][:4] == ["monitor", "draft", "approve", "post"]
    assert "openlijk" in data["pause"]
    assert len(report.comments) == len(data["cases"])
    assert report.comments[0].when >= report.comments[-1].when
    assert data["pause_message"]


def test_calm_history_gives_no_statement(db_path: Path) -> None:
    history(db_path, scattered_month())
    with CaseStore.open(db_path) as store:
        data = check(store, NOW, analyse_topics).to_dict()
    assert data["level"] == "rustig" and "statement" not in data


def test_follow_up_after_the_storm_from_cases_and_lessons(db_path: Path) -> None:
    cases = scattered_month() + burst()
    history(db_path, cases, lessons={len(cases) - 1: "Koelcel elke ochtend controleren"})
    with CaseStore.open(db_path) as store:
        report = check(store, NOW + timedelta(days=2), analyse_topics)
        assert report.result.level == "rustig"
        [follow_up] = report.follow_ups
        assert "Op 14 maart kreeg ik 8 reacties over de kipsalade." in follow_up.draft
        assert "Koelcel elke ochtend controleren." in follow_up.draft
        mark_follow_up_done(store, follow_up.episode.id)
        assert check(store, NOW + timedelta(days=2), analyse_topics).follow_ups == ()


def test_saving_the_profile_form_keeps_the_crisis_plan(db_path: Path) -> None:
    with CaseStore.open(db_path) as store:
        save_profile(store, BusinessProfile(name="Oud"))
        save_crisis_plan(store, CrisisPlan([Role("approve", "Bram", "06-12345678")], {"levering": "Eigen."}))
        assert load_profile(store).name == "Oud"
        save_profile(store, BusinessProfile(name="Nieuw"))  # the settings form carries no plan
        loaded = load_profile(store)
    assert loaded.name == "Nieuw"
    assert loaded.plan.role("approve").name == "Bram"
    assert loaded.plan.statements == {"levering": "Eigen."}


def test_the_monthly_report_reminds_to_follow_up_on_a_wave(db_path: Path) -> None:
    from app.domain.report import build_report
    from app.store.reporting import ReportQueries

    history(db_path, scattered_month() + burst())
    with CaseStore.open(db_path) as store:
        before = build_report(ReportQueries(store), "2026-03").summary()
        assert not any("golf" in line for line in before)  # the radar has not seen it yet
        check(store, NOW, analyse_topics)
        lines = build_report(ReportQueries(store), "2026-03").summary()
        [wave] = [line for line in lines if "golf" in line]
        assert "Op 14 maart kwam er een golf van 8 negatieve reacties over de kipsalade." in wave
        assert "Plaats een opvolgbericht" in wave
        assert not any("golf" in line for line in build_report(ReportQueries(store), "2026-02").summary())
        report = check(store, NOW + timedelta(days=2), analyse_topics)
        mark_follow_up_done(store, report.follow_ups[0].episode.id)
        lines = build_report(ReportQueries(store), "2026-03").summary()
    [wave] = [line for line in lines if "golf" in line]
    assert "Daarover is een opvolgbericht geplaatst." in wave
