"""The Privacy dialog: retention period (with its reason), erasing one person, the processing register.

Every read and write goes through the window's :class:`HistoryWorker`; erasing rebuilds the file
and may take a while, during which the dialog says so and its buttons wait.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.messages import user_message
from app.domain.privacy import (
    MAX_MONTHS,
    MIN_MONTHS,
    ForgetOutcome,
    PrivacyError,
    RetentionPolicy,
    person_pattern,
    shown_reason,
)
from app.store import CaseStore
from app.store.privacy import apply_retention, forget, load_policy, register, save_policy
from app.ui.tasks import HistoryWorker
from app.ui.widgets import plain


def _save_and_apply(store: CaseStore, policy: RetentionPolicy) -> tuple[RetentionPolicy, int, str]:
    save_policy(store, policy)
    return load_policy(store), apply_retention(store), register(store)


def _forget(store: CaseStore, who: str) -> tuple[ForgetOutcome, str]:
    return forget(store, who), register(store)


class PrivacyDialog(QDialog):
    def __init__(self, history: HistoryWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history = history
        self.setWindowTitle(self.tr("Privacy"))
        self.resize(760, 600)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._retention_tab(), self.tr("Bewaartermijn"))
        self.tabs.addTab(self._forget_tab(), self.tr("Iemand wissen"))
        self.tabs.addTab(self._register_tab(), self.tr("Verwerkingsregister"))
        layout.addWidget(self.tabs, 1)
        self.status = plain(muted=True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._busy(True, self.tr("Gegevens worden gelezen…"))
        self.history.call(lambda store: (load_policy(store), register(store)), self._loaded, self._failed)

    # ------------------------------------------------------------ tabs

    def _retention_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(
            plain(
                self.tr(
                    "Hoe lang bewaar je namen en teksten van de mensen die reageren? Na deze termijn haalt "
                    "Reageerwijzer naam, account, link en namen in de tekst uit een zaak; de zaak zelf telt "
                    "zonder namen mee in de cijfers. Dit gebeurt bij elke start vanzelf."
                )
            )
        )
        form = QFormLayout()
        self.months = QSpinBox()
        self.months.setRange(MIN_MONTHS, MAX_MONTHS)
        self.months.setSuffix(self.tr(" maanden"))
        self.months.setAccessibleName(self.tr("Bewaartermijn in maanden"))
        form.addRow(self.tr("Bewaartermijn"), self.months)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("Waarom deze termijn? Dit komt in je verwerkingsregister."))
        self.reason.setAccessibleName(self.tr("Reden voor de bewaartermijn"))
        self.reason.setMaximumHeight(110)
        form.addRow(self.tr("Reden"), self.reason)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Opslaan en toepassen"))
        self.save_button.clicked.connect(self.save_policy)
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _forget_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(
            plain(
                self.tr(
                    "Vraagt iemand om zijn gegevens te wissen? Dan verdwijnen hier al zijn zaken (ook "
                    "onafgemaakte), de lessen die hem noemen en zijn naam uit alle andere teksten en uit het "
                    "zoekregister. Het bestand wordt daarna opnieuw opgebouwd, zodat de naam nergens meer in "
                    "staat. Alleen dát er gewist is, wordt bewaard (datum en aantal), niet de naam. "
                    "Dit kan niet ongedaan worden gemaakt."
                )
            )
        )
        row = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Naam"), "author")
        self.kind.addItem(self.tr("Account"), "handle")
        self.kind.setAccessibleName(self.tr("Wissen op naam of account"))
        self.who = QLineEdit()
        self.who.setPlaceholderText(self.tr("bijvoorbeeld Jan de Vries of @jandevries"))
        self.who.setAccessibleName(self.tr("Naam of account van de persoon"))
        self.who.returnPressed.connect(self.forget)
        self.forget_button = QPushButton(self.tr("Wissen…"))
        self.forget_button.clicked.connect(self.forget)
        row.addWidget(self.kind)
        row.addWidget(self.who, 1)
        row.addWidget(self.forget_button)
        layout.addLayout(row)
        box = QGroupBox(self.tr("Resultaat"))
        inner = QVBoxLayout(box)
        self.forget_result = QPlainTextEdit()
        self.forget_result.setReadOnly(True)
        self.forget_result.setAccessibleName(self.tr("Resultaat van het wissen"))
        inner.addWidget(self.forget_result)
        layout.addWidget(box, 1)
        return page

    def _register_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(
            plain(
                self.tr(
                    "Deze tekst kun je in je verwerkingsregister zetten. Hij volgt je instellingen; "
                    "vul aan wat voor jouw bedrijf anders is."
                )
            )
        )
        self.register_text = QPlainTextEdit()
        self.register_text.setReadOnly(True)
        self.register_text.setAccessibleName(self.tr("Tekst voor het verwerkingsregister"))
        layout.addWidget(self.register_text, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.copy_button = QPushButton(self.tr("Kopiëren"))
        self.copy_button.clicked.connect(self.copy_register)
        row.addWidget(self.copy_button)
        layout.addLayout(row)
        return page

    # ------------------------------------------------------------ actions

    def _busy(self, busy: bool, message: str = "") -> None:
        for button in (self.save_button, self.forget_button):
            button.setEnabled(not busy)
        self.status.setText(message)

    def _failed(self, message: str) -> None:
        self._busy(False, message)

    def _loaded(self, result: tuple[RetentionPolicy, str]) -> None:
        policy, text = result
        self.months.setValue(policy.months)
        self.reason.setPlainText(shown_reason(policy.reason))
        self.register_text.setPlainText(text)
        self._busy(False)

    def save_policy(self) -> None:
        policy = RetentionPolicy(self.months.value(), self.reason.toPlainText().strip())
        try:
            policy.validate()
        except PrivacyError as exc:
            self.status.setText(user_message(str(exc)))
            return
        self._busy(True, self.tr("Bewaartermijn wordt opgeslagen en toegepast…"))
        self.history.call(lambda store: _save_and_apply(store, policy), self._policy_saved, self._failed)

    def _policy_saved(self, result: tuple[RetentionPolicy, int, str]) -> None:
        policy, count, text = result
        self.register_text.setPlainText(text)
        self._busy(
            False,
            self.tr("Bewaartermijn opgeslagen: {months} maanden. {count} zaken geanonimiseerd.").format(
                months=policy.months, count=count
            ),
        )

    def confirm_forget(self, who: str) -> bool:
        """Ask before erasing (tests replace this)."""
        answer = QMessageBox.warning(
            self,
            self.tr("Definitief wissen?"),
            self.tr("Alles over “{who}” wordt gewist. Dit kan niet ongedaan worden gemaakt. Doorgaan?").format(who=who),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def forget(self) -> None:
        who = self.who.text().strip()
        try:
            person_pattern(who)
        except PrivacyError as exc:
            self.status.setText(user_message(str(exc)))
            return
        if not self.confirm_forget(who):
            return
        self._busy(True, self.tr("Bezig met wissen en het bestand opnieuw opbouwen; even geduld…"))
        self.history.call(lambda store: _forget(store, who), self._forgotten, self._failed)

    def _forgotten(self, result: tuple[ForgetOutcome, str]) -> None:
        outcome, text = result
        self.who.clear()  # the name is not kept, also not on screen
        self.forget_result.setPlainText(outcome.message())
        self.register_text.setPlainText(text)
        self._busy(False, self.tr("Gewist."))

    def copy_register(self) -> None:
        QGuiApplication.clipboard().setText(self.register_text.toPlainText())
        self.status.setText(self.tr("De tekst staat op het klembord."))


def show_privacy(window: QMainWindow, history: HistoryWorker) -> PrivacyDialog:
    dialog = PrivacyDialog(history, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def install_privacy(window: QMainWindow, history: HistoryWorker) -> QAction:
    """A 'Privacy…' item in a File-like menu, and the retention period applied now, in the background."""
    bar = window.menuBar()
    menu = QMenu(QCoreApplication.translate("PrivacyDialog", "&Gegevens"), bar)
    existing = bar.actions()
    if existing:
        bar.insertMenu(existing[0], menu)  # before Help, which stays last
    else:
        bar.addMenu(menu)
    action = QAction(QCoreApplication.translate("PrivacyDialog", "&Privacy en bewaartermijn…"), window)
    action.triggered.connect(lambda: show_privacy(window, history))
    menu.addAction(action)
    run_retention(window, history)
    return action


def run_retention(window: QMainWindow, history: HistoryWorker) -> None:
    """Anonymise what passed the retention period (on the history worker); a note when anything changed."""

    def done(count: int) -> None:
        if count:
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "PrivacyDialog", "{count} zaken voorbij de bewaartermijn zijn geanonimiseerd."
                ).format(count=count),
                10000,
            )

    def failed(message: str) -> None:
        window.statusBar().showMessage(message, 10000)

    if not getattr(history, "read_only", False):
        history.call(apply_retention, done, failed)
