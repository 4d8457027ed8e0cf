"""Garbage is collected on the GUI thread only (app/ui/gc_guard.py)."""

from __future__ import annotations

import gc

from pytestqt.qtbot import QtBot

from app.ui.gc_guard import GuiGarbageCollector


def test_collects_on_the_gui_thread_what_is_due(qtbot: QtBot) -> None:
    was = gc.isenabled()
    collector = GuiGarbageCollector(interval_ms=10)
    try:
        assert not gc.isenabled()
        assert collector.timer.isActive()
        gc.collect()
        assert collector.collect_due() == -1  # nothing due right after a collection
        junk = []
        for _ in range(gc.get_threshold()[0] + 50):
            node: list[object] = []
            node.append(node)  # a cycle only the collector frees
            junk.append(node)
        del junk, node
        assert collector.collect_due() >= 0
    finally:
        collector.stop()
        if not was:
            gc.disable()
    assert gc.isenabled() or not was
