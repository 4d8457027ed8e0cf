"""Who works with Reageerwijzer now: one name for the whole window, chosen on this machine.

It is not an account and proves nothing (anyone at the keyboard can pick any name); it is what
the history records with what someone drafts, approves, sends back or changes. The history
screen loads it from the history and remembers changes there; every screen that shows it
(the history's 'Je naam', the save form's 'Opgesteld door') follows :func:`current_person`.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QObject, Signal


class CurrentPerson(QObject):
    changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = ""

    def set(self, name: str) -> None:
        name = " ".join(name.split())
        if name != self.name:
            self.name = name
            self.changed.emit(name)


@cache
def current_person() -> CurrentPerson:
    """The one CurrentPerson of this application (made on first use)."""
    return CurrentPerson(QCoreApplication.instance())
