"""The profile form keeps the holiday and closing days that drafts answer holiday questions with."""

from __future__ import annotations

from typing import Any

from app.store import CaseStore
from app.store.profile import load_profile
from app.ui.settings import SettingsView
from app.ui.tasks import HistoryWorker


def test_holiday_days_are_saved_and_shown_again(qtbot: Any, store: CaseStore, monkeypatch: Any) -> None:
    history = HistoryWorker(store.path)
    view = SettingsView(history)
    qtbot.addWidget(view)
    monkeypatch.setattr(view, "window", _NoStatus)
    history.drain()
    view.fields["holidays"].setText("Tweede paasdag: dicht; Koningsdag: 8:00–13:00")
    assert view.save() is True
    history.drain()
    assert load_profile(store).holiday_entries() == [("Tweede paasdag", "dicht"), ("Koningsdag", "8:00–13:00")]
    again = SettingsView(history)
    qtbot.addWidget(again)
    history.drain()
    history.close()
    assert again.fields["holidays"].text() == "Tweede paasdag: dicht; Koningsdag: 8:00–13:00"


class _NoStatus:
    def statusBar(self) -> Any:
        return self

    def showMessage(self, *_args: Any) -> None:
        pass
