"""The history's detail pane: one case with its path, its reply (editable, with earlier versions),
its approval and its lessons. It only renders; the history screen fetches and saves.

A reply edited here and not saved yet is kept per case while the selection moves, so choosing
another row (or a search that hides the row) never loses what was typed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QScrollArea, QVBoxLayout, QWidget

from app.domain.approval import ReplyRevision, TeamEvent
from app.domain.case import Case
from app.domain.categories import CATEGORY_NAMES, PLATFORMS
from app.domain.flowchart import Flowchart
from app.domain.safety import SAFETY_FLAGS
from app.ui.history_model import local_time
from app.ui.history_team import RevisionList, TeamBox
from app.ui.widgets import esc, heading, plain


@dataclass
class Detail:
    """One case as the detail pane shows it."""

    case: Case
    earlier: int = 0  # other negative cases of its writer
    repeat: bool = False  # that makes them a repeat critic (the one rule of app.domain.writers)
    no_learn: bool = False  # the owner marked it 'niet gebruiken om te leren'
    events: list[TeamEvent] = field(default_factory=list)  # approval: submitted, approved, sent back
    revisions: list[ReplyRevision] = field(default_factory=list)  # earlier versions of the reply


class DetailPane(QScrollArea):
    """Scrolls vertically only; ``layout`` takes the screen's edit box at the end."""

    def __init__(self, flow: Flowchart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flow = flow
        self.current: Case | None = None
        self.drafts: dict[int, str] = {}  # replies edited here and not saved yet, per case
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(300)
        pane = QWidget()
        layout = QVBoxLayout(pane)
        self.title = heading(self.tr("Kies een reactie"), 1.1)
        self.repeat_note = plain()
        self.repeat_note.setStyleSheet("color: #d84315")
        self.comment = QPlainTextEdit()
        self.comment.setReadOnly(True)
        self.comment.setAccessibleName(self.tr("De reactie"))
        self.comment.setMaximumHeight(84)
        self.path = QLabel()
        self.path.setWordWrap(True)
        self.path.setTextFormat(Qt.TextFormat.RichText)
        self.reply = QPlainTextEdit()
        self.reply.setAccessibleName(self.tr("Gegeven antwoord"))
        self.reply.setToolTip(self.tr("Je kunt het antwoord hier aanpassen; de vorige tekst blijft bewaard."))
        self.reply.setMaximumHeight(120)
        self.reply.setTabChangesFocus(True)
        self.reply.setReadOnly(True)
        self.reply.textChanged.connect(self._reply_edited)
        self.reply_note = plain()
        self.reply_note.setStyleSheet("color: #e65100")
        self.reply_note.hide()
        self.revisions = RevisionList()
        self.revisions.hide()
        self.team_box = TeamBox(flow)
        self.lessons = QLabel()
        self.lessons.setWordWrap(True)
        self.lessons.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.title)
        layout.addWidget(self.repeat_note)
        layout.addWidget(plain(self.tr("Reactie"), muted=True))
        layout.addWidget(self.comment)
        reply_label = QLabel(self.tr("&Antwoord (aan te passen)"))
        reply_label.setBuddy(self.reply)
        layout.addWidget(reply_label)
        # What the approver needs first: comment, reply, approval; then how it was decided and the rest.
        for widget in (self.reply, self.reply_note, self.team_box, self.path, self.revisions, self.lessons):
            layout.addWidget(widget)
        self.layout_ = layout
        self.setWidget(pane)

    # ------------------------------------------------------------ showing

    def show_detail(self, detail: Detail) -> None:
        self.keep_draft()
        case = detail.case
        self.current = case
        who = case.author or self.tr("onbekende schrijver")
        self.title.setText(f"{who} · {PLATFORMS.get(case.platform, case.platform)} · {local_time(case.received_at)}")
        self.comment.setPlainText(case.text)
        self.path.setText(self._path_html(case))
        self.reply.blockSignals(True)
        self.reply.setPlainText(self.drafts.get(case.id or -1, case.reply))
        self.reply.blockSignals(False)
        self.reply.setReadOnly(case.session is not None)  # an unfinished walk is finished in the wizard
        self._reply_edited()
        self.revisions.show_revisions(detail.revisions)
        self.team_box.show_case(case, detail.events)
        self.lessons.setText(self._lessons_html(case))
        self._show_repeat(case, detail.earlier, detail.repeat)

    def clear(self) -> None:
        self.keep_draft()
        self.current = None
        self.title.setText(self.tr("Geen reactie gekozen"))
        self.repeat_note.hide()
        for editor in (self.comment, self.reply):
            editor.blockSignals(True)
            editor.clear()
            editor.blockSignals(False)
        self.reply.setReadOnly(True)
        self.path.clear()
        self.lessons.clear()
        self.reply_note.hide()
        self.revisions.hide()
        self.team_box.hide()

    def _path_html(self, case: Case) -> str:
        steps = []
        for step in case.path:
            node = self.flow.nodes.get(step.node_id)
            if node is None or not node.is_question:
                continue
            try:
                answer = node.answer(step.answer_id).label
            except KeyError:
                continue
            line = f"{esc(node.question)} → <b>{esc(answer)}</b>"
            if step.against_suggestion and step.suggested:
                try:
                    suggested = node.answer(step.suggested).label
                    line += " " + esc(self.tr("(assistent stelde voor: {s})").format(s=suggested))
                except KeyError:
                    pass
            steps.append(f"<li>{line}</li>")
        outcome = self.flow.nodes.get(case.outcome or "")
        label = CATEGORY_NAMES.get(case.prediction.label, "") if case.prediction else ""
        outcome_word = self.tr("Uitkomst")
        summary = f"<b>{esc(outcome_word)}:</b> {esc(outcome.title)}" if outcome else esc(self.tr("Nog niet afgerond"))
        if label:
            assistant_word = self.tr("assistent")
            summary += f" · {esc(assistant_word)}: {esc(label)}"
        flags = set(case.prediction.flags) if case.prediction else set()
        names = {"bedreiging": self.tr("bedreiging"), "haat": self.tr("haat tegen een groep")}
        marked = [names[f] for f in SAFETY_FLAGS if f in flags and f in names]
        if marked:
            summary += f" · <b style='color:#b71c1c'>{esc(self.tr('Let op'))}: {esc(', '.join(marked))}</b>"
        return summary + ("<ul>" + "".join(steps) + "</ul>" if steps else "")

    def _lessons_html(self, case: Case) -> str:
        if not case.lessons:
            return esc(self.tr("Nog geen les bij deze reactie."))
        items = "".join(
            f"<li>{esc(lesson.text)}" + (f" <i>({esc(', '.join(lesson.tags))})</i>" if lesson.tags else "") + "</li>"
            for lesson in case.lessons
        )
        lessons_word = self.tr("Lessen")
        return f"<b>{esc(lessons_word)}</b><ul>{items}</ul>"

    def _show_repeat(self, case: Case, earlier: int, repeat: bool) -> None:
        if repeat:
            self.repeat_note.setText(
                self.tr(
                    "↻ {who} had al {n} andere negatieve reacties. Reageer één keer inhoudelijk en vriendelijk, "
                    "bied persoonlijk contact aan en laat het daarna los."
                ).format(who=case.author, n=earlier)
            )
            self.repeat_note.show()
        else:
            self.repeat_note.hide()

    # ------------------------------------------------------------ the reply, edited here

    def edited_reply(self) -> str | None:
        """The reply as edited in the pane, or None when it is what the history holds."""
        if self.current is None or self.reply.isReadOnly():
            return None
        text = self.reply.toPlainText()
        return None if text == self.current.reply else text

    def keep_draft(self) -> None:
        """Before the pane shows another case: keep an unsaved edit of the reply for when it comes back."""
        if self.current is not None and self.current.id is not None:
            edited = self.edited_reply()
            if edited is None:
                self.drafts.pop(self.current.id, None)
            else:
                self.drafts[self.current.id] = edited

    def saved_reply(self, case_id: int, reply: str | None) -> None:
        """The history now holds ``reply`` for this case: it is no longer an unsaved edit."""
        self.drafts.pop(case_id, None)
        if reply is not None and self.current is not None and self.current.id == case_id:
            self.current.reply = reply
            self._reply_edited()

    def _reply_edited(self) -> None:
        edited = self.edited_reply() is not None
        self.reply_note.setText(
            self.tr(
                "Aangepast, nog niet opgeslagen. 'Wijzigingen opslaan' bewaart het; de vorige tekst blijft bewaard."
            )
            if edited
            else ""
        )
        self.reply_note.setVisible(edited)
