"""The history's table: one row per case, with due follow-ups and repeat writers marked."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QResizeEvent
from PySide6.QtWidgets import QTableView

from app.domain.case import Case
from app.domain.categories import CATEGORY_NAMES, PLATFORMS
from app.domain.flowchart import Flowchart, shipped_flowchart


def reply_time(minutes: float | None) -> str:
    if minutes is None:
        return ""
    if minutes < 60:
        return f"{minutes:.0f} min"
    if minutes < 48 * 60:
        return f"{minutes / 60:.1f} u".replace(".", ",")
    return f"{minutes / 1440:.0f} d"


def is_due(case: Case, today: date | None = None, flow: Flowchart | None = None) -> bool:
    """A follow-up date that has come, on a case whose status still needs attention (data: ``open``)."""
    if not case.follow_up or case.status not in (flow or shipped_flowchart()).open_statuses:
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


def short_time(value: str | None, today: date | None = None) -> str:
    """'30-11 14:02' this year, '30-11-2025' before: the list's column stays narrow."""
    if not value:
        return ""
    try:
        moment = datetime.fromisoformat(value).astimezone()
    except ValueError:
        return value
    if moment.year == (today or date.today()).year:
        return moment.strftime("%d-%m %H:%M")
    return moment.strftime("%d-%m-%Y")


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
        due = is_due(case, flow=self.flow)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return short_time(case.received_at)
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
            if column == 0:
                return local_time(case.received_at)
            if column == 5 and case.drafted_by:
                tip = self.tr("Opgesteld door {who}").format(who=case.drafted_by)
                if case.approved_by:
                    tip += "; " + self.tr("goedgekeurd door {who}").format(who=case.approved_by)
                return tip
            return case.text[:300]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        return None


class CaseTable(QTableView):
    """The list of cases. Where it is narrow, the columns that matter least (category, reply time)
    step aside, so the outcome keeps room to be read; both stay visible in the detail pane."""

    OPTIONAL = ((3, 640), (6, 560))  # (column, the narrowest width at which it is still shown)
    OUTCOME = 4

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        width = event.size().width()
        for column, narrowest in self.OPTIONAL:
            self.setColumnHidden(column, width < narrowest)
