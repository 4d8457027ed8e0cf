"""History: every handled comment, searchable, with its path, reply and lessons.

Every read and write goes through the window's :class:`HistoryWorker`; results that arrive after
the filters changed again are dropped.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.case import Case
from app.domain.categories import CATEGORY_NAMES, PLATFORMS
from app.domain.flowchart import APPROVAL_WAITING, Flowchart
from app.domain.writers import repeat_with
from app.nlp import adapt
from app.store import CaseFilter, CaseStore, team
from app.ui.case_form import CaseForm
from app.ui.history_detail import Detail, DetailPane
from app.ui.history_model import CaseTable, CaseTableModel, is_due, local_time, reply_time
from app.ui.history_team import PersonChooser
from app.ui.person import current_person
from app.ui.tasks import HistoryWorker
from app.ui.widgets import heading, plain

__all__ = ["PAGE_ROWS", "CaseTableModel", "HistoryView", "is_due", "local_time", "reply_time"]

PAGE_ROWS = 200  # rows fetched at a time; more are loaded when the list is scrolled to its end


def fetch_page(store: CaseStore, text: str, filters: CaseFilter, offset: int) -> list[Case]:
    """One page of the list: matches of the search text, or all cases under the filters (a history job)."""
    if text:
        return store.search(text, filters, limit=PAGE_ROWS, offset=offset)
    return store.list(filters, limit=PAGE_ROWS, offset=offset)


@dataclass
class Listing:
    """What a refresh shows: the first page(s), the total, the repeat writers."""

    cases: list[Case]
    total: int | None
    repeat: set[str]  # writers (lower case) who are repeat critics (app.domain.writers)
    exhausted: bool
    waiting: int = 0  # replies waiting for approval, in the whole history


def fetch_listing(store: CaseStore, text: str, filters: CaseFilter, keep: int | None) -> Listing:
    """The first page; when ``keep`` (a case saved or chosen elsewhere) is not on it, pages until it is."""
    cases = fetch_page(store, text, filters, 0)
    exhausted = len(cases) < PAGE_ROWS
    while keep is not None and not exhausted and all(c.id != keep for c in cases) and len(cases) < 5000:
        more = fetch_page(store, text, filters, len(cases))
        exhausted = len(more) < PAGE_ROWS
        cases.extend(more)
    total = None if text else store.count_matching(filters)
    return Listing(cases, total, store.repeat_writers(), exhausted, team.waiting_count(store))


def fetch_detail(store: CaseStore, case_id: int) -> Detail:
    """The case, fresh with its lessons, its writer's record, its approval story and reply versions."""
    story = team.record(store, case_id)
    case = story.case
    detail = Detail(case, no_learn=case_id in adapt.excluded_ids(store), events=story.events)
    detail.revisions = story.revisions
    if case.author:
        detail.earlier = store.negative_count_by(case.author, exclude_id=case.id)
        detail.repeat = repeat_with(detail.earlier, case.is_negative)
    return detail


def fetch_people(store: CaseStore) -> tuple[str, list[str]]:
    return team.person(store), team.people(store)


