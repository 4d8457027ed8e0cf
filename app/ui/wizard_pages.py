"""The wizard's pages: intake, one question at a time, and the outcome with advice, draft and save form.

The pages only show and collect; :mod:`app.ui.wizard` walks the flowchart, autosaves, resumes and saves.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.drafting import Draft, Drafter, copy_warnings
from app.domain.flowchart import Flowchart, Node
from app.domain.profile import BusinessProfile
from app.domain.replies import open_slots, platform_length
from app.domain.safety import SafetyBlock
from app.ui.assistant import percent
from app.ui.case_form import CaseForm
from app.ui.widgets import SlotHighlighter, answer_buttons, card, esc, heading, plain, scrolling
from app.ui.wizard_intake import IntakePage
from app.ui.wizard_safety import SafetyMarks
from app.ui.wizard_slots import SlotEditor

__all__ = ["IntakePage", "OutcomePage", "QuestionPage", "percent", "quote", "typing_in"]

# A chosen answer looks chosen: filled with the highlight colour, bold.
CHOSEN_STYLE = (
    "QPushButton:checked { background: palette(highlight); color: palette(highlighted-text); font-weight: bold; }"
)


def quote(text: str, limit: int = 280) -> str:
    """The comment, shortened, as a reminder above the question."""
    text = " ".join(text.split())
    return f"“{text if len(text) <= limit else text[: limit - 1].rstrip() + '…'}”" if text else ""


def typing_in(widget: QWidget) -> bool:
    """Whether the keyboard focus is in a text field inside ``widget`` (then Esc must not navigate)."""
    focus = QApplication.focusWidget()
    return isinstance(focus, QLineEdit | QPlainTextEdit | QTextEdit) and widget.isAncestorOf(focus)


class QuestionPage(QWidget):
    answered = Signal(str)
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(CHOSEN_STYLE)
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
        self.preselected: str | None = None  # the answer the assistant (not the person) selected
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
        for old in self.buttons.values():
            old.hide()  # gone at once, not only when the event loop deletes it
        self.buttons = answer_buttons(
            node,
            box=self.answers_box,
            group=self.group,
            old=self.buttons,
            reserved={"t", "v"},
            on_toggle=lambda _on: self.next_button.setEnabled(self.group.checkedButton() is not None),
        )
        self.preselected = None
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
        sure_id = suggestion.answer_id if suggestion is not None and not unsure else None
        checked = self.group.checkedButton()
        if checked is not None and checked is self.buttons.get(self.preselected or "") and sure_id != self.preselected:
            self.group.setExclusive(False)  # the assistant's own pre-selection goes when it changes its mind
            checked.setChecked(False)
            self.group.setExclusive(True)
            self.preselected = None
        if sure_id is not None and self.group.checkedButton() is None:
            sure = self.buttons[sure_id]  # pre-selected: Enter takes it, any other answer overrules it
            sure.setChecked(True)
            sure.setFocus()
            self.preselected = sure_id
        self.next_button.setEnabled(self.group.checkedButton() is not None)
        for answer_id, button in self.buttons.items():
            suggested = suggestion is not None and not unsure and suggestion.answer_id == answer_id
            possible = unsure and answer_id in (suggestion.answer_id, suggestion.alternative)
            text = button.text().removesuffix(marker).removesuffix(maybe)
            button.setText(text + marker if suggested else text + maybe if possible else text)
            if suggested:
                button.setStyleSheet("border: 2px solid palette(highlight);")
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
        self._add_texts(layout)
        layout.addWidget(self._reply_box(flow))
        layout.addWidget(self.advice)
        self._add_form(flow, layout)
        layout.addStretch()
        outer.addLayout(self._nav())
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self._save_shortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self._escape)
        QShortcut(QKeySequence("Ctrl+Shift+C"), self, activated=self.copy)

    def _add_texts(self, layout: QVBoxLayout) -> None:
        """The title, the comment, the warnings and the advice labels (the advice is placed by __init__)."""
        self.title = heading("", 1.5)
        self.comment = plain()
        self.comment.setAccessibleName(self.tr("De reactie"))
        self.comment.setStyleSheet("font-style: italic")
        self.safety_block: SafetyBlock | None = None
        self.band = QLabel()
        layout.addWidget(self.band)
        layout.addWidget(self.comment)
        self.summary = plain()
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.setTextFormat(Qt.TextFormat.RichText)
        self.advice.setAccessibleName(self.tr("Advies"))
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.RichText)
        self.band.setWordWrap(True)
        self.band.setTextFormat(Qt.TextFormat.RichText)
        self.band.setAccessibleName(self.tr("Waarschuwing"))
        self.band.setStyleSheet("background: #b71c1c; color: white; padding: 8px; border-radius: 4px;")
        self.safety = QLabel()
        self.safety.setWordWrap(True)
        self.safety.setTextFormat(Qt.TextFormat.RichText)
        self.safety.setAccessibleName(self.tr("Eerst je veiligheid"))
        self.band.hide()
        self.safety.hide()
        self.marks = SafetyMarks()
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.marks)
        layout.addWidget(self.safety)
        layout.addWidget(self.warnings)

    def _add_form(self, flow: Flowchart, layout: QVBoxLayout) -> None:
        """The form that saves the case, with its fields under the names the wizard uses."""
        self.form = CaseForm(
            flow,
            self.tr("Opslaan in de geschiedenis"),
            lesson_hint=self.tr("Wat neem je mee uit deze reactie? (optioneel)"),
            tags_hint=self.tr("bijv. levering, toon, snelheid"),
            follow_days=3,
        )
        # The form's fields, under the names the rest of the wizard (and its tests) use.
        self.status = self.form.status
        self.follow_check = self.form.follow_check
        self.follow_date = self.form.follow_date
        self.lesson = self.form.lesson
        self.tags = self.form.tags
        layout.addWidget(self.form)

    def _escape(self) -> None:
        """Esc goes back, but never while typing: it then only leaves the text field."""
        if typing_in(self):
            self.nav_focus().setFocus()
            return
        self.back.emit()

    def nav_focus(self) -> QWidget:
        return self.copy_button if self.reply_box.isVisible() else self.save_button

    def _reply_box(self, flow: Flowchart) -> QGroupBox:
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
        self.editor = SlotEditor()
        self.editor.setAccessibleName(self.tr("Concept van het antwoord"))
        self.editor.setAccessibleDescription(self.tr("Tab springt naar de volgende open plek en selecteert die"))
        self.editor.setMinimumHeight(120)
        self.highlighter = SlotHighlighter(self.editor.document())
        reply_layout.addWidget(self.editor)
        row = QHBoxLayout()
        self.counter = QLabel()
        self.counter.setAccessibleName(self.tr("Aantal tekens"))
        self.slots_label = QPushButton()
        self.slots_label.setFlat(True)
        self.slots_label.setToolTip(self.tr("Tab in het antwoord: naar de volgende open plek"))
        self.slots_label.clicked.connect(self._to_slot)
        self.short_button = QPushButton(self.tr("Korte &versie"))
        self.short_button.clicked.connect(self._use_short)
        self.optional_button = QPushButton(self.tr("&Luchtige reactie gebruiken"))
        self.optional_button.clicked.connect(self._use_optional)
        self.copy_button = QPushButton(self.tr("&Kopiëren"))
        self.copy_button.setToolTip(self.tr("Ctrl+Shift+C"))
        self.copy_button.clicked.connect(self.copy)
        self.pause_button = QPushButton(self.tr("Reacties &pauzeren…"))
        self.pause_button.clicked.connect(self.show_pause_message)
        self.pause_button.setToolTip(
            self.tr("Een eerlijke tekst voor als een discussie onder je bericht uit de hand loopt")
        )
        status = QHBoxLayout()
        status.addWidget(self.counter)
        status.addStretch()
        status.addWidget(self.slots_label)
        reply_layout.addLayout(status)
        row.addWidget(self.pause_button)
        row.addWidget(self.optional_button)
        row.addWidget(self.short_button)
        row.addStretch()
        row.addWidget(self.copy_button)
        reply_layout.addLayout(row)
        reply_layout.addWidget(plain(self.tr("Kernelementen: vink af wat je antwoord heeft."), muted=True))
        reply_layout.addLayout(self.checklist_box)
        self.editor.textChanged.connect(self._update_counter)
        return self.reply_box

    def _to_slot(self) -> None:
        self.editor.setFocus()
        self.editor.select_slot()

    def _nav(self) -> QHBoxLayout:
        nav = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← &Terug"))
        self.back_button.clicked.connect(self.back)
        self.save_button = QPushButton(self.tr("&Opslaan"))
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        self.save_button.clicked.connect(self.save)
        nav.addWidget(self.back_button)
        nav.addStretch()
        nav.addWidget(self.save_button)
        return nav

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
        self.refresh_advice(advice)
        respond = outcome.writes_reply
        self.reply_box.setVisible(respond)
        self.editor.setReadOnly(False)
        self.editor.setPlainText(draft.text or "")
        self.short_button.setVisible(bool(draft.short))
        self.optional_button.setVisible(bool(draft.optional) and not draft.text)
        self.pause_button.setVisible(outcome.pause_message)
        for check in self.checks.values():
            check.setChecked(False)
        index = self.status.findData(outcome.default_status)
        self.status.setCurrentIndex(max(0, index))
        self._update_counter()

    def set_safety(self, block: SafetyBlock | None) -> None:
        """Threats and hate lead with safety: a warning band, then report, evidence, police."""
        self.safety_block = block
        self.band.setVisible(block is not None)
        self.safety.setVisible(block is not None)
        if block is None:
            return
        self.band.setText(f"<b>{esc(block.title)}</b><br>{esc(block.warning)}")
        self.safety.setText(
            "".join(
                f"<p><b>{esc(head)}</b></p><ul>" + "".join(f"<li>{esc(line)}</li>" for line in lines) + "</ul>"
                for head, lines in block.sections
            )
        )

    def refresh_advice(self, advice: list[str]) -> None:
        """After the owner marked a threat or hate: the advice under its new heading, and no draft
        warning that repeats the report steps now leading the page."""
        self._show_advice(advice)
        if self.draft is None:
            return
        warnings = self.draft.warnings
        if self.safety_block is not None:  # the report steps already lead the page
            steps = self.safety_block.sections[0][1]
            warnings = [w for w in warnings if not any(step in w for step in steps)]
        if warnings:
            self.warnings.setText("<ul>" + "".join(f"<li>{esc(w)}</li>" for w in warnings) + "</ul>")
            self.warnings.show()
        else:
            self.warnings.hide()

    def _show_advice(self, advice: list[str]) -> None:
        head = self.safety_block.rest_heading if self.safety_block is not None else self.tr("Advies")
        self.advice.setText("<b>" + esc(head) + "</b><ul>" + "".join(f"<li>{esc(a)}</li>" for a in advice) + "</ul>")

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
        if not slots:
            self.slots_label.setText("")
        elif len(slots) == 1:
            self.slots_label.setText(self.tr("Nog 1 open plek: invullen (Tab)"))
        else:
            self.slots_label.setText(self.tr("Nog {n} open plekken: invullen (Tab)").format(n=len(slots)))
        self.slots_label.setVisible(bool(slots))
        self.slots_label.setStyleSheet("color: #b26a00; font-weight: bold;" if slots else "")

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

    def pause_text(self) -> str:
        """The pause message, signed with the profile the outcome was drafted with."""
        return Drafter(self.profile).pause_message(self.comment_text)

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

    def confirm_save_open(self, slots: int, open_status: str) -> bool:
        """Saving as answered with open slots is refused; saving it as still open stays possible."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Nog open plekken"))
        box.setText(
            self.tr("Je antwoord heeft nog {n} open plek(ken) [vul in: …]. Zo kan het niet als ‘{status}’.").format(
                n=slots, status=self.status.currentText()
            )
        )
        label = self.flow.status_label(open_status)
        keep_open = box.addButton(
            self.tr("Opslaan als ‘{status}’").format(status=label), QMessageBox.ButtonRole.AcceptRole
        )
        fill = box.addButton(self.tr("Eerst invullen"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(fill)
        box.exec()
        if box.clickedButton() is not keep_open:
            self.editor.setFocus()
            self.editor.select_slot()
            return False
        self.form.set_status(open_status)
        return True

    def show_pending(self, outcome: Node, advice: list[str]) -> None:
        """The outcome's title, summary and advice at once; the draft follows when it is ready."""
        self.title.setText(outcome.title)
        self.summary.setText(outcome.summary)
        self._show_advice(advice)
        self.warnings.hide()
        self.editor.clear()
        self.editor.setReadOnly(True)  # until the draft is there, so nothing typed is overwritten
        self.reply_box.setVisible(outcome.writes_reply)

    def ui_state(self) -> dict[str, Any]:
        return {
            "reply": self.editor.toPlainText(),
            "checked": [k for k, c in self.checks.items() if c.isChecked()],
            **self.form.state(),
        }

    def restore_ui(self, state: dict[str, Any]) -> None:
        if state.get("reply"):
            self.editor.setPlainText(str(state["reply"]))
        for key in state.get("checked", []):
            if key in self.checks:
                self.checks[key].setChecked(True)
        self.form.restore(state)

    def clear(self) -> None:
        self.editor.clear()
        self.form.clear_lesson()
        self.follow_check.setChecked(False)
