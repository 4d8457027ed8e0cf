"""A history of a newer version, viewed only: nothing the window does writes to it, and a write the
user asks for ends in one clear Dutch line (app/ui/readonly.py and everything it switches off)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from app.domain.case import Case
from app.domain.profile import BusinessProfile
from app.store import CaseStore
from app.store.profile import save_profile
from app.ui import learning
from tests.radar_fixture import burst
from tests.ui.conftest import settle

WRITES = ("BEGIN IMMEDIATE", "INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER")


def _newer(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('reageerwijzer', '0099_x', '2030')"
    )
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()


@pytest.fixture
def watched(monkeypatch: pytest.MonkeyPatch, db_path: Path) -> dict[str, list[str]]:
    """Every write statement tried on a read-only connection, and every read-write open of the file."""
    seen: dict[str, list[str]] = {"writes": [], "opened": []}
    open_readonly, open_rw = CaseStore.open_readonly.__func__, CaseStore.open.__func__  # type: ignore[attr-defined]

    def readonly(cls: type[CaseStore], path: Any) -> CaseStore:
        store = open_readonly(cls, path)
        store.db.conn.set_trace_callback(
            lambda sql: seen["writes"].append(sql) if sql.lstrip().upper().startswith(WRITES) else None
        )
        return store

    def read_write(cls: type[CaseStore], path: Any) -> CaseStore:
        if Path(path) == db_path:
            seen["opened"].append(str(path))
        return open_rw(cls, path)

    def tried(name: str) -> Any:
        original = getattr(CaseStore, name)

        def wrapper(self: CaseStore, *args: Any, **kwargs: Any) -> Any:
            if self.read_only:
                seen["writes"].append(name)  # refused before SQLite, but still tried
            return original(self, *args, **kwargs)

        return wrapper

    monkeypatch.setattr(CaseStore, "open_readonly", classmethod(readonly))
    monkeypatch.setattr(CaseStore, "open", classmethod(read_write))
    for name in ("save", "save_many", "bulk_insert", "delete", "set_setting"):
        monkeypatch.setattr(CaseStore, name, tried(name))
    return seen


def test_nothing_in_the_background_writes_to_a_newer_history(
    qtbot: Any, make_window: Any, db_path: Path, store: CaseStore, watched: dict[str, list[str]], monkeypatch: Any
) -> None:
    now = datetime.now(UTC).replace(microsecond=0)
    store.bulk_insert(burst(end=now - timedelta(minutes=5)))  # a wave the radar would remember
    save_profile(store, BusinessProfile(name="Bakkerij Jansen", signers=["Sanne"]))
    store.save(Case("Nog niet af", "x", "Piet", session={"format": 1}))  # an unfinished case
    store.close()
    _newer(db_path)
    data = db_path.read_bytes()
    monkeypatch.setattr(learning, "OFFER_EVERY", 1)
    monkeypatch.setattr(learning.adapt, "MIN_EXAMPLES", 1)
    asked: list[Case] = []
    viewer = CaseStore.open_readonly(db_path)
    window = make_window(use_store=viewer, ask_resume=lambda case: asked.append(case) or "discard")
    qtbot.waitUntil(lambda: window.radar.report is not None or bool(window.radar.error), timeout=15000)
    window.learn_runner.drain()
    settle(window)
    assert window.radar.report is not None and window.radar.report.result.alarming  # it still looks
    assert asked == []  # no offer to continue (or throw away) a case in a history that cannot change
    assert not window.learn_offer.isVisible()
    window.wizard.intake.text.setPlainText("Getypt terwijl alleen bekijken")  # e.g. by a resumed draft
    window.wizard.autosave()
    window.close()
    viewer.close()
    assert watched["writes"] == [] and watched["opened"] == []
    assert db_path.read_bytes() == data


def test_a_write_the_user_asks_for_says_so_in_one_line(
    qtbot: Any, make_window: Any, db_path: Path, store: CaseStore, watched: dict[str, list[str]]
) -> None:
    store.save(Case("Lekker brood", "x", "Sanne"))
    store.bulk_insert(burst(end=datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=5)))
    store.close()
    _newer(db_path)
    viewer = CaseStore.open_readonly(db_path)
    window = make_window(use_store=viewer)
    qtbot.waitUntil(lambda: window.radar.report is not None, timeout=15000)
    view = window.radar.open_view()
    view.statement.setPlainText("Onze eigen verklaring, aangepast.")
    view.reject()  # closing keeps what was typed: here it cannot, and the window says so
    settle(window)
    assert window.statusBar().currentMessage().startswith("Alleen bekijken")
    errors: list[str] = []
    window.history_worker.call(lambda s: s.set_setting("x", 1), None, errors.append)
    window.history_worker.call(lambda s: s.delete(1), None, errors.append)
    settle(window)
    assert len(errors) == 2
    for message in errors:
        assert "\n" not in message and "alleen bekijken" in message.lower() and "Traceback" not in message
    window.close()
    viewer.close()
    assert watched["writes"] == ["set_setting"] * 2 + ["delete"]  # asked for, refused before SQLite
