"""Screenshots of the crisis radar (run under Xvfb): the banner, the crisis view, the crisis plan
and the follow-up after the storm, on the radar tests' example history (a burst about the
kipsalade in an ordinary month), at a given window size.

    xvfb-run -a -s "-screen 0 1400x950x24" .venv/bin/python packaging/radar_screenshots.py [1366 768] [--out DIR]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("size", nargs="*", type=int, default=[1366, 768])
    parser.add_argument("--out", default=str(ROOT / "packaging" / "screenshots"))
    parser.add_argument("--suffix", default="")
    args = parser.parse_args()
    width, height = args.size
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    app.setStyle("Fusion")
    from app.domain.profile import BusinessProfile
    from app.domain.radar_plan import CrisisPlan, Role
    from app.store import CaseStore
    from app.store.profile import save_profile
    from app.ui.main_window import MainWindow
    from tests.radar_fixture import NOW, burst, history, scattered_month

    path = Path(tempfile.mkdtemp()) / "geschiedenis.sqlite3"
    cases = scattered_month() + burst()
    history(path, cases, lessons={len(cases) - 1: "Koelcel elke ochtend controleren en de temperatuur noteren"})
    roles = [Role("monitor", "Aysel", "06-12345678"), Role("draft", "Marieke", "06-87654321"), Role("approve", "Jan")]
    with CaseStore.open(path) as store:
        profile = BusinessProfile(name="Bakkerij De Korenschoof", signers=["Marieke"], voice="wij")
        profile.email, profile.crisis = "info@korenschoof.nl", CrisisPlan([*roles, Role("post", "Marieke")])
        save_profile(store, profile)
    window = MainWindow(path, ask_resume=lambda case: "later")
    window.resize(width, height)
    window.show()
    window.radar.now = lambda: NOW
    window.radar.refresh()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    def grab(widget: Any, name: str) -> None:
        app.processEvents()
        widget.grab().save(str(out / f"{name}{args.suffix}.png"))

    def when_checked(at: Any, then: Any) -> None:
        report = window.radar.report
        if report is None or report.result.now != at:
            QTimer.singleShot(200, lambda: when_checked(at, then))
        else:
            then()

    def banner() -> None:
        grab(window, "crisisradar")
        view = window.radar.open_view()
        QTimer.singleShot(300, lambda: (grab(view, "crisisoverzicht"), plan(view)))

    def plan(view: Any) -> None:
        dialog = view.edit_plan()
        QTimer.singleShot(800, lambda: (grab(dialog, "crisisplan"), dialog.done(0), view.done(0), later()))

    def later() -> None:
        after = NOW + timedelta(days=2)
        window.radar.now = lambda: after
        window.radar.refresh()
        when_checked(after, follow_up)

    def follow_up() -> None:
        dialog = window.radar.open_follow_up()
        QTimer.singleShot(300, lambda: (grab(dialog, "opvolging"), app.quit()))

    QTimer.singleShot(300, lambda: when_checked(NOW, banner))
    QTimer.singleShot(90_000, app.quit)
    app.exec()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
