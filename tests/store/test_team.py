"""Approval in a small team and changes to saved replies, in the history (app/store/team.py)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils.migrations import Migrations

import app.store.db as db_module
from app.domain.approval import ApprovalError
from app.domain.case import Case, Lesson
from app.domain.flowchart import APPROVAL_SENT_BACK, APPROVAL_WAITING, shipped_flowchart
from app.errors import StoreError
from app.store import CaseFilter, CaseStore, team
from app.store.migrations import MIGRATIONS

FLOW = shipped_flowchart()
WAITING = FLOW.approval_status(APPROVAL_WAITING)
SENT_BACK = FLOW.approval_status(APPROVAL_SENT_BACK)
# An outcome where a reply is written, and the status it gets once approved.
OUTCOME = next(n for n in FLOW.outcomes if n.reply_expected and not FLOW.approval_role(n.default_status))


@pytest.fixture
def store(db_path: Path) -> Iterator[CaseStore]:
    with CaseStore.open(db_path) as opened:
        yield opened


def waiting_case(store: CaseStore, reply: str = "Wat vervelend! We lossen het op. Sanne", by: str = "Sanne") -> int:
    case = Case(text="De taart was beschimmeld.", author="Klant", outcome=OUTCOME.id, reply=reply, status=WAITING)
    case.handled_at = "2026-03-02T10:00:00+00:00"
    return store.save(case, by=by)


def test_saving_for_approval_records_who_drafted_it_and_it_is_not_handled_yet(store: CaseStore) -> None:
    case_id = waiting_case(store)
    story = team.record(store, case_id)
    assert story.case.drafted_by == "Sanne"
    assert story.case.handled_at is None  # the reply time runs on until it is approved
    assert [(e.kind, e.by) for e in story.events] == [("ingediend", "Sanne")]
    assert team.waiting_count(store) == 1
    assert [c.id for c in store.list(CaseFilter(status=WAITING))] == [case_id]


def test_the_wizard_save_uses_the_name_last_chosen_on_this_machine(store: CaseStore) -> None:
    team.remember(store, "  Fatima   el Amrani ")
    case_id = store.save(Case(text="Waar blijft mijn bestelling?", outcome=OUTCOME.id, reply="Hoi!", status=WAITING))
    assert store.get(case_id).drafted_by == "Fatima el Amrani"
    assert team.person(store) == "Fatima el Amrani"
    team.remember(store, "Piet")
    team.remember(store, "fatima EL amrani")
    assert team.people(store) == ["fatima EL amrani", "Piet"]


def test_approve_sets_the_outcome_status_approver_and_time(store: CaseStore) -> None:
    case_id = waiting_case(store)
    story = team.approve(store, case_id, "Piet")
    assert story.case.status == OUTCOME.default_status
    assert story.case.approved_by == "Piet" and story.case.approved_at
    assert story.case.handled_at == story.case.approved_at
    assert [e.kind for e in story.events] == ["ingediend", "goedgekeurd"]
    assert team.waiting_count(store) == 0
    assert team.person(store) == "Piet"  # the last name used is remembered


def test_nobody_approves_their_own_reply_and_only_waiting_replies_are_approved(store: CaseStore) -> None:
    case_id = waiting_case(store)
    with pytest.raises(ApprovalError, match="zelf"):
        team.approve(store, case_id, "sanne")
    with pytest.raises(ApprovalError, match="naam"):
        team.approve(store, case_id, "   ")
    team.approve(store, case_id, "Piet")
    with pytest.raises(ApprovalError, match="wacht niet"):
        team.approve(store, case_id, "Piet")
    with pytest.raises(StoreError):
        team.approve(store, 999, "Piet")


def test_a_reply_with_open_slots_is_not_approved(store: CaseStore) -> None:
    case_id = waiting_case(store, reply="Sorry! Je krijgt [vul in: wat je aanbiedt]. Sanne")
    with pytest.raises(ApprovalError, match="open plek"):
        team.approve(store, case_id, "Piet")
    story = team.approve(store, case_id, "Piet", reply="Sorry! Je krijgt een nieuwe taart. Sanne")
    assert story.case.reply == "Sorry! Je krijgt een nieuwe taart. Sanne"
    assert [(r.previous, r.by) for r in story.revisions] == [
        ("Sorry! Je krijgt [vul in: wat je aanbiedt]. Sanne", "Piet")
    ]


def test_send_back_edit_resubmit_approve(store: CaseStore) -> None:
    case_id = waiting_case(store)
    with pytest.raises(ApprovalError, match="anders moet"):
        team.send_back(store, case_id, "Piet", "  ")
    story = team.send_back(store, case_id, "Piet", "Noem wat we eraan doen")
    assert story.case.status == SENT_BACK
    assert story.events[-1].comment == "Noem wat we eraan doen"
    team.edit_reply(store, case_id, "Wat vervelend! Je krijgt een nieuwe taart. Sanne", "Sanne")
    team.submit(store, case_id, "Sanne")
    story = team.approve(store, case_id, "Piet")
    assert [(e.kind, e.by) for e in story.events] == [
        ("ingediend", "Sanne"),
        ("teruggestuurd", "Piet"),
        ("ingediend", "Sanne"),
        ("goedgekeurd", "Piet"),
    ]
    assert [r.previous for r in story.revisions] == ["Wat vervelend! We lossen het op. Sanne"]
    assert story.case.reply == "Wat vervelend! Je krijgt een nieuwe taart. Sanne"


def test_editing_a_saved_reply_keeps_the_previous_text(store: CaseStore) -> None:
    case_id = store.save(Case(text="Top service!", outcome=OUTCOME.id, reply="Dank je!", status="beantwoord"))
    team.edit_reply(store, case_id, "Dank je wel, tot snel!", "Sanne")
    team.edit_reply(store, case_id, "Dank je wel, tot snel! Sanne", "Piet")
    story = team.record(store, case_id)
    assert story.case.reply == "Dank je wel, tot snel! Sanne"
    assert [(r.previous, r.by) for r in story.revisions] == [("Dank je!", "Sanne"), ("Dank je wel, tot snel!", "Piet")]
    team.edit_reply(store, case_id, "Dank je wel, tot snel! Sanne", "Piet")  # no change: nothing recorded
    assert len(team.record(store, case_id).revisions) == 2


def test_an_unfinished_walk_is_no_revision(store: CaseStore) -> None:
    case = Case(text="Hallo?", session={"stage": "wizard"}, reply="")
    case_id = store.save(case)
    case.reply, case.session, case.outcome = "Hoi!", None, OUTCOME.id
    store.save(case)
    assert team.record(store, case_id).revisions == []


def test_a_failing_step_changes_nothing(store: CaseStore, monkeypatch: pytest.MonkeyPatch) -> None:
    case_id = waiting_case(store)
    import app.store.team as team_module

    def broken(*_args: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(team_module, "add_events", broken)
    with pytest.raises(StoreError):
        team.approve(store, case_id, "Piet", reply="Andere tekst")
    story = team.record(store, case_id)
    assert story.case.status == WAITING and story.case.reply.startswith("Wat vervelend")
    assert story.revisions == [] and [e.kind for e in story.events] == ["ingediend"]


def test_deleting_a_case_removes_its_events_and_revisions(store: CaseStore) -> None:
    case_id = waiting_case(store)
    team.edit_reply(store, case_id, "Nieuwe tekst. Sanne", "Sanne")
    store.delete(case_id)
    for table in ("case_events", "reply_revisions"):
        assert store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0


def test_month_figures_per_person(store: CaseStore) -> None:
    first, second, third = waiting_case(store), waiting_case(store, by="Piet"), waiting_case(store)
    team.approve(store, first, "Piet")
    team.send_back(store, second, "Sanne", "Te kort")
    month = team.record(store, first).case.approved_at[:7]  # type: ignore[index]
    figures = team.month_figures(store.db, month)
    people = {p.name: (p.drafted, p.approved, p.sent_back) for p in figures.people}
    assert people == {"Sanne": (2, 0, 1), "Piet": (1, 1, 0)}
    assert figures.waiting == 1 and third
    assert team.month_figures(store.db, "1999-01").people == ()


# ---------------------------------------------------------------- migration 0004


def _history_before_team(path: Path, monkeypatch: pytest.MonkeyPatch) -> list[dict[str, object]]:
    """A history as the version before 0004 made it: 150 cases (one unfinished), with lessons."""
    older = Migrations(MIGRATIONS.name)
    for migration in MIGRATIONS._migrations:
        if migration.name < "0004":
            older(name=migration.name)(migration.fn)
    monkeypatch.setattr(db_module, "MIGRATIONS", older)
    statuses = ["open", "beantwoord", "monitoren", "geescaleerd", "geen_reactie"]
    store = CaseStore.open(path)
    rows: list[dict[str, object]] = [
        {
            "id": i,
            "text": f"Reactie nummer {i} over de bezorging",
            "platform": "facebook",
            "author": f"Schrijver {i % 7}",
            "received_at": f"2026-0{1 + i % 3}-1{i % 10}T09:00:00+00:00",
            "handled_at": f"2026-0{1 + i % 3}-1{i % 10}T10:00:00+00:00",
            "outcome": OUTCOME.id,
            "reply": f"Antwoord {i}",
            "status": statuses[i % 5],
            "session": '{"stage": "wizard"}' if i == 3 else None,
            "created_at": "2026-01-01T00:00:00+00:00",
            "updated_at": "2026-01-01T00:00:00+00:00",
        }
        for i in range(1, 151)
    ]
    store.db["cases"].insert_all(rows)
    store.db["lessons"].insert({"case_id": 5, "text": "Sneller reageren", "tags": "[]", "created_at": "2026-01-05"})
    store.db.conn.commit()
    assert "drafted_by" not in store.db["cases"].columns_dict
    store.close()
    monkeypatch.undo()
    return rows


def test_migration_from_0003_keeps_every_case_and_backs_up_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "geschiedenis.sqlite3"
    rows = _history_before_team(path, monkeypatch)
    with CaseStore.open(path) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS._migrations)
        assert store.count() == 150
        for row in rows:
            stored = next(store.db.query("SELECT * FROM cases WHERE id = ?", [row["id"]]))
            assert {k: stored[k] for k in row} == row
            assert stored["drafted_by"] == "" and stored["approved_by"] == "" and stored["approved_at"] is None
        assert [lesson.text for lesson in store.get(5).lessons] == ["Sneller reageren"]
        assert len(store.search("bezorging", limit=500)) == 150
        assert store.integrity_ok()
        # The migrated history works at once: a case goes up for approval and is approved.
        team.submit(store, 2, "Sanne")
        assert team.approve(store, 2, "Piet").case.approved_by == "Piet"
    (backup,) = tmp_path.glob("*voor-migratie*")
    with sqlite3.connect(backup) as old:
        assert old.execute("SELECT count(*) FROM cases").fetchone()[0] == 150
        assert "drafted_by" not in [c[1] for c in old.execute("PRAGMA table_info(cases)")]


def test_lessons_survive_a_step(store: CaseStore) -> None:
    case = Case(text="Te laat!", outcome=OUTCOME.id, reply="Sorry. Sanne", status=WAITING, lessons=[Lesson("Bellen")])
    case_id = store.save(case, by="Sanne")
    team.send_back(store, case_id, "Piet", "Bied een gebaar aan")
    assert [lesson.text for lesson in store.get(case_id).lessons] == ["Bellen"]
