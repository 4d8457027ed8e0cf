"""The crisis exercise: a stream of comments in simulated time; triage every one, fast and right."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.categories import PLATFORMS
from app.domain.crisis import ACTIONS, CrisisRun, Scenario, shipped_scenarios
from app.domain.report_text import decimal
from app.store import CaseStore
from app.store.training import Trainee, TrainingStore
from app.ui.tasks import HistoryWorker
from app.ui.trainee import TraineeBar, bad_color, good_color, known_trainee, short
from app.ui.widgets import card, esc, heading, plain, wrapping_list


class CrisisView(QWidget):
    """A crisis in simulated time: triage every comment, fast and right."""

    def __init__(
        self,
        history: HistoryWorker,
        bar: TraineeBar,
        clock: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.history = history
        self.bar = bar
        self.clock = clock
        self._scenarios: list[Scenario] | None = None  # read when first needed, not at start-up
        self.run: CrisisRun | None = None
        self.trainee: Trainee | None = None
        self.shown: set[int] = set()
        self.timer = QTimer(self, interval=250)
        self.timer.timeout.connect(self.tick)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.scenario = QComboBox()
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

    @property
    def scenarios(self) -> list[Scenario]:
        """The shipped scenarios, loaded (and put in the list to choose from) on first use."""
        if self._scenarios is None:
            self._scenarios = list(shipped_scenarios())
            for scenario in self._scenarios:
                self.scenario.addItem(scenario.title, scenario.id)
        return self._scenarios

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
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
        self.queue = wrapping_list(QListWidget())
        self.queue.setAccessibleName(self.tr("Binnengekomen reacties"))
        self.queue.setMinimumWidth(200)
        layout.addWidget(self.queue, 2)
        right = QVBoxLayout()
        self.message = QPlainTextEdit()
        self.message.setReadOnly(True)
        self.message.setAccessibleName(self.tr("Gekozen reactie"))
        self.message.setMinimumHeight(56)
        right.addWidget(self.message, 1)
        box = card()
        grid = QGridLayout(box)
        self.action_grid = grid
        self._action_columns = 1
        self.action_buttons: dict[str, QPushButton] = {}
        for i, (action, label) in enumerate(ACTIONS.items()):
            button = QPushButton(f"&{i + 1}  {label}")
            button.setProperty("action", action)
            button.setMinimumHeight(32)
            button.clicked.connect(lambda _c=False, a=action: self.decide(a))
            grid.addWidget(button, i, 0)
            self.action_buttons[action] = button
            # The number alone chooses too (Alt+number is the button's own shortcut).
            key = QShortcut(QKeySequence(str(i + 1)), page)  # only while the board is on screen
            key.activated.connect(lambda a=action: self._decide_by_key(a))
        right.addWidget(box)
        right.addWidget(plain(self.tr("Kies met de cijfertoetsen 1 tot en met 6."), muted=True))
        self.status = plain(muted=True)
        right.addWidget(self.status)
        layout.addLayout(right, 3)
        self.queue.currentRowChanged.connect(lambda _r: self._show_selected())
        return page

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Two columns of choices where they fit, one on a narrow window (no sideways scrolling)."""
        super().resizeEvent(event)
        buttons = list(self.action_buttons.values())
        widest = max(b.sizeHint().width() for b in buttons)
        right_side = event.size().width() * 3 // 5 - 60  # the choices get 3/5 of the width (stretch 2:3)
        columns = 2 if 2 * widest + 40 <= right_side else 1
        if columns == self._action_columns:
            return
        self._action_columns = columns
        for button in buttons:
            self.action_grid.removeWidget(button)
        for i, button in enumerate(buttons):
            # In two columns a button may not hold the window wide: one column is the fallback.
            button.setMinimumWidth(1 if columns == 2 else 0)
            self.action_grid.addWidget(button, i // columns, i % columns)

    def _debrief(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(self.tr("Nabespreking"))
        self.debrief = QLabel()
        self.debrief.setWordWrap(True)
        self.debrief.setTextFormat(Qt.TextFormat.RichText)
        self.debrief.setAlignment(Qt.AlignmentFlag.AlignTop)
        scroll.setWidget(self.debrief)
        layout.addWidget(scroll)
        return page

    def refresh_scores(self) -> None:
        """Show the trainee's best score next to each scenario (read by the history worker)."""
        name = self.bar.name.currentText()

        def read(store: CaseStore) -> dict[str, int]:
            training = TrainingStore(store)
            known = known_trainee(training, name)
            return training.crisis_scores(known) if known else {}

        self.history.call(read, self._show_scores)

    def _show_scores(self, best: dict[str, int]) -> None:
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
        """Start the chosen scenario for the trainee named in the bar (found or created by the history worker)."""
        if self.scenarios and self.run is None:
            self.bar.with_trainee(lambda trainee, _extra: self._begin(trainee))

    def _begin(self, trainee: Trainee) -> None:
        if self.run is not None:
            return
        self.trainee = trainee
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
        self.queue.setFocus()

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

    def _decide_by_key(self, action: str) -> None:
        if self.action_buttons[action].isEnabled():
            self.decide(action)

    def decide(self, action: str) -> None:
        item = self.queue.currentItem()
        if item is None or self.run is None:
            return
        index = item.data(Qt.ItemDataRole.UserRole)
        try:
            self.run.handle(index, action)
        except ValueError:
            return
        item.setText("✓ " + item.text())
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
            trainee, scenario_id = self.trainee, run.scenario.id
            self.history.call(
                lambda store: TrainingStore(store).record_crisis(trainee, scenario_id, score.score, decisions),
                lambda _id: self.refresh_scores(),
                lambda message: QMessageBox.critical(self, self.tr("Niet opgeslagen"), message),
            )
        self.debrief.setText(self._debrief_html(run, score))
        self.stack.setCurrentIndex(2)
        self.start_button.setEnabled(True)
        self.scenario.setEnabled(True)
        self.stop_button.setEnabled(False)
        self.run = None
        return score.score

    def _debrief_html(self, run: CrisisRun, score: Any) -> str:
        rows = []
        priority_word = self.tr("prioriteit")
        for message in sorted(run.scenario.messages, key=lambda m: (m.priority, m.at)):
            decision = run.decisions.get(message.index)
            expected = ACTIONS[message.action]
            if decision is None:
                mark, got = f"<span style='color:{bad_color()}'>—</span>", esc(self.tr("niet afgehandeld"))
            elif decision.correct:
                mark, got = (
                    f"<span style='color:{good_color()}'>✓</span>",
                    esc(self.tr("{m:.0f} min").format(m=decision.response_minutes)),
                )
            else:
                mark = f"<span style='color:{bad_color()}'>✗</span>"
                got = esc(self.tr("jij: {a}").format(a=ACTIONS[decision.action]))
            rows.append(
                f"<li>{mark} <b>{esc(priority_word)} {message.priority}</b> · {esc(message.author)}: "
                f"“{esc(short(message.text))}” → <b>{esc(expected)}</b> ({got})<br><i>{esc(message.why)}</i></li>"
            )
        median = decimal(score.median_response) if score.median_response is not None else "—"
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
        return html
