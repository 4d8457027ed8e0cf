"""The crisis radar in the window: a banner at 'verhoogd' or 'crisis' that opens the crisis view,
and a reminder to follow up when a wave has calmed down.

The check runs in the background (topic matchers on the window's model runner, the history read on
the history worker) after start and after every save; the window never waits for it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.categories import PLATFORMS
from app.domain.radar import parse_time
from app.domain.radar_data import shipped_statements
from app.domain.radar_plan import statement_for
from app.domain.replies import open_slots
from app.store.radar import FollowUp, RadarReport, check, mark_follow_up_done, save_draft
from app.ui.crisis_plan import CrisisPlanDialog, CrisisPlanSection, role_label
from app.ui.tasks import HistoryWorker, TaskRunner
from app.ui.widgets import SlotHighlighter, heading, plain, scrolling

STYLES = {
    "crisis": "QFrame#radarBanner { background: #b71c1c; } QFrame#radarBanner QLabel { color: white; }",
    "verhoogd": "QFrame#radarBanner { background: #ffb300; } QFrame#radarBanner QLabel { color: #1a1a1a; }",
    "opvolging": "QFrame#radarBanner { background: #1565c0; } QFrame#radarBanner QLabel { color: white; }",
}


def _when(value: str) -> str:
    moment = parse_time(value)
    return moment.astimezone().strftime("%d-%m %H:%M") if moment else ""


def window_runner(window: QMainWindow) -> TaskRunner:
    """The window's model runner: the topic matchers load after the assistant, never beside it."""
    runner: TaskRunner = window.runner  # type: ignore[attr-defined]
    return runner


def _load_topics() -> None:
    from app.nlp.topics import topic_finder

    topic_finder()


def _check(now: datetime) -> Callable[[Any], RadarReport]:
    def job(store: Any) -> RadarReport:
        from app.nlp.topics import analyse_topics

        return check(store, now, analyse_topics)

    return job


def not_kept(dialog: QWidget, message: str) -> None:
    """A closed dialog's text could not be kept (e.g. a history viewed only): one line in the window."""
    owner = dialog.parentWidget()
    window = owner.window() if owner is not None else None
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(message, 10000)
    else:
        QMessageBox.warning(dialog, QCoreApplication.translate("CrisisView", "Niet bewaard"), message)


