"""First run: a short welcome that fills the business profile, so the first draft is signed and
addressed right. Shown once for a history without a profile; skipping it is remembered too."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.messages import user_message
from app.domain.profile import BusinessProfile, ProfileError
from app.store import CaseStore
from app.store.profile import PROFILE_KEY, save_profile
from app.ui.tasks import HistoryWorker
from app.ui.widgets import heading, plain

WELCOMED_KEY = "welkom_gezien"


def needs_welcome(store: CaseStore) -> bool:
    """No profile saved yet, and the welcome was never finished or skipped (a history job)."""
    return store.get_setting(PROFILE_KEY) is None and not store.get_setting(WELCOMED_KEY, False)


def finish_welcome(store: CaseStore, profile: BusinessProfile | None) -> None:
    """Save what was filled in (a history job); remember that the welcome was seen either way."""
    if profile is not None:
        save_profile(store, profile)
    store.set_setting(WELCOMED_KEY, True)


class WelcomeDialog(QDialog):
    """Emits ``finishedWelcome(saved)`` once the profile is stored (True) or the welcome was skipped (False)."""

    finishedWelcome = Signal(bool)

    def __init__(self, history: HistoryWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history = history
        self._finished = False
        self.setWindowTitle(self.tr("Welkom bij Reageerwijzer"))
        self.setAccessibleName(self.tr("Welkom bij Reageerwijzer"))
        layout = QVBoxLayout(self)
        self.setMinimumWidth(640)
        layout.addWidget(heading(self.tr("Welkom! Even kennismaken met je bedrijf")))
        layout.addWidget(
            plain(
                self.tr(
                    "Dan staat in het eerste concept al je eigen naam, spreek je mensen aan zoals je dat gewend "
                    "bent en weet de lezer hoe hij je privé bereikt. Alles is later te wijzigen onder 'Profiel "
                    "en instellingen'. Geen zin nu? Sla het gerust over."
                )
            )
        )
        layout.addLayout(self._form())
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("&Opslaan en beginnen"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.skip_button = buttons.addButton(self.tr("O&verslaan"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.name.setFocus()

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("bijv. Bakkerij De Korenschoof"))
        self.signer = QLineEdit()
        self.signer.setPlaceholderText(self.tr("bijv. Marieke"))
        self.register_je = QRadioButton(self.tr("je (informeel)"))
        self.register_u = QRadioButton(self.tr("u (formeel)"))
        self.voice_ik = QRadioButton(self.tr("ik"))
        self.voice_wij = QRadioButton(self.tr("wij"))
        self.register_je.setChecked(True)
        self.voice_ik.setChecked(True)
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("bijv. info@jouwbedrijf.nl"))
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("bijv. 030-1234567"))
        self.dm = QCheckBox(self.tr("Klanten mogen me een privébericht sturen op het platform"))
        self.dm.setChecked(True)
        self.hours = QLineEdit()
        self.hours.setPlaceholderText(self.tr("bijv. di–vr 8:00–18:00, za 8:00–16:00"))
        rows = (
            (self.tr("&Naam van je bedrijf:"), self.name),
            (self.tr("Je voo&rnaam (onder elk antwoord):"), self.signer),
            (self.tr("&Aanspreken met:"), self._pair(self.register_je, self.register_u)),
            (self.tr("Schrijven als:"), self._pair(self.voice_ik, self.voice_wij)),
            (self.tr("&E-mailadres voor klanten:"), self.email),
            (self.tr("&Telefoon voor klanten:"), self.phone),
            ("", self.dm),
            (self.tr("Open&ingstijden:"), self.hours),
        )
        for text, widget in rows:
            label = QLabel(text)
            label.setBuddy(widget if isinstance(widget, QLineEdit | QCheckBox) else widget.findChild(QRadioButton))
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
        self.register_je.setAccessibleName(self.tr("Aanspreken met je"))
        self.register_u.setAccessibleName(self.tr("Aanspreken met u"))
        self.voice_ik.setAccessibleName(self.tr("Schrijven als ik"))
        self.voice_wij.setAccessibleName(self.tr("Schrijven als wij"))
        return form

    def _pair(self, first: QRadioButton, second: QRadioButton) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        group = QButtonGroup(box)
        for button in (first, second):
            group.addButton(button)
            row.addWidget(button)
        row.addStretch()
        return box

    def profile(self) -> BusinessProfile:
        return BusinessProfile(
            name=self.name.text().strip(),
            signers=[s.strip() for s in self.signer.text().split(",") if s.strip()],
            register="u" if self.register_u.isChecked() else "je",
            voice="wij" if self.voice_wij.isChecked() else "ik",
            dm=self.dm.isChecked(),
            email=self.email.text().strip(),
            phone=self.phone.text().strip(),
            opening_hours=self.hours.text().strip(),
        )

    def save(self) -> None:
        """Check here, store by the history worker; a problem keeps the dialog open with one clear line."""
        try:
            profile = self.profile()
            profile.validate()
        except ProfileError as exc:
            QMessageBox.warning(
                self, self.tr("Nog niet goed"), self.tr("Controleer: {e}").format(e=user_message(str(exc)))
            )
            return
        self.save_button.setEnabled(False)
        self.history.call(lambda store: finish_welcome(store, profile), self._stored, self._failed)

    def _stored(self, _result: object) -> None:
        self._finished = True
        self.finishedWelcome.emit(True)
        self.accept()

    def _failed(self, message: str) -> None:
        self.save_button.setEnabled(True)
        QMessageBox.critical(self, self.tr("Profiel niet opgeslagen"), message)

    def reject(self) -> None:
        """Skipping (the button, Esc or closing the dialog): remembered, so the welcome does not return."""
        if not self._finished:
            self._finished = True
            self.history.call(lambda store: finish_welcome(store, None), None, lambda _message: None)
            self.finishedWelcome.emit(False)
        super().reject()


def offer_welcome(parent: QWidget, history: HistoryWorker, then: Callable[[], None]) -> None:
    """Ask the history whether this is a first run; if so, open the welcome (window-modal, not blocking).
    ``then`` runs after the profile was saved (e.g. to show it in the settings)."""

    def show(needed: bool) -> None:
        if not needed or parent.findChild(WelcomeDialog) is not None:
            return
        dialog = WelcomeDialog(history, parent)
        dialog.finishedWelcome.connect(lambda saved: then() if saved else None)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    history.call(needs_welcome, show, lambda _message: None)
