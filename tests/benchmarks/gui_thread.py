"""Benchmark: how long the GUI thread is busy with the history, now that a worker does the work.

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/gui_thread.py [--cases 20000]

For an autosave, a history refresh and a search on a filled history it prints: the time the same
store calls take when made directly (what the GUI thread used to spend), the time the GUI thread
now spends handing the work to the history worker, and the time until the result is back on the
GUI thread. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def _median(runs: int, fn: Callable[[], None]) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from app.domain.case import Case
    from app.store import CaseFilter, CaseStore
    from app.ui.main_window import MainWindow
    from app.ui.wizard import DraftSlot, store_case
    from tests.benchmarks.generate_history import generate

    app = QApplication(sys.argv)
    path = Path(tempfile.mkdtemp()) / "geschiedenis.sqlite3"
    with CaseStore.open(path) as store:
        generate(store, args.cases, "2026-10")

    def no_assistant() -> None:
        raise OSError("benchmark zonder assistent")

    window = MainWindow(path, assistant_loader=no_assistant, ask_resume=lambda case: "later")
    window.show()
    worker = window.history_worker
    worker.drain()
    wizard, history = window.wizard, window.history
    wizard.intake.text.setPlainText("Al drie weken wacht ik op mijn bestelling en niemand reageert.")
    wizard.intake.author.setText("Piet Post")
    wizard.autosave()
    worker.drain()

    with CaseStore.open(path) as direct:
        slot = DraftSlot(wizard.case_id)
        before = {
            "autosave (lezen + schrijven)": _median(
                args.runs, lambda: store_case(direct, Case(text="tussentijds", author="Piet Post"), slot)
            ),
            "geschiedenis verversen": _median(
                args.runs,
                lambda: (
                    direct.list(CaseFilter(), limit=200),
                    direct.count_matching(CaseFilter()),
                    direct.negative_counts_by_author(),
                ),
            ),
            "zoeken ('bestelling')": _median(args.runs, lambda: direct.search("bestelling", CaseFilter(), limit=200)),
        }
    actions: dict[str, Callable[[], None]] = {
        "autosave (lezen + schrijven)": wizard.autosave,
        "geschiedenis verversen": history.refresh,
        "zoeken ('bestelling')": lambda: (history.search.setText("bestelling"), history.refresh()),
    }
    print(f"geschiedenis met {args.cases} zaken; mediaan van {args.runs} keer")
    print(f"{'':30} {'direct (oud)':>13} {'GUI-draad nu':>13} {'tot resultaat':>14}")
    for name, action in actions.items():
        gui, total = [], []
        for _ in range(args.runs):
            started = time.perf_counter()
            action()
            gui.append(time.perf_counter() - started)
            worker.drain()
            total.append(time.perf_counter() - started)
        now, back = statistics.median(gui), statistics.median(total)
        print(f"{name:30} {_ms(before[name]):>13} {_ms(now):>13} {_ms(back):>14}")
    window.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
