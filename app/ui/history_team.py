"""The history's team parts: who works here now (a name on this machine, no account), the approval
box of a case (who drafted, approved or sent back, with the comments; approve or send back), and
the earlier versions of a saved reply. Widgets only: the history screen runs the store calls."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.approval import EVENT_APPROVED, EVENT_SENT_BACK, EVENT_SUBMITTED, ReplyRevision, TeamEvent
from app.domain.case import Case
from app.domain.flowchart import APPROVAL_SENT_BACK, APPROVAL_WAITING, Flowchart
from app.ui.history_model import local_time
from app.ui.person import current_person
from app.ui.widgets import esc


class PersonChooser(QWidget):
    """'Je naam' with the names used on this machine; typing a new one makes it the current person."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setMinimumContentsLength(12)
        self.combo.setAccessibleName(self.tr("Je naam"))
        explanation = self.tr(
            "Wie nu met Reageerwijzer werkt. Dit is een naam op deze computer, geen account en geen "
            "wachtwoord: iedereen hier kan elke naam kiezen. De naam wordt vastgelegd bij wat je opstelt, "
            "goedkeurt, terugstuurt of aanpast."
        )
        self.combo.setToolTip(explanation)
        line = self.combo.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("typ je naam"))
        label = QLabel(self.tr("&Je naam:"))
        label.setBuddy(self.combo)
        hint = QLabel(self.tr("(op deze computer, geen account)"))
        hint.setToolTip(explanation)
        hint.setEnabled(False)
        row.addWidget(label)
        row.addWidget(self.combo)
        row.addWidget(hint)
        line.editingFinished.connect(self._chosen)
        self.combo.activated.connect(lambda _i: self._chosen())
        current_person().changed.connect(self._follow)

    def name(self) -> str:
        return " ".join(self.combo.currentText().split())

    def set_people(self, current: str, people: list[str]) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItems(people)
        self.combo.setEditText(current)
        self.combo.blockSignals(False)
        current_person().set(current)

    def _chosen(self) -> None:
        if self.name():
            current_person().set(self.name())

    def _follow(self, name: str) -> None:
        """The name was chosen elsewhere (the save form): show it here too."""
        if name != self.name():
            self.combo.setEditText(name)


class TeamBox(QGroupBox):
    """Approval of one case: its story so far, and approve / send back / offer again."""

    approveRequested = Signal()
    sendBackRequested = Signal(str)
    resubmitRequested = Signal()

    def __init__(self, flow: Flowchart, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Goedkeuring"), parent)
        self.flow = flow
        layout = QVBoxLayout(self)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.RichText)
        self.story = QLabel()
        self.story.setWordWrap(True)
        self.story.setTextFormat(Qt.TextFormat.RichText)
        self.comment = QPlainTextEdit()
        self.comment.setPlaceholderText(self.tr("Wat moet er anders? Nodig om terug te sturen."))
        self.comment.setAccessibleName(self.tr("Opmerking bij terugsturen"))
        self.comment.setMaximumHeight(64)
        self.comment.setTabChangesFocus(True)
        self.approve_button = QPushButton(self.tr("&Goedkeuren en kopiëren"))
        self.approve_button.setToolTip(
            self.tr("Keurt het antwoord goed zoals het hierboven staat en zet het klaar om te plakken.")
        )
        self.send_back_button = QPushButton(self.tr("&Terugsturen"))
        self.resubmit_button = QPushButton(self.tr("Opnieuw ter goedkeuring aanbieden"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828")
        self.error.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.send_back_button)
        buttons.addWidget(self.resubmit_button)
        buttons.addStretch()
        for widget in (self.state, self.story, self.comment):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        self.approve_button.clicked.connect(self.approveRequested)
        self.send_back_button.clicked.connect(lambda: self.sendBackRequested.emit(self.comment.toPlainText()))
        self.resubmit_button.clicked.connect(self.resubmitRequested)
        self.comment.textChanged.connect(self._update_send_back)
        self.hide()

    def _update_send_back(self) -> None:
        self.send_back_button.setEnabled(bool(self.comment.toPlainText().strip()))

    def show_case(self, case: Case, events: list[TeamEvent]) -> None:
        role = self.flow.approval_role(case.status)
        self.error.hide()
        if not role and not events and not case.drafted_by:
            self.hide()
            return
        self.show()
        self.state.setText(self._state_text(case, role))
        self.story.setText("<ul>" + "".join(f"<li>{self._event_text(e)}</li>" for e in events) + "</ul>")
        self.story.setVisible(bool(events))
        waiting = role == APPROVAL_WAITING
        for widget in (self.comment, self.approve_button, self.send_back_button):
            widget.setVisible(waiting)
        self.resubmit_button.setVisible(role == APPROVAL_SENT_BACK)
        if not waiting:
            self.comment.clear()
        self._update_send_back()

    def _state_text(self, case: Case, role: str) -> str:
        who = esc(case.drafted_by or self.tr("iemand zonder naam"))
        if role == APPROVAL_WAITING:
            return "<b>" + esc(self.tr("Wacht op goedkeuring")) + "</b> · " + esc(self.tr("opgesteld door")) + f" {who}"
        if role == APPROVAL_SENT_BACK:
            return (
                "<b>"
                + esc(self.tr("Teruggestuurd"))
                + "</b> · "
                + esc(self.tr("pas het antwoord aan en bied het opnieuw aan"))
            )
        if case.approved_by:
            text = self.tr("Goedgekeurd door {who} op {when}").format(
                who=case.approved_by, when=local_time(case.approved_at)
            )
            return f"<b>{esc(text)}</b> · " + esc(self.tr("opgesteld door")) + f" {who}"
        return esc(self.tr("Opgesteld door")) + f" {who}"

    def _event_text(self, event: TeamEvent) -> str:
        when = esc(local_time(event.at))
        who = esc(event.by or self.tr("iemand zonder naam"))
        if event.kind == EVENT_SUBMITTED:
            text = self.tr("ter goedkeuring aangeboden")
        elif event.kind == EVENT_APPROVED:
            text = self.tr("goedgekeurd")
        elif event.kind == EVENT_SENT_BACK:
            text = self.tr("teruggestuurd")
        else:
            text = event.kind
        line = f"{when} · <b>{who}</b> {esc(text)}"
        if event.comment:
            line += f": “{esc(event.comment)}”"
        return line

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()


class RevisionList(QLabel):
    """The earlier versions of a saved reply: who changed it, when, and the text it had."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def show_revisions(self, revisions: list[ReplyRevision]) -> None:
        if not revisions:
            self.hide()
            return
        title = self.tr("Eerdere versies van het antwoord ({n})").format(n=len(revisions))
        items = []
        for revision in reversed(revisions):  # the latest change first
            who = revision.by or self.tr("iemand zonder naam")
            head = self.tr("{when}, aangepast door {who}. Daarvoor stond er:").format(
                when=local_time(revision.at), who=who
            )
            previous = revision.previous or self.tr("(leeg)")
            items.append(f"<li>{esc(head)}<br><i>{esc(previous)}</i></li>")
        self.setText(f"<b>{esc(title)}</b><ul>{''.join(items)}</ul>")
        self.show()
