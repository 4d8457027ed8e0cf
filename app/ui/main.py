"""Start the window: translations, the history file (with a way out when it fails), no tracebacks."""

from __future__ import annotations

import os
import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from app import __version__
from app.domain.i18n import LANGUAGES, REFERENCE, set_content_language
from app.domain.messages import user_message
from app.errors import ReageerwijzerError
from app.fileio import make_private, private_dir
from app.paths import user_data_dir
from app.resources import resource_path
from app.store import CaseStore
from app.store.db import NewerVersionError


def install_translators(app: QApplication, language: str | None = None) -> str:
    """Dutch by default; English when the setting or the system asks for it (or ``language``,
    e.g. for screenshots). Returns the language."""
    chosen = language or QSettings().value("language", "", str) or ""
    language = chosen or ("en" if QLocale.system().language() == QLocale.Language.English else "nl")
    translators = []
    base = QTranslator(app)
    if base.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        translators.append(base)
    if language == "en":
        ours = QTranslator(app)
        if ours.load(str(resource_path("translations", "reageerwijzer_en.qm"))):
            translators.append(ours)
    for translator in translators:
        app.installTranslator(translator)
    app._translators = translators  # type: ignore[attr-defined] - keep them alive
    QLocale.setDefault(interface_locale(language))  # calendar pop-ups, month and day names, numbers
    # The domain's texts (flowchart, advice, names, practice, report) in the window's language.
    set_content_language(language if language in LANGUAGES else REFERENCE)
    return language


def interface_locale(language: str) -> QLocale:
    """Dutch (the Netherlands) for the Dutch interface, whatever the system's locale says; for English
    the system's own English locale (dates as the user knows them), else British English."""
    if language == "nl":
        return QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
    system = QLocale.system()
    if system.language() == QLocale.Language.English:
        return system
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def open_store_interactively(path: Path) -> CaseStore | None:
    """Open the history; when that fails, explain and offer a way forward. None = quit."""
    while True:
        try:
            return CaseStore.open(path)
        except ReageerwijzerError as exc:
            box = QMessageBox()
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(QApplication.translate("main", "Geschiedenis niet geopend"))
            box.setText(user_message(str(exc)))
            box.setInformativeText(
                QApplication.translate(
                    "main",
                    "Het bestand is niet aangeraakt. Kies een ander bestand, begin een nieuwe geschiedenis of sluit af.",  # noqa: E501
                )
            )
            view = None
            if isinstance(exc, NewerVersionError):  # readable, never written: offer to look without saving
                view = box.addButton(QApplication.translate("main", "Alleen bekijken"), QMessageBox.ButtonRole.YesRole)
            other = box.addButton(QApplication.translate("main", "Ander bestand…"), QMessageBox.ButtonRole.AcceptRole)
            new = box.addButton(
                QApplication.translate("main", "Nieuwe geschiedenis"), QMessageBox.ButtonRole.ActionRole
            )
            box.addButton(QApplication.translate("main", "Afsluiten"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if view is not None and box.clickedButton() is view:
                try:
                    return CaseStore.open_readonly(path)
                except ReageerwijzerError as again:
                    QMessageBox.warning(
                        None, QApplication.translate("main", "Geschiedenis niet geopend"), user_message(str(again))
                    )
                    continue
            if box.clickedButton() is other:
                chosen, _ = QFileDialog.getSaveFileName(
                    None,
                    QApplication.translate("main", "Geschiedenisbestand"),
                    str(path.parent),
                    "SQLite (*.sqlite3 *.db)",
                    options=QFileDialog.Option.DontConfirmOverwrite,
                )
                if chosen:
                    path = Path(chosen)
            elif box.clickedButton() is new:
                stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
                folder = path.parent if path.parent.exists() else user_data_dir()
                path = folder / f"geschiedenis-{stamp}.sqlite3"
            else:
                return None


def _excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """Unexpected errors: log the details to a file, show the user one clear sentence."""
    log = user_data_dir() / "fouten.log"
    try:
        private_dir(log.parent)
        # Private (0600), and only the kind of error and where it happened: the message of an
        # error can quote a comment or a name, so it is not written down.
        fd = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        make_private(log)
        with os.fdopen(fd, "a", encoding="utf-8") as handle:
            handle.write(f"--- {datetime.now().isoformat()} Reageerwijzer {__version__}: {kind.__name__}\n")
            for frame in traceback.extract_tb(tb):
                handle.write(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}\n')
    except OSError:
        pass
    if QApplication.instance() is not None:
        QMessageBox.critical(
            None,
            QApplication.translate("main", "Er ging iets mis"),
            QApplication.translate(
                "main",
                "Er ging iets onverwachts mis: {error}\n\nJe werk is tussentijds bewaard. Details staan in {log}.",
            ).format(error=error, log=log),
        )


def run(db_path: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName("Reageerwijzer")
    app.setApplicationName("Reageerwijzer")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("nl.reageerwijzer.Reageerwijzer")  # the installed menu entry: icon on Wayland too
    install_translators(app)
    icon = resource_path("icons", "reageerwijzer.svg")
    if icon.exists():
        from PySide6.QtGui import QIcon

        app.setWindowIcon(QIcon(str(icon)))
    sys.excepthook = _excepthook
    from app.ui.gc_guard import GuiGarbageCollector

    collector = GuiGarbageCollector(app)  # cycles are collected on this thread, never in a worker
    store = open_store_interactively(Path(db_path))  # migrations and their questions, before the window
    if store is None:
        return 1
    history: CaseStore | Path = store if store.read_only else store.path  # a store tells it is view-only
    store.close()  # from here on only the window's history worker opens the file, on its own thread
    from app.ui.main_window import MainWindow

    window = MainWindow(history)
    window.show()
    try:
        return app.exec()
    finally:
        collector.stop()


def run_smoke(timeout_s: float = 60.0) -> int:
    """Open the real window on a throw-away history, wait for the assistant, report, close.

    Used by the packaging smoke test (``reageerwijzer --smoke-window``).
    """
    import os
    import tempfile
    import time

    from PySide6.QtCore import QTimer

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(sys.argv)
    started = time.perf_counter()
    from app.ui.main_window import MainWindow

    window = MainWindow(Path(tempfile.mkdtemp()) / "rook.sqlite3", ask_resume=lambda case: "later")
    window.show()
    app.processEvents()
    shown = time.perf_counter() - started
    result: dict[str, float | str] = {}

    def poll() -> None:
        state = window.assistant.state
        if state in ("ready", "failed") or time.perf_counter() - started > timeout_s:
            result["state"] = state
            result["ready_s"] = time.perf_counter() - started
            window.close()
            app.quit()
        else:
            QTimer.singleShot(50, poll)

    QTimer.singleShot(0, poll)
    app.exec()
    print(f"venster zichtbaar na {shown:.2f} s; assistent {result['state']} na {result['ready_s']:.2f} s")
    if result["state"] != "ready":
        print(f"assistent: {window.assistant.error}", file=sys.stderr)
        return 1
    return 0
