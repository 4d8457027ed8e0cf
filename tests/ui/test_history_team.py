"""The history as a small team uses it: save for approval, approve, send back, edit a saved reply."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from app.domain.case import Case
from app.domain.flowchart import APPROVAL_SENT_BACK, APPROVAL_WAITING, shipped_flowchart
from app.domain.profile import BusinessProfile
from app.store import CaseStore, team
from app.store.profile import save_profile
from tests.ui.conftest import settle

FLOW = shipped_flowchart()
WAITING = FLOW.approval_status(APPROVAL_WAITING)
SENT_BACK = FLOW.approval_status(APPROVAL_SENT_BACK)
OUTCOME = next(n for n in FLOW.outcomes if n.reply_expected and not FLOW.approval_role(n.default_status))
COMPLAINT = "Al drie weken wacht ik op mijn bestelling #4821 en niemand reageert op mijn mails. Ik wil mijn geld terug!"


def choose_name(qtbot: Any, window: Any, name: str) -> None:
    """Type a name at 'Je naam' and press Enter, as a person would."""
    combo = window.history.person.combo
    combo.lineEdit().clear()
    qtbot.keyClicks(combo.lineEdit(), name)
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    settle(window)


def open_history(window: Any) -> Any:
    window.nav.setCurrentRow(1)
    settle(window)
    return window.history


def select(qtbot: Any, window: Any, case_id: int) -> None:
    history = window.history
    qtbot.waitUntil(lambda: any(c.id == case_id for c in history.model.cases), timeout=3000)
    history.table.selectRow(next(i for i, c in enumerate(history.model.cases) if c.id == case_id))
    settle(window)
    assert history.current is not None and history.current.id == case_id


def test_saved_for_approval_in_the_wizard_then_approved_in_the_history(
    qtbot: Any, make_window: Any, store: CaseStore
) -> None:
    save_profile(store, BusinessProfile(name="Bakkerij Test", signers=["Sanne"], email="info@test.nl"))
    window = make_window()
    history = open_history(window)
    choose_name(qtbot, window, "Marieke")  # the owner used this machine last
    window.nav.setCurrentRow(0)
    wizard = window.wizard
    wizard.intake.text.setPlainText(COMPLAINT)
    wizard.intake.author.setText("Klant Karin")
    qtbot.waitUntil(lambda: wizard.analysis is not None, timeout=10000)
    wizard.start_questions()
    for node_id, answer_id in next(p for p in FLOW.all_paths() if FLOW.outcome_of(p).id == OUTCOME.id):
        assert wizard.session.current.id == node_id
        wizard.answer(answer_id)
    settle(window)
    page = wizard.outcome_page
    page.editor.setPlainText("Hoi Karin, wat vervelend! Ik zoek het vandaag voor je uit. Sanne")
    assert not page.form.person.isVisible()  # only asked when saving for approval
    page.form.set_status(WAITING)
    assert page.form.person.isVisible() and page.form.person.text() == "Marieke"
    page.form.person.clear()
    qtbot.keyClicks(page.form.person, "Sanne")  # the trainee drafts, and says so
    qtbot.keyClick(page.form.person, Qt.Key.Key_Tab)
    page.form.person.editingFinished.emit()
    settle(window)
    assert history.person.name() == "Sanne" and team.person(store) == "Sanne"
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    settle(window)
    (case,) = [c for c in store.list() if c.session is None]
    assert case.status == WAITING and case.drafted_by == "Sanne"

    history = open_history(window)
    assert history.waiting_button.text().endswith("(1)")
    assert "1 wachten op goedkeuring" in history.count.text()
    qtbot.mouseClick(history.waiting_button, Qt.MouseButton.LeftButton)
    settle(window)
    assert [c.id for c in history.model.cases] == [case.id]
    select(qtbot, window, case.id)  # type: ignore[arg-type]
    box = history.team_box
    assert box.isVisible() and box.approve_button.isVisible() and "Sanne" in box.state.text()

    qtbot.mouseClick(box.approve_button, Qt.MouseButton.LeftButton)  # Sanne may not approve her own reply
    settle(window)
    assert "zelf" in box.error.text() and store.get(case.id).status == WAITING  # type: ignore[arg-type]

    choose_name(qtbot, window, "Marieke")  # the owner approves
    qtbot.mouseClick(box.approve_button, Qt.MouseButton.LeftButton)
    settle(window)
    approved = store.get(case.id)  # type: ignore[arg-type]
    assert approved.status == OUTCOME.default_status and approved.approved_by == "Marieke"
    assert approved.drafted_by == "Sanne" and approved.handled_at == approved.approved_at
    assert QGuiApplication.clipboard().text() == approved.reply
    assert history.waiting_button.text().endswith("(0)")
    qtbot.mouseClick(history.waiting_button, Qt.MouseButton.LeftButton)  # back to all cases
    settle(window)
    select(qtbot, window, case.id)  # type: ignore[arg-type]
    assert "Goedgekeurd door Marieke" in box.state.text() and "Sanne" in box.story.text()


def test_send_back_with_a_comment_edit_and_approve(qtbot: Any, make_window: Any, store: CaseStore) -> None:
    case_id = store.save(
        Case(text=COMPLAINT, author="Karin", outcome=OUTCOME.id, reply="Sorry. Sanne", status=WAITING), by="Sanne"
    )
    window = make_window()
    history = open_history(window)
    choose_name(qtbot, window, "Marieke")
    select(qtbot, window, case_id)
    box = history.team_box
    assert not box.send_back_button.isEnabled()  # a comment is needed first
    box.comment.setPlainText("Te kort: zeg wat we doen en bied aan te bellen.")
    qtbot.mouseClick(box.send_back_button, Qt.MouseButton.LeftButton)
    settle(window)
    assert store.get(case_id).status == SENT_BACK
    assert "Te kort" in box.story.text() and box.resubmit_button.isVisible()

    choose_name(qtbot, window, "Sanne")
    history.detail_reply.setPlainText("Wat vervelend, Karin! Ik zoek het vandaag uit en bel je. Sanne")
    assert history.reply_note.isVisible()  # an unsaved change is marked
    qtbot.mouseClick(box.resubmit_button, Qt.MouseButton.LeftButton)
    settle(window)
    assert store.get(case_id).status == WAITING
    assert not history.reply_note.isVisible()

    choose_name(qtbot, window, "Marieke")
    qtbot.mouseClick(box.approve_button, Qt.MouseButton.LeftButton)
    settle(window)
    story = team.record(store, case_id)
    assert story.case.approved_by == "Marieke" and story.case.reply.startswith("Wat vervelend, Karin")
    assert [(e.kind, e.by) for e in story.events] == [
        ("ingediend", "Sanne"),
        ("teruggestuurd", "Marieke"),
        ("ingediend", "Sanne"),
        ("goedgekeurd", "Marieke"),
    ]
    assert [(r.previous, r.by) for r in story.revisions] == [("Sorry. Sanne", "Sanne")]
    assert "Eerdere versies van het antwoord (1)" in history.revisions.text()


def test_edit_a_saved_reply_keeps_the_previous_text_and_nothing_typed_is_lost(
    qtbot: Any, make_window: Any, store: CaseStore
) -> None:
    first = store.save(
        Case(text="Lekker brood!", author="Ahmed", outcome=OUTCOME.id, reply="Dank je!", status="beantwoord")
    )
    second = store.save(Case(text="Waar blijft mijn taart?", author="Joke", outcome=OUTCOME.id, reply="Hoi Joke"))
    window = make_window()
    history = open_history(window)
    choose_name(qtbot, window, "Piet")
    select(qtbot, window, first)
    history.detail_reply.setPlainText("Dank je wel, Ahmed! Tot zaterdag. Piet")
    select(qtbot, window, second)  # looking at another case first ...
    assert history.detail_reply.toPlainText() == "Hoi Joke"
    select(qtbot, window, first)  # ... and the edit is still there
    assert history.detail_reply.toPlainText() == "Dank je wel, Ahmed! Tot zaterdag. Piet"
    qtbot.mouseClick(history.save_button, Qt.MouseButton.LeftButton)
    settle(window)
    story = team.record(store, first)
    assert story.case.reply == "Dank je wel, Ahmed! Tot zaterdag. Piet"
    assert [(r.previous, r.by) for r in story.revisions] == [("Dank je!", "Piet")]
    assert "Dank je!" in history.revisions.text() and "Piet" in history.revisions.text()
    assert not history.reply_note.isVisible()


def test_the_detail_follows_the_list_after_a_search(qtbot: Any, make_window: Any, store: CaseStore) -> None:
    old = store.save(Case(text="De koffie was koud.", author="Bob", outcome=OUTCOME.id, reply="Sorry Bob"))
    new = store.save(Case(text="Heerlijke appeltaart!", author="Ans", outcome=OUTCOME.id, reply="Dank je Ans"))
    window = make_window()
    history = open_history(window)
    select(qtbot, window, old)
    history.search.setText("appeltaart")
    qtbot.waitUntil(lambda: [c.id for c in history.model.cases] == [new], timeout=3000)
    settle(window)
    assert history.current is not None and history.current.id == new
    assert history.detail_comment.toPlainText() == "Heerlijke appeltaart!"
    history.search.setText("woorddatnergensvoorkomt")
    qtbot.waitUntil(lambda: history.model.rowCount() == 0, timeout=3000)
    settle(window)
    assert history.current is None and history.detail_comment.toPlainText() == ""
    assert not history.edit_box.isEnabled()


def test_a_narrow_list_keeps_room_for_the_outcome(qtbot: Any, make_window: Any, store: CaseStore) -> None:
    store.save(Case(text="Waar blijft mijn taart?", author="Joke", outcome=OUTCOME.id, reply="Hoi Joke"))
    window = make_window()
    history = open_history(window)
    table = history.table
    table.resize(520, 300)
    qtbot.waitUntil(lambda: table.isColumnHidden(3) and table.isColumnHidden(6), timeout=2000)
    assert table.columnWidth(4) >= 100  # the outcome stays readable
    table.resize(900, 300)
    qtbot.waitUntil(lambda: not table.isColumnHidden(3) and not table.isColumnHidden(6), timeout=2000)
    assert table.columnWidth(4) >= 150


def test_ctrl_s_while_typing_the_name_saves_under_the_typed_name(
    qtbot: Any, make_window: Any, store: CaseStore
) -> None:
    save_profile(store, BusinessProfile(name="Bakkerij Test", signers=["Sanne"], email="info@test.nl"))
    window = make_window()
    open_history(window)
    choose_name(qtbot, window, "Marieke")  # remembered from before
    window.nav.setCurrentRow(0)
    wizard = window.wizard
    wizard.intake.text.setPlainText(COMPLAINT)
    qtbot.waitUntil(lambda: wizard.analysis is not None, timeout=10000)
    wizard.start_questions()
    for _node_id, answer_id in next(p for p in FLOW.all_paths() if FLOW.outcome_of(p).id == OUTCOME.id):
        wizard.answer(answer_id)
    settle(window)
    page = wizard.outcome_page
    page.editor.setPlainText("Hoi, wat vervelend! Ik zoek het vandaag voor je uit. Sanne")
    page.form.set_status(WAITING)
    page.form.person.setFocus()
    page.form.person.selectAll()
    qtbot.keyClicks(page.form.person, "Sanne")
    qtbot.keyClick(page.form.person, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # no Tab, no Enter
    settle(window)
    (case,) = [c for c in store.list() if c.session is None]
    assert case.status == WAITING and case.drafted_by == "Sanne"
    assert team.person(store) == "Sanne"  # and the typed name is the one remembered from now on
