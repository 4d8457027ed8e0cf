"""The monthly report screen: pick a month, look at the preview, save as PDF or CSV."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.anonymise import anonymised_fields
from app.domain.export import CSV_ENCODING, write_csv_fields
from app.domain.report import MonthReport, build_report, month_label
from app.fileio import atomic_output, check_output
from app.store import CaseStore
from app.store.db import NewerVersionError
from app.store.profile import load_profile
from app.store.reporting import ReportQueries
from app.ui.tasks import HistoryWorker, TaskRunner
from app.ui.widgets import heading, plain

PREVIEW_DPI = 80


def _reading(path: Path) -> CaseStore:
    """The history for a report (own connection, worker thread); a newer version's history read-only."""
    try:
        return CaseStore.open(path)
    except NewerVersionError:
        return CaseStore.open_readonly(path)


def _build(path: Path, month: str, names: str) -> MonthReport:
    """Runs on a worker thread, with its own connection to the history."""
    with _reading(path) as store:
        return build_report(ReportQueries(store), month, load_profile(store).name, names)


def _preview(path: Path, month: str, names: str) -> tuple[MonthReport, list[Any]]:
    from app.render.report_pdf import ReportRenderer, render_page_image

    report = _build(path, month, names)
    pages = ReportRenderer(report, dpi=PREVIEW_DPI).page_count
    return report, [render_page_image(report, page, PREVIEW_DPI) for page in range(pages)]


def _save_pdf(path: Path, month: str, names: str, target: str) -> int:
    from app.render.report_pdf import render_pdf

    check_output(target, path)
    return render_pdf(_build(path, month, names), target, history=path)


def _save_csv(path: Path, month: str, names: str, target: str) -> int:
    """Streams the month's cases into a temporary file that replaces ``target`` only when complete."""
    check_output(target, path)
    with _reading(path) as store:
        queries = ReportQueries(store)
        rows = anonymised_fields(queries.iter_month_fields(month), names, queries.month_authors(month))
        with atomic_output(target, encoding=CSV_ENCODING, newline="", history=path) as handle:
            return write_csv_fields(rows, handle)


class ReportView(QWidget):
    def __init__(self, history: HistoryWorker, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history = history
        self.runner = runner
        self.busy = False
        self.last_saved: str | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Maandrapport")))
        layout.addWidget(
            plain(
                self.tr(
                    "Wat zeiden mensen deze maand, hoe snel reageerde je, wat liep er mis en wat heb je geleerd? "
                    "Bekijk het hier en bewaar het als PDF om te lezen of te delen, of als CSV voor een spreadsheet."
                )
            )
        )
        bar = QHBoxLayout()
        self.month = QComboBox()
        self.month.setAccessibleName(self.tr("Maand"))
        self.names = QComboBox()
        self.names.addItem(self.tr("Namen tonen"), "namen")
        self.names.addItem(self.tr("Namen vervangen door 'Schrijver 1, 2, …'"), "pseudoniem")
        self.names.addItem(self.tr("Namen weglaten"), "weglaten")
        self.names.setAccessibleName(self.tr("Namen van schrijvers"))
        month_label_widget = QLabel(self.tr("&Maand:"))
        month_label_widget.setBuddy(self.month)
        self.preview_button = QPushButton(self.tr("&Voorbeeld bijwerken"))
        self.pdf_button = QPushButton(self.tr("Als &PDF bewaren…"))
        self.csv_button = QPushButton(self.tr("Als &CSV bewaren…"))
        bar.addWidget(month_label_widget)
        bar.addWidget(self.month)
        bar.addWidget(self.names)
        bar.addStretch()
        for button in (self.preview_button, self.pdf_button, self.csv_button):
            bar.addWidget(button)
        layout.addLayout(bar)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Bezig"))
        self.progress.hide()
        layout.addWidget(self.progress)
        self.status = plain(muted=True)
        layout.addWidget(self.status)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.pages_widget = QWidget()
        self.pages_layout = QVBoxLayout(self.pages_widget)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll.setWidget(self.pages_widget)
        layout.addWidget(self.scroll, 1)
        self.preview_button.clicked.connect(self.refresh_preview)
        self.pdf_button.clicked.connect(lambda: self.save("pdf"))
        self.csv_button.clicked.connect(lambda: self.save("csv"))
        self.refresh_months()

    def refresh_months(self) -> None:
        """The months the history has cases in (asked of the history worker), and this month."""
        self.history.call(lambda store: store.months(), self._show_months, self._failed)

    def _show_months(self, months: list[str]) -> None:
        current = self.month.currentData()
        this_month = date.today().strftime("%Y-%m")
        if this_month not in months:
            months = [this_month, *months]
        self.month.blockSignals(True)
        self.month.clear()
        for month in months:
            self.month.addItem(month_label(month), month)
        self.month.setCurrentIndex(max(0, self.month.findData(current)))
        self.month.blockSignals(False)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        for button in (self.preview_button, self.pdf_button, self.csv_button):
            button.setEnabled(not busy)
        if text:
            self.status.setText(text)

    def _failed(self, message: str) -> None:
        self._set_busy(False, self.tr("Het is niet gelukt: {e}").format(e=message))
        QMessageBox.warning(self, self.tr("Maandrapport"), self.tr("Het is niet gelukt: {e}").format(e=message))

    def refresh_preview(self) -> None:
        month, names = self.month.currentData(), self.names.currentData()
        if not month or self.busy:
            return
        self._set_busy(True, self.tr("Rapport voor {m} wordt gemaakt…").format(m=month_label(month)))
        path = self.history.path
        self.runner.submit(lambda: _preview(path, month, names), self._show_preview, self._failed)

    def _show_preview(self, result: tuple[MonthReport, list[Any]]) -> None:
        report, images = result
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for i, image in enumerate(images):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setAccessibleName(self.tr("Pagina {n}").format(n=i + 1))
            label.setFrameShape(QLabel.Shape.Box)
            self.pages_layout.addWidget(label)
        self.pages = len(images)
        self._set_busy(
            False,
            self.tr("{title}: {n} reacties, {p} pagina('s).").format(title=report.title, n=report.count, p=len(images)),
        )

    def save(self, kind: str) -> None:
        month, names = self.month.currentData(), self.names.currentData()
        if not month or self.busy:
            return
        suggested = str(Path.home() / f"reageerwijzer-{month}.{kind}")
        pattern = "PDF (*.pdf)" if kind == "pdf" else self.tr("CSV voor Excel/LibreOffice (*.csv)")
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Maandrapport bewaren"), suggested, pattern)
        if not target:
            return
        if not target.lower().endswith(f".{kind}"):
            target += f".{kind}"
        path = self.history.path
        job = _save_pdf if kind == "pdf" else _save_csv
        self._set_busy(True, self.tr("Bezig met bewaren…"))

        def done(_result: Any) -> None:
            self.last_saved = target
            self._set_busy(False, self.tr("Bewaard als {path}").format(path=target))

        self.runner.submit(lambda: job(path, month, names, target), done, self._failed)
