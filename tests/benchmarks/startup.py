"""Benchmark: how fast the window is up, and when the assistant is ready.

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/startup.py [--runs N]

Starts the app the way ``reageerwijzer`` does (``app.cli.main``: argument parsing, opening and
migrating a fresh history, translations, the window) in a fresh Python process per run, and
measures from the moment the process was created (Linux: /proc; elsewhere from the first line of
this script) until the window is shown and exposed, and until the assistant is ready; also the
process's own CPU time until the window is shown (a figure that hardly changes with other load on
the machine, for comparing two versions on a busy one). With ``--runs N`` it prints every run and
the median. Prints figures; asserts nothing.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SCRIPT_START = time.perf_counter()
ROOT = Path(__file__).resolve().parent.parent.parent


def _process_age() -> float:
    """Seconds since this process was created (interpreter start-up included) where the OS says so."""
    try:
        ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return uptime - ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return time.perf_counter() - SCRIPT_START


def one_run() -> int:
    """In this process: start the app, print 'shown S ready R' and quit."""
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QCoreApplication, QTimer

    from app.cli import main as app_main
    from app.ui.main_window import MainWindow

    original_show = MainWindow.show
    figures: dict[str, float] = {}

    def show(window: MainWindow) -> None:
        original_show(window)
        while not (window.windowHandle() and window.windowHandle().isExposed()):
            QCoreApplication.processEvents()
        QCoreApplication.processEvents()  # the first paint
        figures["shown"] = _process_age()
        figures["cpu"] = time.process_time()  # this process's CPU time: hardly depends on other load

        def poll() -> None:
            if window.assistant.state in ("ready", "failed"):
                figures["ready"] = _process_age()
                window.close()
                QCoreApplication.quit()
            else:
                QTimer.singleShot(20, poll)

        QTimer.singleShot(0, poll)

    MainWindow.show = show  # type: ignore[method-assign]
    with tempfile.TemporaryDirectory() as folder:
        app_main(["--db", str(Path(folder) / "geschiedenis.sqlite3")])
    print(f"shown {figures['shown']:.3f} ready {figures.get('ready', float('nan')):.3f} cpu {figures['cpu']:.3f}")
    return 0


def main(argv: list[str]) -> int:
    if "--one" in argv:
        return one_run()
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 1
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    shown: list[float] = []
    ready: list[float] = []
    cpu: list[float] = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, __file__, "--one"], capture_output=True, text=True, env=env, check=True
        ).stdout.split()
        shown.append(float(out[1]))
        ready.append(float(out[3]))
        cpu.append(float(out[5]))
        print(
            f"venster zichtbaar na {shown[-1]:.2f} s (processortijd {cpu[-1]:.2f} s); "
            f"assistent klaar na {ready[-1]:.2f} s"
        )
    if runs > 1:
        print(
            f"mediaan over {runs} starts: venster {statistics.median(shown):.2f} s "
            f"(snelste {min(shown):.2f} s, processortijd {statistics.median(cpu):.2f} s), "
            f"assistent {statistics.median(ready):.2f} s"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
