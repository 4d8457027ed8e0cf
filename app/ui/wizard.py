"""The wizard's controller: walks the flowchart with the pages, autosaves, resumes and saves.

Every call on the history goes through the window's :class:`HistoryWorker` (off the GUI thread, in
order); drafting and topic analysis run on the assistant's :class:`TaskRunner`. The pages live in
:mod:`app.ui.wizard_pages`.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from app.domain.case import Case
from app.domain.categories import CATEGORY_NAMES
from app.domain.drafting import Draft, Drafter
from app.domain.flowchart import Flowchart, Node
from app.domain.profile import BusinessProfile
from app.domain.replies import shipped_templates
from app.domain.topics import TopicAnalysis
from app.domain.wizard import Comment, WizardError, WizardSession
from app.errors import ReageerwijzerError
from app.nlp.topics import analyse_topics
from app.store import CaseStore
from app.store.profile import load_profile
from app.ui.assistant import AssistantService
from app.ui.flowmap import FlowMap
from app.ui.tasks import HistoryWorker
from app.ui.widgets import heading, plain
from app.ui.wizard_pages import IntakePage, OutcomePage, QuestionPage, percent, quote

AUTOSAVE_MS = 1200
ANALYSE_DEBOUNCE_MS = 450

__all__ = ["AUTOSAVE_MS", "IntakePage", "OutcomePage", "QuestionPage", "WizardView", "quote"]


class DraftSlot:
    """Where the case being worked on sits in the history.

    Read and written only inside history jobs, which run one at a time in order, so a second
    autosave queued before the first has returned still updates the same row instead of adding one.
    """

    def __init__(self, case_id: int | None = None) -> None:
        self.id = case_id


def store_case(store: CaseStore, case: Case, slot: DraftSlot) -> int:
    """Save the case in progress (a history job); an update keeps when it was first received and created."""
    if case.id is None:
        case.id = slot.id
    if case.id is not None:
        existing = store.get(case.id)
        case.received_at = existing.received_at
        case.created_at = existing.created_at
    slot.id = store.save(case)
    return slot.id


def profile_or_default(store: CaseStore) -> BusinessProfile:
    try:
        return load_profile(store)
    except ReageerwijzerError:
        return BusinessProfile()


class WizardView(QWidget):
    """The whole wizard. Emits ``saved(case_id)`` when a case is stored."""

    saved = Signal(int)

    def __init__(
        self, flow: Flowchart, history: HistoryWorker, assistant: AssistantService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.flow = flow
        self.history = history
        self.assistant = assistant
        self.session: WizardSession | None = None
        self.analysis: Any = None
        self.topics: tuple[str, TopicAnalysis] | None = None
        self.slot = DraftSlot()
        self.case_id: int | None = None  # the last id the history reported for this case
        self.pending_ui: dict[str, Any] = {}
        self.saving = False
        self.outcome_ready = False
        self._outcome_request = 0
        self.templates = shipped_templates()

        layout = QHBoxLayout(self)
        self.stack = QStackedWidget()
        self.intake = IntakePage(flow)
        self.question_page = QuestionPage()
        self.outcome_page = OutcomePage(flow)
        for page in (self.intake, self.question_page, self.outcome_page):
            self.stack.addWidget(page)
        layout.addWidget(self.stack, 1)
        layout.addLayout(self._side(flow))
        self.analyse_timer = QTimer(self, singleShot=True, interval=ANALYSE_DEBOUNCE_MS)
        self.analyse_timer.timeout.connect(self._analyse_now)
        self.autosave_timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        self._connect()
        self._assistant_state(assistant.state)
        self._refresh_map()

    def _side(self, flow: Flowchart) -> QVBoxLayout:
        side = QVBoxLayout()
        side.addWidget(heading(self.tr("Waar ben je?"), 1.1))
        self.map = FlowMap(flow)
        side.addWidget(self.map, 0, Qt.AlignmentFlag.AlignHCenter)
        side.addWidget(plain(self.tr("Vakjes zijn vragen, rondjes uitkomsten. Blauw: jouw weg."), muted=True))
        side.addWidget(heading(self.tr("Assistent"), 1.1))
        self.assistant_label = plain()
        self.assistant_label.setAccessibleName(self.tr("Wat de assistent ziet"))
        self.assistant_label.setMaximumWidth(self.map.sizeHint().width() + 20)
        side.addWidget(self.assistant_label)
        side.addStretch()
        return side

    def _connect(self) -> None:
        self.intake.text.textChanged.connect(self._intake_changed)
        for widget in (self.intake.author, self.intake.link):
            widget.textChanged.connect(lambda _t: self.autosave_timer.start())
        self.intake.proceed.connect(self.start_questions)
        self.question_page.answered.connect(self.answer)
        self.question_page.back.connect(self.go_back)
        self.outcome_page.back.connect(self.go_back)
        self.outcome_page.save.connect(self.save_case)
        self.outcome_page.pause_button.clicked.connect(self.show_pause_message)
        self.outcome_page.editor.textChanged.connect(self.autosave_timer.start)
        self.outcome_page.lesson.textChanged.connect(self.autosave_timer.start)
        self.assistant.stateChanged.connect(self._assistant_state)
        self.assistant.analysed.connect(self._analysed)

    # ------------------------------------------------------------ assistant

    def _assistant_state(self, state: str) -> None:
        if state == "loading":
            self.assistant_label.setText(self.tr("Assistent wordt geladen…"))
        elif state == "failed":
            self.assistant_label.setText(
                self.tr("De assistent kon niet laden ({error}). Je kunt het schema gewoon zelf doorlopen.").format(
                    error=self.assistant.error
                )
            )
        elif state == "ready":
            self.assistant_label.setText(self.tr("Assistent klaar. Plak een reactie om mee te laten kijken."))
            if self.intake.text.toPlainText().strip():
                self._analyse_now()
        self._refresh_question()

    def _intake_changed(self) -> None:
        self.analyse_timer.start()
        self.autosave_timer.start()

    def _analyse_now(self) -> None:
        text = self.intake.text.toPlainText()
        if text.strip() and self.assistant.ready:
            self.assistant_label.setText(self.tr("Assistent leest mee…"))
            self.assistant.analyse(text)
        if text.strip():
            # What the comment is about (product, occasion, safety) for the draft, off the GUI thread.
            self.assistant.runner.submit(lambda: (text, analyse_topics(text)), self._topics_found, lambda _m: None)

    def _topics_found(self, result: tuple[str, TopicAnalysis]) -> None:
        self.topics = result

    def _analysed(self, request: int, analysis: Any) -> None:
        if request != self.assistant.latest_request:
            return  # an older text; a newer analysis is on its way
        self.analysis = analysis
        if self.session is not None and self.session.comment.text == self.intake.text.toPlainText():
            self.session.prediction = analysis.prediction()
        self._show_analysis()
        self._refresh_question()

    def _show_analysis(self) -> None:
        a = self.analysis
        if a is None:
            return
        if a.uncertain and len(a.candidates) >= 2:
            first, second = a.candidates[:2]
            lines = [
                self.tr("Twijfel: {first} ({p1}) of {second} ({p2})").format(
                    first=CATEGORY_NAMES[first],
                    p1=percent(a.scores[first]),
                    second=CATEGORY_NAMES[second],
                    p2=percent(a.scores[second]),
                )
            ]
        else:
            lines = [self.tr("Lijkt: {label} ({p})").format(label=CATEGORY_NAMES[a.label], p=percent(a.confidence))]
        if a.explain and not a.uncertain:
            lines.append(self.tr("vanwege: {words}").format(words=", ".join(a.explain)))
        if a.flags:
            lines.append(self.tr("Let op: {flags}").format(flags=", ".join(a.flags)))
        found = []
        d = a.details
        for key, name in (
            ("order_numbers", self.tr("bestelnummer")),
            ("amounts", self.tr("bedrag")),
            ("dates", self.tr("datum")),
            ("emails", self.tr("e-mail")),
            ("phones", self.tr("telefoon")),
        ):
            if d.get(key):
                found.append(f"{name} {', '.join(d[key][:2])}")
        if found:
            lines.append(self.tr("Gevonden: {items}").format(items="; ".join(found)))
        self.assistant_label.setText("\n".join(lines))

    # ------------------------------------------------------------ walking

    def start_questions(self) -> None:
        comment = self.intake.comment()
        if not comment.text.strip():
            return
        prediction = None
        if self.analysis is not None and self.intake.text.toPlainText().strip():
            prediction = self.analysis.prediction()
        if self.session is None or self.session.comment.text != comment.text:
            self.session = WizardSession(self.flow, comment, prediction)
        else:
            self.session.comment = comment
            self.session.prediction = prediction or self.session.prediction
        self._show_current()
        self.autosave()

    def answer(self, answer_id: str) -> None:
        if self.session is None:
            return
        try:
            self.session.answer(answer_id)
        except WizardError as exc:
            QMessageBox.warning(self, self.tr("Dat kan niet"), str(exc))
            return
        self._show_current()
        self.autosave()

    def go_back(self) -> None:
        if self.session is None:
            return
        if self.stack.currentWidget() is self.question_page and self.session.at_start():
            self.stack.setCurrentWidget(self.intake)
            self.intake.text.setFocus()
            self._refresh_map()
            return
        chosen = self.session.path[-1].answer_id if self.session.path else None
        self.session.back()
        self._show_current(chosen)
        self.autosave()

    def _show_current(self, chosen: str | None = None) -> None:
        assert self.session is not None
        node = self.session.current
        if node.is_question:
            self.question_page.show_question(node, len(self.session.path) + 1, chosen, self.session.comment.text)
            self.stack.setCurrentWidget(self.question_page)
            self._refresh_question()
        else:
            self._show_outcome(node)
            self.stack.setCurrentWidget(self.outcome_page)
        self._refresh_map()

    def _refresh_question(self) -> None:
        if self.session is None or not self.session.current.is_question:
            return
        node = self.session.current
        if self.analysis is not None and self.session.prediction is None:
            self.session.prediction = self.analysis.prediction()
        prediction = self.session.prediction
        explain = prediction.explain if prediction else ()
        reading = ""
        if prediction is not None and prediction.uncertain:
            reading = self.tr(" of ").join(self._candidate_reason(label) for label in prediction.candidates[:2])
        elif prediction is not None:
            reading = self.tr("de assistent leest dit als {label} ({p})").format(
                label=CATEGORY_NAMES[prediction.label], p=percent(prediction.scores.get(prediction.label))
            )
        self.question_page.show_suggestion(node, self.session.suggestion(), explain, self.assistant.state, reading)

    def _candidate_reason(self, label: str) -> str:
        """'klacht (55 %, vanwege: wachten, weer)' for one of the assistant's two best guesses."""
        assert self.session is not None and self.session.prediction is not None
        score = percent(self.session.prediction.scores.get(label))
        words = ()
        if self.analysis is not None:
            words = self.analysis.explain_candidates.get(label, ())
        if words:
            return self.tr("{label} ({p}, vanwege: {words})").format(
                label=CATEGORY_NAMES[label], p=score, words=", ".join(words)
            )
        return f"{CATEGORY_NAMES[label]} ({score})"

    def _show_outcome(self, outcome: Node) -> None:
        """Title at once; profile and earlier cases from the history, then the draft from the runner."""
        assert self.session is not None
        self.outcome_ready = False
        self._outcome_request += 1
        request = self._outcome_request
        self.outcome_page.show_pending(outcome, self.session.advice())
        session, slot = self.session, self.slot
        comment = session.comment
        author = comment.author

        def read(store: CaseStore) -> tuple[BusinessProfile, int]:
            earlier = len(store.negative_cases_by(author, exclude_id=slot.id)) if author else 0
            return profile_or_default(store), earlier

        self.history.call(
            read,
            lambda result: self._draft(request, outcome, *result),
            lambda _message: self._draft(request, outcome, BusinessProfile(), 0),
        )

    def _draft(self, request: int, outcome: Node, profile: BusinessProfile, earlier: int) -> None:
        if request != self._outcome_request or self.session is None:
            return  # the user has moved on
        comment = self.session.comment
        topics = self.topics[1] if self.topics and self.topics[0] == comment.text else None
        details = self.analysis.details if self.analysis is not None else {}
        flags = self.session.flags()

        def write() -> Draft:
            return Drafter(profile, analyser=analyse_topics).draft(
                outcome.id,
                comment.text,
                author=comment.author,
                platform=comment.platform,
                details=details,
                flags=flags,
                earlier_negative=earlier,
                topics=topics,
            )

        self.assistant.runner.submit(
            write,
            lambda draft: self._outcome_drafted(request, outcome, profile, draft),
            lambda message: self._outcome_drafted(
                request, outcome, profile, Draft(outcome=outcome.id, text="", warnings=[message])
            ),
        )

    def _outcome_drafted(self, request: int, outcome: Node, profile: BusinessProfile, draft: Draft) -> None:
        if request != self._outcome_request or self.session is None:
            return
        comment = self.session.comment
        platform = self.templates.platform(comment.platform)
        self.outcome_page.show_outcome(
            outcome,
            self.session.advice(),
            draft,
            platform.limit,
            platform.name,
            comment=comment.text,
            profile=profile,
            count=platform.count,
        )
        if self.pending_ui:
            self.outcome_page.restore_ui(self.pending_ui)
            self.pending_ui = {}
        self.outcome_ready = True

    def pause_text(self) -> str:
        """The pause message, signed with the profile the outcome was drafted with."""
        seed = self.session.comment.text if self.session else ""
        return Drafter(self.outcome_page.profile).pause_message(seed)

    def show_pause_message(self) -> None:
        """The transparent message for switching comments off, ready to copy."""
        text = self.pause_text()
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Reacties tijdelijk uitzetten"))
        box.setText(
            self.tr(
                "Loopt de discussie onder je bericht uit de hand? Zet de reacties dan tijdelijk uit, "
                "maar zeg eerlijk waarom. Bijvoorbeeld:"
            )
        )
        box.setInformativeText(text)
        copy = box.addButton(self.tr("&Kopiëren"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is copy:
            QGuiApplication.clipboard().setText(text)

    def _refresh_map(self) -> None:
        if self.session is None or self.stack.currentWidget() is self.intake:
            self.map.set_position([], None)
            return
        self.map.set_position([s.node_id for s in self.session.path], self.session.current.id)

    # ------------------------------------------------------------ saving

    # ------------------------------------------------------------ saving

    def _case(self) -> Case | None:
        comment = self.intake.comment()
        if not comment.text.strip():
            return None
        if self.session is not None and self.session.comment.text == comment.text:
            session = self.session
            session.comment = comment
        else:
            session = WizardSession(self.flow, comment, self.analysis.prediction() if self.analysis else None)
        data = session.to_dict()
        stage = "intake" if self.stack.currentWidget() is self.intake else "wizard"
        ui: dict[str, Any] = {}
        if session.finished:
            # While a resumed outcome is still being drafted, keep what was typed before.
            ui = dict(self.pending_ui) if self.pending_ui else self.outcome_page.ui_state()
        ui.pop("stage", None)
        data["ui"] = {"stage": stage, **ui}
        # Unfinished until saved: no outcome yet, even when the walk reached one.
        return Case.from_session(session, outcome=None, status="open", session=data)

    def autosave(self) -> None:
        """Keep the unfinished case in the history, so closing the window loses nothing."""
        self.autosave_timer.stop()
        if self.saving or self.history.closed:
            return
        case = self._case()
        if case is None:
            return
        slot = self.slot
        self.history.call(lambda store: store_case(store, case, slot), self._autosaved(slot), self._autosave_failed)

    def _autosaved(self, slot: DraftSlot) -> Any:
        def done(case_id: int) -> None:
            if slot is self.slot:
                self.case_id = case_id

        return done

    def _autosave_failed(self, message: str) -> None:
        self.window().statusBar().showMessage(self.tr("Tussentijds bewaren lukte niet: {e}").format(e=message), 8000)

    def save_case(self) -> None:
        """Store the finished case; the wizard starts afresh once the history has it."""
        if self.session is None or not self.session.finished or self.saving:
            return
        outcome = self.session.outcome
        assert outcome is not None
        state = self.outcome_page.ui_state()
        lesson = self.outcome_page.form.new_lesson()
        case = Case.from_session(
            self.session,
            reply=state["reply"] if outcome.writes_reply else "",
            status=state["status"],
            follow_up=state["follow_up"],
            handled_at=datetime.now(UTC).replace(microsecond=0).isoformat(),
            lessons=[lesson] if lesson else [],
            session=None,
        )
        self.autosave_timer.stop()
        self.saving = True
        self.outcome_page.save_button.setEnabled(False)
        slot = self.slot
        self.history.call(lambda store: store_case(store, case, slot), self._saved, self._save_failed)

    def _saved(self, case_id: int) -> None:
        self.saving = False
        self.outcome_page.save_button.setEnabled(True)
        self.saved.emit(case_id)
        self.reset()
        self.window().statusBar().showMessage(self.tr("Opgeslagen in de geschiedenis."), 5000)

    def _save_failed(self, message: str) -> None:
        self.saving = False
        self.outcome_page.save_button.setEnabled(True)
        QMessageBox.critical(
            self,
            self.tr("Opslaan mislukt"),
            self.tr("De zaak is niet opgeslagen: {error}\n\nJe invoer staat er nog; probeer het opnieuw.").format(
                error=message
            ),
        )

    def reset(self) -> None:
        self.autosave_timer.stop()
        self.session = None
        self.analysis = None
        self.slot = DraftSlot()
        self.case_id = None
        self.pending_ui = {}
        self.outcome_ready = False
        self._outcome_request += 1
        self.intake.clear()
        self.outcome_page.clear()
        self.stack.setCurrentWidget(self.intake)
        self._assistant_state(self.assistant.state)
        self._refresh_map()
        self.intake.text.setFocus()

    def discard(self) -> None:
        slot = self.slot

        def delete(store: CaseStore) -> None:
            if slot.id is not None:
                store.delete(slot.id)
                slot.id = None

        self.history.call(delete, None, lambda _message: None)
        self.reset()

    def has_input(self) -> bool:
        return bool(self.intake.text.toPlainText().strip())

    def resume(self, case: Case) -> None:
        """Continue an unfinished case exactly where it was left."""
        data = dict(case.session or {})
        ui = dict(data.get("ui") or {})
        self.reset()
        self.slot = DraftSlot(case.id)
        self.case_id = case.id
        try:
            session = WizardSession.from_dict(self.flow, data)
        except WizardError:
            session = WizardSession(
                self.flow, Comment(case.text, case.platform, case.author, case.posted_at, case.link)
            )
        self.intake.load(session.comment)
        self.analyse_timer.stop()
        if ui.get("stage") == "intake":
            self.session = None
            self._analyse_now()
            return
        self.session = session
        self.pending_ui = ui
        self._analyse_now()
        self._show_current()
