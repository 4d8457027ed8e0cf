"""The guided wizard: intake, one question per page, outcome with draft, save."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.case import Case, Lesson
from app.domain.categories import CATEGORY_NAMES, PLATFORMS
from app.domain.drafting import Draft, Drafter, copy_warnings
from app.domain.flowchart import Flowchart, Node
from app.domain.profile import BusinessProfile
from app.domain.replies import open_slots, platform_length, shipped_templates
from app.domain.topics import TopicAnalysis
from app.domain.wizard import Comment, WizardError, WizardSession
from app.errors import ReageerwijzerError
from app.nlp.topics import analyse_topics
from app.store import CaseStore
from app.store.profile import load_profile
from app.ui.assistant import AssistantService
from app.ui.flowmap import FlowMap
from app.ui.widgets import SlotHighlighter, answer_buttons, card, esc, heading, plain, scrolling

AUTOSAVE_MS = 1200
# Outcomes of negative comments: where a thread can get out of hand and a pause may be needed.
PAUSE_OUTCOMES = frozenset(
    {
        "uitkomst_herstel",
        "uitkomst_onwaarheid",
        "uitkomst_actueel",
        "uitkomst_beledigend",
        "uitkomst_grap",
        "uitkomst_laten_staan",
    }
)
ANALYSE_DEBOUNCE_MS = 450


def quote(text: str, limit: int = 280) -> str:
    """The comment, shortened, as a reminder above the question."""
    text = " ".join(text.split())
    return f"“{text if len(text) <= limit else text[: limit - 1].rstrip() + '…'}”" if text else ""


def _percent(value: float | None) -> str:
    """'87 %'; never '100 %' or '0 %': the assistant is never certain."""
    return f"{min(99, max(1, round(value * 100)))} %" if value is not None else ""


class IntakePage(QWidget):
    proceed = Signal()

    def __init__(self, flow: Flowchart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        intake = flow.intake
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Nieuwe reactie")))
        layout.addWidget(plain(intake.help))
        form = QFormLayout()
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("Plak hier de reactie, precies zoals hij online staat…"))
        self.text.setAccessibleName(self.tr("Tekst van de reactie"))
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(140)
        self.platform = QComboBox()
        for code, name in PLATFORMS.items():
            self.platform.addItem(name, code)
        self.platform.setAccessibleName(self.tr("Platform"))
        self.author = QLineEdit()
        self.author.setPlaceholderText(self.tr("naam of @gebruikersnaam"))
        self.author.setAccessibleName(self.tr("Schrijver"))
        self.posted = QDateTimeEdit(QDateTime.currentDateTime())
        self.posted.setCalendarPopup(True)
        self.posted.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.posted.setAccessibleName(self.tr("Geplaatst op"))
        self.link = QLineEdit()
        self.link.setPlaceholderText("https://…")
        self.link.setAccessibleName(self.tr("Link naar de reactie"))
        text_label = QLabel(self.tr("&Reactie:"))
        text_label.setBuddy(self.text)
        form.addRow(text_label, self.text)
        for label, widget in (
            (self.tr("&Platform:"), self.platform),
            (self.tr("&Schrijver:"), self.author),
            (self.tr("&Geplaatst op:"), self.posted),
            (self.tr("&Link (optioneel):"), self.link),
        ):
            lab = QLabel(label)
            lab.setBuddy(widget)
            form.addRow(lab, widget)
        layout.addLayout(form)
        for tip in intake.tips:
            layout.addWidget(plain("💡 " + tip, muted=True))
        buttons = QHBoxLayout()
        buttons.addStretch()
        self.next_button = QPushButton(self.tr("&Verder →"))
        self.next_button.setToolTip(self.tr("Ctrl+Enter"))
        self.next_button.setEnabled(False)
        self.next_button.clicked.connect(self.proceed)
        buttons.addWidget(self.next_button)
        layout.addLayout(buttons)
        layout.addStretch()
        self.text.textChanged.connect(lambda: self.next_button.setEnabled(bool(self.text.toPlainText().strip())))
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self, activated=self._try_proceed)
        self.author.returnPressed.connect(self._try_proceed)
        self.link.returnPressed.connect(self._try_proceed)

    def _try_proceed(self) -> None:
        if self.next_button.isEnabled():
            self.proceed.emit()

    def comment(self) -> Comment:
        posted = self.posted.dateTime().toPython().astimezone(UTC).replace(microsecond=0).isoformat()
        return Comment(
            text=self.text.toPlainText(),
            platform=self.platform.currentData(),
            author=self.author.text().strip(),
            posted_at=posted,
            link=self.link.text().strip(),
        )

    def load(self, comment: Comment) -> None:
        self.text.setPlainText(comment.text)
        index = self.platform.findData(comment.platform)
        self.platform.setCurrentIndex(max(0, index))
        self.author.setText(comment.author)
        self.link.setText(comment.link)
        if comment.posted_at:
            try:
                moment = datetime.fromisoformat(comment.posted_at).astimezone()
                self.posted.setDateTime(QDateTime(moment.replace(tzinfo=None)))
            except ValueError:
                pass

    def clear(self) -> None:
        self.text.clear()
        self.author.clear()
        self.link.clear()
        self.platform.setCurrentIndex(0)
        self.posted.setDateTime(QDateTime.currentDateTime())


class QuestionPage(QWidget):
    answered = Signal(str)
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.step = plain(muted=True)
        self.comment = plain()
        self.comment.setAccessibleName(self.tr("De reactie"))
        self.comment.setStyleSheet("font-style: italic")
        self.question = heading("", 1.5)
        self.help = plain()
        self.example = plain()
        self.example.setStyleSheet("font-style: italic")
        self.suggestion = plain()
        self.suggestion.setAccessibleName(self.tr("Voorstel van de assistent"))
        layout.addWidget(self.step)
        layout.addWidget(self.comment)
        layout.addWidget(self.question)
        layout.addWidget(self.help)
        layout.addWidget(self.example)
        self.suggestion_box = card()
        box_layout = QVBoxLayout(self.suggestion_box)
        box_layout.addWidget(self.suggestion)
        layout.addWidget(self.suggestion_box)
        self.answers_box = QVBoxLayout()
        layout.addLayout(self.answers_box)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        nav = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← &Terug"))
        self.back_button.setToolTip(self.tr("Esc"))
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(self.tr("&Volgende →"))
        self.next_button.setToolTip(self.tr("Enter"))
        self.next_button.setEnabled(False)
        self.next_button.clicked.connect(self._next)
        nav.addWidget(self.back_button)
        nav.addStretch()
        nav.addWidget(self.next_button)
        layout.addStretch()
        layout.addLayout(nav)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.back.emit)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self, activated=self._next)

    def show_question(self, node: Node, number: int, chosen: str | None, comment: str = "") -> None:
        self.node = node
        self.comment.setText(quote(comment))
        self.step.setText(self.tr("Vraag {n}").format(n=number))
        self.question.setText(node.question)
        self.help.setText(node.help)
        self.example.setText(self.tr("Voorbeeld: {example}").format(example=node.example))
        self.buttons = answer_buttons(
            node,
            box=self.answers_box,
            group=self.group,
            old=self.buttons,
            reserved={"t", "v"},
            on_toggle=lambda _on: self.next_button.setEnabled(self.group.checkedButton() is not None),
        )
        if chosen and chosen in self.buttons:
            self.buttons[chosen].setChecked(True)
        self.next_button.setEnabled(self.group.checkedButton() is not None)
        if self.buttons:
            (self.buttons.get(chosen or "") or next(iter(self.buttons.values()))).setFocus()

    def show_suggestion(
        self, node: Node, suggestion: Any, explain: tuple[str, ...], state: str, reading: str = ""
    ) -> None:
        marker = "   ← " + self.tr("voorstel assistent")
        maybe = "   ← " + self.tr("misschien")
        unsure = suggestion is not None and suggestion.uncertain
        for answer_id, button in self.buttons.items():
            suggested = suggestion is not None and not unsure and suggestion.answer_id == answer_id
            possible = unsure and answer_id in (suggestion.answer_id, suggestion.alternative)
            text = button.text().removesuffix(marker).removesuffix(maybe)
            button.setText(text + marker if suggested else text + maybe if possible else text)
            if suggested:
                button.setStyleSheet("font-weight: bold; border: 2px solid palette(highlight);")
            elif possible:
                button.setStyleSheet("border: 2px dashed palette(highlight);")
            else:
                button.setStyleSheet("")
        if unsure:
            first = node.answer(suggestion.answer_id).label
            second = node.answer(suggestion.alternative).label
            self.suggestion.setText(
                self.tr("De assistent twijfelt tussen ‘{first}’ en ‘{second}’.").format(first=first, second=second)
                + (" " + self.tr("Hij leest dit als {reading}.").format(reading=reading) if reading else "")
                + "\n"
                + self.tr("Lees de reactie nog eens en kies zelf; er is niets vooraf gekozen.")
            )
        elif suggestion is not None:
            label = node.answer(suggestion.answer_id).label
            if suggestion.reason != "label":
                why = self.tr("de assistent ziet '{flag}' in de reactie").format(flag=suggestion.reason)
            else:
                why = reading
                if explain:
                    why += (", " if why else "") + self.tr("vanwege: {words}").format(words=", ".join(explain))
            self.suggestion.setText(
                self.tr("Voorstel van de assistent: {answer}").format(answer=label)
                + (f" — {why}" if why else "")
                + "\n"
                + self.tr("Jij beslist: kies gerust iets anders.")
            )
        elif state == "loading":
            self.suggestion.setText(self.tr("De assistent wordt geladen… je kunt alvast zelf kiezen."))
        elif state == "failed":
            self.suggestion.setText(self.tr("De assistent is niet beschikbaar; kies zelf het beste antwoord."))
        else:
            self.suggestion.setText(self.tr("De assistent heeft hier geen voorstel: dit weet alleen jij."))

    def selected(self) -> str | None:
        button = self.group.checkedButton()
        return button.property("answer_id") if button else None

    def _next(self) -> None:
        answer = self.selected()
        if answer and self.isVisible():
            self.answered.emit(answer)


class OutcomePage(QWidget):
    back = Signal()
    save = Signal()

    def __init__(self, flow: Flowchart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flow = flow
        self.draft: Draft | None = None
        self.comment_text = ""
        self.profile = BusinessProfile()
        self.count = "chars"
        self.limit = 0
        outer = QVBoxLayout(self)
        layout = scrolling(outer)
        self.title = heading("", 1.5)
        self.comment = plain()
        self.comment.setAccessibleName(self.tr("De reactie"))
        self.comment.setStyleSheet("font-style: italic")
        layout.addWidget(self.comment)
        self.summary = plain()
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.setTextFormat(Qt.TextFormat.RichText)
        self.advice.setAccessibleName(self.tr("Advies"))
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.advice)
        layout.addWidget(self.warnings)

        self.reply_box = QGroupBox(self.tr("Je antwoord"))
        reply_layout = QVBoxLayout(self.reply_box)
        self.checklist_box = QGridLayout()
        self.checks: dict[str, QCheckBox] = {}
        for i, item in enumerate(flow.checklist):
            check = QCheckBox(item.label)
            check.setToolTip(item.help)
            check.setAccessibleDescription(item.help)
            self.checks[item.id] = check
            self.checklist_box.addWidget(check, i // 2, i % 2)
        reply_layout.addWidget(plain(self.tr("Kernelementen: vink af wat je antwoord heeft."), muted=True))
        reply_layout.addLayout(self.checklist_box)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Concept van het antwoord"))
        self.editor.setMinimumHeight(170)
        self.editor.setTabChangesFocus(True)
        self.highlighter = SlotHighlighter(self.editor.document())
        reply_layout.addWidget(self.editor)
        row = QHBoxLayout()
        self.counter = QLabel()
        self.counter.setAccessibleName(self.tr("Aantal tekens"))
        self.slots_label = QLabel()
        self.short_button = QPushButton(self.tr("Korte &versie"))
        self.short_button.clicked.connect(self._use_short)
        self.optional_button = QPushButton(self.tr("&Luchtige reactie gebruiken"))
        self.optional_button.clicked.connect(self._use_optional)
        self.copy_button = QPushButton(self.tr("&Kopiëren"))
        self.copy_button.clicked.connect(self.copy)
        self.pause_button = QPushButton(self.tr("Reacties &pauzeren…"))
        self.pause_button.setToolTip(
            self.tr("Een eerlijke tekst voor als een discussie onder je bericht uit de hand loopt")
        )
        row.addWidget(self.counter)
        row.addWidget(self.slots_label)
        row.addStretch()
        row.addWidget(self.pause_button)
        row.addWidget(self.optional_button)
        row.addWidget(self.short_button)
        row.addWidget(self.copy_button)
        reply_layout.addLayout(row)
        layout.addWidget(self.reply_box)
        self.editor.textChanged.connect(self._update_counter)

        save_box = QGroupBox(self.tr("Opslaan in de geschiedenis"))
        form = QFormLayout(save_box)
        self.status = QComboBox()
        for status in flow.statuses:
            self.status.addItem(status.label, status.id)
        self.status.setAccessibleName(self.tr("Status"))
        self.follow_check = QCheckBox(self.tr("Opvolgen op"))
        self.follow_date = QDateEdit(QDate.currentDate().addDays(3))
        self.follow_date.setCalendarPopup(True)
        self.follow_date.setDisplayFormat("dd-MM-yyyy")
        self.follow_date.setEnabled(False)
        self.follow_date.setAccessibleName(self.tr("Opvolgdatum"))
        self.follow_check.toggled.connect(self.follow_date.setEnabled)
        follow_row = QHBoxLayout()
        follow_row.addWidget(self.follow_check)
        follow_row.addWidget(self.follow_date)
        follow_row.addStretch()
        self.lesson = QPlainTextEdit()
        self.lesson.setPlaceholderText(self.tr("Wat neem je mee uit deze reactie? (optioneel)"))
        self.lesson.setAccessibleName(self.tr("Geleerde les"))
        self.lesson.setMaximumHeight(80)
        self.lesson.setTabChangesFocus(True)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("bijv. levering, toon, snelheid"))
        self.tags.setAccessibleName(self.tr("Labels bij de les"))
        status_label = QLabel(self.tr("&Status:"))
        status_label.setBuddy(self.status)
        form.addRow(status_label, self.status)
        form.addRow("", follow_row)
        lesson_label = QLabel(self.tr("L&es:"))
        lesson_label.setBuddy(self.lesson)
        form.addRow(lesson_label, self.lesson)
        tags_label = QLabel(self.tr("La&bels:"))
        tags_label.setBuddy(self.tags)
        form.addRow(tags_label, self.tags)
        layout.addWidget(save_box)
        layout.addStretch()

        nav = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← &Terug"))
        self.back_button.clicked.connect(self.back)
        self.save_button = QPushButton(self.tr("&Opslaan"))
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        self.save_button.clicked.connect(self.save)
        nav.addWidget(self.back_button)
        nav.addStretch()
        nav.addWidget(self.save_button)
        outer.addLayout(nav)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self._save_shortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.back.emit)

    def _save_shortcut(self) -> None:
        if self.isVisible():
            self.save.emit()

    def show_outcome(
        self,
        outcome: Node,
        advice: list[str],
        draft: Draft,
        limit: int,
        platform_name: str,
        *,
        comment: str = "",
        profile: BusinessProfile | None = None,
        count: str = "chars",
    ) -> None:
        self.comment.setText(quote(comment))
        self.comment_text = comment
        self.profile = profile or BusinessProfile()
        self.count = count
        self.draft = draft
        self.limit = limit
        self.platform_name = platform_name
        self.title.setText(outcome.title)
        self.summary.setText(outcome.summary)
        self.advice.setText(
            "<b>" + esc(self.tr("Advies")) + "</b><ul>" + "".join(f"<li>{esc(a)}</li>" for a in advice) + "</ul>"
        )
        if draft.warnings:
            self.warnings.setText("<ul>" + "".join(f"<li>⚠ {esc(w)}</li>" for w in draft.warnings) + "</ul>")
            self.warnings.show()
        else:
            self.warnings.hide()
        respond = outcome.respond != "nee"
        self.reply_box.setVisible(respond)
        self.editor.setPlainText(draft.text or "")
        self.short_button.setVisible(bool(draft.short))
        self.optional_button.setVisible(bool(draft.optional) and not draft.text)
        self.pause_button.setVisible(outcome.id in PAUSE_OUTCOMES)
        for check in self.checks.values():
            check.setChecked(False)
        index = self.status.findData(outcome.default_status)
        self.status.setCurrentIndex(max(0, index))
        self._update_counter()

    def _use_short(self) -> None:
        if self.draft and self.draft.short:
            self.editor.setPlainText(self.draft.short)

    def _use_optional(self) -> None:
        if self.draft and self.draft.optional:
            self.editor.setPlainText(self.draft.optional)

    def _update_counter(self) -> None:
        length = platform_length(self.editor.toPlainText(), self.count)
        if self.limit:
            over = length > self.limit
            self.counter.setText(self.tr("{n} / {limit} tekens").format(n=length, limit=self.limit))
            self.counter.setStyleSheet("color: #d32f2f; font-weight: bold;" if over else "")
            if over:
                self.counter.setText(
                    self.counter.text() + " — " + self.tr("te lang voor {p}").format(p=self.platform_name)
                )
        else:
            self.counter.setText(self.tr("{n} tekens").format(n=length))
            self.counter.setStyleSheet("")
        slots = open_slots(self.editor.toPlainText())
        self.slots_label.setText(self.tr("{n} open plek(ken)").format(n=len(slots)) if slots else "")

    def copy(self) -> bool:
        text = self.editor.toPlainText()
        slots = open_slots(text)
        if slots:
            QMessageBox.warning(
                self,
                self.tr("Nog open plekken"),
                self.tr("Vul eerst de gemarkeerde plekken in; anders komt er '[vul in: …]' online te staan:")
                + "\n\n• "
                + "\n• ".join(slots),
            )
            return False
        # The platforms' rules for business replies: no personal data in public, no reward for
        # changing a review, no request to change or remove one.
        problems = copy_warnings(text, self.comment_text, self.profile)
        if problems:
            answer = QMessageBox.question(
                self,
                self.tr("Controleer het antwoord"),
                "\n\n".join(problems) + "\n\n" + self.tr("Toch kopiëren?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        QGuiApplication.clipboard().setText(text)
        self.window().statusBar().showMessage(self.tr("Antwoord gekopieerd: plak het op het platform."), 5000)
        return True

    def ui_state(self) -> dict[str, Any]:
        return {
            "reply": self.editor.toPlainText(),
            "checked": [k for k, c in self.checks.items() if c.isChecked()],
            "status": self.status.currentData(),
            "follow_up": self.follow_date.date().toString("yyyy-MM-dd") if self.follow_check.isChecked() else None,
            "lesson": self.lesson.toPlainText(),
            "tags": self.tags.text(),
        }

    def restore_ui(self, state: dict[str, Any]) -> None:
        if state.get("reply"):
            self.editor.setPlainText(str(state["reply"]))
        for key in state.get("checked", []):
            if key in self.checks:
                self.checks[key].setChecked(True)
        index = self.status.findData(state.get("status"))
        if index >= 0:
            self.status.setCurrentIndex(index)
        if state.get("follow_up"):
            self.follow_check.setChecked(True)
            self.follow_date.setDate(QDate.fromString(str(state["follow_up"]), "yyyy-MM-dd"))
        self.lesson.setPlainText(str(state.get("lesson") or ""))
        self.tags.setText(str(state.get("tags") or ""))

    def clear(self) -> None:
        self.editor.clear()
        self.lesson.clear()
        self.tags.clear()
        self.follow_check.setChecked(False)


class WizardView(QWidget):
    """The whole wizard. Emits ``saved(case_id)`` when a case is stored."""

    saved = Signal(int)

    def __init__(
        self, flow: Flowchart, store: CaseStore, assistant: AssistantService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.flow = flow
        self.store = store
        self.assistant = assistant
        self.session: WizardSession | None = None
        self.analysis: Any = None
        self.topics: tuple[str, TopicAnalysis] | None = None
        self.case_id: int | None = None
        self.pending_ui: dict[str, Any] = {}
        self.templates = shipped_templates()

        layout = QHBoxLayout(self)
        self.stack = QStackedWidget()
        self.intake = IntakePage(flow)
        self.question_page = QuestionPage()
        self.outcome_page = OutcomePage(flow)
        for page in (self.intake, self.question_page, self.outcome_page):
            self.stack.addWidget(page)
        layout.addWidget(self.stack, 1)

        side = QVBoxLayout()
        side.addWidget(heading(self.tr("Waar ben je?"), 1.1))
        self.map = FlowMap(flow)
        side.addWidget(self.map, 0, Qt.AlignmentFlag.AlignHCenter)
        side.addWidget(plain(self.tr("Vakjes zijn vragen, rondjes uitkomsten. Blauw: jouw weg."), muted=True))
        side.addWidget(heading(self.tr("Assistent"), 1.1))
        self.assistant_label = plain()
        self.assistant_label.setAccessibleName(self.tr("Wat de assistent ziet"))
        self.assistant_label.setMaximumWidth(self.map.sizeHint().width() + 20)
        side.addWidget(self.assistant_label)
        side.addStretch()
        layout.addLayout(side)

        self.analyse_timer = QTimer(self, singleShot=True, interval=ANALYSE_DEBOUNCE_MS)
        self.analyse_timer.timeout.connect(self._analyse_now)
        self.autosave_timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave)

        self.intake.text.textChanged.connect(self._intake_changed)
        for widget in (self.intake.author, self.intake.link):
            widget.textChanged.connect(lambda _t: self.autosave_timer.start())
        self.intake.proceed.connect(self.start_questions)
        self.question_page.answered.connect(self.answer)
        self.question_page.back.connect(self.go_back)
        self.outcome_page.back.connect(self.go_back)
        self.outcome_page.save.connect(self.save_case)
        self.outcome_page.pause_button.clicked.connect(self.show_pause_message)
        self.outcome_page.editor.textChanged.connect(self.autosave_timer.start)
        self.outcome_page.lesson.textChanged.connect(self.autosave_timer.start)
        assistant.stateChanged.connect(self._assistant_state)
        assistant.analysed.connect(self._analysed)
        self._assistant_state(assistant.state)
        self._refresh_map()

    # ------------------------------------------------------------ assistant

    def _assistant_state(self, state: str) -> None:
        if state == "loading":
            self.assistant_label.setText(self.tr("Assistent wordt geladen…"))
        elif state == "failed":
            self.assistant_label.setText(
                self.tr("De assistent kon niet laden ({error}). Je kunt het schema gewoon zelf doorlopen.").format(
                    error=self.assistant.error
                )
            )
        elif state == "ready":
            self.assistant_label.setText(self.tr("Assistent klaar. Plak een reactie om mee te laten kijken."))
            if self.intake.text.toPlainText().strip():
                self._analyse_now()
        self._refresh_question()

    def _intake_changed(self) -> None:
        self.analyse_timer.start()
        self.autosave_timer.start()

    def _analyse_now(self) -> None:
        text = self.intake.text.toPlainText()
        if text.strip() and self.assistant.ready:
            self.assistant_label.setText(self.tr("Assistent leest mee…"))
            self.assistant.analyse(text)
        if text.strip():
            # What the comment is about (product, occasion, safety) for the draft, off the GUI thread.
            self.assistant.runner.submit(lambda: (text, analyse_topics(text)), self._topics_found, lambda _m: None)

    def _topics_found(self, result: tuple[str, TopicAnalysis]) -> None:
        self.topics = result

    def _analysed(self, request: int, analysis: Any) -> None:
        if request != self.assistant.latest_request:
            return  # an older text; a newer analysis is on its way
        self.analysis = analysis
        if self.session is not None and self.session.comment.text == self.intake.text.toPlainText():
            self.session.prediction = analysis.prediction()
        self._show_analysis()
        self._refresh_question()

    def _show_analysis(self) -> None:
        a = self.analysis
        if a is None:
            return
        if a.uncertain and len(a.candidates) >= 2:
            first, second = a.candidates[:2]
            lines = [
                self.tr("Twijfel: {first} ({p1}) of {second} ({p2})").format(
                    first=CATEGORY_NAMES[first],
                    p1=_percent(a.scores[first]),
                    second=CATEGORY_NAMES[second],
                    p2=_percent(a.scores[second]),
                )
            ]
        else:
            lines = [self.tr("Lijkt: {label} ({p})").format(label=CATEGORY_NAMES[a.label], p=_percent(a.confidence))]
        if a.explain and not a.uncertain:
            lines.append(self.tr("vanwege: {words}").format(words=", ".join(a.explain)))
        if a.flags:
            lines.append(self.tr("Let op: {flags}").format(flags=", ".join(a.flags)))
        found = []
        d = a.details
        for key, name in (
            ("order_numbers", self.tr("bestelnummer")),
            ("amounts", self.tr("bedrag")),
            ("dates", self.tr("datum")),
            ("emails", self.tr("e-mail")),
            ("phones", self.tr("telefoon")),
        ):
            if d.get(key):
                found.append(f"{name} {', '.join(d[key][:2])}")
        if found:
            lines.append(self.tr("Gevonden: {items}").format(items="; ".join(found)))
        self.assistant_label.setText("\n".join(lines))

    # ------------------------------------------------------------ walking

    def start_questions(self) -> None:
        comment = self.intake.comment()
        if not comment.text.strip():
            return
        prediction = None
        if self.analysis is not None and self.intake.text.toPlainText().strip():
            prediction = self.analysis.prediction()
        if self.session is None or self.session.comment.text != comment.text:
            self.session = WizardSession(self.flow, comment, prediction)
        else:
            self.session.comment = comment
            self.session.prediction = prediction or self.session.prediction
        self._show_current()
        self.autosave()

    def answer(self, answer_id: str) -> None:
        if self.session is None:
            return
        try:
            self.session.answer(answer_id)
        except WizardError as exc:
            QMessageBox.warning(self, self.tr("Dat kan niet"), str(exc))
            return
        self._show_current()
        self.autosave()

    def go_back(self) -> None:
        if self.session is None:
            return
        if self.stack.currentWidget() is self.question_page and self.session.at_start():
            self.stack.setCurrentWidget(self.intake)
            self.intake.text.setFocus()
            self._refresh_map()
            return
        chosen = self.session.path[-1].answer_id if self.session.path else None
        self.session.back()
        self._show_current(chosen)
        self.autosave()

    def _show_current(self, chosen: str | None = None) -> None:
        assert self.session is not None
        node = self.session.current
        if node.is_question:
            self.question_page.show_question(node, len(self.session.path) + 1, chosen, self.session.comment.text)
            self.stack.setCurrentWidget(self.question_page)
            self._refresh_question()
        else:
            self._show_outcome(node)
            self.stack.setCurrentWidget(self.outcome_page)
        self._refresh_map()

    def _refresh_question(self) -> None:
        if self.session is None or not self.session.current.is_question:
            return
        node = self.session.current
        if self.analysis is not None and self.session.prediction is None:
            self.session.prediction = self.analysis.prediction()
        prediction = self.session.prediction
        explain = prediction.explain if prediction else ()
        reading = ""
        if prediction is not None and prediction.uncertain:
            reading = self.tr(" of ").join(self._candidate_reason(label) for label in prediction.candidates[:2])
        elif prediction is not None:
            reading = self.tr("de assistent leest dit als {label} ({p})").format(
                label=CATEGORY_NAMES[prediction.label], p=_percent(prediction.scores.get(prediction.label))
            )
        self.question_page.show_suggestion(node, self.session.suggestion(), explain, self.assistant.state, reading)

    def _candidate_reason(self, label: str) -> str:
        """'klacht (55 %, vanwege: wachten, weer)' for one of the assistant's two best guesses."""
        assert self.session is not None and self.session.prediction is not None
        score = _percent(self.session.prediction.scores.get(label))
        words = ()
        if self.analysis is not None:
            words = self.analysis.explain_candidates.get(label, ())
        if words:
            return self.tr("{label} ({p}, vanwege: {words})").format(
                label=CATEGORY_NAMES[label], p=score, words=", ".join(words)
            )
        return f"{CATEGORY_NAMES[label]} ({score})"

    def _show_outcome(self, outcome: Node) -> None:
        assert self.session is not None
        comment = self.session.comment
        try:
            profile = load_profile(self.store)
        except ReageerwijzerError:
            profile = BusinessProfile()
        drafter = Drafter(profile, analyser=analyse_topics)
        topics = self.topics[1] if self.topics and self.topics[0] == comment.text else None
        earlier = len(self.store.negative_cases_by(comment.author, exclude_id=self.case_id)) if comment.author else 0
        details = self.analysis.details if self.analysis is not None else {}
        draft = drafter.draft(
            outcome.id,
            comment.text,
            author=comment.author,
            platform=comment.platform,
            details=details,
            flags=self.session.flags(),
            earlier_negative=earlier,
            topics=topics,
        )
        platform = self.templates.platform(comment.platform)
        advice = self.session.advice()
        self.outcome_page.show_outcome(
            outcome,
            advice,
            draft,
            platform.limit,
            platform.name,
            comment=comment.text,
            profile=profile,
            count=platform.count,
        )
        if self.pending_ui:
            self.outcome_page.restore_ui(self.pending_ui)
            self.pending_ui = {}

    def pause_text(self) -> str:
        try:
            profile = load_profile(self.store)
        except ReageerwijzerError:
            profile = BusinessProfile()
        seed = self.session.comment.text if self.session else ""
        return Drafter(profile).pause_message(seed)

    def show_pause_message(self) -> None:
        """The transparent message for switching comments off, ready to copy."""
        text = self.pause_text()
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Reacties tijdelijk uitzetten"))
        box.setText(
            self.tr(
                "Loopt de discussie onder je bericht uit de hand? Zet de reacties dan tijdelijk uit, "
                "maar zeg eerlijk waarom. Bijvoorbeeld:"
            )
        )
        box.setInformativeText(text)
        copy = box.addButton(self.tr("&Kopiëren"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is copy:
            QGuiApplication.clipboard().setText(text)

    def _refresh_map(self) -> None:
        if self.session is None or self.stack.currentWidget() is self.intake:
            self.map.set_position([], None)
            return
        self.map.set_position([s.node_id for s in self.session.path], self.session.current.id)

    # ------------------------------------------------------------ saving

    def _case(self) -> Case | None:
        comment = self.intake.comment()
        if not comment.text.strip():
            return None
        if self.session is not None and self.session.comment.text == comment.text:
            session = self.session
            session.comment = comment
        else:
            session = WizardSession(self.flow, comment, self.analysis.prediction() if self.analysis else None)
        data = session.to_dict()
        stage = "intake" if self.stack.currentWidget() is self.intake else "wizard"
        data["ui"] = {"stage": stage, **(self.outcome_page.ui_state() if session.finished else {})}
        # Unfinished until saved: no outcome yet, even when the walk reached one.
        return Case.from_session(session, outcome=None, status="open", session=data, id=self.case_id)

    def autosave(self) -> None:
        """Keep the unfinished case in the history, so closing the window loses nothing."""
        self.autosave_timer.stop()
        if self.store.closed:
            return
        case = self._case()
        if case is None:
            return
        try:
            self.case_id = self._store(case)
        except ReageerwijzerError as exc:
            self.window().statusBar().showMessage(self.tr("Tussentijds bewaren lukte niet: {e}").format(e=exc), 8000)

    def _store(self, case: Case) -> int:
        """Save the case in progress; an update keeps when it was first received and created."""
        if case.id is not None:
            existing = self.store.get(case.id)
            case.received_at = existing.received_at
            case.created_at = existing.created_at
        return self.store.save(case)

    def save_case(self) -> int | None:
        if self.session is None or not self.session.finished:
            return None
        outcome = self.session.outcome
        assert outcome is not None
        state = self.outcome_page.ui_state()
        lessons = []
        if state["lesson"].strip():
            tags = [t.strip() for t in state["tags"].split(",") if t.strip()]
            lessons.append(Lesson(state["lesson"].strip(), tags))
        case = Case.from_session(
            self.session,
            reply=state["reply"] if outcome.respond != "nee" else "",
            status=state["status"],
            follow_up=state["follow_up"],
            handled_at=datetime.now(UTC).replace(microsecond=0).isoformat(),
            lessons=lessons,
            session=None,
            id=self.case_id,
        )
        try:
            case_id = self._store(case)
        except ReageerwijzerError as exc:
            QMessageBox.critical(
                self,
                self.tr("Opslaan mislukt"),
                self.tr("De zaak is niet opgeslagen: {error}\n\nJe invoer staat er nog; probeer het opnieuw.").format(
                    error=exc
                ),
            )
            return None
        self.saved.emit(case_id)
        self.reset()
        self.window().statusBar().showMessage(self.tr("Opgeslagen in de geschiedenis."), 5000)
        return case_id

    def reset(self) -> None:
        self.autosave_timer.stop()
        self.session = None
        self.analysis = None
        self.case_id = None
        self.pending_ui = {}
        self.intake.clear()
        self.outcome_page.clear()
        self.stack.setCurrentWidget(self.intake)
        self._assistant_state(self.assistant.state)
        self._refresh_map()
        self.intake.text.setFocus()

    def discard(self) -> None:
        if self.case_id is not None:
            with contextlib.suppress(ReageerwijzerError):
                self.store.delete(self.case_id)
        self.case_id = None
        self.reset()

    def has_input(self) -> bool:
        return bool(self.intake.text.toPlainText().strip())

    def resume(self, case: Case) -> None:
        """Continue an unfinished case exactly where it was left."""
        data = dict(case.session or {})
        ui = dict(data.get("ui") or {})
        self.reset()
        self.case_id = case.id
        try:
            session = WizardSession.from_dict(self.flow, data)
        except WizardError:
            session = WizardSession(
                self.flow, Comment(case.text, case.platform, case.author, case.posted_at, case.link)
            )
        self.intake.load(session.comment)
        self.analyse_timer.stop()
        if ui.get("stage") == "intake":
            self.session = None
            self._analyse_now()
            return
        self.session = session
        self.pending_ui = ui
        self._analyse_now()
        self._show_current()