class RadarBanner(QFrame):
    """One line above the pages: what the radar sees, and a button to act on it."""

    openRequested = Signal()
    followUpRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("radarBanner")
        self.setAccessibleName(self.tr("Crisisradar"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.label, 1)
        self.action = QPushButton()
        self.action.clicked.connect(self._act)
        layout.addWidget(self.action)
        self.later = QPushButton(self.tr("Niet nu"))
        self.later.clicked.connect(self.hide)
        layout.addWidget(self.later)
        self.mode = ""
        self.hide()

    def show_report(self, report: RadarReport) -> None:
        result = report.result
        if result.alarming:
            self.mode = result.level
            level = self.tr("Crisis") if result.level == "crisis" else self.tr("Verhoogd")
            self.label.setText(self.tr("Crisisradar: {level}. {reason}").format(level=level, reason=result.reasons[0]))
            self.action.setText(self.tr("&Bekijk wat er speelt…"))
        elif report.follow_ups:
            self.mode = "opvolging"
            self.label.setText(
                self.tr(
                    "De golf over {topic} is gaan liggen. Laat weten wat er gebeurde, wat je hebt gedaan en "
                    "wat er verandert."
                ).format(topic=report.follow_ups[-1].episode.topic)
            )
            self.action.setText(self.tr("&Opvolging schrijven…"))
        else:
            self.mode = ""
            self.hide()
            return
        self.setStyleSheet(STYLES[self.mode])
        self.show()

    def _act(self) -> None:
        if self.mode == "opvolging":
            self.followUpRequested.emit()
        else:
            self.openRequested.emit()


class RadarWatcher(QObject):
    """Runs the radar in the background and keeps the banner up to date."""

    checked = Signal(object)  # RadarReport

    def __init__(self, window: QMainWindow, now: Callable[[], datetime] | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.now = now or (lambda: datetime.now(UTC))
        self.report: RadarReport | None = None
        self.error = ""
        self.busy = False
        self.again = False
        self.banner = RadarBanner()
        self.banner.openRequested.connect(self.open_view)
        self.banner.followUpRequested.connect(self.open_follow_up)
        self.view: CrisisView | None = None
        self.follow_up: FollowUpDialog | None = None

    @property
    def history(self) -> HistoryWorker:
        worker: HistoryWorker = self.window.history_worker  # type: ignore[attr-defined]
        return worker

    def install(self) -> None:
        """Put the banner above the window's pages (once)."""
        central = self.window.takeCentralWidget()
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(central, 1)
        self.window.setCentralWidget(holder)

    def attach(self) -> None:
        """After the window (re)built its pages: watch saves, add the plan to the settings, check now."""
        window: Any = self.window
        self.report = None  # perhaps another history now: nothing of the previous one stays up
        self.banner.hide()
        window.wizard.saved.connect(lambda _case_id: self.refresh())
        window.settings.add_section(CrisisPlanSection(self.history))
        self.refresh()

    def refresh(self) -> None:
        """Check again in the background; a request while checking runs once after it."""
        if self.busy:
            self.again = True
            return
        self.busy = True
        now = self.now()
        runner = window_runner(self.window)
        runner.submit(
            _load_topics,
            lambda _r: self.history.call(_check(now), self._done, self._failed),
            self._failed,
        )

    def _done(self, report: RadarReport) -> None:
        self.busy = False
        self.report = report
        self.error = ""
        self.banner.show_report(report)
        self.checked.emit(report)
        self._next()

    def _failed(self, message: str) -> None:
        self.busy = False
        self.error = message  # the radar is an extra: its failure never stops the owner's work
        self._next()

    def _next(self) -> None:
        if self.again:
            self.again = False
            self.refresh()

    def open_view(self) -> CrisisView | None:
        if self.report is None:
            return None
        self.view = CrisisView(self.report, self.history, self.window)
        self.view.planChanged.connect(self.refresh)
        self.view.statementKept.connect(self.refresh)
        self.view.open()
        return self.view

    def open_follow_up(self) -> FollowUpDialog | None:
        if self.report is None or not self.report.follow_ups:
            return None
        self.follow_up = FollowUpDialog(self.report.follow_ups[-1], self.history, self.window)
        self.follow_up.done.connect(self.refresh)
        self.follow_up.kept.connect(self.refresh)
        self.follow_up.open()
        return self.follow_up


class CopyRow(QWidget):
    """Under an editable text: how many [vul in: …] slots are still open, and a copy button."""

    def __init__(self, editor: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.state = QLabel()
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.copy = QPushButton(self.tr("&Kopiëren"))
        self.copy.clicked.connect(self.do_copy)
        editor.textChanged.connect(self.update_state)
        row.addWidget(self.state, 1)
        row.addWidget(self.copy)
        self.update_state()

    def update_state(self) -> None:
        slots = len(open_slots(self.editor.toPlainText()))
        self.state.setText(
            self.tr("Nog {n} open plek(ken) [vul in: …]: vul ze in voor je plaatst.").format(n=slots)
            if slots
            else self.tr("Klaar om te plaatsen.")
        )

    def do_copy(self) -> None:
        QGuiApplication.clipboard().setText(self.editor.toPlainText())
        self.state.setText(self.tr("Gekopieerd."))


class CrisisView(QDialog):
    """What is happening, the holding statement, who does what, and when to pause comments."""

    planChanged = Signal()
    statementKept = Signal()

    def __init__(self, report: RadarReport, history: HistoryWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.history = history
        self.setWindowTitle(self.tr("Crisisoverzicht"))
        room = (parent.window() if parent else self).screen().availableGeometry()
        if parent is not None:
            room = room.intersected(parent.window().geometry())
        self.resize(min(960, room.width() - 40), min(720, room.height() - 40))
        outer = QVBoxLayout(self)
        body = scrolling(outer)
        result = report.result
        level = self.tr("Crisis") if result.level == "crisis" else self.tr("Verhoogd")
        body.addWidget(heading(self._title(level)))
        body.addWidget(self._happening())
        body.addWidget(self._statement())
        body.addWidget(self._checklist())
        body.addWidget(self._pause())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Sluiten"))
        edit = buttons.addButton(self.tr("Crisisplan &bewerken…"), QDialogButtonBox.ButtonRole.ActionRole)
        edit.clicked.connect(self.edit_plan)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.plan_dialog: CrisisPlanDialog | None = None

    def _title(self, level: str) -> str:
        result = self.report.result
        if result.episode:
            return self.tr("{level}: er speelt iets rond {topic}").format(level=level, topic=result.episode.topic)
        rule = result.signals[0].rule if result.signals else ""
        if rule == "threats":
            return self.tr("{level}: er zijn bedreigingen binnengekomen").format(level=level)
        if rule == "bombing":
            return self.tr("{level}: veel nieuwe schrijvers tegelijk").format(level=level)
        return self.tr("{level}: meer negatieve reacties dan normaal").format(level=level)

    def _happening(self) -> QGroupBox:
        box = QGroupBox(self.tr("Wat er gebeurt"))
        layout = QVBoxLayout(box)
        for reason in self.report.result.reasons:
            layout.addWidget(plain("• " + reason))
        self.cases = QListWidget()
        self.cases.setAccessibleName(self.tr("Reacties die meetellen"))
        for comment in self.report.comments:
            who = comment.author or self.tr("onbekend")
            where = PLATFORMS.get(comment.platform, comment.platform)
            self.cases.addItem(f"{_when(comment.when)}  {where}  {who}: {' '.join(comment.text.split())[:160]}")
        self.cases.setWordWrap(True)
        self.cases.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cases.setMinimumHeight(120)
        self.cases.setMaximumHeight(170)
        layout.addWidget(self.cases)
        return box

    def _statement(self) -> QGroupBox:
        box = QGroupBox(self.tr("Eerste verklaring"))
        layout = QVBoxLayout(box)
        layout.addWidget(
            plain(
                self.tr(
                    "Snel en eerlijk gaat voor perfect: zeg dat je het weet, wat je doet en wanneer mensen meer "
                    "horen. Vul de gemarkeerde stukken met feiten die vaststaan; laat weg wat nog niet zeker is."
                ),
                muted=True,
            )
        )
        row = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Soort voorval"))
        for kind, (title, _text) in shipped_statements().statements.items():
            self.kind.addItem(title, kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(self.report.kind)))
        kind_label = QLabel(self.tr("Verklaring voor: "))
        kind_label.setBuddy(self.kind)
        row.addWidget(kind_label)
        row.addWidget(self.kind, 1)
        self.refill = QPushButton(self.tr("Opnieuw &invullen"))
        self.refill.setToolTip(self.tr("Zet de tekst terug naar de voorbereide verklaring van deze soort."))
        row.addWidget(self.refill)
        layout.addLayout(row)
        self.statement = QPlainTextEdit(self.report.statement)
        self.statement.setAccessibleName(self.tr("Eerste verklaring"))
        self.statement.setMinimumHeight(150)
        self.highlighter = SlotHighlighter(self.statement.document())
        layout.addWidget(self.statement)
        layout.addWidget(CopyRow(self.statement))
        self.edits: dict[str, str] = {self.report.kind: self.report.statement}
        self.shown_kind = self.report.kind
        self.kind.currentIndexChanged.connect(self._switch_kind)
        self.refill.clicked.connect(lambda: self.statement.setPlainText(self._generated(self.shown_kind)))
        self.finished.connect(self._keep)
        return box

    def _generated(self, kind: str) -> str:
        if kind == self.report.kind:
            return self.report.generated
        topic = self.report.result.episode.topic if self.report.result.episode else ""
        return statement_for(kind, topic, self.report.profile, self.report.profile.plan)

    def _switch_kind(self) -> None:
        self.edits[self.shown_kind] = self.statement.toPlainText()
        self.shown_kind = self.kind.currentData()
        self.statement.setPlainText(self.edits.get(self.shown_kind) or self._generated(self.shown_kind))

    def _keep(self) -> None:
        """Closing keeps what the owner typed (in the history, for this wave); unchanged text is not kept."""
        text = self.statement.toPlainText()
        kept = "" if text.strip() == self._generated(self.shown_kind).strip() else text
        before = "" if self.report.statement == self.report.generated else self.report.statement
        if kept.strip() != before.strip():
            key = self.report.statement_key
            self.history.call(lambda store: save_draft(store, key, kept), None, lambda m: not_kept(self, m))
            self.statementKept.emit()

    def _checklist(self) -> QGroupBox:
        box = QGroupBox(self.tr("Wie doet wat"))
        layout = QVBoxLayout(box)
        self.steps: list[QCheckBox] = []
        for item in self.report.checklist:
            row = QHBoxLayout()
            check = QCheckBox()
            text = f"{role_label(item.task)} — {item.who}: {item.text}"
            check.setAccessibleName(text)
            label = plain(text)
            row.addWidget(check, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(label, 1)
            layout.addLayout(row)
            self.steps.append(check)
        if any("[vul in:" in item.who for item in self.report.checklist):
            layout.addWidget(
                plain(self.tr("Nog niet iedereen heeft een rol: vul de namen in bij Crisisplan."), muted=True)
            )
        return box

    def _pause(self) -> QGroupBox:
        box = QGroupBox(self.tr("Als het uit de hand loopt"))
        layout = QVBoxLayout(box)
        layout.addWidget(plain(self.report.pause))
        self.pause_message = QPlainTextEdit(self.report.pause_message)
        self.pause_message.setAccessibleName(self.tr("Bericht bij het pauzeren van reacties"))
        self.pause_message.setMaximumHeight(90)
        layout.addWidget(self.pause_message)
        layout.addWidget(CopyRow(self.pause_message))
        return box

    def edit_plan(self) -> CrisisPlanDialog:
        self.plan_dialog = CrisisPlanDialog(self.history, self)
        self.plan_dialog.saved.connect(self.planChanged)
        self.plan_dialog.open()
        return self.plan_dialog


class FollowUpDialog(QDialog):
    """After the storm: the drafted follow-up post, to edit, copy and mark as posted."""

    done = Signal()
    kept = Signal()

    def __init__(self, follow_up: FollowUp, history: HistoryWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.follow_up = follow_up
        self.history = history
        self.setWindowTitle(self.tr("Opvolging na de storm"))
        self.resize(720, 480)
        layout = QVBoxLayout(self)
        episode = follow_up.episode
        layout.addWidget(heading(self.tr("De golf over {topic} is gaan liggen").format(topic=episode.topic)))
        layout.addWidget(
            plain(
                self.tr(
                    "Mensen willen weten hoe het afliep. Vertel kort wat er gebeurde, wat je hebt gedaan en wat er "
                    "verandert; bied excuses aan waar dat past. Dit concept komt uit de {n} reacties en de lessen "
                    "die je erbij schreef."
                ).format(n=len(episode.cases))
            )
        )
        self.editor = QPlainTextEdit(follow_up.draft)
        self.finished.connect(self._keep)
        self.editor.setAccessibleName(self.tr("Opvolgbericht"))
        self.highlighter = SlotHighlighter(self.editor.document())
        layout.addWidget(self.editor, 1)
        layout.addWidget(CopyRow(self.editor))
        buttons = QDialogButtonBox()
        self.posted = buttons.addButton(
            self.tr("&Geplaatst, niet meer herinneren"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        later = buttons.addButton(self.tr("&Later"), QDialogButtonBox.ButtonRole.RejectRole)
        self.posted.clicked.connect(self.mark_done)
        later.clicked.connect(self.reject)
        layout.addWidget(buttons)

    def _keep(self) -> None:
        """Closing keeps an edited follow-up (in the history, for this wave)."""
        text = self.editor.toPlainText()
        kept = "" if text.strip() == self.follow_up.generated.strip() else text
        before = "" if self.follow_up.draft == self.follow_up.generated else self.follow_up.draft
        if kept.strip() != before.strip():
            key = self.follow_up.key
            self.history.call(lambda store: save_draft(store, key, kept), None, lambda m: not_kept(self, m))
            self.kept.emit()

    def mark_done(self) -> None:
        episode_id = self.follow_up.episode.id
        self.posted.setEnabled(False)
        self.history.call(lambda store: mark_follow_up_done(store, episode_id), self._marked, self._failed)

    def _marked(self, _result: object) -> None:
        self.done.emit()
        self.accept()

    def _failed(self, message: str) -> None:
        self.posted.setEnabled(True)
        QMessageBox.warning(self, self.tr("Niet opgeslagen"), message)
