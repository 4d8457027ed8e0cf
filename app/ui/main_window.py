"""The main window: a place for each job, the assistant loading in the background."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from app.domain.case import Case
from app.domain.flowchart import Flowchart, shipped_flowchart
from app.store import CaseStore
from app.ui.about import install_about_action
from app.ui.assistant import AssistantService
from app.ui.history import HistoryView
from app.ui.learning import LearnPanel
from app.ui.practice import PracticeView
from app.ui.privacy import install_privacy
from app.ui.radar import RadarWatcher
from app.ui.readonly import show_read_only
from app.ui.report import ReportView
from app.ui.settings import SettingsView
from app.ui.tasks import HistoryWorker, TaskRunner
from app.ui.wizard import WizardView


class MainWindow(QMainWindow):
    def __init__(
        self,
        history: CaseStore | Path | str,
        flow: Flowchart | None = None,
        assistant_loader: Callable[[], Any] | None = None,
        ask_resume: Callable[[Case], str] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        self.clock = clock
        # The window works on the history only through this worker (its own connection, its own
        # thread); a store passed in only says which file.
        self.history_worker = HistoryWorker(
            history.path if isinstance(history, CaseStore) else history,
            self,
            read_only=getattr(history, "read_only", False),  # a newer version's history: view only
        )
        self.flow = flow or shipped_flowchart()
        self.ask_resume = ask_resume or self._ask_resume
        self.setWindowTitle(self.tr("Reageerwijzer"))
        self.resize(QSize(1200, 820))
        self.runner = TaskRunner(self)
        self.learn_runner = TaskRunner(self)  # learning takes a while: never in the assistant's queue
        self.report_runner = TaskRunner(self)
        self.assistant = AssistantService(self.runner, assistant_loader or self._load_assistant, self)
        self.assistant_status = QLabel()
        self.statusBar().addPermanentWidget(self.assistant_status)
        self.assistant.stateChanged.connect(self._assistant_state)
        self.learn_offer = QPushButton()
        self.learn_offer.setFlat(True)
        self.learn_offer.setVisible(False)
        self.learn_offer.clicked.connect(self._learn_now)
        self.statusBar().addPermanentWidget(self.learn_offer)

        central = QWidget()
        layout = QHBoxLayout(central)
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Onderdelen"))
        self.nav.setMaximumWidth(220)
        self.pages = QStackedWidget()
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.radar = RadarWatcher(self)  # crisis radar: banner above the pages, checks in the background
        self.radar.install()
        self._build_pages()
        self.about_action = install_about_action(self)
        self.nav.currentRowChanged.connect(self._switch)
        for number in range(1, 6):
            QShortcut(QKeySequence(f"Ctrl+{number}"), self, activated=lambda n=number: self.nav.setCurrentRow(n - 1))
        self.nav.setCurrentRow(0)
        self.privacy_action = install_privacy(self, self.history_worker)  # menu item + retention run
        if self.history_worker.read_only:
            show_read_only(self)
        self._assistant_state("idle")
        self.assistant.load()
        QTimer.singleShot(0, self.offer_resume)

    def _build_pages(self) -> None:
        while self.pages.count():
            widget = self.pages.widget(0)
            self.pages.removeWidget(widget)
            widget.deleteLater()
        self.nav.clear()
        history = self.history_worker
        self.wizard = WizardView(self.flow, history, self.assistant)
        self.history = HistoryView(self.flow, history)
        self.settings = SettingsView(history)
        self.learn_panel = LearnPanel(history.path, self.learn_runner, read_only=history.read_only)
        self.learn_panel.learned.connect(self.assistant.load)
        self.learn_panel.learned.connect(lambda: self.learn_offer.setVisible(False))
        self.learn_panel.offer.connect(self._offer_learning)
        self.settings.add_section(self.learn_panel)
        practice = PracticeView(self.flow, history, self.assistant, self.clock)
        self.practice = practice
        report = ReportView(history, self.report_runner)
        self.report = report
        for title, page in (
            (self.tr("Nieuwe reactie"), self.wizard),
            (self.tr("Geschiedenis"), self.history),
            (self.tr("Oefenen"), practice),
            (self.tr("Maandrapport"), report),
            (self.tr("Profiel en instellingen"), self.settings),
        ):
            item = QListWidgetItem(title)
            item.setSizeHint(QSize(180, 40))
            self.nav.addItem(item)
            self.pages.addWidget(page)
        self.wizard.saved.connect(self._case_saved)
        self.history.resumeRequested.connect(self.resume)
        self.settings.storeChangeRequested.connect(self.switch_store)
        self.settings.restoreRequested.connect(self.restore)
        self.radar.attach()

    def _switch(self, row: int) -> None:
        self.pages.setCurrentIndex(row)
        if self.pages.currentWidget() is self.history:
            self.history.refresh_months()
            self.history.refresh()
        if self.pages.currentWidget() is self.report:
            self.report.refresh_months()

    def _assistant_state(self, state: str) -> None:
        texts = {
            "idle": self.tr("Assistent: wacht"),
            "loading": self.tr("Assistent wordt geladen…"),
            "ready": self.tr("Assistent klaar"),
            "failed": self.tr("Assistent niet beschikbaar"),
        }
        self.assistant_status.setText(texts.get(state, state))
        if state == "failed":
            self.assistant_status.setToolTip(self.assistant.error)

    def _case_saved(self, case_id: int) -> None:
        self.history.refresh_months()
        self.history.refresh(select_id=case_id)
        self.learn_panel.refresh()

    def _load_assistant(self) -> Any:
        """The shipped assistant, or the one this history learned when it fits (runs in the worker)."""
        from app.nlp.pipeline import Assistant

        assistant, _note = Assistant.load_for_history(self.history_worker.path)
        return assistant

    def _offer_learning(self, new_cases: int) -> None:
        self.learn_offer.setText(self.tr("Assistent bijleren ({n} nieuwe zaken)…").format(n=new_cases))
        self.learn_offer.setVisible(True)

    def _learn_now(self) -> None:
        self.learn_offer.setVisible(False)
        self.nav.setCurrentRow(4)
        self.learn_panel.start()

    # ------------------------------------------------------------ unfinished cases

    def _ask_resume(self, case: Case) -> str:
        who = case.author or self.tr("een onbekende schrijver")
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the writer's name and comment are untrusted text
        box.setWindowTitle(self.tr("Verder waar je was?"))
        box.setText(self.tr("Je was nog bezig met een reactie van {who}:").format(who=who))
        box.setInformativeText(case.text[:300] + ("…" if len(case.text) > 300 else ""))
        resume = box.addButton(self.tr("&Verder gaan"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        discard = box.addButton(self.tr("&Weggooien"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(resume)
        box.exec()
        clicked = box.clickedButton()
        if clicked is discard:
            return "discard"
        return "resume" if clicked is resume else "later"

    def offer_resume(self) -> None:
        """Ask about the first unfinished case, if there is one (read by the history worker)."""
        if self.history_worker.read_only:
            return  # viewing only: nothing to continue or throw away
        self.history_worker.call(lambda store: store.open_sessions(), self._offer, lambda _message: None)

    def _offer(self, pending: list[Case]) -> None:
        if not pending:
            return
        case = pending[0]
        choice = self.ask_resume(case)
        if choice == "resume":
            self.resume(case)
        elif choice == "discard" and case.id is not None:
            case_id = case.id
            self.history_worker.call(
                lambda store: store.delete(case_id), None, lambda message: self.statusBar().showMessage(message, 8000)
            )

    def resume(self, case: Case) -> None:
        self.nav.setCurrentRow(0)
        self.wizard.resume(case)

    # ------------------------------------------------------------ history file

    def switch_store(self, path: str) -> None:
        """Open another history file (by the history worker); the current one stays on failure."""
        self.wizard.autosave()
        self.history_worker.switch(path, self._switched, self._not_switched)

    def _not_switched(self, message: str) -> None:
        QMessageBox.critical(
            self,
            self.tr("Bestand niet geopend"),
            message + "\n\n" + self.tr("Je werkt verder in het huidige bestand."),
        )

    def _switched(self, path: Path) -> None:
        self._build_pages()
        self.learn_offer.setVisible(False)
        self.assistant.load()  # another history may have learned its own assistant
        self.nav.setCurrentRow(4)
        self.statusBar().showMessage(self.tr("Geschiedenis geopend: {path}").format(path=path), 6000)

    def restore(self, source: str) -> None:
        """Put a backup in place (by the history worker); the previous history is kept aside."""
        self.wizard.autosave()
        self.history_worker.restore(source, self._restored, self._not_restored)

    def _not_restored(self, message: str) -> None:
        QMessageBox.critical(self, self.tr("Terugzetten mislukt"), message)
        self._build_pages()
        self.nav.setCurrentRow(1)

    def _restored(self, safety: Path | None) -> None:
        self._build_pages()
        self.nav.setCurrentRow(1)
        if safety:
            QMessageBox.information(
                self,
                self.tr("Reservekopie teruggezet"),
                self.tr("De vorige geschiedenis is bewaard als {path}.").format(path=safety),
            )

    def closeEvent(self, event: QCloseEvent) -> None:
        """Keep what was typed (the autosave runs first in the history queue), then stop the workers."""
        try:
            self.wizard.autosave()
        finally:
            self.history_worker.close(10000)
            self.runner.wait(5000)
            self.learn_runner.wait(60000)
            self.report_runner.wait(10000)
            event.accept()
