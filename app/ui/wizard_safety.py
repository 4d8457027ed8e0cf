"""Safety first on the outcome page: the owner can say a comment holds a threat or hate.

The assistant misses threats. On the outcomes ``resources/safety.toml`` names under ``offer``,
two buttons let the owner mark it in one click; the outcome then leads with the same safety
block as when the assistant flagged it, and the flag is saved with the case.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.domain.replies import ReplyTemplates
from app.domain.safety import SAFETY_FLAGS, SafetyBlock, shipped_safety
from app.domain.wizard import WizardSession

# A marked button looks marked: the safety band's red.
MARKED_STYLE = "QPushButton:checked { background: #b71c1c; color: white; }"


class SafetyMarks(QWidget):
    """'Er zit een bedreiging in' / 'Haat tegen een groep': checkable, keyboard reachable.

    Emits ``changed(flags)`` with the flags the owner marked (in :data:`SAFETY_FLAGS` order).
    A flag the assistant already found shows checked and cannot be unmarked here.
    """

    changed = Signal(tuple)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(MARKED_STYLE)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self.tr("Zag de assistent iets over het hoofd?"))
        self.label.setWordWrap(True)  # narrow windows: the question wraps, the buttons stay whole
        layout.addWidget(self.label, 1)
        texts = {
            "bedreiging": (
                self.tr("Er zit een bedre&iging in"),
                self.tr("Toon eerst wat je doet bij een bedreiging: melden, bewijs bewaren, politie"),
            ),
            "haat": (
                self.tr("Haat tegen een g&roep"),
                self.tr("Toon eerst wat je doet bij haat of discriminatie: melden, bewijs bewaren, politie"),
            ),
        }
        self.buttons: dict[str, QPushButton] = {}
        self.tips = {flag: tip for flag, (_text, tip) in texts.items()}
        for flag in SAFETY_FLAGS:
            text, tip = texts[flag]
            button = QPushButton(text)
            button.setCheckable(True)
            button.setToolTip(tip)
            button.setAccessibleName(text.replace("&", ""))
            button.setAccessibleDescription(tip)
            button.toggled.connect(self._toggled)
            self.buttons[flag] = button
            layout.addWidget(button)
        self._quiet = False
        self.hide()

    def show_for(self, offered: bool, found: Iterable[str], marked: Iterable[str]) -> None:
        """``found``: the assistant's flags; ``marked``: the owner's. Hidden where not offered."""
        found, marked = set(found), set(marked)
        self._quiet = True
        for flag, button in self.buttons.items():
            button.setChecked(flag in found or flag in marked)
            button.setEnabled(flag not in found)
            button.setToolTip(self.tr("De assistent zag dit al") if flag in found else self.tips[flag])
        self._quiet = False
        self.setVisible(offered or bool(marked))

    def marked(self) -> tuple[str, ...]:
        return tuple(f for f, b in self.buttons.items() if b.isChecked() and b.isEnabled())

    def _toggled(self, _on: bool) -> None:
        if not self._quiet:
            self.changed.emit(self.marked())


def safety_block(session: WizardSession, templates: ReplyTemplates) -> SafetyBlock | None:
    """Threats and hate (the assistant's or the owner's word): the block for the chosen platform."""
    platform = templates.platform(session.comment.platform)
    return shipped_safety().block(session.flags(), platform.name, [platform.report])


def outcome_advice(session: WizardSession, with_block: bool) -> list[str]:
    """The outcome's advice; with a safety block first, without the flag advice it already covers."""
    outcome = session.outcome
    if outcome is None:
        return []
    flags = session.flags()
    if with_block:
        flags = tuple(f for f in flags if f not in SAFETY_FLAGS)
    return outcome.advice_for(flags)


def show_marks(marks: SafetyMarks, session: WizardSession) -> None:
    """The buttons for this outcome, as the assistant and the owner left them."""
    outcome = session.outcome
    offered = outcome is not None and shipped_safety().offered(outcome.id)
    found = session.prediction.flags if session.prediction else ()
    marks.show_for(offered, found, session.owner_flags)
