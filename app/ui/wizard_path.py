"""The fast path: every question with the answer the assistant proposes, on one page.

One look shows the whole way to the outcome, each step with its pre-selected answer, the
assistant's confidence and reason. "Klopt" (Enter) accepts it; any step opens in place to
change its answer (the rest of the path follows). Where the assistant is unsure or has no
opinion the walk stops at that question, open, until the person chooses.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.flowchart import Node
from app.domain.wizard import ProposedStep
from app.ui.widgets import heading, plain
from app.ui.wizard_pages import percent, quote

CHOSEN_STYLE = "QRadioButton:checked { font-weight: bold; }"
OPEN_STYLE = "QFrame#step { border: 2px solid palette(highlight); border-radius: 6px; }"


class StepRow(QFrame):
    """One question on the path: the answer that stands, why, and (opened) all answers."""

    chosen = Signal(str, str)  # node id, answer id

    def __init__(
        self, number: int, step: ProposedStep, reason: str, opened: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.step = step
        self.setObjectName("step")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        top = QHBoxLayout()
        self.question = QLabel(f"{number}. {step.node.question}")
        self.question.setWordWrap(True)
        font = self.question.font()
        font.setBold(True)
        self.question.setFont(font)
        top.addWidget(self.question, 1)
        self.change = QPushButton(self.tr("Wijzigen"))
        self.change.setCheckable(True)
        self.change.setAccessibleName(self.tr("Wijzig het antwoord op: {q}").format(q=step.node.question))
        top.addWidget(self.change, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.summary = plain()
        layout.addWidget(self.summary)
        self.answers = QWidget()
        answers = QVBoxLayout(self.answers)
        answers.setContentsMargins(16, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        for answer in step.node.answers:
            radio = QRadioButton(answer.label)
            radio.setStyleSheet(CHOSEN_STYLE)
            radio.setProperty("answer_id", answer.id)
            self.group.addButton(radio)
            answers.addWidget(radio)
            self.radios[answer.id] = radio
        if step.answer_id in self.radios:
            self.radios[step.answer_id].setChecked(True)
        self.group.buttonClicked.connect(lambda b: self.chosen.emit(step.node.id, str(b.property("answer_id"))))
        layout.addWidget(self.answers)
        self._summary(reason)
        if step.open:
            self.setStyleSheet(OPEN_STYLE)
            self.change.hide()
        self.change.setChecked(opened)
        self.answers.setVisible(opened or step.open)
        self.change.toggled.connect(self.answers.setVisible)

    def _summary(self, reason: str) -> None:
        step = self.step
        if step.open:
            self.summary.setText(reason)
            return
        assert step.answer_id is not None
        label = step.node.answer(step.answer_id).label
        who = self.tr("jouw keuze") if step.chosen_by_user else reason
        self.summary.setText(f"✓ {label}" + (f"   ({who})" if who else ""))
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)


class PathPage(QWidget):
    """The proposed path. Emits ``accepted`` (Klopt), ``changed(node, answer)``, ``step_by_step`` and ``back``."""

    accepted = Signal()
    changed = Signal(str, str)
    step_by_step = Signal()
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[StepRow] = []
        self.opened: set[str] = set()
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Voorstel van de assistent"), 1.3))
        self.comment = plain()
        self.comment.setAccessibleName(self.tr("De reactie"))
        self.comment.setStyleSheet("font-style: italic")
        layout.addWidget(self.comment)
        self.intro = plain(muted=True)
        layout.addWidget(self.intro)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self.steps_box = QVBoxLayout(body)
        self.steps_box.setContentsMargins(0, 0, 0, 0)
        self.steps_box.addStretch()
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        self.outcome = heading("", 1.1)
        self.outcome.setAccessibleName(self.tr("Uitkomst van dit pad"))
        layout.addWidget(self.outcome)
        layout.addLayout(self._nav())
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.back.emit)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self, activated=self._accept)

    def _nav(self) -> QHBoxLayout:
        nav = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← &Terug"))
        self.back_button.setToolTip(self.tr("Esc"))
        self.back_button.clicked.connect(self.back)
        self.steps_button = QPushButton(self.tr("&Stap voor stap"))
        self.steps_button.setToolTip(self.tr("Elke vraag apart beantwoorden, met uitleg en voorbeeld"))
        self.steps_button.clicked.connect(self.step_by_step)
        self.accept_button = QPushButton(self.tr("&Klopt →"))
        self.accept_button.setToolTip(self.tr("Enter: naar de uitkomst"))
        self.accept_button.setDefault(True)
        self.accept_button.clicked.connect(self._accept)
        nav.addWidget(self.back_button)
        nav.addWidget(self.steps_button)
        nav.addStretch()
        nav.addWidget(self.accept_button)
        return nav

    def show_path(
        self,
        steps: list[ProposedStep],
        outcome: Node | None,
        comment: str,
        reading: str,
        words: tuple[str, ...],
        waiting: bool = False,
    ) -> None:
        """Rebuild the rows for a (new) proposal; keeps which steps the person opened.

        ``reading``: how the assistant reads the comment ("klacht (55 %) of grap (40 %)");
        ``words``: the words that drove it."""
        for row in self.rows:
            self.steps_box.removeWidget(row)
            row.hide()  # gone at once, not only when the event loop deletes it
            row.deleteLater()
        self.rows = []
        self.comment.setText(quote(comment, 200))
        for number, step in enumerate(steps, 1):
            why = self.reason(step, reading, words if number == 1 else ())
            row = StepRow(number, step, why, step.node.id in self.opened)
            row.chosen.connect(self._chosen)
            row.change.toggled.connect(lambda on, node=step.node.id: self._toggled(node, on))
            self.steps_box.insertWidget(self.steps_box.count() - 1, row)
            row.show()
            self.rows.append(row)
        stopped = bool(steps) and steps[-1].open
        self.accept_button.setEnabled(outcome is not None)
        if outcome is not None:
            self.intro.setText(
                self.tr(
                    "Zo loopt de assistent het schema door. Klopt het? Druk op Enter. Anders: Wijzigen bij een stap."
                )
            )
            self.outcome.setText(self.tr("Uitkomst: {title}").format(title=outcome.title))
        elif waiting:
            self.intro.setText(
                self.tr("De assistent leest nog mee; zijn voorstel verschijnt zo. Je kunt ook zelf kiezen.")
            )
        else:
            self.intro.setText(self.tr("De assistent weet het bij de laatste vraag niet zeker: kies daar zelf."))
            self.outcome.setText(self.tr("Uitkomst: nog niet bekend"))
        if stopped:
            first = next(iter(self.rows[-1].radios.values()), None)
            if first is not None:
                first.setFocus()
        else:
            self.accept_button.setFocus()

    def _chosen(self, node_id: str, answer_id: str) -> None:
        self.opened.discard(node_id)
        self.changed.emit(node_id, answer_id)

    def _toggled(self, node_id: str, on: bool) -> None:
        if on:
            self.opened.add(node_id)
        else:
            self.opened.discard(node_id)

    def _accept(self) -> None:
        if self.isVisible() and self.accept_button.isEnabled():
            self.accepted.emit()

    def reset(self) -> None:
        self.opened.clear()

    def reason(self, step: ProposedStep, reading: str, words: tuple[str, ...]) -> str:
        """Why the assistant proposes this answer, or why it stops here."""
        suggestion = step.suggestion
        if suggestion is None:
            return self.tr("De assistent heeft hier geen voorstel: dit weet alleen jij. Kies zelf.")
        if suggestion.uncertain:
            first = step.node.answer(suggestion.answer_id).label
            second = step.node.answer(suggestion.alternative or suggestion.answer_id).label
            return self.tr("De assistent twijfelt tussen ‘{first}’ en ‘{second}’ ({reading}). Kies zelf.").format(
                first=first, second=second, reading=reading
            )
        if suggestion.reason != "label":
            return self.tr("voorstel: de assistent ziet '{flag}' in de reactie").format(flag=suggestion.reason)
        why = self.tr("voorstel, {p} zeker").format(p=percent(suggestion.confidence))
        if words:
            why += ", " + self.tr("vanwege: {words}").format(words=", ".join(words))
        return why