class HistoryView(QWidget):
    resumeRequested = Signal(object)

    def __init__(self, flow: Flowchart, history: HistoryWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flow = flow
        self.history = history
        self.requests = {"list": 0, "detail": 0, "months": 0}
        self.loading = False
        self.current: Case | None = None
        self.waiting = 0  # replies waiting for approval in the whole history
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Geschiedenis")), 1)
        self.person = PersonChooser()
        self.remembered = ""  # the name the history has as the one working here now
        current_person().changed.connect(self._remember_person)
        top.addWidget(self.person)
        layout.addLayout(top)
        layout.addLayout(self._filter_bar(flow))
        layout.addLayout(self._filter_row())
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._table_view(flow))
        splitter.addWidget(self._detail_pane(flow))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 460])
        layout.addWidget(splitter, 1)
        self.count = plain(muted=True)
        layout.addWidget(self.count)

        self.search_timer = QTimer(self, singleShot=True, interval=300)
        self.search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        for combo in (self.month, self.category, self.status, self.platform):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.status.currentIndexChanged.connect(self._sync_waiting_button)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self.show_case(cur.row()))
        self.table.verticalScrollBar().valueChanged.connect(self._maybe_load_more)
        self.exhausted = True
        self.total: int | None = None
        self.refresh_months()
        self.refresh_people()
        self.refresh()

    def _filter_bar(self, flow: Flowchart) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Zoeken in reacties, antwoorden en lessen…"))
        self.search.setAccessibleName(self.tr("Zoeken"))
        self.search.setClearButtonEnabled(True)
        self.month = QComboBox()
        self.month.setAccessibleName(self.tr("Maand"))
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Categorie"))
        self.category.addItem(self.tr("Alle categorieën"), None)
        for code, name in CATEGORY_NAMES.items():
            self.category.addItem(name, code)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        self.status.addItem(self.tr("Alle statussen"), None)
        for status in flow.statuses:
            self.status.addItem(status.label, status.id)
        self.platform = QComboBox()
        self.platform.setAccessibleName(self.tr("Platform"))
        self.platform.addItem(self.tr("Alle platforms"), None)
        for code, name in PLATFORMS.items():
            self.platform.addItem(name, code)
        search_label = QLabel(self.tr("&Zoek:"))
        search_label.setBuddy(self.search)
        self.waiting_button = QPushButton(self.tr("Te&r goedkeuring"))
        self.waiting_button.setCheckable(True)
        self.waiting_button.setToolTip(self.tr("Toon alleen de antwoorden die op goedkeuring wachten."))
        self.waiting_button.toggled.connect(self._show_waiting)
        bar.addWidget(search_label)
        bar.addWidget(self.search, 2)
        bar.addWidget(self.waiting_button)
        return bar

    def _filter_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for combo in (self.month, self.category, self.status, self.platform):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
            row.addWidget(combo, 1)
        row.addStretch(1)
        return row

    def _table_view(self, flow: Flowchart) -> CaseTable:
        self.model = CaseTableModel(flow, self)
        self.table = CaseTable()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setMinimumWidth(360)
        header = self.table.horizontalHeader()
        # Fixed, readable widths (not 'to contents': long names squashed the outcome); the outcome
        # takes what is left and never less than its own minimum; every column can be dragged.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(48)
        metrics = self.table.fontMetrics()
        samples = {
            0: "00-00-0000",
            1: "Instagram",
            2: "Schrijver ↻",
            3: "onwaarheid",
            5: "Ter goedkeuring",
            6: "00 min",
        }
        for column, sample in samples.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title) + 8)
            header.resizeSection(column, min(width + 16, 150))
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Afgehandelde reacties"))
        return self.table

    def _detail_pane(self, flow: Flowchart) -> DetailPane:
        pane = DetailPane(flow)
        self.detail = pane
        # The pane's parts under the names this screen (and its tests) use.
        self.detail_title, self.repeat_note, self.detail_reply = pane.title, pane.repeat_note, pane.reply
        self.detail_comment, self.detail_path, self.detail_lessons = pane.comment, pane.path, pane.lessons
        self.team_box, self.revisions, self.reply_note = pane.team_box, pane.revisions, pane.reply_note
        self.team_box.approveRequested.connect(self.approve)
        self.team_box.sendBackRequested.connect(self.send_back)
        self.team_box.resubmitRequested.connect(self.resubmit)
        pane.layout_.addWidget(self._edit_box())
        pane.layout_.addStretch()
        return pane

    def _edit_box(self) -> CaseForm:
        edit = CaseForm(
            self.flow,
            self.tr("Bijwerken"),
            lesson_hint=self.tr("Nieuwe les toevoegen…"),
            tags_hint=self.tr("labels, met komma's"),
            person_row=False,  # this screen has 'Je naam' at the top
        )
        # The shared form's fields, under this screen's names.
        self.edit_status = edit.status
        self.edit_follow = edit.follow_check
        self.edit_date = edit.follow_date
        self.edit_lesson = edit.lesson
        self.edit_tags = edit.tags
        self.save_button = QPushButton(self.tr("Wijzigingen &opslaan"))
        self.save_button.clicked.connect(self.save_changes)
        self.resume_button = QPushButton(self.tr("&Verder met deze reactie"))
        self.resume_button.clicked.connect(lambda: self.current and self.resumeRequested.emit(self.current))
        self.no_learn = QCheckBox(self.tr("&Niet gebruiken om bij te leren"))
        self.no_learn.setToolTip(
            self.tr("De assistent leert niet van deze reactie.")
            + " "
            + self.tr("Bijvoorbeeld als je hier bewust anders koos dan het schema voor deze reactie bedoelt.")
        )
        self.no_learn.clicked.connect(self._set_no_learn)
        edit.form.addRow(self.no_learn)
        buttons = QHBoxLayout()
        buttons.addWidget(self.resume_button)
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        edit.form.addRow(buttons)
        self.edit_box = edit
        edit.setEnabled(False)
        self.resume_button.hide()
        return edit

    # ------------------------------------------------------------ reading (history jobs)

    def _next(self, kind: str) -> int:
        self.requests[kind] += 1
        return self.requests[kind]

    def refresh_months(self) -> None:
        request = self._next("months")
        self.history.call(lambda store: store.months(), lambda months: self._show_months(request, months), self._failed)

    def _show_months(self, request: int, months: list[str]) -> None:
        if request != self.requests["months"]:
            return
        current = self.month.currentData()
        self.month.blockSignals(True)
        self.month.clear()
        self.month.addItem(self.tr("Alle maanden"), None)
        for month in months:
            self.month.addItem(month, month)
        index = self.month.findData(current)
        self.month.setCurrentIndex(max(0, index))
        self.month.blockSignals(False)
        if index < 0 and current is not None:
            self.refresh()  # the chosen month is gone (another file, a restore): show all again

    def _failed(self, message: str) -> None:
        self.loading = False
        self.count.setText(message)

    def filters(self) -> CaseFilter:
        return CaseFilter(
            month=self.month.currentData(),
            label=self.category.currentData(),
            status=self.status.currentData(),
            platform=self.platform.currentData(),
        )

    def _update_count(self) -> None:
        cases = self.model.cases
        due = sum(1 for c in cases if is_due(c, flow=self.flow))
        # "200 / 100000 reacties" or "200+ reacties" while more can be scrolled in.
        if self.total is not None and self.total > len(cases):
            shown = f"{len(cases)} / {self.total}"
        elif not self.exhausted:
            shown = f"{len(cases)}+"
        else:
            shown = str(len(cases))
        text = self.tr("{n} reacties").format(n=shown)
        if due:
            text += " · " + self.tr("{n} om op te volgen").format(n=due)
        if self.waiting:
            text += " · " + self.tr("{n} wachten op goedkeuring").format(n=self.waiting)
        self.count.setText(text)

    def _maybe_load_more(self, value: int) -> None:
        bar = self.table.verticalScrollBar()
        if not self.exhausted and value >= bar.maximum() - 5:
            self.load_more()

    def load_more(self) -> None:
        """The next page of the list (called when the list is scrolled to its end)."""
        if self.exhausted or self.loading:
            return
        self.loading = True
        request = self.requests["list"]
        text, filters, offset = self.search.text().strip(), self.filters(), len(self.model.cases)
        self.history.call(
            lambda store: fetch_page(store, text, filters, offset),
            lambda cases: self._more(request, cases),
            self._failed,
        )

    def _more(self, request: int, cases: list[Case]) -> None:
        self.loading = False
        if request != self.requests["list"]:
            return
        self.exhausted = len(cases) < PAGE_ROWS
        self.model.append_cases(cases)
        self._update_count()

    def refresh(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else (self.current.id if self.current else None)
        request = self._next("list")
        self.loading = False
        text, filters = self.search.text().strip(), self.filters()
        self.history.call(
            lambda store: fetch_listing(store, text, filters, keep),
            lambda listing: self._show_listing(request, listing, keep),
            self._failed,
        )

    def _show_listing(self, request: int, listing: Listing, keep: int | None) -> None:
        if request != self.requests["list"]:
            return  # the filters changed again; a newer listing is on its way
        self.exhausted = listing.exhausted
        self.total = listing.total
        self.waiting = listing.waiting
        self.waiting_button.setText(self.tr("Te&r goedkeuring ({n})").format(n=listing.waiting))
        self.waiting_button.setStyleSheet("font-weight: bold" if listing.waiting else "")
        self.model.set_cases(listing.cases, listing.repeat)
        self._update_count()
        # The detail follows the list: the case shown before if it is still there, else the first.
        row = next((i for i, c in enumerate(listing.cases) if c.id == keep), 0 if listing.cases else None)
        if row is not None:
            before = self.requests["detail"]
            self.table.selectRow(row)
            if self.requests["detail"] == before:  # the selection did not move, so it asked for nothing
                self.show_case(row)
        else:
            self._next("detail")  # a detail still on its way is no longer wanted
            self.current = None
            self.detail.clear()
            self.edit_box.setEnabled(False)

    def show_case(self, row: int) -> None:
        if not 0 <= row < len(self.model.cases):
            return
        request = self._next("detail")
        case_id = self.model.cases[row].id
        assert case_id is not None
        self.history.call(
            lambda store: fetch_detail(store, case_id),
            lambda detail: self._show_detail(request, detail),
            self._failed,
        )

    def _show_detail(self, request: int, detail: Detail) -> None:
        if request != self.requests["detail"]:
            return
        case = detail.case
        self.current = case
        self.detail.show_detail(detail)
        self.edit_box.setEnabled(True)
        self.edit_status.setCurrentIndex(max(0, self.edit_status.findData(case.status)))
        self.edit_box.set_follow_up(case.follow_up)
        self.resume_button.setVisible(case.session is not None)
        self.no_learn.setChecked(detail.no_learn)
        self.no_learn.setEnabled(case.session is None)

    # ------------------------------------------------------------ who works here now

    def refresh_people(self) -> None:
        self.history.call(fetch_people, lambda result: self._show_people(*result), self._failed)

    def _show_people(self, current: str, people: list[str]) -> None:
        self.remembered = current
        self.person.set_people(current, people)

    def _remember_person(self, name: str) -> None:
        """A name chosen here or on the save form: the history remembers it for this machine."""
        if name and name != self.remembered:
            self.remembered = name
            self.history.call(lambda store: team.remember(store, name), None, self._failed)

    def _set_no_learn(self, checked: bool) -> None:
        case = self.current
        if case is None or case.id is None:
            return
        case_id = case.id
        self.history.call(lambda store: adapt.mark_excluded(store, case_id, checked), None, self._failed)

    # ------------------------------------------------------------ writing

    def save_changes(self) -> None:
        if self.current is None:
            return
        case = copy.deepcopy(self.current)  # the shown case changes only once the history has the change
        reply = self.detail.edited_reply()
        if reply is not None:
            case.reply = reply
        case.status = self.edit_box.status_id()
        case.follow_up = self.edit_box.follow_up()
        lesson = self.edit_box.new_lesson()
        if lesson is not None:
            case.lessons.append(lesson)
        by = self.person.name() or None  # no name chosen: the one last remembered on this machine
        self.save_button.setEnabled(False)
        self.history.call(
            lambda store: store.save(case, by=by),
            lambda case_id: self._changes_saved(case_id, reply),
            self._save_failed,
        )

    def _changes_saved(self, case_id: int, reply: str | None = None) -> None:
        self.save_button.setEnabled(True)
        self.edit_box.clear_lesson()
        self.detail.saved_reply(case_id, reply)
        self.refresh(select_id=case_id)
        self.window().statusBar().showMessage(self.tr("Wijzigingen opgeslagen."), 4000)

    def _save_failed(self, message: str) -> None:
        self.save_button.setEnabled(True)
        QMessageBox.critical(self, self.tr("Opslaan mislukt"), message)

    # ------------------------------------------------------------ approval

    def _team_step(self, step: str, comment: str = "") -> None:
        """Approve, send back or offer again, as the person chosen at the top (a history job)."""
        case = self.current
        if case is None or case.id is None:
            return
        name, case_id, reply = self.person.name(), case.id, self.detail.edited_reply()
        if not name:
            self.team_box.show_error(self.tr("Kies of typ eerst bovenaan je naam."))
            self.person.combo.setFocus()
            return
        jobs = {
            "approve": lambda store: team.approve(store, case_id, name, reply),
            "send_back": lambda store: team.send_back(store, case_id, name, comment, reply),
            "resubmit": lambda store: team.submit(store, case_id, name, reply),
        }
        self.history.call(jobs[step], lambda story: self._team_done(step, story), self.team_box.show_error)

    def approve(self) -> None:
        self._team_step("approve")

    def send_back(self, comment: str) -> None:
        self._team_step("send_back", comment)

    def resubmit(self) -> None:
        self._team_step("resubmit")

    def _team_done(self, step: str, story: team.TeamRecord) -> None:
        case = story.case
        assert case.id is not None
        self.detail.saved_reply(case.id, case.reply)
        self.team_box.comment.clear()
        messages = {
            "approve": self.tr("Goedgekeurd door {who}. Het antwoord staat klaar om te plakken."),
            "send_back": self.tr("Teruggestuurd door {who}, met je opmerking."),
            "resubmit": self.tr("Opnieuw ter goedkeuring aangeboden door {who}."),
        }
        if step == "approve":
            QGuiApplication.clipboard().setText(case.reply)
        self.refresh_people()
        self.refresh(select_id=case.id)
        self.window().statusBar().showMessage(messages[step].format(who=self.person.name()), 6000)

    def _show_waiting(self, checked: bool) -> None:
        waiting = self.flow.approval_status(APPROVAL_WAITING)
        current = self.status.currentData()
        if checked and current != waiting:
            self.status.setCurrentIndex(self.status.findData(waiting))
        elif not checked and current == waiting:
            self.status.setCurrentIndex(0)

    def _sync_waiting_button(self) -> None:
        self.waiting_button.blockSignals(True)
        self.waiting_button.setChecked(self.status.currentData() == self.flow.approval_status(APPROVAL_WAITING))
        self.waiting_button.blockSignals(False)
