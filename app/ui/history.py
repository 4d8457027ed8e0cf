"""History: every handled comment, searchable, with its path, reply and lessons."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
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

from app.domain.case import Case, Lesson
from app.domain.categories import CATEGORY_NAMES, PLATFORMS
from app.domain.drafting import REPEAT_THRESHOLD
from app.domain.flowchart import Flowchart
from app.errors import ReageerwijzerError
from app.store import CaseFilter, CaseStore
from app.ui.widgets import esc, heading, plain

PAGE_ROWS = 200  # rows fetched at a time; more are loaded when the list is scrolled to its end
OPEN_STATUSES = {"open", "monitoren", "geescaleerd"}


def reply_time(minutes: float | None) -> str:
    if minutes is None:
        return ""
    if minutes < 60:
        return f"{minutes:.0f} min"
    if minutes < 48 * 60:
        return f"{minutes / 60:.1f} u".replace(".", ",")
    return f"{minutes / 1440:.0f} d"


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
        self.repeat: dict[str, int] = {}
        self.headers = [
            self.tr("Ontvangen"),
            self.tr("Platform"),
            self.tr("Schrijver"),
            self.tr("Categorie"),
            self.tr("Uitkomst"),
            self.tr("Status"),
            self.tr("Reactietijd"),
        ]

    def set_cases(self, cases: list[Case], repeat: dict[str, int]) -> None:
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
                repeat = self.repeat.get(case.author.strip().lower(), 0) > REPEAT_THRESHOLD
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


class HistoryView(QWidget):
    resumeRequested = Signal(object)

    def __init__(self, flow: Flowchart, store: CaseStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flow = flow
        self.store = store
        self.current: Case | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Geschiedenis")))

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
        for combo in (self.month, self.category, self.status, self.platform):
            bar.addWidget(combo)
        layout.addLayout(bar)

        splitter = QSplitter()
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
        splitter.addWidget(self.table)
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

        edit = QGroupBox(self.tr("Bijwerken"))
        form = QFormLayout(edit)
        self.edit_status = QComboBox()
        for status in self.flow.statuses:
            self.edit_status.addItem(status.label, status.id)
        self.edit_status.setAccessibleName(self.tr("Status"))
        self.edit_follow = QCheckBox(self.tr("Opvolgen op"))
        self.edit_date = QDateEdit(QDate.currentDate())
        self.edit_date.setCalendarPopup(True)
        self.edit_date.setDisplayFormat("dd-MM-yyyy")
        self.edit_follow.toggled.connect(self.edit_date.setEnabled)
        follow = QHBoxLayout()
        follow.addWidget(self.edit_follow)
        follow.addWidget(self.edit_date)
        self.edit_lesson = QLineEdit()
        self.edit_lesson.setPlaceholderText(self.tr("Nieuwe les toevoegen…"))
        self.edit_lesson.setAccessibleName(self.tr("Nieuwe les"))
        self.edit_tags = QLineEdit()
        self.edit_tags.setPlaceholderText(self.tr("labels, met komma's"))
        self.edit_tags.setAccessibleName(self.tr("Labels bij de nieuwe les"))
        self.save_button = QPushButton(self.tr("Wijzigingen &opslaan"))
        self.save_button.clicked.connect(self.save_changes)
        self.resume_button = QPushButton(self.tr("&Verder met deze reactie"))
        self.resume_button.clicked.connect(lambda: self.current and self.resumeRequested.emit(self.current))
        status_label = QLabel(self.tr("S&tatus:"))
        status_label.setBuddy(self.edit_status)
        form.addRow(status_label, self.edit_status)
        form.addRow("", follow)
        lesson_label = QLabel(self.tr("&Les:"))
        lesson_label.setBuddy(self.edit_lesson)
        form.addRow(lesson_label, self.edit_lesson)
        form.addRow("", self.edit_tags)
        buttons = QHBoxLayout()
        buttons.addWidget(self.resume_button)
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        self.edit_box = edit
        layout.addWidget(edit)
        layout.addStretch()
        edit.setEnabled(False)
        self.resume_button.hide()
        scroll.setWidget(pane)
        return scroll

    def refresh_months(self) -> None:
        current = self.month.currentData()
        self.month.blockSignals(True)
        self.month.clear()
        self.month.addItem(self.tr("Alle maanden"), None)
        for month in self.store.months():
            self.month.addItem(month, month)
        index = self.month.findData(current)
        self.month.setCurrentIndex(max(0, index))
        self.month.blockSignals(False)

    def filters(self) -> CaseFilter:
        return CaseFilter(
            month=self.month.currentData(),
            label=self.category.currentData(),
            status=self.status.currentData(),
            platform=self.platform.currentData(),
        )

    def _page(self, offset: int) -> list[Case]:
        text = self.search.text().strip()
        if text:
            return self.store.search(text, self.filters(), limit=PAGE_ROWS, offset=offset)
        return self.store.list(self.filters(), limit=PAGE_ROWS, offset=offset)

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
        if self.exhausted:
            return
        try:
            cases = self._page(len(self.model.cases))
        except ReageerwijzerError as exc:
            self.count.setText(str(exc))
            return
        self.exhausted = len(cases) < PAGE_ROWS
        self.model.append_cases(cases)
        self._update_count()

    def refresh(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else (self.current.id if self.current else None)
        try:
            text = self.search.text().strip()
            cases = self._page(0)
            self.total = None if text else self.store.count_matching(self.filters())
            repeat = self.store.negative_counts_by_author()
        except ReageerwijzerError as exc:
            self.count.setText(str(exc))
            return
        self.exhausted = len(cases) < PAGE_ROWS
        self.model.set_cases(cases, repeat)
        self._update_count()
        if keep is not None and all(c.id != keep for c in cases):
            # A case saved or chosen elsewhere that is not on the first page: load pages until it is.
            while not self.exhausted and all(c.id != keep for c in self.model.cases) and len(self.model.cases) < 5000:
                self.load_more()
            cases = self.model.cases
        row = next((i for i, c in enumerate(cases) if c.id == keep), None)
        if row is not None:
            self.table.selectRow(row)
            self.show_case(row)
        else:
            self.current = None
            self.edit_box.setEnabled(False)

    def show_case(self, row: int) -> None:
        if not 0 <= row < len(self.model.cases):
            return
        case = self.store.get(self.model.cases[row].id)  # fresh, with lessons
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
        earlier = len(self.store.negative_cases_by(case.author, exclude_id=case.id)) if case.author else 0
        if earlier >= REPEAT_THRESHOLD:
            self.repeat_note.setText(
                self.tr(
                    "↻ {who} had al {n} andere negatieve reacties. Reageer één keer inhoudelijk en vriendelijk, "
                    "bied persoonlijk contact aan en laat het daarna los."
                ).format(who=case.author, n=earlier)
            )
            self.repeat_note.show()
        else:
            self.repeat_note.hide()
        self.edit_box.setEnabled(True)
        self.edit_status.setCurrentIndex(max(0, self.edit_status.findData(case.status)))
        self.edit_follow.setChecked(bool(case.follow_up))
        self.edit_date.setEnabled(bool(case.follow_up))
        if case.follow_up:
            self.edit_date.setDate(QDate.fromString(case.follow_up[:10], "yyyy-MM-dd"))
        self.resume_button.setVisible(case.session is not None)

    def save_changes(self) -> None:
        case = self.current
        if case is None:
            return
        case.status = self.edit_status.currentData()
        case.follow_up = self.edit_date.date().toString("yyyy-MM-dd") if self.edit_follow.isChecked() else None
        if self.edit_lesson.text().strip():
            tags = [t.strip() for t in self.edit_tags.text().split(",") if t.strip()]
            case.lessons.append(Lesson(self.edit_lesson.text().strip(), tags))
        try:
            self.store.save(case)
        except ReageerwijzerError as exc:
            QMessageBox.critical(self, self.tr("Opslaan mislukt"), str(exc))
            return
        self.edit_lesson.clear()
        self.edit_tags.clear()
        self.refresh(select_id=case.id)
        self.window().statusBar().showMessage(self.tr("Wijzigingen opgeslagen."), 4000)
