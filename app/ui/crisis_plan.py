"""'Crisisplan': who does what when it goes wrong, and the prepared statements in the owner's words.

A dialog (opened from the settings page and from the crisis view) that edits the plan in the
business profile. It reads and saves through the history worker; typed text is never thrown
away silently: closing with changes asks first.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.messages import user_message
from app.domain.profile import BusinessProfile
from app.domain.radar_data import ROLES, shipped_statements
from app.domain.radar_plan import CrisisPlan, PlanError, Role, default_statement
from app.store.profile import load_profile, save_crisis_plan
from app.ui.tasks import HistoryWorker
from app.ui.widgets import SlotHighlighter, plain

ROLE_LABELS = {
    "monitor": QT_TRANSLATE_NOOP("CrisisPlanDialog", "Volgt de kanalen"),
    "draft": QT_TRANSLATE_NOOP("CrisisPlanDialog", "Stelt de tekst op"),
    "approve": QT_TRANSLATE_NOOP("CrisisPlanDialog", "Keurt goed"),
    "post": QT_TRANSLATE_NOOP("CrisisPlanDialog", "Plaatst"),
}


def role_label(task: str) -> str:
    return QCoreApplication.translate("CrisisPlanDialog", ROLE_LABELS[task])


class CrisisPlanDialog(QDialog):
    """Roles (name and how to reach them) and one editable statement per incident kind."""

    saved = Signal()

    def __init__(self, history: HistoryWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history = history
        self.profile = BusinessProfile()
        self.texts: dict[str, str] = {}  # kind -> the text being edited (in the profile's tone)
        self.kind = ""
        self.loaded = False
        self.shown: dict[str, object] = {}
        self.setWindowTitle(self.tr("Crisisplan"))
        self.resize(760, 620)
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain(
                self.tr(
                    "Leg vooraf vast wie wat doet als er veel negatieve reacties tegelijk komen, en zet de eerste "
                    "verklaringen klaar. De crisisradar gebruikt dit plan. Namen staan alleen op deze computer."
                )
            )
        )
        layout.addWidget(self._roles_box())
        layout.addWidget(self._statements_box(), 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Opslaan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Annuleren"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        layout.addWidget(buttons)
        self.history.call(load_profile, self._show, self._unreadable)

    def _roles_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Wie doet wat"))
        grid = QGridLayout(box)
        grid.addWidget(QLabel(self.tr("Taak")), 0, 0)
        grid.addWidget(QLabel(self.tr("Naam")), 0, 1)
        grid.addWidget(QLabel(self.tr("Bereikbaar via (telefoon, app-groep, mail)")), 0, 2)
        self.names: dict[str, QLineEdit] = {}
        self.contacts: dict[str, QLineEdit] = {}
        for row, task in enumerate(ROLES, start=1):
            label = QLabel(role_label(task))
            name, contact = QLineEdit(), QLineEdit()
            name.setAccessibleName(self.tr("Naam: {task}").format(task=role_label(task)))
            contact.setAccessibleName(self.tr("Bereikbaar via: {task}").format(task=role_label(task)))
            label.setBuddy(name)
            grid.addWidget(label, row, 0)
            grid.addWidget(name, row, 1)
            grid.addWidget(contact, row, 2)
            self.names[task], self.contacts[task] = name, contact
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 2)
        return box

    def _statements_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Eerste verklaringen"))
        layout = QVBoxLayout(box)
        top = QHBoxLayout()
        self.kinds = QComboBox()
        self.kinds.setAccessibleName(self.tr("Soort voorval"))
        for kind, (title, _text) in shipped_statements().statements.items():
            self.kinds.addItem(title, kind)
        kind_label = QLabel(self.tr("&Soort voorval:"))
        kind_label.setBuddy(self.kinds)
        top.addWidget(kind_label)
        top.addWidget(self.kinds, 1)
        self.reset = QPushButton(self.tr("Standaardtekst &terugzetten"))
        self.reset.clicked.connect(self._reset)
        top.addWidget(self.reset)
        layout.addLayout(top)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Verklaring"))
        self.highlighter = SlotHighlighter(self.editor.document())
        layout.addWidget(self.editor, 1)
        layout.addWidget(
            plain(
                self.tr(
                    "Gemarkeerde stukken [vul in: …] vul je pas in als het zover is. {onderwerp} wordt het "
                    "onderwerp dat de radar vond."
                ),
                muted=True,
            )
        )
        self.kinds.currentIndexChanged.connect(self._switch_kind)
        return box

    # ------------------------------------------------------------ loading and editing

    def _show(self, profile: BusinessProfile) -> None:
        self.profile = profile
        plan = profile.plan
        for task in ROLES:
            role = plan.role(task)
            self.names[task].setText(role.name)
            self.contacts[task].setText(role.contact)
        self.texts = {kind: plan.statements.get(kind, "") for kind in shipped_statements().statements}
        self.kind = ""
        self.loaded = True
        self.save_button.setEnabled(True)
        self._switch_kind()
        self.shown = self.plan().to_dict()

    def _unreadable(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Crisisplan"), message)
        self._show(BusinessProfile())

    def _text_for(self, kind: str) -> str:
        return self.texts.get(kind) or default_statement(kind, self.profile)

    def _switch_kind(self) -> None:
        if self.kind:
            self._keep_text()
        self.kind = self.kinds.currentData() or ""
        if self.kind:
            self.editor.setPlainText(self._text_for(self.kind))

    def _keep_text(self) -> None:
        text = self.editor.toPlainText().strip()
        default = default_statement(self.kind, self.profile)
        self.texts[self.kind] = "" if text == default.strip() else text

    def _reset(self) -> None:
        if self.kind:
            self.texts[self.kind] = ""
            self.editor.setPlainText(default_statement(self.kind, self.profile))

    def plan(self) -> CrisisPlan:
        """The plan as the dialog shows it now."""
        if self.kind:
            self._keep_text()
        roles = [Role(task, self.names[task].text().strip(), self.contacts[task].text().strip()) for task in ROLES]
        return CrisisPlan(roles, {k: v for k, v in self.texts.items() if v.strip()})

    def save(self) -> None:
        if not self.loaded:
            return
        plan = self.plan()
        try:
            plan.validate()
        except PlanError as exc:
            QMessageBox.warning(self, self.tr("Crisisplan niet opgeslagen"), user_message(str(exc)))
            return
        self.save_button.setEnabled(False)
        self.history.call(lambda store: save_crisis_plan(store, plan), self._saved, self._save_failed)

    def reject(self) -> None:
        """Closing with changes asks first: typed text is not thrown away unasked."""
        if self.loaded and self.plan().to_dict() != self.shown:
            answer = QMessageBox.question(
                self,
                self.tr("Crisisplan"),
                self.tr("Je hebt wijzigingen die nog niet zijn opgeslagen. Weggooien?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def _saved(self, _result: object) -> None:
        self.saved.emit()
        self.accept()

    def _save_failed(self, message: str) -> None:
        self.save_button.setEnabled(True)
        QMessageBox.critical(self, self.tr("Crisisplan niet opgeslagen"), message)


class CrisisPlanSection(QGroupBox):
    """The settings page's entry to the plan."""

    def __init__(self, history: HistoryWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Crisisplan"))
        self.history = history
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain(
                self.tr(
                    "Wie volgt, schrijft, keurt goed en plaatst als het misgaat, en de eerste verklaringen per "
                    "soort voorval (voedselveiligheid, bezorging, personeel, storing, een bericht dat kwetste)."
                )
            )
        )
        button = QPushButton(self.tr("Crisisplan &bewerken…"))
        button.clicked.connect(self.open_dialog)
        row = QHBoxLayout()
        row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.dialog: CrisisPlanDialog | None = None

    def open_dialog(self) -> CrisisPlanDialog:
        self.dialog = CrisisPlanDialog(self.history, self.window())
        self.dialog.open()
        return self.dialog
