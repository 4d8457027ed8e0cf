"""Garbage collection on the GUI thread only.

Python's cycle collector runs in whichever thread happens to allocate when a threshold is passed. When
that is a history or model worker and the cycle holds a Qt object made on the GUI thread, the object is
destroyed on the wrong thread and the process can crash. As qutebrowser does, automatic collection is
switched off and a timer on the GUI thread collects instead, the generation that is due."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class GuiGarbageCollector(QObject):
    """Switches off automatic collection and collects from a timer on the GUI thread."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.collect_due)
        gc.disable()
        self.timer.start()

    def collect_due(self) -> int:
        """Collect the oldest generation whose count passed its threshold (the rule gc itself uses);
        returns the generation collected, -1 when none was due."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        for generation in (2, 1, 0):
            if thresholds[generation] and counts[generation] > thresholds[generation]:
                gc.collect(generation)
                return generation
        return -1

    def stop(self) -> None:
        """Back to automatic collection (after a last collection here)."""
        self.timer.stop()
        gc.collect()
        gc.enable()
