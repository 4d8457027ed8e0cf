"""Benchmark: how fast the window is up, and when the assistant is ready.

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/startup.py

Prints figures; asserts nothing (speed targets are checked by reading these).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

START = time.perf_counter()
ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app.store import CaseStore
    from app.ui.main_window import MainWindow

    app = QApplication(sys.argv)
    store = CaseStore.open(Path(tempfile.mkdtemp()) / "geschiedenis.sqlite3")
    window = MainWindow(store, ask_resume=lambda case: "later")
    window.show()
    app.processEvents()
    shown = time.perf_counter() - START
    ready: list[float] = []

    def poll() -> None:
        if window.assistant.state in ("ready", "failed"):
            ready.append(time.perf_counter() - START)
            app.quit()
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    app.exec()
    print(f"venster zichtbaar na {shown:.2f} s (inclusief Python- en Qt-imports)")
    print(f"assistent {window.assistant.state} na {ready[0]:.2f} s")
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
