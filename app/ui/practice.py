"""Practice: example cases with feedback at every question. The crisis exercise is in :mod:`app.ui.crisis`."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.categories import CATEGORY_NAMES, PLATFORMS
from app.domain.flowchart import Flowchart
from app.domain.reply_check import ReplyReport, reply_report
from app.domain.training import DIFFICULTIES, DIFFICULTY_NAMES, PracticeCase, PracticeSession, StepResult, shipped_cases
from app.store import CaseStore
from app.store.training import Trainee, TrainingStore
from app.ui.assistant import AssistantService
from app.ui.crisis import CrisisView
from app.ui.reply_feedback import feedback_html
from app.ui.tasks import HistoryWorker
from app.ui.trainee import TraineeBar, bad_color, good_color, known_trainee, short
from app.ui.widgets import answer_buttons, esc, heading, mnemonics_in, plain, scrolling, wrapping_list

__all__ = ["CasePracticeView", "CrisisView", "PracticeView", "TraineeBar", "short"]


class CasePracticeView(QWidget):
    def __init__(
        self,
        flow: Flowchart,
        history: HistoryWorker,
        bar: TraineeBar,
        assistant: AssistantService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.flow = flow
        self.history = history
        self._list_request = 0
        self.bar = bar
        self.assistant = assistant
        self._cases: list[PracticeCase] | None = None  # read when first needed, not at start-up
        self.session: PracticeSession | None = None
        self.case_analysis: Any = None
        self.answered_node: Any = None  # the question just answered, for the assistant's view
        self.trainee: Trainee | None = None
        self.last_score: int | None = None

        layout = QHBoxLayout(self)
        splitter = QSplitter()
        layout.addWidget(splitter)

        splitter.addWidget(self._case_list())

        self.stack = QStackedWidget()
        splitter.addWidget(self.stack)
        splitter.setSizes([330, 800])
        self.stack.addWidget(self._intro_page())
        self.stack.addWidget(self._case_page())
        self.stack.addWidget(self._reply_page())
        self.stack.addWidget(self._result_page())

        self.level.currentIndexChanged.connect(lambda _i: self.refresh_list())
        self.list.itemDoubleClicked.connect(lambda _item: self.start_selected())
        self.start_button.clicked.connect(self.start_selected)
        self.next_button.clicked.connect(self.start_next_unseen)
        self.random_button.clicked.connect(self.start_random)
        self.revisit_button.clicked.connect(self.start_revisit)
        self.bar.name.currentTextChanged.connect(lambda _t: self.refresh_list())
        self._listed = False  # the list is filled when the screen is first shown

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._listed:
            self.refresh_list()

    @property
    def cases(self) -> list[PracticeCase]:
        if self._cases is None:
            self._cases = list(shipped_cases())
        return self._cases

    @property
    def by_id(self) -> dict[str, PracticeCase]:
        return {c.id: c for c in self.cases}

    # ------------------------------------------------------------ pages

    def _case_list(self) -> QWidget:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        self.level = QComboBox()
        self.level.addItem(self.tr("Alle niveaus"), None)
        for level in DIFFICULTIES:
            self.level.addItem(DIFFICULTY_NAMES[level], level)
        self.level.setAccessibleName(self.tr("Niveau"))
        self.list = wrapping_list(QListWidget())
        self.list.setAccessibleName(self.tr("Oefencasussen"))
        buttons = QGridLayout()
        self.start_button = QPushButton(self.tr("&Start deze casus"))
        self.next_button = QPushButton(self.tr("Volgende &nieuwe"))
        self.random_button = QPushButton(self.tr("&Willekeurig"))
        self.revisit_button = QPushButton(self.tr("&Fouten herhalen"))
        buttons.addWidget(self.start_button, 0, 0)
        buttons.addWidget(self.next_button, 0, 1)
        buttons.addWidget(self.random_button, 1, 0)
        buttons.addWidget(self.revisit_button, 1, 1)
        left_layout.addWidget(self.level)
        left_layout.addWidget(self.list, 1)
        left_layout.addLayout(buttons)
        self.progress = plain(muted=True)
        left_layout.addWidget(self.progress)
        return left

    def _intro_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(heading(self.tr("Oefenen met voorbeeldreacties")))
        layout.addWidget(
            plain(
                self.tr(
                    "Kies een casus en loop het schema door zoals bij een echte reactie, maar nu zonder voorstel van "
                    "de assistent. Na elke vraag hoor je of je goed zat en waarom. "
                    "Aan het eind schrijf je een antwoord en vergelijk je het met een voorbeeld. "
                    "Je voortgang wordt per naam bewaard."
                )
            )
        )
        layout.addStretch()
        return page

    def _case_page(self) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        layout = scrolling(outer, self.tr("Casus en vraag"))
        self.case_title = heading("")
        self.case_meta = plain(muted=True)
        self.case_context = plain()
        self.case_comment = QPlainTextEdit()
        self.case_comment.setReadOnly(True)
        self.case_comment.setMaximumHeight(110)
        self.case_comment.setAccessibleName(self.tr("De reactie van de casus"))
        for widget in (self.case_title, self.case_meta, self.case_context, self.case_comment):
            layout.addWidget(widget)
        self.q_step = plain(muted=True)
        self.q_text = heading("", 1.2)
        self.q_help = plain()
        layout.addWidget(self.q_step)
        layout.addWidget(self.q_text)
        layout.addWidget(self.q_help)
        self.answers = QVBoxLayout()
        layout.addLayout(self.answers)
        self.group = QButtonGroup(self)
        self.answer_buttons: dict[str, QPushButton] = {}
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(Qt.TextFormat.RichText)
        self.feedback.setAccessibleName(self.tr("Terugkoppeling"))
        layout.addWidget(self.feedback)
        self.assistant_after = plain(muted=True)
        layout.addWidget(self.assistant_after)
        layout.addStretch()
        nav = QHBoxLayout()
        self.check_button = QPushButton(self.tr("&Controleer"))
        self.check_button.setEnabled(False)
        self.continue_button = QPushButton(self.tr("&Verder →"))
        self.continue_button.hide()
        nav.addStretch()
        nav.addWidget(self.check_button)
        nav.addWidget(self.continue_button)
        outer.addLayout(nav)
        self.check_button.clicked.connect(self.check_answer)
        self.continue_button.clicked.connect(self.next_question)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), page, activated=self._enter)
        return page

    def _reply_page(self) -> QWidget:
        """The reply, written with the comment in view; checked on request and when finishing."""
        page = QWidget()
        layout = QVBoxLayout(page)
        self.reply_title = heading("")
        self.reply_intro = plain()
        self.reply_comment_label = plain(muted=True)
        self.reply_comment = QPlainTextEdit()
        self.reply_comment.setReadOnly(True)
        self.reply_comment.setMaximumHeight(96)
        self.reply_comment.setAccessibleName(self.tr("De reactie waarop je antwoordt"))
        self.reply_comment.setTabChangesFocus(True)
        self.reply_editor = QPlainTextEdit()
        self.reply_editor.setAccessibleName(self.tr("Jouw antwoord"))
        self.reply_editor.setPlaceholderText(self.tr("Schrijf hier het antwoord dat jij zou plaatsen…"))
        self.reply_editor.setTabChangesFocus(True)
        self.reply_editor.setMinimumHeight(90)
        self.compare_button = QPushButton(self.tr("&Controleer en vergelijk met het voorbeeld"))
        self.reply_check = QLabel()
        self.reply_check.setWordWrap(True)
        self.reply_check.setTextFormat(Qt.TextFormat.RichText)
        self.reply_check.setAccessibleName(self.tr("Controle van je antwoord"))
        self.model_box = QGroupBox(self.tr("Voorbeeldantwoord"))
        model_layout = QVBoxLayout(self.model_box)
        self.model_reply = plain()
        model_layout.addWidget(self.model_reply)
        self.finish_button = QPushButton(self.tr("&Afronden"))
        for widget in (self.reply_title, self.reply_intro, self.reply_comment_label, self.reply_comment):
            layout.addWidget(widget)
        layout.addWidget(self.reply_editor, 1)
        below = QScrollArea()
        below.setWidgetResizable(True)
        below.setFrameShape(QFrame.Shape.NoFrame)
        below.setAccessibleName(self.tr("Controle en voorbeeld"))
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.reply_check)
        body_layout.addWidget(self.model_box)
        body_layout.addStretch()
        below.setWidget(body)
        self.reply_below = below
        layout.addWidget(below, 1)
        row = QHBoxLayout()
        row.addWidget(self.compare_button)
        row.addStretch()
        row.addWidget(self.finish_button)
        layout.addLayout(row)
        self.compare_button.clicked.connect(self.compare)
        self.finish_button.clicked.connect(self.finish)
        return page

    def _result_page(self) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        layout = scrolling(outer, self.tr("Uitslag"))
        self.result_title = heading("", 1.6)
        self.result_text = QLabel()
        self.result_text.setWordWrap(True)
        self.result_text.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.result_title)
        layout.addWidget(self.result_text)
        layout.addStretch()
        row = QHBoxLayout()
        again = QPushButton(self.tr("Volgende &nieuwe casus"))
        again.clicked.connect(self.start_next_unseen)
        row.addStretch()
        row.addWidget(again)
        outer.addLayout(row)
        return page

    # ------------------------------------------------------------ choosing a case

    def refresh_list(self) -> None:
        """The cases, marked with the named trainee's progress (read by the history worker)."""
        name = self.bar.name.currentText().strip()
        self._list_request += 1
        request = self._list_request

        def read(store: CaseStore) -> tuple[dict[str, Any], set[str]]:
            training = TrainingStore(store)
            known = known_trainee(training, name)
            if known is None:
                return {}, set()
            return training.progress(known), set(training.to_revisit(known))

        self.history.call(read, lambda result: self._show_list(request, name, *result))

    def _show_list(self, request: int, name: str, progress: dict[str, Any], revisit: set[str]) -> None:
        if request != self._list_request:
            return
        self._listed = True
        level = self.level.currentData()
        current = self.list.currentItem().data(Qt.ItemDataRole.UserRole) if self.list.currentItem() else None
        self.list.clear()
        for case in self.cases:
            if level and case.difficulty != level:
                continue
            done = progress.get(case.id)
            mark = ("↺ " if case.id in revisit else "✓ ") + f"{done.best} · " if done else ""
            item = QListWidgetItem(f"{mark}{case.title} ({DIFFICULTY_NAMES[case.difficulty]})")
            item.setData(Qt.ItemDataRole.UserRole, case.id)
            item.setToolTip(case.text[:200])
            self.list.addItem(item)
            if case.id == current:
                self.list.setCurrentItem(item)
        total = len(self.cases)
        self.progress.setText(
            self.tr("{done} van {total} casussen gedaan, {revisit} om te herhalen").format(
                done=len(progress), total=total, revisit=len(revisit)
            )
            if name
            else self.tr("Vul je naam in om je voortgang te bewaren.")
        )

    def start_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            QMessageBox.information(self, self.tr("Casus kiezen"), self.tr("Kies eerst een casus in de lijst."))
            return
        self.start(self.by_id[item.data(Qt.ItemDataRole.UserRole)])

    def _pool(self) -> list[PracticeCase]:
        level = self.level.currentData()
        return [c for c in self.cases if not level or c.difficulty == level]

    def start_next_unseen(self) -> None:
        self.bar.with_trainee(self._next_unseen, lambda training, trainee: set(training.progress(trainee)))

    def _next_unseen(self, trainee: Trainee, done: set[str]) -> None:
        unseen = [c for c in self._pool() if c.id not in done]
        if not unseen:
            QMessageBox.information(
                self, self.tr("Alles gedaan"), self.tr("Je hebt alle casussen van dit niveau gedaan!")
            )
            return
        self._begin(trainee, unseen[0])

    def start_random(self) -> None:
        pool = self._pool()
        if pool:
            self.start(random.choice(pool))

    def start_revisit(self) -> None:
        self.bar.with_trainee(self._revisit, lambda training, trainee: set(training.to_revisit(trainee)))

    def _revisit(self, trainee: Trainee, ids: set[str]) -> None:
        revisit = [c for c in self.cases if c.id in ids]
        if not revisit:
            QMessageBox.information(
                self, self.tr("Niets te herhalen"), self.tr("Geen casussen met fouten om te herhalen.")
            )
            return
        self._begin(trainee, revisit[0])

    # ------------------------------------------------------------ walking

    def start(self, case: PracticeCase) -> None:
        """Start a case for the trainee named in the bar (found or created by the history worker)."""
        self.bar.with_trainee(lambda trainee, _extra: self._begin(trainee, case))

    def _begin(self, trainee: Trainee, case: PracticeCase) -> None:
        self.trainee = trainee
        self.session = PracticeSession(case, self.flow)
        self.case_analysis = None
        self.case_title.setText(case.title)
        who = case.author or self.tr("onbekend")
        self.case_meta.setText(
            f"{PLATFORMS[case.platform]} · {who} · {case.business} · {DIFFICULTY_NAMES[case.difficulty]}"
        )
        self.case_context.setText(case.context)
        self.case_comment.setPlainText(case.text)
        self.stack.setCurrentIndex(1)
        self._show_question()

    def _show_question(self) -> None:
        assert self.session is not None
        node = self.session.question()
        self.q_step.setText(
            self.tr("Vraag {n} van {total}").format(n=self.session.position + 1, total=len(self.session.case.steps))
        )
        self.q_text.setText(node.question)
        self.q_help.setText(node.help)
        self.answer_buttons = answer_buttons(
            node,
            box=self.answers,
            group=self.group,
            old=self.answer_buttons,
            reserved={"c", "v"} | mnemonics_in(self._fixed_mnemonic_widgets()),
            on_toggle=lambda _on: self.check_button.setEnabled(self.group.checkedButton() is not None),
            height=40,
        )
        self.feedback.clear()
        self.assistant_after.clear()
        self.check_button.show()
        self.check_button.setEnabled(False)
        self.continue_button.hide()
        next(iter(self.answer_buttons.values())).setFocus()

    def _fixed_mnemonic_widgets(self) -> list[QWidget]:
        """Buttons and labels that stay on screen next to the answers (Alt+N is 'Volgende nieuwe')."""
        return [
            self.start_button,
            self.next_button,
            self.random_button,
            self.revisit_button,
            *self.bar.findChildren(QLabel),
        ]

    def _enter(self) -> None:
        if self.continue_button.isVisible():
            self.next_question()
        elif self.check_button.isEnabled():
            self.check_answer()

    def choose(self, answer_id: str) -> None:
        self.answer_buttons[answer_id].setChecked(True)

    def check_answer(self) -> StepResult | None:
        if self.session is None or self.group.checkedButton() is None:
            return None
        node = self.session.question()
        chosen = self.group.checkedButton().property("answer_id")
        result = self.session.answer(chosen)
        for button in self.answer_buttons.values():
            button.setEnabled(False)
        expected_label = node.answer(result.expected).label if result.expected else ""
        if result.correct:
            good = self.tr("Goed gekozen.")
            self.feedback.setText(f"<p style='color:{good_color()}'><b>✓ {esc(good)}</b></p><p>{esc(result.why)}</p>")
        else:
            self.feedback.setText(
                f"<p style='color:{bad_color()}'><b>✗ "
                + esc(
                    self.tr("Niet wat we verwachtten: het juiste antwoord is '{answer}'.").format(answer=expected_label)
                )
                + f"</b></p><p>{esc(result.why)}</p>"
                + "<p><i>"
                + esc(self.tr("We gaan verder langs het juiste pad."))
                + "</i></p>"
            )
        self.answer_buttons[result.expected or chosen].setStyleSheet(
            f"border: 2px solid {good_color()}; font-weight: bold;"
        )
        if not result.correct:
            self.answer_buttons[chosen].setStyleSheet(
                f"border: 2px solid {bad_color()}; text-decoration: line-through;"
            )
        self._assistant_view(node)
        self.check_button.hide()
        self.continue_button.show()
        self.continue_button.setFocus()
        return result

    def _assistant_view(self, node: Any) -> None:
        """After answering, show what the assistant would have suggested (when it is ready).

        The analysis runs on the assistant's runner, once per case, not once per question."""
        if self.assistant is None or not self.assistant.ready or self.session is None:
            return
        self.answered_node = node
        if self.case_analysis is not None:
            self._show_assistant(node, self.case_analysis)
            return
        session, assistant = self.session, self.assistant.assistant
        text = session.case.text

        def shown(analysis: Any) -> None:
            if self.session is session:
                self.case_analysis = analysis
                if self.answered_node is not None and self.continue_button.isVisible():
                    self._show_assistant(self.answered_node, analysis)

        self.assistant.runner.submit(lambda: assistant.analyse(text, explain=False), shown, lambda _m: None)

    def _show_assistant(self, node: Any, analysis: Any) -> None:
        answer = self.flow.suggest_answer(node.id, analysis.label, analysis.flags)
        if answer:
            self.assistant_after.setText(
                self.tr("De assistent had hier '{answer}' voorgesteld (hij las: {label}).").format(
                    answer=node.answer(answer).label, label=CATEGORY_NAMES[analysis.label]
                )
            )

    def next_question(self) -> None:
        if self.session is None:
            return
        if not self.session.finished:
            self._show_question()
            return
        case = self.session.case
        outcome = self.flow.node(case.outcome)
        self.reply_title.setText(self.tr("Uitkomst: {title}").format(title=outcome.title))
        self.reply_editor.clear()
        self.reply_check.clear()
        writes = outcome.writes_reply
        for widget in (self.reply_editor, self.compare_button, self.reply_comment, self.reply_comment_label):
            widget.setVisible(writes)
        self.model_box.setVisible(False)
        who = case.author or self.tr("onbekend")
        self.reply_comment_label.setText(
            self.tr("De reactie van {who} op {platform}:").format(who=who, platform=PLATFORMS[case.platform])
        )
        self.reply_comment.setPlainText(case.text)
        if writes:
            self.reply_intro.setText(
                outcome.summary + " " + self.tr("Schrijf je antwoord en laat het daarna controleren.")
            )
        else:
            self.reply_intro.setText(outcome.summary + "\n\n" + self.tr("Hier hoort geen openbaar antwoord bij."))
        self.stack.setCurrentIndex(2)
        if writes:
            self.reply_editor.setFocus()

    def _reply_report(self) -> ReplyReport | None:
        assert self.session is not None
        case = self.session.case
        return reply_report(self.flow.node(case.outcome), self.reply_editor.toPlainText(), case.platform)

    def compare(self) -> None:
        """Check the reply against what a good reply does, and show the example."""
        if self.session is None:
            return
        report = self._reply_report()
        self.reply_check.setText(feedback_html(report, self.session.case.platform) if report else "")
        self.model_reply.setText(
            self.session.case.model_reply or self.tr("(Geen voorbeeld: hier mag je ook niets zeggen.)")
        )
        self.model_box.setVisible(True)

    def finish(self) -> int | None:
        if self.session is None or self.trainee is None:
            return None
        score = self.session.finish(self.reply_editor.toPlainText())
        trainee, result = self.trainee, self.session.result
        self.history.call(
            lambda store: TrainingStore(store).record_attempt(trainee, result, score),
            lambda _id: self.refresh_list(),
            lambda message: QMessageBox.critical(self, self.tr("Niet opgeslagen"), message),
        )
        self.last_score = score
        self.result_title.setText(self.tr("Score: {score} van 100").format(score=score))
        self.result_text.setText(self._result_html())
        self.stack.setCurrentIndex(3)
        return score

    def _result_html(self) -> str:
        assert self.session is not None
        result, case = self.session.result, self.session.case
        lines = []
        you, expected_word = self.tr("jij"), self.tr("verwacht")
        for step in result.steps:
            node = self.flow.node(step.question)
            color, sign = (good_color(), "✓") if step.correct else (bad_color(), "✗")
            chosen = node.answer(step.chosen).label
            line = f"<span style='color:{color}'>{sign}</span> {esc(node.question)} — {esc(you)}: <b>{esc(chosen)}</b>"
            if not step.correct and step.expected:
                expected_label = node.answer(step.expected).label
                line += f", {esc(expected_word)}: <b>{esc(expected_label)}</b><br><i>{esc(step.why)}</i>"
            lines.append(f"<li>{line}</li>")
        text = esc(
            self.tr("{right} van {total} vragen goed.").format(right=result.correct_steps, total=len(result.steps))
        )
        text += "<ul>" + "".join(lines) + "</ul>"
        report = self.session.reply_report
        if report is not None and report.results:
            text += f"<h3>{esc(self.tr('Je antwoord'))}</h3>" + feedback_html(report, case.platform)
        if case.tips:
            tips = "".join(f"<li>{esc(t)}</li>" for t in case.tips)
            text += f"<p><b>{esc(self.tr('Tips'))}</b></p><ul>{tips}</ul>"
        return text


class PracticeView(QWidget):
    def __init__(
        self,
        flow: Flowchart,
        history: HistoryWorker,
        assistant: AssistantService | None = None,
        clock: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Oefenen")))
        self.bar = TraineeBar(history)
        layout.addWidget(self.bar)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Soort oefening"))
        self.cases = CasePracticeView(flow, history, self.bar, assistant)
        self.crisis = CrisisView(history, self.bar, clock)
        self.tabs.addTab(self.cases, self.tr("Oefencasussen"))
        self.tabs.addTab(self.crisis, self.tr("Crisisoefening"))
        layout.addWidget(self.tabs, 1)
