"""About Reageerwijzer: version, model version, the data the model learned from, and the licences."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.credits import DATA_CREDITS, model_version
from app.resources import notices_text


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Over Reageerwijzer"))
        self.resize(760, 560)
        self.setAccessibleName(self.tr("Over Reageerwijzer"))
        layout = QVBoxLayout(self)

        self.title = QLabel(f"<h2>Reageerwijzer {__version__}</h2>")
        layout.addWidget(self.title)
        self.model = QLabel(self.tr("Taalmodel: {version}").format(version=model_version()))
        self.model.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.model)
        intro = QLabel(
            self.tr(
                "Reageerwijzer werkt helemaal op je eigen computer: reacties, antwoorden en de geschiedenis "
                "gaan nergens heen."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Over"))
        self.credits = QPlainTextEdit()
        self.credits.setReadOnly(True)
        self.credits.setAccessibleName(self.tr("Gegevens waarmee het taalmodel is getraind"))
        lines = [self.tr("Het taalmodel is mede gemaakt met deze openbare gegevens:")]
        lines += [credit.text() for credit in DATA_CREDITS]
        self.credits.setPlainText("\n\n".join(lines))
        self.tabs.addTab(self.credits, self.tr("Gegevens"))

        self.notices = QPlainTextEdit()
        self.notices.setReadOnly(True)
        self.notices.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.notices.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.notices.setPlainText(notices_text())
        self.notices.setAccessibleName(self.tr("Licenties van derden"))
        self.tabs.addTab(self.notices, self.tr("Licenties van derden"))
        layout.addWidget(self.tabs, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def show_about(parent: QWidget) -> None:
    dialog = AboutDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.exec()


def install_about_action(window: QMainWindow) -> QAction:
    """A Help menu with "About Reageerwijzer" (macOS moves it to the application menu)."""
    menu = window.menuBar().addMenu(QCoreApplication.translate("AboutDialog", "&Help"))
    action = QAction(QCoreApplication.translate("AboutDialog", "&Over Reageerwijzer…"), window)
    action.setMenuRole(QAction.MenuRole.AboutRole)
    action.triggered.connect(lambda: show_about(window))
    menu.addAction(action)
    return action
