"""History: every handled comment, searchable, with its path, reply and lessons.

Every read and write goes through the window's :class:`HistoryWorker`; results that arrive after
the filters changed again are dropped.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.case import Case
from app.domain.categories import CATEGORY_NAMES, PLATFORMS
from app.domain.flowchart import Flowchart
from app.domain.report_text import short_duration
from app.nlp import adapt
from app.store import CaseFilter, CaseStore
from app.ui.case_form import CaseForm
from app.ui.tasks import HistoryWorker
from app.ui.widgets import esc, heading, plain

PAGE_ROWS = 200  # rows fetched at a time; more are loaded when the list is scrolled to its end
OPEN_STATUSES = {"open", "monitoren", "geescaleerd"}


def reply_time(minutes: float | None) -> str:
    return short_duration(minutes)  # in the window's language


def is_due(case: Case, today: date | None = None) -> bool:
    if not case.follow_up or case.status not in OPEN_STATUSES:
        return False
    try:
        return date.fromisoformat(case.follow_up[:10]) <= (today or date.today())
    except ValueError:
        return False


def local_time(value: str | None) -> str:
    if not value:
        return ""
    try:
        return datetime.fromisoformat(value).astimezone().strftime("%d-%m-%Y %H:%M")
    except ValueError:
        return value


class CaseTableModel(QAbstractTableModel):
    def __init__(self, flow: Flowchart, parent: Any = None) -> None:
        super().__init__(parent)
        self.flow = flow
        self.cases: list[Case] = []
        self.repeat: set[str] = set()
        self.headers = [
            self.tr("Ontvangen"),
            self.tr("Platform"),
            self.tr("Schrijver"),
            self.tr("Categorie"),
            self.tr("Uitkomst"),
            self.tr("Status"),
            self.tr("Reactietijd"),
        ]

    def set_cases(self, cases: list[Case], repeat: set[str]) -> None:
        self.beginResetModel()
        self.cases = cases
        self.repeat = repeat
        self.endResetModel()

    def append_cases(self, cases: list[Case]) -> None:
        if not cases:
            return
        self.beginInsertRows(QModelIndex(), len(self.cases), len(self.cases) + len(cases) - 1)
        self.cases.extend(cases)
        self.endInsertRows()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.cases)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        case = self.cases[index.row()]
        column = index.column()
        due = is_due(case)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return local_time(case.received_at)
            if column == 1:
                return PLATFORMS.get(case.platform, case.platform)
            if column == 2:
                repeat = case.author.strip().lower() in self.repeat
                marker = " ↻" if repeat else ""
                return (case.author or "—") + marker
            if column == 3:
                return CATEGORY_NAMES.get(case.prediction.label, "") if case.prediction else ""
            if column == 4:
                if case.session is not None:
                    return self.tr("(nog bezig)")
                return self.flow.node(case.outcome).title if case.outcome in self.flow.nodes else ""
            if column == 5:
                label = self.flow.status_label(case.status)
                return f"⚑ {label}" if due else label
            if column == 6:
                return reply_time(case.reply_minutes)
        if role == Qt.ItemDataRole.FontRole and due:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and due and column == 5:
            return QColor("#d84315")
        if role == Qt.ItemDataRole.ToolTipRole:
            if due and column == 5:
                return self.tr("Opvolgen: {date}").format(date=case.follow_up)
            return case.text[:300]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        return None


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


def fetch_listing(store: CaseStore, text: str, filters: CaseFilter, keep: int | None) -> Listing:
    """The first page; when ``keep`` (a case saved or chosen elsewhere) is not on it, pages until it is."""
    cases = fetch_page(store, text, filters, 0)
    exhausted = len(cases) < PAGE_ROWS
    while keep is not None and not exhausted and all(c.id != keep for c in cases) and len(cases) < 5000:
        more = fetch_page(store, text, filters, len(cases))
        exhausted = len(more) < PAGE_ROWS
        cases.extend(more)
    total = None if text else store.count_matching(filters)
    return Listing(cases, total, store.repeat_writers(), exhausted)


def fetch_detail(store: CaseStore, case_id: int) -> tuple[Case, int, bool, bool]:
    """The case, fresh with its lessons; how many other negative cases its writer has and
    whether that makes them a repeat critic (the one rule of app.domain.writers); and whether
    the owner marked it 'niet gebruiken om te leren'."""
    case = store.get(case_id)
    no_learn = case_id in adapt.excluded_ids(store)
    if not case.author:
        return case, 0, False, no_learn
    earlier = len(store.negative_cases_by(case.author, exclude_id=case.id))
    repeat = store.is_repeat_writer(case.author, exclude_id=case.id, negative=case.is_negative)
    return case, earlier, repeat, no_learn


class HistoryView(QWidget):
    resumeRequested = Signal(object)

    def __init__(self, flow: Flowchart, history: HistoryWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flow = flow
        self.history = history
        self.requests = {"list": 0, "detail": 0, "months": 0}
        self.loading = False
        self.current: Case | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Geschiedenis")))
        layout.addLayout(self._filter_bar(flow))
        splitter = QSplitter()
        splitter.addWidget(self._table_view(flow))
        splitter.addWidget(self._detail_pane())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([840, 380])
        layout.addWidget(splitter, 1)
        self.count = plain(muted=True)
        layout.addWidget(self.count)

        self.search_timer = QTimer(self, singleShot=True, interval=300)
        self.search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        for combo in (self.month, self.category, self.status, self.platform):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self.show_case(cur.row()))
        self.table.verticalScrollBar().valueChanged.connect(self._maybe_load_more)
        self.exhausted = True
        self.total: int | None = None
        self.refresh_months()
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
        bar.addWidget(search_label)
        bar.addWidget(self.search, 2)
        return bar

    def _table_view(self, flow: Flowchart) -> QTableView:
        self.model = CaseTableModel(flow, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Afgehandelde reacties"))
        return self.table

    def _detail_pane(self) -> QWidget:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        pane = QWidget()
        layout = QVBoxLayout(pane)
        self.detail_title = heading(self.tr("Kies een reactie"), 1.1)
        self.repeat_note = plain()
        self.repeat_note.setStyleSheet("color: #d84315")
        self.detail_comment = QPlainTextEdit()
        self.detail_comment.setReadOnly(True)
        self.detail_comment.setAccessibleName(self.tr("De reactie"))
        self.detail_comment.setMaximumHeight(120)
        self.detail_path = QLabel()
        self.detail_path.setWordWrap(True)
        self.detail_path.setTextFormat(Qt.TextFormat.RichText)
        self.detail_reply = QPlainTextEdit()
        self.detail_reply.setReadOnly(True)
        self.detail_reply.setAccessibleName(self.tr("Gegeven antwoord"))
        self.detail_reply.setMaximumHeight(120)
        self.detail_lessons = QLabel()
        self.detail_lessons.setWordWrap(True)
        self.detail_lessons.setTextFormat(Qt.TextFormat.RichText)
        for widget in (self.detail_title, self.repeat_note):
            layout.addWidget(widget)
        layout.addWidget(plain(self.tr("Reactie"), muted=True))
        layout.addWidget(self.detail_comment)
        layout.addWidget(self.detail_path)
        layout.addWidget(plain(self.tr("Antwoord"), muted=True))
        layout.addWidget(self.detail_reply)
        layout.addWidget(self.detail_lessons)

        layout.addWidget(self._edit_box())
        layout.addStretch()
        scroll.setWidget(pane)
        return scroll

    def _edit_box(self) -> CaseForm:
        edit = CaseForm(
            self.flow,
            self.tr("Bijwerken"),
            lesson_hint=self.tr("Nieuwe les toevoegen…"),
            tags_hint=self.tr("labels, met komma's"),
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
        self.no_learn = QCheckBox(self.tr("&Niet gebruiken om de assistent te laten bijleren"))
        self.no_learn.setToolTip(
            self.tr("Bijvoorbeeld als je hier bewust anders koos dan het schema voor deze reactie bedoelt.")
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
        due = sum(1 for c in cases if is_due(c))
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
        self.model.set_cases(listing.cases, listing.repeat)
        self._update_count()
        row = next((i for i, c in enumerate(listing.cases) if c.id == keep), None)
        if row is not None:
            self.table.selectRow(row)
            self.show_case(row)
        else:
            self.current = None
            self.edit_box.setEnabled(False)

    def show_case(self, row: int) -> None:
        if not 0 <= row < len(self.model.cases):
            return
        request = self._next("detail")
        case_id = self.model.cases[row].id
        assert case_id is not None
        self.history.call(
            lambda store: fetch_detail(store, case_id),
            lambda result: self._show_detail(request, *result),
            self._failed,
        )

    def _show_detail(self, request: int, case: Case, earlier: int, repeat: bool, no_learn: bool) -> None:
        if request != self.requests["detail"]:
            return
        self.current = case
        label = CATEGORY_NAMES.get(case.prediction.label, "") if case.prediction else ""
        who = case.author or self.tr("onbekende schrijver")
        self.detail_title.setText(
            f"{who} · {PLATFORMS.get(case.platform, case.platform)} · {local_time(case.received_at)}"
        )
        self.detail_comment.setPlainText(case.text)
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
        outcome_word = self.tr("Uitkomst")
        assistant_word = self.tr("assistent")
        summary = f"<b>{esc(outcome_word)}:</b> {esc(outcome.title)}" if outcome else esc(self.tr("Nog niet afgerond"))
        if label:
            summary += f" · {esc(assistant_word)}: {esc(label)}"
        self.detail_path.setText(summary + ("<ul>" + "".join(steps) + "</ul>" if steps else ""))
        self.detail_reply.setPlainText(case.reply)
        if case.lessons:
            items = "".join(
                f"<li>{esc(lesson.text)}"
                + (f" <i>({esc(', '.join(lesson.tags))})</i>" if lesson.tags else "")
                + "</li>"
                for lesson in case.lessons
            )
            lessons_word = self.tr("Lessen")
            self.detail_lessons.setText(f"<b>{esc(lessons_word)}</b><ul>{items}</ul>")
        else:
            self.detail_lessons.setText(esc(self.tr("Nog geen les bij deze reactie.")))
        self._show_repeat(case, earlier, repeat)
        self.edit_box.setEnabled(True)
        self.edit_status.setCurrentIndex(max(0, self.edit_status.findData(case.status)))
        self.edit_box.set_follow_up(case.follow_up)
        self.resume_button.setVisible(case.session is not None)
        self.no_learn.setChecked(no_learn)
        self.no_learn.setEnabled(case.session is None)

    def _set_no_learn(self, checked: bool) -> None:
        case = self.current
        if case is None or case.id is None:
            return
        case_id = case.id
        self.history.call(lambda store: adapt.mark_excluded(store, case_id, checked), None, self._failed)

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

    # ------------------------------------------------------------ writing

    def save_changes(self) -> None:
        if self.current is None:
            return
        case = copy.deepcopy(self.current)  # the shown case changes only once the history has the change
        case.status = self.edit_box.status_id()
        case.follow_up = self.edit_box.follow_up()
        lesson = self.edit_box.new_lesson()
        if lesson is not None:
            case.lessons.append(lesson)
        self.save_button.setEnabled(False)
        self.history.call(lambda store: store.save(case), self._changes_saved, self._save_failed)

    def _changes_saved(self, case_id: int) -> None:
        self.save_button.setEnabled(True)
        self.edit_box.clear_lesson()
        self.refresh(select_id=case_id)
        self.window().statusBar().showMessage(self.tr("Wijzigingen opgeslagen."), 4000)

    def _save_failed(self, message: str) -> None:
        self.save_button.setEnabled(True)
        QMessageBox.critical(self, self.tr("Opslaan mislukt"), message)
