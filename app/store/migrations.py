"""Ordered schema migrations of the history database (sqlite-utils Migrations).

Never edit a migration that has shipped: add a new one at the end. Each runs in
its own transaction; ``open_database`` copies the file before applying any.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATIONS = Migrations("reageerwijzer")


@MIGRATIONS(name="0001_initial")
def initial(db: Database) -> None:
    db.table("cases").create(
        {
            "id": int,
            "text": str,
            "platform": str,
            "author": str,
            "link": str,
            "posted_at": str,
            "received_at": str,
            "handled_at": str,
            "label": str,
            "scores": str,  # JSON object: category -> probability
            "flags": str,  # JSON list
            "explain": str,  # JSON list of words
            "model_version": str,
            "path": str,  # JSON list of steps (question, answer, suggested, time)
            "outcome": str,
            "reply": str,
            "status": str,
            "follow_up": str,
            "session": str,  # JSON of an unfinished wizard session, else NULL
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"text", "platform", "status", "received_at", "created_at", "updated_at"},
        defaults={"platform": "overig", "status": "open", "author": "", "link": "", "reply": ""},
    )
    db.table("cases").create_index(["status"])
    db.table("cases").create_index(["received_at"])
    db.table("cases").create_index(["author"])
    db.table("lessons").create(
        {"id": int, "case_id": int, "text": str, "tags": str, "created_at": str},
        pk="id",
        foreign_keys=[("case_id", "cases", "id")],
        not_null={"case_id", "text", "created_at"},
    )
    db.table("lessons").create_index(["case_id"])
    db.table("settings").create({"key": str, "value": str}, pk="key")
    db.table("cases").enable_fts(
        ["text", "reply", "author"], create_triggers=True, tokenize="unicode61 remove_diacritics 2"
    )
    db.table("lessons").enable_fts(["text", "tags"], create_triggers=True, tokenize="unicode61 remove_diacritics 2")


@MIGRATIONS(name="0002_training")
def training(db: Database) -> None:
    db.table("trainees").create({"id": int, "name": str, "created_at": str}, pk="id", not_null={"name", "created_at"})
    db.table("trainees").create_index(["name"], unique=True)
    db.table("practice_attempts").create(
        {
            "id": int,
            "trainee_id": int,
            "case_id": str,
            "finished_at": str,
            "score": int,
            "correct": int,
            "steps": int,
            "answers": str,  # JSON list of {question, chosen, expected, correct}
            "checked": str,  # JSON list of checklist ids the trainee ticked
            "reply": str,
        },
        pk="id",
        foreign_keys=[("trainee_id", "trainees", "id")],
        not_null={"trainee_id", "case_id", "finished_at", "score"},
    )
    db.table("practice_attempts").create_index(["trainee_id", "case_id"])
    db.table("crisis_runs").create(
        {"id": int, "trainee_id": int, "scenario_id": str, "finished_at": str, "score": int, "decisions": str},
        pk="id",
        foreign_keys=[("trainee_id", "trainees", "id")],
        not_null={"trainee_id", "scenario_id", "finished_at", "score"},
    )


@MIGRATIONS(name="0003_report_index")
def report_index(db: Database) -> None:
    # A covering index for the monthly report and month lists: every figure of a month is
    # computed from this index alone, without reading the (large) comment rows.
    db.execute(
        "CREATE INDEX IF NOT EXISTS idx_cases_month ON cases "
        "(received_at, session, label, outcome, platform, status, handled_at, posted_at, author, flags)"
    )


@MIGRATIONS(name="0004_team")
def team(db: Database) -> None:
    # Approval in a small team and changes to saved replies. Existing cases keep every field;
    # the new columns start empty. Events and revisions go when their case goes (cascade).
    db.execute("ALTER TABLE cases ADD COLUMN drafted_by TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE cases ADD COLUMN approved_by TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE cases ADD COLUMN approved_at TEXT")
    db.execute(
        "CREATE TABLE case_events (id INTEGER PRIMARY KEY, "
        "case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE, "
        "kind TEXT NOT NULL, person TEXT NOT NULL DEFAULT '', at TEXT NOT NULL, comment TEXT NOT NULL DEFAULT '')"
    )
    db.execute("CREATE INDEX idx_case_events_case ON case_events (case_id)")
    db.execute("CREATE INDEX idx_case_events_at ON case_events (at, kind, person)")
    db.execute(
        "CREATE TABLE reply_revisions (id INTEGER PRIMARY KEY, "
        "case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE, "
        "previous TEXT NOT NULL, person TEXT NOT NULL DEFAULT '', at TEXT NOT NULL)"
    )
    db.execute("CREATE INDEX idx_reply_revisions_case ON reply_revisions (case_id)")


@MIGRATIONS(name="0005_privacy")
def privacy(db: Database) -> None:
    # When a case passed the retention period and its personal data was removed (NULL: not yet).
    db.table("cases").add_column("anonymised_at", str)


@MIGRATIONS(name="0006_report_counts")
def report_counts(db: Database) -> None:
    # An index in the order of the monthly report's counts (label, outcome, platform, status), with
    # the month and the unfinished mark, so a month of 90,000 cases is counted without sorting; and
    # a small one of the finished cases that wait for a follow-up, in date order.
    db.execute(
        "CREATE INDEX IF NOT EXISTS idx_cases_counts ON cases (label, outcome, platform, status, received_at, session)"
    )
    db.execute(
        "CREATE INDEX IF NOT EXISTS idx_cases_follow_up ON cases (follow_up, status) "
        "WHERE follow_up IS NOT NULL AND session IS NULL"
    )
