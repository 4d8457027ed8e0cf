"""The wizard's controller: walks the flowchart with the pages, autosaves, resumes and saves.

Every call on the history goes through the window's :class:`HistoryWorker` (off the GUI thread, in
order); drafting and topic analysis run on the assistant's :class:`TaskRunner`. The pages live in
:mod:`app.ui.wizard_pages`.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QStackedWidget, QWidget

from app.domain.case import Case
from app.domain.categories import PLATFORMS, STATUSES
from app.domain.drafting import Draft, Drafter
from app.domain.flowchart import Flowchart, Node
from app.domain.messages import user_message
from app.domain.profile import BusinessProfile
from app.domain.replies import open_slots, shipped_templates
from app.domain.safety import SafetyBlock
from app.domain.topics import TopicAnalysis
from app.domain.wizard import Comment, WizardError, WizardSession
from app.nlp.topics import analyse_topics
from app.store import CaseStore
from app.ui.assistant import AssistantService
from app.ui.flowmap import WizardSide
from app.ui.tasks import HistoryWorker
from app.ui.wizard_pages import IntakePage, OutcomePage, QuestionPage, quote
from app.ui.wizard_path import PathPage
from app.ui.wizard_safety import outcome_advice, safety_block, show_marks
from app.ui.wizard_store import DraftSlot, profile_or_default, store_case

AUTOSAVE_MS = 1200
SIDE_NARROW = 190  # the assistant's column when the window is too narrow for the map
PAGES_COMFORT = 620  # the map shows only when the pages keep at least this width beside it (1024 px: no map)
ANSWERED = "beantwoord"  # the status that says the reply is online: refused while slots are open
ANALYSE_DEBOUNCE_MS = 450

__all__ = [
    "AUTOSAVE_MS",
    "DraftSlot",
    "IntakePage",
    "OutcomePage",
    "QuestionPage",
    "WizardView",
    "profile_or_default",
    "quote",
    "store_case",
]


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
        self.chosen: dict[str, str] = {}  # answers the person picked on the proposed path
        self.replies: dict[str, dict[str, Any]] = {}  # per outcome: what was typed there (kept on Terug)
        self.fast = False  # came to the outcome through the proposed path

        layout = QHBoxLayout(self)
        layout.setSizeConstraint(QHBoxLayout.SizeConstraint.SetNoConstraint)  # see minimumSizeHint
        self.stack = QStackedWidget()
        self.intake = IntakePage(flow)
        self.question_page = QuestionPage()
        self.path_page = PathPage()
        self.outcome_page = OutcomePage(flow)
        for page in (self.intake, self.path_page, self.question_page, self.outcome_page):
            self.stack.addWidget(page)
        layout.addWidget(self.stack, 1)
        self.side = WizardSide(flow)
        self.map, self.assistant_label = self.side.map, self.side.assistant
        layout.addWidget(self.side)
        self.analyse_timer = QTimer(self, singleShot=True, interval=ANALYSE_DEBOUNCE_MS)
        self.analyse_timer.timeout.connect(self._analyse_now)
        self.autosave_timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        self._connect()
        self._assistant_state(assistant.state)
        self._refresh_map()

    def showEvent(self, event) -> None:  # noqa: ANN001 - Qt signature
        """Shown with an empty intake: the cursor waits in the comment field, ready for a paste."""
        super().showEvent(event)
        if self.stack.currentWidget() is self.intake and not self.has_input():
            QTimer.singleShot(0, self.intake.text.setFocus)

    def minimumSizeHint(self) -> QSize:
        """Narrow windows (1024 px) drop the map, not the pages: only the pages and the assistant count."""
        pages = self.stack.minimumSizeHint()
        return QSize(pages.width() + SIDE_NARROW, pages.height())

    def resizeEvent(self, event) -> None:  # noqa: ANN001 - Qt signature
        super().resizeEvent(event)
        pages = max(self.stack.minimumSizeHint().width(), PAGES_COMFORT)
        self.side.fit(event.size().width() - pages - 60, SIDE_NARROW)

    def _connect(self) -> None:
        self.intake.text.textChanged.connect(self._intake_changed)
        for widget in (self.intake.author, self.intake.link):
            widget.textChanged.connect(lambda _t: self.autosave_timer.start())
        self.intake.proceed.connect(self.show_proposal)
        self.intake.step_by_step.connect(self.start_questions)
        self.intake.posted.changed.connect(self.autosave_timer.start)
        self.path_page.accepted.connect(self.accept_path)
        self.path_page.changed.connect(self.change_step)
        self.path_page.step_by_step.connect(self._walk_from_start)
        self.path_page.back.connect(self._to_intake)
        self.question_page.answered.connect(self.answer)
        self.question_page.back.connect(self.go_back)
        self.outcome_page.back.connect(self.go_back)
        self.outcome_page.save.connect(self.save_case)
        self.outcome_page.marks.changed.connect(self._owner_flags)
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
        self.analysis = None  # it was about the text before this change: never propose from it
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
        if self.session is not None and self.analysis is not None and self.session.comment.text == result[0]:
            self.session.prediction = self.assistant.prediction(self.analysis, result, result[0])
            self._refresh_question()

    def _analysed(self, request: int, analysis: Any) -> None:
        if request != self.assistant.latest_request or self.analyse_timer.isActive():
            return  # an older text; a newer analysis is on its way
        self.analysis = analysis
        if self.session is not None and self.session.comment.text == self.intake.text.toPlainText():
            self.session.prediction = self.assistant.prediction(analysis, self.topics, self.session.comment.text)
        self.assistant_label.show_analysis(self.analysis)
        self._refresh_question()

    # ------------------------------------------------------------ walking

    def _session_for_intake(self) -> WizardSession | None:
        """The session for the comment in the intake (a new one when the text changed)."""
        comment = self.intake.comment()
        if not comment.text.strip():
            return None
        prediction = self.assistant.prediction(self.analysis, self.topics, comment.text)
        if self.session is None or self.session.comment.text != comment.text:
            self.session = WizardSession(self.flow, comment, prediction)
            self.chosen = {}
            self.path_page.reset()
        else:
            self.session.comment = comment
            self.session.prediction = prediction or self.session.prediction
        return self.session

    def start_questions(self) -> None:
        """The step-by-step walk (from the intake it goes on where the walk was)."""
        if self._session_for_intake() is None:
            return
        self.fast = False
        self._show_current()
        self.autosave()

    def _walk_from_start(self) -> None:
        if self.session is not None:
            self.session.steps = []
        self.start_questions()

    # ------------------------------------------------------------ the proposed path

    def show_proposal(self) -> None:
        """The whole path the assistant proposes, one page; "Klopt" goes to the outcome."""
        if self._session_for_intake() is None:
            return
        self.fast = True
        self.stack.setCurrentWidget(self.path_page)
        self._show_path()
        self.autosave()

    def _show_path(self) -> None:
        assert self.session is not None
        steps, outcome = self.session.propose(self.chosen)
        reading, words = self._reading()
        waiting = self.session.prediction is None and (
            self.assistant.state == "loading" or (self.assistant.ready and self.analysis is None)
        )
        self.path_page.show_path(steps, outcome, self.session.comment.text, reading, words, waiting)
        ids = [step.node.id for step in steps]
        if outcome is not None:
            self.map.set_position(ids, outcome.id)
        else:
            self.map.set_position(ids[:-1], ids[-1] if ids else None)

    def change_step(self, node_id: str, answer_id: str) -> None:
        self.chosen[node_id] = answer_id
        self._show_path()
        self.autosave()

    def accept_path(self) -> None:
        if self.session is None:
            return
        steps, outcome = self.session.propose(self.chosen)
        if outcome is None:
            return
        self.session.follow(steps)
        self._show_current()
        self.autosave()

    def _to_intake(self) -> None:
        self.stack.setCurrentWidget(self.intake)
        self.intake.text.setFocus()
        self._refresh_map()

    def answer(self, answer_id: str) -> None:
        if self.session is None:
            return
        try:
            self.session.answer(answer_id)
        except WizardError as exc:
            QMessageBox.warning(self, self.tr("Dat kan niet"), user_message(str(exc)))
            return
        self._show_current()
        self.autosave()

    def go_back(self) -> None:
        if self.session is None:
            return
        if self.stack.currentWidget() is self.outcome_page:
            self._remember_reply()
            if self.fast:
                self.stack.setCurrentWidget(self.path_page)
                self._show_path()
                return
        if self.stack.currentWidget() is self.question_page and self.session.at_start():
            self._to_intake()
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

    def _remember_reply(self) -> None:
        """Keep what was typed at this outcome: it comes back when the walk ends here again."""
        outcome = self.session.outcome if self.session is not None else None
        self._outcome_request += 1  # a draft still on its way is no longer wanted
        if outcome is None or not self.outcome_ready:
            return
        self.outcome_ready = False
        state = self.outcome_page.ui_state()
        draft = self.outcome_page.draft.text if self.outcome_page.draft else ""
        if state["reply"] != draft or state.get("lesson") or state.get("tags"):
            self.replies[outcome.id] = state
            self.window().statusBar().showMessage(
                self.tr("Wat je typte blijft bewaard: het staat er weer als je bij deze uitkomst terugkomt."), 6000
            )

    def _reading(self) -> tuple[str, tuple[str, ...]]:
        """How the assistant reads the comment, and the words that drove it."""
        if self.session is None:
            return "", ()
        if self.analysis is not None and self.session.prediction is None:
            self.session.prediction = self.assistant.prediction(self.analysis, self.topics, self.session.comment.text)
        return self.assistant_label.reading(self.session.prediction, self.analysis)

    def _refresh_question(self) -> None:
        if self.session is None:
            return
        if self.stack.currentWidget() is self.path_page:
            self._show_path()
            return
        if not self.session.current.is_question:
            return
        reading, explain = self._reading()
        self.question_page.show_suggestion(
            self.session.current, self.session.suggestion(), explain, self.assistant.state, reading
        )

    def _show_outcome(self, outcome: Node) -> None:
        """Title at once; profile and earlier cases from the history, then the draft from the runner."""
        assert self.session is not None
        self.outcome_ready = False
        self._outcome_request += 1
        request = self._outcome_request
        if outcome.id in self.replies and not self.pending_ui:
            self.pending_ui = dict(self.replies[outcome.id])  # typed here before: it comes back
        self.outcome_page.set_safety(self._safety())
        self.outcome_page.show_pending(outcome, self._advice())
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
        questions = self.analysis.questions if self.analysis is not None else None
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
                questions=questions,
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
            self._advice(),
            draft,
            platform.limit,
            PLATFORMS.get(platform.code, platform.name),
            comment=comment.text,
            profile=profile,
            count=platform.count,
        )
        if self.pending_ui:
            self.outcome_page.restore_ui(self.pending_ui)
            self.pending_ui = {}
        self.outcome_ready = True
        if self.outcome_page.reply_box.isVisible():  # ready to type: the first open slot is selected
            self.outcome_page.editor.setFocus()
            self.outcome_page.editor.first_slot()

    def _safety(self) -> SafetyBlock | None:
        assert self.session is not None
        show_marks(self.outcome_page.marks, self.session)
        return safety_block(self.session, self.templates)

    def _advice(self) -> list[str]:
        assert self.session is not None
        return outcome_advice(self.session, self.outcome_page.safety_block is not None)

    def _owner_flags(self, flags: tuple[str, ...]) -> None:
        """The owner says there is a threat or hate in it: safety first at once, kept with the case."""
        if self.session is not None and self.session.finished:
            self.session.set_owner_flags(flags)
            self.outcome_page.set_safety(self._safety())
            self.outcome_page.refresh_advice(self._advice())
            self.autosave_timer.start()

    def pause_text(self) -> str:
        return self.outcome_page.pause_text()

    def _refresh_map(self) -> None:
        if self.session is None or self.stack.currentWidget() is self.intake:
            self.map.set_position([], None)
            return
        self.map.set_position([s.node_id for s in self.session.path], self.session.current.id)

    # ------------------------------------------------------------ saving

    def _case(self) -> Case | None:
        comment = self.intake.comment()
        if not comment.text.strip():
            return None
        if self.session is not None and self.session.comment.text == comment.text:
            session = self.session
            session.comment = comment
        else:
            session = WizardSession(
                self.flow, comment, self.assistant.prediction(self.analysis, self.topics, comment.text)
            )
        data = session.to_dict()
        stage = "intake" if self.stack.currentWidget() is self.intake else "wizard"
        ui: dict[str, Any] = {}
        if session.finished:
            # While a resumed outcome is still being drafted, keep what was typed before.
            ui = dict(self.pending_ui) if self.pending_ui else self.outcome_page.ui_state()
        ui.pop("stage", None)
        data["ui"] = {
            "stage": stage,
            **ui,
            "replies": dict(self.replies),
            "chosen": dict(self.chosen),
            "fast": self.fast,
        }
        # Unfinished until saved: no outcome yet, even when the walk reached one.
        return Case.from_session(session, outcome=None, status="open", session=data)

    def autosave(self) -> None:
        """Keep the unfinished case in the history, so closing the window loses nothing."""
        self.autosave_timer.stop()
        if self.saving or self.history.closed or self.history.read_only:
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
        if outcome.writes_reply and state["status"] == ANSWERED and open_slots(state["reply"]):
            if not self.outcome_page.confirm_save_open(len(open_slots(state["reply"])), STATUSES[0]):
                return
            state = self.outcome_page.ui_state()
        lesson = self.outcome_page.form.new_lesson()
        by = self.outcome_page.form.drafted_by()  # typed but not yet confirmed (Ctrl+S in the field)
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
        self.history.call(lambda store: store_case(store, case, slot, by), self._saved, self._save_failed)

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
        self.replies = {}
        self.chosen = {}
        self.fast = False
        self.path_page.reset()
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
        self.replies = dict(ui.pop("replies", None) or {})
        self.chosen = dict(ui.pop("chosen", None) or {})
        self.fast = bool(ui.pop("fast", False))
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
        if self.fast and not session.finished:  # left on the proposed path: back there
            self.stack.setCurrentWidget(self.path_page)
            self._show_path()
            return
        self._show_current()
