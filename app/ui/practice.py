"""Practice: example cases with feedback at every question, and the crisis exercise."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
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
from app.domain.crisis import ACTIONS, CrisisRun, Scenario, shipped_scenarios
from app.domain.flowchart import Flowchart
from app.domain.training import DIFFICULTIES, PracticeCase, PracticeSession, StepResult, shipped_cases
from app.errors import ReageerwijzerError
from app.store import CaseStore
from app.store.training import Trainee, TrainingStore
from app.ui.assistant import AssistantService
from app.ui.widgets import answer_buttons, card, esc, heading, plain, scrolling

ACTION_LABELS = {
    "erkennen": QT_TRANSLATE_NOOP("CrisisView", "Erkennen, excuses waar nodig, persoonlijk verder"),
    "rechtzetten": QT_TRANSLATE_NOOP("CrisisView", "Feiten rechtzetten, met bron"),
    "beantwoorden": QT_TRANSLATE_NOOP("CrisisView", "De vraag beantwoorden"),
    "bedanken": QT_TRANSLATE_NOOP("CrisisView", "Kort bedanken"),
    "laten_gaan": QT_TRANSLATE_NOOP("CrisisView", "Niet reageren, in de gaten houden"),
    "melden": QT_TRANSLATE_NOOP("CrisisView", "Melden bij het platform (bedreiging: ook politie)"),
}
assert set(ACTION_LABELS) == set(ACTIONS)
GOOD = "#2e7d32"


def short(text: str, limit: int = 110) -> str:
    """Shorten at a word boundary, with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",.;:") + "…"


BAD = "#c62828"


