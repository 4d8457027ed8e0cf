"""Business profile and settings: tone, contact, facts, FAQ; where the history lives; backups."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.messages import user_message
from app.domain.profile import BusinessProfile, FaqItem, ProfileError
from app.store.profile import load_profile, save_profile
from app.ui.tasks import HistoryWorker
from app.ui.widgets import heading, plain, scrolling

TEXT_FIELDS = (
    ("name", QT_TRANSLATE_NOOP("SettingsView", "Naam van het bedrijf")),
    ("kind", QT_TRANSLATE_NOOP("SettingsView", "Soort bedrijf (bijv. bakkerij)")),
    ("email", QT_TRANSLATE_NOOP("SettingsView", "E-mailadres voor klanten")),
    ("phone", QT_TRANSLATE_NOOP("SettingsView", "Telefoonnummer voor klanten")),
    ("website", QT_TRANSLATE_NOOP("SettingsView", "Website")),
    ("address", QT_TRANSLATE_NOOP("SettingsView", "Adres")),
    ("opening_hours", QT_TRANSLATE_NOOP("SettingsView", "Openingstijden")),
    ("delivery_terms", QT_TRANSLATE_NOOP("SettingsView", "Bezorging")),
    ("return_terms", QT_TRANSLATE_NOOP("SettingsView", "Ruilen en retourneren")),
    ("payment", QT_TRANSLATE_NOOP("SettingsView", "Betalen")),
    ("holidays", QT_TRANSLATE_NOOP("SettingsView", "Feestdagen en sluitingsdagen")),
    ("accessibility", QT_TRANSLATE_NOOP("SettingsView", "Toegankelijkheid")),
    ("parking", QT_TRANSLATE_NOOP("SettingsView", "Parkeren")),
)


class SettingsView(QWidget):
    """Emits ``storeChangeRequested(path)`` when another history file is chosen or restored."""

    storeChangeRequested = Signal(str)
    restoreRequested = Signal(str)
    saved = Signal()

    def __init__(self, history: HistoryWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history = history
        outer = QVBoxLayout(self)
        layout = scrolling(outer, self.tr("Profiel en instellingen"), max_width=1100)
        layout.addWidget(heading(self.tr("Bedrijfsprofiel en instellingen")))
        layout.addWidget(
            plain(
                self.tr(
                    "Conceptreacties gebruiken alleen wat hier staat. Laat je iets leeg, dan krijg je in het concept "
                    "een open plek om zelf in te vullen; de app verzint niets."
                )
            )
        )
        layout.addWidget(self._tone())
        layout.addWidget(self._facts())
        layout.addWidget(self._faq())
        layout.addWidget(self._data())
        self._sections = layout
        layout.addWidget(self._language())
        layout.addStretch()
        outer.addLayout(self._save_bar())
        self._baseline = self._previous = BusinessProfile()
        self.ask_unsaved: Callable[[], str] = self._ask_unsaved
        self._watch_changes()
        self.load()

    def _save_bar(self) -> QHBoxLayout:
        """Always in view under the scrolling page: whether there are unsaved changes, and the save button."""
        bar = QHBoxLayout()
        self.unsaved_label = plain(muted=True)
        self.unsaved_label.setAccessibleName(self.tr("Status van het profiel"))
        self.save_button = QPushButton(self.tr("Profiel op&slaan"))
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        bar.addWidget(self.unsaved_label, 1)
        bar.addWidget(self.save_button)
        return bar

    def _watch_changes(self) -> None:
        for edit in (self.signers, *self.fields.values()):
            edit.textChanged.connect(self._update_unsaved)
        for combo in (self.register, self.voice):
            combo.currentIndexChanged.connect(self._update_unsaved)
        self.dm.toggled.connect(self._update_unsaved)
        self.faq.itemChanged.connect(self._update_unsaved)
        self.faq.model().rowsInserted.connect(self._update_unsaved)
        self.faq.model().rowsRemoved.connect(self._update_unsaved)

    def has_unsaved_changes(self) -> bool:
        return self.profile().to_dict() != self._baseline.to_dict()

    def _update_unsaved(self, *_args: object) -> None:
        unsaved = self.has_unsaved_changes()
        self.unsaved_label.setText(
            self.tr("Je profiel heeft wijzigingen die nog niet zijn opgeslagen.") if unsaved else ""
        )
        self.save_button.setEnabled(unsaved)

    def _ask_unsaved(self) -> str:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Profiel niet opgeslagen"))
        box.setText(self.tr("Je hebt het bedrijfsprofiel gewijzigd. Wil je de wijzigingen opslaan?"))
        save = box.addButton(self.tr("&Opslaan"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("&Niet opslaan"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("&Annuleren"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.exec()
        clicked = box.clickedButton()
        return "save" if clicked is save else "discard" if clicked is discard else "cancel"

    def confirm_leave(self) -> bool:
        """Before leaving the profile or closing: ask about unsaved changes. False = stay here."""
        if not self.has_unsaved_changes():
            return True
        choice = self.ask_unsaved()
        if choice == "save":
            return self.save()
        if choice == "discard":
            self._show_profile(self._baseline)
            return True
        return False

    def _tone(self) -> QGroupBox:
        tone = QGroupBox(self.tr("Toon"))
        tone_form = QFormLayout(tone)
        self.signers = QLineEdit()
        self.signers.setPlaceholderText(self.tr("bijv. Marieke, Joost"))
        self.signers.setAccessibleName(self.tr("Voornamen die ondertekenen"))
        self.register = QComboBox()
        self.register.addItem(self.tr("je (informeel, meest gebruikt)"), "je")
        self.register.addItem(self.tr("u (formeel)"), "u")
        self.register.setAccessibleName(self.tr("Aanspreekvorm"))
        self.voice = QComboBox()
        self.voice.addItem(self.tr("ik"), "ik")
        self.voice.addItem(self.tr("wij"), "wij")
        self.voice.setAccessibleName(self.tr("Schrijven als"))
        self.dm = QCheckBox(self.tr("Klanten mogen een privébericht sturen op het platform"))
        self.dm.setChecked(BusinessProfile().dm)
        for label, widget in (
            (self.tr("&Ondertekenen met:"), self.signers),
            (self.tr("&Aanspreekvorm:"), self.register),
            (self.tr("Schrijven als:"), self.voice),
        ):
            lab = QLabel(label)
            lab.setBuddy(widget)
            tone_form.addRow(lab, widget)
        tone_form.addRow("", self.dm)
        return tone

    def _facts(self) -> QGroupBox:
        facts = QGroupBox(self.tr("Gegevens"))
        facts_form = QFormLayout(facts)
        self.fields: dict[str, QLineEdit] = {}
        for key, label in TEXT_FIELDS:
            edit = QLineEdit()
            edit.setAccessibleName(self.tr(label))
            lab = QLabel(self.tr(label) + ":")
            lab.setBuddy(edit)
            facts_form.addRow(lab, edit)
            self.fields[key] = edit
        self.fields["holidays"].setPlaceholderText(self.tr("bijv. Tweede paasdag: dicht; Koningsdag: 8:00–13:00"))
        return facts

    def _faq(self) -> QGroupBox:
        faq = QGroupBox(self.tr("Veelgestelde vragen"))
        faq_layout = QVBoxLayout(faq)
        self.faq = QTableWidget(0, 2)
        self.faq.setHorizontalHeaderLabels([self.tr("Vraag"), self.tr("Antwoord")])
        self.faq.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.faq.setAccessibleName(self.tr("Veelgestelde vragen"))
        self.faq.setMinimumHeight(140)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Vraag &toevoegen"))
        add.clicked.connect(lambda: self.faq.insertRow(self.faq.rowCount()))
        remove = QPushButton(self.tr("Vraag &weghalen"))
        remove.clicked.connect(
            lambda: self.faq.removeRow(self.faq.currentRow()) if self.faq.currentRow() >= 0 else None
        )
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch()
        faq_layout.addWidget(self.faq)
        faq_layout.addLayout(row)
        return faq

    def _data(self) -> QGroupBox:
        data = QGroupBox(self.tr("Geschiedenis en reservekopieën"))
        data_layout = QVBoxLayout(data)
        self.db_label = plain()
        data_layout.addWidget(self.db_label)
        buttons = QHBoxLayout()
        backup = QPushButton(self.tr("&Reservekopie maken…"))
        backup.clicked.connect(self.make_backup)
        restore = QPushButton(self.tr("Reservekopie terug&zetten…"))
        restore.clicked.connect(self.restore_backup)
        other = QPushButton(self.tr("Ander &bestand openen…"))
        other.clicked.connect(self.choose_file)
        for button in (backup, restore, other):
            buttons.addWidget(button)
        buttons.addStretch()
        data_layout.addLayout(buttons)
        return data

    def _language(self) -> QGroupBox:
        language = QGroupBox(self.tr("Taal"))
        lang_form = QFormLayout(language)
        self.language = QComboBox()
        self.language.addItem(self.tr("Volg het systeem"), "")
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setAccessibleName(self.tr("Taal van het venster"))
        current = QSettings().value("language", "", str)
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.language.currentIndexChanged.connect(self._language_changed)
        lang_form.addRow(self.tr("Taal van het venster:"), self.language)
        return language

    def add_section(self, widget: QWidget) -> None:
        """A section that another part of the window owns (e.g. 'Assistent bijleren'), above 'Taal'."""
        self._sections.insertWidget(max(0, self._sections.count() - 2), widget)

    def load(self) -> None:
        """Show the stored profile (read by the history worker)."""
        self.db_label.setText(self.tr("De geschiedenis staat in: {path}").format(path=self.history.path))
        self.history.call(load_profile, self._show_profile, self._profile_unreadable)

    def _profile_unreadable(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Profiel"), message)
        self._show_profile(BusinessProfile())

    def _show_profile(self, profile: BusinessProfile) -> None:
        self._baseline = profile
        self._fill(profile)
        self._update_unsaved()

    def _fill(self, profile: BusinessProfile) -> None:
        self.signers.setText(", ".join(profile.signers))
        self.register.setCurrentIndex(max(0, self.register.findData(profile.register)))
        self.voice.setCurrentIndex(max(0, self.voice.findData(profile.voice)))
        self.dm.setChecked(profile.dm)
        for key, edit in self.fields.items():
            edit.setText(profile.value(key))
        self.faq.setRowCount(0)
        for item in profile.faq:
            row = self.faq.rowCount()
            self.faq.insertRow(row)
            self.faq.setItem(row, 0, QTableWidgetItem(item.question))
            self.faq.setItem(row, 1, QTableWidgetItem(item.answer))

    def profile(self) -> BusinessProfile:
        faq = []
        for row in range(self.faq.rowCount()):
            question = self.faq.item(row, 0).text().strip() if self.faq.item(row, 0) else ""
            answer = self.faq.item(row, 1).text().strip() if self.faq.item(row, 1) else ""
            if question or answer:
                faq.append(FaqItem(question, answer))
        profile = BusinessProfile(
            signers=[s.strip() for s in self.signers.text().split(",") if s.strip()],
            register=self.register.currentData(),
            voice=self.voice.currentData(),
            dm=self.dm.isChecked(),
            faq=faq,
        )
        for key, edit in self.fields.items():
            setattr(profile, key, edit.text().strip())
        return profile

    def save(self) -> bool:
        """Check the profile here, store it in the background; False when it does not pass the check."""
        try:
            profile = self.profile()
            profile.validate()
        except ProfileError as exc:
            QMessageBox.warning(
                self,
                self.tr("Profiel niet opgeslagen"),
                self.tr("Controleer het profiel: {e}").format(e=user_message(str(exc))),
            )
            return False
        self.history.call(lambda store: save_profile(store, profile), self._saved, self._save_failed)
        self._previous, self._baseline = self._baseline, profile  # a failure makes them unsaved again
        self._update_unsaved()
        return True

    def _saved(self, _result: object) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(self.tr("Profiel opgeslagen."), 4000)
        self.saved.emit()

    def _save_failed(self, message: str) -> None:
        self._baseline = self._previous
        self._update_unsaved()
        QMessageBox.critical(self, self.tr("Profiel niet opgeslagen"), message)

    def make_backup(self) -> None:
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Reservekopie opslaan als"),
            str(self.history.path.with_suffix(".kopie.sqlite3")),
            "SQLite (*.sqlite3 *.db)",
        )
        if not target:
            return
        self.history.call(lambda store: store.backup(target), self._backup_made, self._backup_failed)

    def _backup_made(self, path: object) -> None:
        QMessageBox.information(
            self, self.tr("Reservekopie gemaakt"), self.tr("Opgeslagen als {path}").format(path=path)
        )

    def _backup_failed(self, message: str) -> None:
        QMessageBox.critical(self, self.tr("Reservekopie mislukt"), message)

    def restore_backup(self) -> None:
        if not self.confirm_leave():
            return
        source, _ = QFileDialog.getOpenFileName(
            self, self.tr("Reservekopie kiezen"), str(self.history.path.parent), "SQLite (*.sqlite3 *.db)"
        )
        if not source:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Reservekopie terugzetten?"),
            self.tr(
                "De huidige geschiedenis wordt vervangen door {src}. Er wordt eerst een kopie van de huidige "
                "geschiedenis bewaard. Doorgaan?"
            ).format(src=source),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restoreRequested.emit(source)

    def choose_file(self) -> None:
        if not self.confirm_leave():
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Geschiedenisbestand kiezen of nieuw maken"),
            str(self.history.path),
            "SQLite (*.sqlite3 *.db)",
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.storeChangeRequested.emit(path)

    def _language_changed(self) -> None:
        QSettings().setValue("language", self.language.currentData())
        QMessageBox.information(self, self.tr("Taal"), self.tr("De nieuwe taal is actief na het opnieuw starten."))
