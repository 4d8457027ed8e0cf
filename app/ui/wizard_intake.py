"""The wizard's intake: the comment, platform, author, when it was posted (a deliberate choice) and a link."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.categories import PLATFORMS
from app.domain.flowchart import Flowchart
from app.domain.wizard import Comment
from app.ui.widgets import heading, plain

# How "Geplaatst" was chosen: never a silent default time.
UNKNOWN, JUST_NOW, TODAY_AT, AT_DATE = "onbekend", "net", "vandaag", "datum"


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(microsecond=0).isoformat()


class PostedChoice(QWidget):
    """When the comment was posted: unknown, just now, today at a time, or a date and time.

    Unknown stays unknown (the report leaves it out of response times) instead of pretending
    that the comment was posted the moment the intake opened."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.when = QComboBox()
        for label, code in (
            (self.tr("Onbekend (telt niet mee voor je reactietijd)"), UNKNOWN),
            (self.tr("Net geplaatst"), JUST_NOW),
            (self.tr("Vandaag om…"), TODAY_AT),
            (self.tr("Op datum en tijd…"), AT_DATE),
        ):
            self.when.addItem(label, code)
        self.when.setAccessibleName(self.tr("Geplaatst op"))
        self.time = QTimeEdit(QTime.currentTime())
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(self.tr("Tijd van plaatsen, vandaag"))
        self.moment = QDateTimeEdit(QDateTime.currentDateTime())
        self.moment.setCalendarPopup(True)
        self.moment.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.moment.setAccessibleName(self.tr("Datum en tijd van plaatsen"))
        row.addWidget(self.when, 1)
        row.addWidget(self.time)
        row.addWidget(self.moment)
        self.just_now: datetime | None = None
        self.when.currentIndexChanged.connect(self._mode)
        self.time.timeChanged.connect(lambda _t: self.changed.emit())
        self.moment.dateTimeChanged.connect(lambda _t: self.changed.emit())
        self._mode()

    def mode(self) -> str:
        return str(self.when.currentData())

    def _mode(self) -> None:
        mode = self.mode()
        if mode == JUST_NOW:
            self.just_now = datetime.now(UTC)
        elif mode == TODAY_AT:
            self.time.setTime(QTime.currentTime())
        self.time.setVisible(mode == TODAY_AT)
        self.moment.setVisible(mode == AT_DATE)
        self.changed.emit()

    def posted_at(self) -> str | None:
        mode = self.mode()
        if mode == JUST_NOW:
            return iso(self.just_now or datetime.now(UTC))
        if mode == TODAY_AT:
            today = datetime.now().astimezone()
            t = self.time.time()
            return iso(today.replace(hour=t.hour(), minute=t.minute(), second=0))
        if mode == AT_DATE:
            return iso(self.moment.dateTime().toPython().astimezone())
        return None

    def set_posted(self, posted_at: str | None) -> None:
        moment = None
        if posted_at:
            try:
                moment = datetime.fromisoformat(posted_at).astimezone()
            except ValueError:
                moment = None
        if moment is None:
            self.when.setCurrentIndex(self.when.findData(UNKNOWN))
            return
        self.moment.setDateTime(QDateTime(moment.replace(tzinfo=None)))
        self.when.setCurrentIndex(self.when.findData(AT_DATE))


class IntakePage(QWidget):
    """``proceed``: show the assistant's proposed path; ``step_by_step``: walk question by question."""

    proceed = Signal()
    step_by_step = Signal()

    def __init__(self, flow: Flowchart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        intake = flow.intake
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Nieuwe reactie")))
        layout.addWidget(plain(intake.help))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("Plak hier de reactie, precies zoals hij online staat…"))
        self.text.setAccessibleName(self.tr("Tekst van de reactie"))
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(120)
        self.platform = QComboBox()
        for code, name in PLATFORMS.items():
            self.platform.addItem(name, code)
        self.platform.setAccessibleName(self.tr("Platform"))
        self.author = QLineEdit()
        self.author.setPlaceholderText(self.tr("naam of @gebruikersnaam"))
        self.author.setAccessibleName(self.tr("Schrijver"))
        self.posted = PostedChoice()
        self.link = QLineEdit()
        self.link.setPlaceholderText("https://…")
        self.link.setAccessibleName(self.tr("Link naar de reactie"))
        text_label = QLabel(self.tr("&Reactie:"))
        text_label.setBuddy(self.text)
        form.addRow(text_label, self.text)
        for label, widget in (
            (self.tr("&Platform:"), self.platform),
            (self.tr("&Schrijver:"), self.author),
            (self.tr("&Geplaatst:"), self.posted.when),
            (self.tr("&Link (optioneel):"), self.link),
        ):
            lab = QLabel(label)
            lab.setBuddy(widget)
            form.addRow(lab, self.posted if widget is self.posted.when else widget)
        layout.addLayout(form)
        for tip in intake.tips:
            layout.addWidget(plain(tip, muted=True))
        layout.addLayout(self._buttons())
        layout.addStretch()
        self.text.textChanged.connect(self._enable)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self, activated=self._try_proceed)
        self.author.returnPressed.connect(self._try_proceed)
        self.link.returnPressed.connect(self._try_proceed)

    def _buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        buttons.addStretch()
        self.next_button = QPushButton(self.tr("Stap voor st&ap"))
        self.next_button.setToolTip(self.tr("Elke vraag apart beantwoorden, met uitleg en voorbeeld"))
        self.next_button.setEnabled(False)
        self.next_button.clicked.connect(self.step_by_step)
        self.propose_button = QPushButton(self.tr("&Voorstel bekijken →"))
        self.propose_button.setToolTip(self.tr("Ctrl+Enter: de hele weg die de assistent voorstelt"))
        self.propose_button.setEnabled(False)
        self.propose_button.setDefault(True)
        self.propose_button.clicked.connect(self.proceed)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.propose_button)
        return buttons

    def _enable(self) -> None:
        has_text = bool(self.text.toPlainText().strip())
        self.next_button.setEnabled(has_text)
        self.propose_button.setEnabled(has_text)

    def _try_proceed(self) -> None:
        if self.propose_button.isEnabled():
            self.proceed.emit()

    def comment(self) -> Comment:
        return Comment(
            text=self.text.toPlainText(),
            platform=self.platform.currentData(),
            author=self.author.text().strip(),
            posted_at=self.posted.posted_at(),
            link=self.link.text().strip(),
        )

    def load(self, comment: Comment) -> None:
        self.text.setPlainText(comment.text)
        index = self.platform.findData(comment.platform)
        self.platform.setCurrentIndex(max(0, index))
        self.author.setText(comment.author)
        self.link.setText(comment.link)
        self.posted.set_posted(comment.posted_at)

    def clear(self) -> None:
        self.text.clear()
        self.author.clear()
        self.link.clear()
        self.platform.setCurrentIndex(0)
        self.posted.set_posted(None)
