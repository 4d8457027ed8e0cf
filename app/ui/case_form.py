"""The status / follow-up / lesson form, one widget for the wizard's save box and the history's edit box."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.domain.case import Lesson
from app.domain.flowchart import APPROVAL_WAITING, Flowchart
from app.ui.person import current_person


def parse_tags(text: str) -> list[str]:
    """'levering, toon,,snelheid ' → ['levering', 'toon', 'snelheid']."""
    return [tag.strip() for tag in text.split(",") if tag.strip()]


class CaseForm(QGroupBox):
    """Status, follow-up date, a lesson and its labels.

    ``follow_days``: how far ahead the follow-up date starts. The lesson is always a small
    multi-line editor; ``lesson_hint`` says whether it is the case's lesson or one more lesson.
    Its labels are the wizard's (translation context ``OutcomePage``), so both screens read alike.
    """

    def __init__(
        self,
        flow: Flowchart,
        title: str,
        *,
        lesson_hint: str,
        tags_hint: str,
        follow_days: int = 0,
        person_row: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.flow = flow
        form = QFormLayout(self)
        self.form = form
        self.status = QComboBox()
        for status in flow.statuses:
            self.status.addItem(status.label, status.id)
        self.status.setAccessibleName(QCoreApplication.translate("OutcomePage", "Status"))
        self.follow_check = QCheckBox(QCoreApplication.translate("OutcomePage", "Opvolgen op"))
        self.follow_date = QDateEdit(QDate.currentDate().addDays(follow_days))
        self.follow_date.setCalendarPopup(True)
        self.follow_date.setDisplayFormat("dd-MM-yyyy")
        self.follow_date.setEnabled(False)
        self.follow_date.setAccessibleName(QCoreApplication.translate("OutcomePage", "Opvolgdatum"))
        self.follow_check.toggled.connect(self.follow_date.setEnabled)
        follow_row = QHBoxLayout()
        follow_row.addWidget(self.follow_check)
        follow_row.addWidget(self.follow_date)
        follow_row.addStretch()
        self.lesson = QPlainTextEdit()
        self.lesson.setPlaceholderText(lesson_hint)
        self.lesson.setAccessibleName(QCoreApplication.translate("OutcomePage", "Geleerde les"))
        self.lesson.setMaximumHeight(80)
        self.lesson.setTabChangesFocus(True)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(tags_hint)
        self.tags.setAccessibleName(QCoreApplication.translate("OutcomePage", "Labels bij de les"))
        status_label = QLabel(QCoreApplication.translate("OutcomePage", "&Status:"))
        status_label.setBuddy(self.status)
        form.addRow(status_label, self.status)
        form.addRow("", follow_row)
        lesson_label = QLabel(QCoreApplication.translate("OutcomePage", "L&es:"))
        lesson_label.setBuddy(self.lesson)
        form.addRow(lesson_label, self.lesson)
        tags_label = QLabel(QCoreApplication.translate("OutcomePage", "La&bels:"))
        tags_label.setBuddy(self.tags)
        form.addRow(tags_label, self.tags)
        if person_row:
            self._add_person_row()

    # ------------------------------------------------------------ values

    def status_id(self) -> str:
        return str(self.status.currentData())

    def set_status(self, status: str | None) -> None:
        index = self.status.findData(status)
        if index >= 0:
            self.status.setCurrentIndex(index)

    def follow_up(self) -> str | None:
        return self.follow_date.date().toString("yyyy-MM-dd") if self.follow_check.isChecked() else None

    def set_follow_up(self, value: str | None) -> None:
        self.follow_check.setChecked(bool(value))
        self.follow_date.setEnabled(bool(value))
        if value:
            self.follow_date.setDate(QDate.fromString(str(value)[:10], "yyyy-MM-dd"))

    def new_lesson(self) -> Lesson | None:
        text = self.lesson.toPlainText().strip()
        return Lesson(text, parse_tags(self.tags.text())) if text else None

    def state(self) -> dict[str, Any]:
        """What autosave keeps (the lesson as typed, not stripped)."""
        return {
            "status": self.status.currentData(),
            "follow_up": self.follow_up(),
            "lesson": self.lesson.toPlainText(),
            "tags": self.tags.text(),
        }

    def restore(self, state: dict[str, Any]) -> None:
        self.set_status(state.get("status"))
        if state.get("follow_up"):
            self.set_follow_up(str(state["follow_up"]))
        self.lesson.setPlainText(str(state.get("lesson") or ""))
        self.tags.setText(str(state.get("tags") or ""))

    def clear_lesson(self) -> None:
        self.lesson.clear()
        self.tags.clear()

    # ------------------------------------------------------------ approval: who drafted it

    def _add_person_row(self) -> None:
        """'Opgesteld door', shown when the case is saved for approval: the name on this machine."""
        self.person = QLineEdit(current_person().name)
        self.person.setPlaceholderText(QCoreApplication.translate("CaseForm", "typ je naam"))
        self.person.setAccessibleName(QCoreApplication.translate("CaseForm", "Opgesteld door"))
        self.person.setToolTip(
            QCoreApplication.translate(
                "CaseForm",
                "Een naam op deze computer, geen account: een collega keurt het antwoord goed of stuurt het terug.",
            )
        )
        row = QHBoxLayout()
        row.addWidget(self.person, 1)
        hint = QLabel(QCoreApplication.translate("CaseForm", "(op deze computer, geen account)"))
        hint.setEnabled(False)
        row.addWidget(hint)
        label = QLabel(QCoreApplication.translate("CaseForm", "Opgesteld &door:"))
        label.setBuddy(self.person)
        self.form.insertRow(1, label, row)  # under the status it belongs to
        self._person_row = row
        self.person.editingFinished.connect(lambda: current_person().set(self.person.text()))
        current_person().changed.connect(self._follow_person)
        self.status.currentIndexChanged.connect(self._show_person_row)
        self._show_person_row()

    def drafted_by(self) -> str | None:
        """The name typed at 'Opgesteld door' when it is asked (saving for approval), made the
        window's name at once: a save by Ctrl+S while still typing uses what was typed."""
        person = getattr(self, "person", None)
        if person is None or not self.form.isRowVisible(self._person_row):
            return None
        current_person().set(person.text())
        return current_person().name

    def _follow_person(self, name: str) -> None:
        if self.person.text().strip() != name:
            self.person.setText(name)

    def _show_person_row(self) -> None:
        waiting = self.flow.approval_role(self.status_id()) == APPROVAL_WAITING
        self.form.setRowVisible(self._person_row, waiting)