class TraineeBar(QWidget):
    """Who is practising: several trainees can share one computer."""

    def __init__(self, training: TrainingStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.training = training
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.name = QComboBox()
        self.name.setEditable(True)
        self.name.setMinimumWidth(220)
        self.name.setAccessibleName(self.tr("Naam van de oefenaar"))
        self.name.lineEdit().setPlaceholderText(self.tr("Je naam"))
        label = QLabel(self.tr("&Oefenaar:"))
        label.setBuddy(self.name)
        layout.addWidget(label)
        layout.addWidget(self.name)
        layout.addStretch()
        self.reload()

    def reload(self) -> None:
        current = self.name.currentText()
        self.name.blockSignals(True)
        self.name.clear()
        for trainee in self.training.trainees():
            self.name.addItem(trainee.name)
        self.name.setEditText(current)
        self.name.blockSignals(False)

    def trainee(self) -> Trainee:
        return self.training.trainee(self.name.currentText())


class CasePracticeView(QWidget):
    def __init__(
        self,
        flow: Flowchart,
        training: TrainingStore,
        bar: TraineeBar,
        assistant: AssistantService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.flow = flow
        self.training = training
        self.bar = bar
        self.assistant = assistant
        self.cases = list(shipped_cases())
        self.by_id = {c.id: c for c in self.cases}
        self.session: PracticeSession | None = None
        self.case_analysis: Any = None
        self.trainee: Trainee | None = None
        self.last_score: int | None = None

        layout = QHBoxLayout(self)
        splitter = QSplitter()
        layout.addWidget(splitter)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        self.level = QComboBox()
        self.level.addItem(self.tr("Alle niveaus"), None)
        for level in DIFFICULTIES:
            self.level.addItem(level, level)
        self.level.setAccessibleName(self.tr("Niveau"))
        self.list = QListWidget()
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
        splitter.addWidget(left)

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
        self.refresh_list()

    # ------------------------------------------------------------ pages

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
        layout = scrolling(outer)
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
        page = QWidget()
        layout = QVBoxLayout(page)
        self.reply_title = heading("")
        self.reply_intro = plain()
        self.reply_editor = QPlainTextEdit()
        self.reply_editor.setAccessibleName(self.tr("Jouw antwoord"))
        self.reply_editor.setPlaceholderText(self.tr("Schrijf hier het antwoord dat jij zou plaatsen…"))
        self.reply_editor.setTabChangesFocus(True)
        self.compare_button = QPushButton(self.tr("&Vergelijk met het voorbeeld"))
        self.model_box = QGroupBox(self.tr("Voorbeeldantwoord"))
        model_layout = QVBoxLayout(self.model_box)
        self.model_reply = plain()
        model_layout.addWidget(self.model_reply)
        self.check_box = QGroupBox(self.tr("Zit dit in jouw antwoord? Vink eerlijk aan."))
        grid = QGridLayout(self.check_box)
        self.checks: dict[str, QCheckBox] = {}
        for i, item in enumerate(self.flow.checklist):
            check = QCheckBox(item.label)
            check.setToolTip(item.help)
            self.checks[item.id] = check
            grid.addWidget(check, i // 2, i % 2)
        self.finish_button = QPushButton(self.tr("&Afronden"))
        for widget in (
            self.reply_title,
            self.reply_intro,
            self.reply_editor,
            self.compare_button,
            self.model_box,
            self.check_box,
        ):
            layout.addWidget(widget)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.finish_button)
        layout.addLayout(row)
        self.compare_button.clicked.connect(self.compare)
        self.finish_button.clicked.connect(self.finish)
        return page

    def _result_page(self) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        layout = scrolling(outer)
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

    def _trainee(self) -> Trainee | None:
        try:
            return self.bar.trainee()
        except ReageerwijzerError as exc:
            QMessageBox.information(self, self.tr("Wie oefent er?"), str(exc))
            self.bar.name.setFocus()
            return None

    def refresh_list(self) -> None:
        name = self.bar.name.currentText().strip()
        progress = {}
        revisit: set[str] = set()
        if name:
            known = next((t for t in self.training.trainees() if t.name.lower() == name.lower()), None)
            if known:
                progress = self.training.progress(known)
                revisit = set(self.training.to_revisit(known))
        level = self.level.currentData()
        current = self.list.currentItem().data(Qt.ItemDataRole.UserRole) if self.list.currentItem() else None
        self.list.clear()
        for case in self.cases:
            if level and case.difficulty != level:
                continue
            done = progress.get(case.id)
            mark = ("↺ " if case.id in revisit else "✓ ") + f"{done.best} · " if done else ""
            item = QListWidgetItem(f"{mark}{case.title} ({case.difficulty})")
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
        trainee = self._trainee()
        if trainee is None:
            return
        done = set(self.training.progress(trainee))
        unseen = [c for c in self._pool() if c.id not in done]
        if not unseen:
            QMessageBox.information(
                self, self.tr("Alles gedaan"), self.tr("Je hebt alle casussen van dit niveau gedaan!")
            )
            return
        self.start(unseen[0])

    def start_random(self) -> None:
        pool = self._pool()
        if pool:
            self.start(random.choice(pool))

    def start_revisit(self) -> None:
        trainee = self._trainee()
        if trainee is None:
            return
        revisit = [c for c in self.cases if c.id in set(self.training.to_revisit(trainee))]
        if not revisit:
            QMessageBox.information(
                self, self.tr("Niets te herhalen"), self.tr("Geen casussen met fouten om te herhalen.")
            )
            return
        self.start(revisit[0])

    # ------------------------------------------------------------ walking

    def start(self, case: PracticeCase) -> None:
        trainee = self._trainee()
        if trainee is None:
            return
        self.trainee = trainee
        self.bar.reload()
        self.session = PracticeSession(case, self.flow)
        self.case_analysis = None
        self.case_title.setText(case.title)
        who = case.author or self.tr("onbekend")
        self.case_meta.setText(f"{PLATFORMS[case.platform]} · {who} · {case.business} · {case.difficulty}")
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
            reserved={"c", "v"},
            on_toggle=lambda _on: self.check_button.setEnabled(self.group.checkedButton() is not None),
            height=40,
        )
        self.feedback.clear()
        self.assistant_after.clear()
        self.check_button.show()
        self.check_button.setEnabled(False)
        self.continue_button.hide()
        next(iter(self.answer_buttons.values())).setFocus()

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
            self.feedback.setText(f"<p style='color:{GOOD}'><b>✓ {esc(good)}</b></p><p>{esc(result.why)}</p>")
        else:
            self.feedback.setText(
                f"<p style='color:{BAD}'><b>✗ "
                + esc(
                    self.tr("Niet wat we verwachtten: het juiste antwoord is '{answer}'.").format(answer=expected_label)
                )
                + f"</b></p><p>{esc(result.why)}</p>"
                + "<p><i>"
                + esc(self.tr("We gaan verder langs het juiste pad."))
                + "</i></p>"
            )
        self.answer_buttons[result.expected or chosen].setStyleSheet(f"border: 2px solid {GOOD}; font-weight: bold;")
        if not result.correct:
            self.answer_buttons[chosen].setStyleSheet(f"border: 2px solid {BAD}; text-decoration: line-through;")
        self._assistant_view(node)
        self.check_button.hide()
        self.continue_button.show()
        self.continue_button.setFocus()
        return result

    def _assistant_view(self, node: Any) -> None:
        """After answering, show what the assistant would have suggested (when it is ready)."""
        if self.assistant is None or not self.assistant.ready or self.session is None:
            return
        if self.case_analysis is None:  # one analysis per case, not one per question
            self.case_analysis = self.assistant.assistant.analyse(self.session.case.text, explain=False)
        analysis = self.case_analysis
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
        outcome = self.flow.node(self.session.case.outcome)
        self.reply_title.setText(self.tr("Uitkomst: {title}").format(title=outcome.title))
        self.reply_editor.clear()
        for check in self.checks.values():
            check.setChecked(False)
        writes = outcome.respond != "nee"
        self.reply_editor.setVisible(writes)
        self.compare_button.setVisible(writes)
        self.model_box.setVisible(False)
        self.check_box.setVisible(False)
        if writes:
            self.reply_intro.setText(
                outcome.summary + "\n\n" + self.tr("Schrijf je antwoord en vergelijk het daarna met het voorbeeld.")
            )
        else:
            self.reply_intro.setText(outcome.summary + "\n\n" + self.tr("Hier hoort geen openbaar antwoord bij."))
        self.stack.setCurrentIndex(2)

    def compare(self) -> None:
        if self.session is None:
            return
        self.model_reply.setText(
            self.session.case.model_reply or self.tr("(Geen voorbeeld: hier mag je ook niets zeggen.)")
        )
        self.model_box.setVisible(True)
        self.check_box.setVisible(self.flow.node(self.session.case.outcome).respond == "ja")

    def finish(self) -> int | None:
        if self.session is None or self.trainee is None:
            return None
        checked = [k for k, c in self.checks.items() if c.isChecked()] if self.check_box.isVisible() else []
        score = self.session.finish(self.reply_editor.toPlainText(), checked)
        try:
            self.training.record_attempt(self.trainee, self.session.result, score)
        except ReageerwijzerError as exc:
            QMessageBox.critical(self, self.tr("Niet opgeslagen"), str(exc))
        self.last_score = score
        result = self.session.result
        self.result_title.setText(self.tr("Score: {score} van 100").format(score=score))
        lines = []
        you, expected_word = self.tr("jij"), self.tr("verwacht")
        for step in result.steps:
            node = self.flow.node(step.question)
            mark = f"<span style='color:{GOOD}'>✓</span>" if step.correct else f"<span style='color:{BAD}'>✗</span>"
            chosen = node.answer(step.chosen).label
            line = f"{mark} {esc(node.question)} — {esc(you)}: <b>{esc(chosen)}</b>"
            if not step.correct and step.expected:
                expected_label = node.answer(step.expected).label
                line += f", {esc(expected_word)}: <b>{esc(expected_label)}</b><br><i>{esc(step.why)}</i>"
            lines.append(f"<li>{line}</li>")
        text = esc(
            self.tr("{right} van {total} vragen goed.").format(right=result.correct_steps, total=len(result.steps))
        )
        text += "<ul>" + "".join(lines) + "</ul>"
        if self.session.case.tips:
            text += (
                "<p><b>"
                + esc(self.tr("Tips"))
                + "</b></p><ul>"
                + "".join(f"<li>{esc(t)}</li>" for t in self.session.case.tips)
                + "</ul>"
            )
        self.result_text.setText(text)
        self.stack.setCurrentIndex(3)
        self.refresh_list()
        return score


class CrisisView(QWidget):
    """A crisis in simulated time: triage every comment, fast and right."""

    def __init__(
        self,
        training: TrainingStore,
        bar: TraineeBar,
        clock: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.training = training
        self.bar = bar
        self.clock = clock
        self.scenarios = list(shipped_scenarios())
        self.run: CrisisRun | None = None
        self.trainee: Trainee | None = None
        self.shown: set[int] = set()
        self.timer = QTimer(self, interval=250)
        self.timer.timeout.connect(self.tick)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.scenario = QComboBox()
        for scenario in self.scenarios:
            self.scenario.addItem(scenario.title, scenario.id)
        self.scenario.setAccessibleName(self.tr("Scenario"))
        self.start_button = QPushButton(self.tr("&Start de oefening"))
        self.stop_button = QPushButton(self.tr("Sto&ppen"))
        self.stop_button.setEnabled(False)
        self.clock_label = heading("", 1.1)
        self.clock_label.setWordWrap(False)
        self.clock_label.setMinimumWidth(self.clock_label.fontMetrics().horizontalAdvance("Tijd 00:00 van 00:00") + 20)
        self.clock_label.setAccessibleName(self.tr("Gesimuleerde tijd"))
        label = QLabel(self.tr("S&cenario:"))
        label.setBuddy(self.scenario)
        top.addWidget(label)
        top.addWidget(self.scenario, 1)
        top.addWidget(self.start_button)
        top.addWidget(self.stop_button)
        top.addWidget(self.clock_label)
        layout.addLayout(top)
        self.incident = plain()
        layout.addWidget(self.incident)

        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.stack.addWidget(self._intro())
        self.stack.addWidget(self._board())
        self.stack.addWidget(self._debrief())
        self.start_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self.stop)
        self.scenario.currentIndexChanged.connect(lambda _i: self._show_incident())
        self.bar.name.currentTextChanged.connect(lambda _t: self.refresh_scores())
        self._show_incident()

    def _intro(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(
            plain(
                self.tr(
                    "In een crisis komt er in korte tijd een stroom reacties binnen. Kies per reactie wat je doet. "
                    "Snel en goed levert de meeste punten op; de eerste klachten en geruchten die zich verspreiden "
                    "gaan voor. Een minuut in de oefening duurt tien echte seconden."
                )
            )
        )
        layout.addStretch()
        return page

    def _board(self) -> QWidget:
        page = QWidget()
        layout = QHBoxLayout(page)
        self.queue = QListWidget()
        self.queue.setAccessibleName(self.tr("Binnengekomen reacties"))
        self.queue.setMinimumWidth(300)
        layout.addWidget(self.queue, 2)
        right = QVBoxLayout()
        self.message = QPlainTextEdit()
        self.message.setReadOnly(True)
        self.message.setAccessibleName(self.tr("Gekozen reactie"))
        right.addWidget(self.message, 1)
        box = card()
        grid = QGridLayout(box)
        self.action_buttons: dict[str, QPushButton] = {}
        for i, (action, label) in enumerate(ACTION_LABELS.items()):
            button = QPushButton(f"&{i + 1}  {self.tr(label)}")
            button.setProperty("action", action)
            button.setMinimumHeight(38)
            button.clicked.connect(lambda _c=False, a=action: self.decide(a))
            grid.addWidget(button, i // 2, i % 2)
            self.action_buttons[action] = button
        right.addWidget(box)
        self.status = plain(muted=True)
        right.addWidget(self.status)
        layout.addLayout(right, 3)
        self.queue.currentRowChanged.connect(lambda _r: self._show_selected())
        return page

    def _debrief(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        self.debrief = QLabel()
        self.debrief.setWordWrap(True)
        self.debrief.setTextFormat(Qt.TextFormat.RichText)
        self.debrief.setAlignment(Qt.AlignmentFlag.AlignTop)
        scroll.setWidget(self.debrief)
        layout.addWidget(scroll)
        return page

    def refresh_scores(self) -> None:
        """Show the trainee's best score next to each scenario."""
        name = self.bar.name.currentText().strip()
        known = next((t for t in self.training.trainees() if t.name.lower() == name.lower()), None) if name else None
        best = self.training.crisis_scores(known) if known else {}
        for i, scenario in enumerate(self.scenarios):
            score = best.get(scenario.id)
            suffix = self.tr(" (beste: {score})").format(score=score) if score is not None else ""
            self.scenario.setItemText(i, scenario.title + suffix)

    def current_scenario(self) -> Scenario:
        return self.scenarios[self.scenario.currentIndex()]

    def _show_incident(self) -> None:
        if self.scenarios:
            scenario = self.current_scenario()
            self.incident.setText(f"{scenario.business}: {scenario.incident}")

    def start(self) -> None:
        if not self.scenarios:
            return
        try:
            self.trainee = self.bar.trainee()
        except ReageerwijzerError as exc:
            QMessageBox.information(self, self.tr("Wie oefent er?"), str(exc))
            return
        self.bar.reload()
        self.run = CrisisRun(self.current_scenario(), self.clock)
        self.run.start()
        self.shown = set()
        self.queue.clear()
        self.message.clear()
        self.stack.setCurrentIndex(1)
        self.start_button.setEnabled(False)
        self.scenario.setEnabled(False)
        self.stop_button.setEnabled(True)
        self.timer.start()
        self.tick()

    def tick(self) -> None:
        run = self.run
        if run is None:
            return
        now = run.now()
        minutes = int(now)
        seconds = int((now - minutes) * 60)
        total = int(run.scenario.minutes)
        self.clock_label.setText(
            self.tr("Tijd {m:02d}:{s:02d} van {total}:00").format(m=minutes, s=seconds, total=total)
        )
        for message in run.arrived():
            if message.index in self.shown:
                continue
            self.shown.add(message.index)
            item = QListWidgetItem(
                f"{int(message.at):02d}:{int(message.at % 1 * 60):02d} · {PLATFORMS[message.platform]} · "
                f"{message.author}: {message.text[:60]}"
            )
            item.setData(Qt.ItemDataRole.UserRole, message.index)
            self.queue.addItem(item)
            if self.queue.currentRow() < 0:
                self.queue.setCurrentRow(0)
        waiting = len(run.pending())
        self.status.setText(self.tr("{n} reactie(s) wachten op je").format(n=waiting))
        if run.finished:
            self.stop()

    def _show_selected(self) -> None:
        item = self.queue.currentItem()
        if item is None or self.run is None:
            self.message.clear()
            return
        message = self.run.scenario.messages[item.data(Qt.ItemDataRole.UserRole)]
        self.message.setPlainText(f"{PLATFORMS[message.platform]} · {message.author}\n\n{message.text}")
        handled = message.index in self.run.decisions
        for button in self.action_buttons.values():
            button.setEnabled(not handled)

    def decide(self, action: str) -> None:
        item = self.queue.currentItem()
        if item is None or self.run is None:
            return
        index = item.data(Qt.ItemDataRole.UserRole)
        try:
            self.run.handle(index, action)
        except ValueError:
            return
        item.setText("✔ " + item.text())
        item.setForeground(self.palette().placeholderText())
        row = self.queue.row(item)
        for offset in range(1, self.queue.count() + 1):
            candidate = self.queue.item((row + offset) % self.queue.count())
            if candidate.data(Qt.ItemDataRole.UserRole) not in self.run.decisions:
                self.queue.setCurrentItem(candidate)
                break
        self._show_selected()
        if self.run.finished:
            self.stop()

    def stop(self) -> int | None:
        run = self.run
        if run is None:
            return None
        self.timer.stop()
        run.stop()
        score = run.score()
        decisions = [
            {
                "message": d.message.index,
                "action": d.action,
                "correct": d.correct,
                "minutes": round(d.response_minutes, 2),
            }
            for d in run.decisions.values()
        ]
        if self.trainee is not None:
            try:
                self.training.record_crisis(self.trainee, run.scenario.id, score.score, decisions)
            except ReageerwijzerError as exc:
                QMessageBox.critical(self, self.tr("Niet opgeslagen"), str(exc))
        rows = []
        priority_word = self.tr("prioriteit")
        for message in sorted(run.scenario.messages, key=lambda m: (m.priority, m.at)):
            decision = run.decisions.get(message.index)
            expected = self.tr(ACTION_LABELS[message.action])
            if decision is None:
                mark, got = f"<span style='color:{BAD}'>—</span>", esc(self.tr("niet afgehandeld"))
            elif decision.correct:
                mark, got = (
                    f"<span style='color:{GOOD}'>✓</span>",
                    esc(self.tr("{m:.0f} min").format(m=decision.response_minutes)),
                )
            else:
                mark = f"<span style='color:{BAD}'>✗</span>"
                got = esc(self.tr("jij: {a}").format(a=self.tr(ACTION_LABELS[decision.action])))
            rows.append(
                f"<li>{mark} <b>{esc(priority_word)} {message.priority}</b> · {esc(message.author)}: "
                f"“{esc(short(message.text))}” → <b>{esc(expected)}</b> ({got})<br><i>{esc(message.why)}</i></li>"
            )
        median = f"{score.median_response:.1f}".replace(".", ",") if score.median_response is not None else "—"
        title = self.tr("Score: {score} van 100").format(score=score.score)
        summary = self.tr(
            "{correct} van {total} goed afgehandeld, {handled} behandeld; mediane reactietijd {median} min."
        )
        summary = summary.format(correct=score.correct, total=score.total, handled=score.handled, median=median)
        good_plan = self.tr("Wat een goede aanpak voorop had gezet")
        per_message = self.tr("Per reactie, op volgorde van belang")
        html = (
            f"<h2>{esc(title)}</h2><p>{esc(summary)}</p><h3>{esc(good_plan)}</h3><ol>"
            + "".join(f"<li>{esc(line)}</li>" for line in run.scenario.debrief)
            + f"</ol><h3>{esc(per_message)}</h3><ul>"
            + "".join(rows)
            + "</ul>"
        )
        self.refresh_scores()
        self.debrief.setText(html)
        self.stack.setCurrentIndex(2)
        self.start_button.setEnabled(True)
        self.scenario.setEnabled(True)
        self.stop_button.setEnabled(False)
        self.run = None
        return score.score


class PracticeView(QWidget):
    def __init__(
        self,
        flow: Flowchart,
        store: CaseStore,
        assistant: AssistantService | None = None,
        clock: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.training = TrainingStore(store)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Oefenen")))
        self.bar = TraineeBar(self.training)
        layout.addWidget(self.bar)
        self.tabs = QTabWidget()
        self.cases = CasePracticeView(flow, self.training, self.bar, assistant)
        self.crisis = CrisisView(self.training, self.bar, clock)
        self.tabs.addTab(self.cases, self.tr("Oefencasussen"))
        self.tabs.addTab(self.crisis, self.tr("Crisisoefening"))
        layout.addWidget(self.tabs, 1)
