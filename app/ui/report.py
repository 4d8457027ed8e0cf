"""The monthly report screen: pick a month, look at the preview, save as PDF or CSV."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap, QShowEvent
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
from app.domain.messages import user_message
from app.domain.report import MonthReport, build_report, default_report_month, month_label
from app.fileio import OutputError, atomic_output, check_output
from app.store import CaseStore
from app.store.db import NewerVersionError
from app.store.profile import load_profile
from app.store.reporting import ReportQueries
from app.ui.tasks import HistoryWorker, TaskRunner
from app.ui.widgets import heading, plain

PREVIEW_DPI = 80  # the smallest preview; wider screens get a larger one, up to MAX_PREVIEW_DPI
MAX_PREVIEW_DPI = 110
A4_WIDTH_INCH = 210 / 25.4


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


def _report_for_pdf(path: Path, month: str, names: str, target: str) -> MonthReport:
    """Runs on a worker thread: refuses a target that is the history, then gathers the figures."""
    check_output(target, path)
    return _build(path, month, names)


def _write_pdf(report: MonthReport, target: str, history: Path) -> None:
    """Lays out and writes the PDF: on the GUI thread, like the preview, so Qt's text layout
    never runs in two threads at once (a few tenths of a second, also for 90,000 cases)."""
    from app.render.report_pdf import render_pdf

    render_pdf(report, target, history=history)


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
        self._previewing = False
        self._saving = False
        self._save_said = False  # the status line tells how a save ended: a preview finishing later keeps it
        self._preview_for: tuple[str, str] | None = None  # (month, names) the preview shows
        self.pages = 0
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
        self._add_controls(layout)
        self._add_preview(layout)
        self.preview_button.clicked.connect(self.refresh_preview)
        self.pdf_button.clicked.connect(lambda: self.save("pdf"))
        self.csv_button.clicked.connect(lambda: self.save("csv"))
        self.month.currentIndexChanged.connect(lambda _i: self._auto_preview())
        self.names.currentIndexChanged.connect(lambda _i: self._auto_preview())
        self.refresh_months()

    def _add_controls(self, layout: QVBoxLayout) -> None:
        """The month and names choices and the preview, PDF and CSV buttons."""
        bar = QHBoxLayout()
        actions = QHBoxLayout()
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
            actions.addWidget(button)
        actions.addStretch()
        layout.addLayout(bar)
        layout.addLayout(actions)

    def _add_preview(self, layout: QVBoxLayout) -> None:
        """The progress bar, the status line and the scrolling preview of the pages."""
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Bezig"))
        self.progress.hide()
        layout.addWidget(self.progress)
        self.status = plain(muted=True)
        layout.addWidget(self.status)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setAccessibleName(self.tr("Voorbeeld van het rapport"))
        self.pages_widget = QWidget()
        self.pages_layout = QVBoxLayout(self.pages_widget)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll.setWidget(self.pages_widget)
        layout.addWidget(self.scroll, 1)

    @property
    def busy(self) -> bool:
        """A preview or a save is running in the background."""
        return self._previewing or self._saving

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._auto_preview()

    def _auto_preview(self) -> None:
        """The preview renders by itself (in the background) for what is chosen, once the screen is in view."""
        key = (self.month.currentData(), self.names.currentData())
        if self.isVisible() and key[0] and key != self._preview_for and not self._previewing:
            self.refresh_preview()

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
        chosen = current or default_report_month(date.today(), months)
        self.month.setCurrentIndex(max(0, self.month.findData(chosen)))
        self.month.blockSignals(False)
        self._auto_preview()

    def _set_busy(self, previewing: bool | None = None, saving: bool | None = None, text: str = "") -> None:
        if previewing is not None:
            self._previewing = previewing
        if saving is not None:
            self._saving = saving
        self.progress.setVisible(self.busy)
        self.preview_button.setEnabled(not self._previewing)
        for button in (self.pdf_button, self.csv_button):
            button.setEnabled(not self._saving)
        if text:
            self.status.setText(text)

    def _failed(self, message: str, *, previewing: bool | None = None, saving: bool | None = None) -> None:
        text = self.tr("Het is niet gelukt: {e}").format(e=message)
        self._save_said = self._save_said or saving is not None
        self._set_busy(previewing, saving, text)
        QMessageBox.warning(self, self.tr("Maandrapport"), text)

    def refresh_preview(self) -> None:
        month, names = self.month.currentData(), self.names.currentData()
        if not month or self._previewing:
            return
        self._save_said = False
        self._set_busy(previewing=True, text=self.tr("Rapport voor {m} wordt gemaakt…").format(m=month_label(month)))
        path = self.history.path
        # As wide as the screen allows, sharp on a scaled (150 %) screen: rendered for the device pixels.
        fits = int((self.scroll.viewport().width() - 40) / A4_WIDTH_INCH)
        ratio = self.devicePixelRatioF()
        dpi = round(max(PREVIEW_DPI, min(MAX_PREVIEW_DPI, fits)) * ratio)
        self.runner.submit(
            lambda: _build(path, month, names),
            lambda report: self._show_preview(report, (month, names), dpi, ratio),
            lambda message: self._failed(message, previewing=False),
        )

    def _show_preview(self, report: MonthReport, key: tuple[str, str], dpi: int, ratio: float = 1.0) -> None:
        """The figures came from the worker; the pages are laid out here, on the GUI thread."""
        from app.render.report_pdf import render_page_images

        images = render_page_images(report, dpi)
        self._preview_for = key
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for i, image in enumerate(images):
            label = QLabel()
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            label.setPixmap(pixmap)
            label.setAccessibleName(self.tr("Pagina {n}").format(n=i + 1))
            label.setFrameShape(QLabel.Shape.Box)
            self.pages_layout.addWidget(label)
        self.pages = len(images)
        summary = self.tr("{title}: {n} reacties, {p} pagina('s).").format(
            title=report.title, n=report.count, p=len(images)
        )
        # a save that ended while this preview was made ('de schijf is vol') stays on the status line
        self._set_busy(previewing=False, text="" if self._save_said else summary)
        self._auto_preview()  # the choice changed while this one was being made

    def save(self, kind: str) -> None:
        month, names = self.month.currentData(), self.names.currentData()
        if not month or self._saving:
            return
        suggested = str(Path.home() / f"reageerwijzer-{month}.{kind}")
        pattern = "PDF (*.pdf)" if kind == "pdf" else self.tr("CSV voor Excel/LibreOffice (*.csv)")
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Maandrapport bewaren"), suggested, pattern)
        if not target:
            return
        if not target.lower().endswith(f".{kind}"):
            target += f".{kind}"
        path = self.history.path
        job = _report_for_pdf if kind == "pdf" else _save_csv
        self._set_busy(saving=True, text=self.tr("Bezig met bewaren…"))

        def done(result: Any) -> None:
            if isinstance(result, MonthReport):
                try:
                    _write_pdf(result, target, path)
                except (OutputError, OSError) as exc:
                    self._failed(user_message(str(exc).splitlines()[0]), saving=False)
                    return
            self.last_saved = target
            self._save_said = True
            self._set_busy(saving=False, text=self.tr("Bewaard als {path}").format(path=target))

        self.runner.submit(
            lambda: job(path, month, names, target), done, lambda message: self._failed(message, saving=False)
        )
