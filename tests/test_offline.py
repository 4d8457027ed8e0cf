"""The app makes no network calls: every socket is refused while the main jobs run."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    attempts: list[Any] = []

    def refuse(self: socket.socket, address: Any) -> None:
        attempts.append(address)
        raise OSError("netwerk is uitgeschakeld in deze test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: refuse(None, a))  # type: ignore[arg-type]
    return attempts


def test_classify_suggest_and_report_without_network(no_network: list[Any], tmp_path: Path, qapp: Any) -> None:
    from app.domain.report import build_report
    from app.domain.suggest import suggest
    from app.nlp.pipeline import Assistant
    from app.render.report_pdf import render_pdf
    from app.store.reporting import ReportQueries
    from tests.report_fixture import fill

    assistant = Assistant.load()
    analysis = assistant.analyse("Al drie weken wacht ik op mijn pakket, waardeloos!")
    result = suggest(analysis.to_dict(), "Al drie weken wacht ik op mijn pakket, waardeloos!", platform="facebook")
    assert result["draft"]
    store = fill(tmp_path / "h.sqlite3")
    render_pdf(build_report(ReportQueries(store), "2026-10"), tmp_path / "r.pdf")
    store.close()
    assert no_network == []
