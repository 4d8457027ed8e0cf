"""The fast path, slots, safety first and nothing typed lost: driven as a user drives the window."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from app.domain.flowchart import shipped_flowchart
from app.domain.profile import BusinessProfile
from app.domain.wizard import Prediction
from app.store import CaseStore
from app.store.profile import save_profile
from tests.benchmarks.journey import COMPLAINT, SLOT_TEXT, Journey
from tests.ui.conftest import settle

FLOW = shipped_flowchart()
THREAT = "Als jullie mijn geld niet terugstorten kom ik langs en sla ik de boel kort en klein. Ik weet waar je woont."


@pytest.fixture
def profiled(store: CaseStore) -> CaseStore:
    save_profile(store, BusinessProfile(name="Bakkerij Test", signers=["Marieke"], email="info@test.nl"))
    return store


def journey(qtbot: Any, window: Any) -> Journey:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.wizard.intake.text, timeout=3000)
    return Journey(window, lambda condition: qtbot.waitUntil(condition, timeout=15000))


def to_path_page(qtbot: Any, window: Any, text: str = COMPLAINT, platform: str = "facebook") -> Any:
    wizard = window.wizard
    wizard.intake.text.setPlainText(text)
    wizard.intake.platform.setCurrentIndex(wizard.intake.platform.findData(platform))
    qtbot.waitUntil(lambda: wizard.analysis is not None, timeout=15000)
    qtbot.mouseClick(wizard.intake.propose_button, Qt.MouseButton.LeftButton)
    assert wizard.stack.currentWidget() is wizard.path_page
    return wizard.path_page


def accept(qtbot: Any, window: Any) -> Any:
    path = window.wizard.path_page
    while not path.accept_button.isEnabled():  # where the walk stops, the person picks the first answer
        next(iter(path.rows[-1].radios.values())).click()
    qtbot.mouseClick(window.wizard.path_page.accept_button, Qt.MouseButton.LeftButton)
    settle(window)
    qtbot.waitUntil(lambda: window.wizard.outcome_ready, timeout=10000)
    return window.wizard.outcome_page


@pytest.mark.parametrize("keyboard", [False, True], ids=["mouse", "keyboard"])
def test_complaint_journey_in_at_most_six_actions(
    qtbot: Any, make_window: Any, profiled: CaseStore, keyboard: bool
) -> None:
    window = make_window()
    run = journey(qtbot, window)
    copied = run.complaint(keyboard=keyboard)
    assert run.actions <= 6, run.log
    assert (
        window.wizard.session.outcome.id
        == FLOW.outcome_of([(s.node_id, s.answer_id) for s in window.wizard.session.path]).id
    )
    assert SLOT_TEXT[0] in copied and copied.rstrip().endswith("Marieke")
    assert all(not step.against_suggestion for step in window.wizard.session.path)


def test_proposed_path_shows_every_question_preselected_with_reason(
    qtbot: Any, make_window: Any, profiled: CaseStore
) -> None:
    window = make_window()
    page = to_path_page(qtbot, window)
    steps, outcome = window.wizard.session.propose()
    assert outcome is not None and outcome.category == "klacht"
    assert len(page.rows) == len(steps) >= 2
    for row, step in zip(page.rows, steps, strict=True):
        assert row.step.node.question in row.question.text()
        assert row.radios[step.answer_id].isChecked()  # chosen looks chosen
        assert "✓" in row.summary.text() and ("%" in row.summary.text() or "ziet" in row.summary.text())
    assert "vanwege" in page.rows[0].summary.text()
    assert page.accept_button.isEnabled() and outcome.title in page.outcome.text()


def test_a_step_changes_in_place_and_the_rest_follows(qtbot: Any, make_window: Any, profiled: CaseStore) -> None:
    window = make_window()
    page = to_path_page(qtbot, window)
    first = page.rows[0]
    qtbot.mouseClick(first.change, Qt.MouseButton.LeftButton)
    assert first.answers.isVisible()
    first.radios["positief"].click()  # the person knows better
    first = page.rows[0]
    assert "jouw keuze" in first.summary.text()
    assert page.rows[1].step.node.id == "positief_reactie"
    outcome_page = accept(qtbot, window)
    session = window.wizard.session
    assert session.path[0].answer_id == "positief" and session.path[0].against_suggestion
    assert outcome_page.title.text() == session.outcome.title


def test_the_walk_stops_where_the_assistant_is_unsure(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    wizard = window.wizard
    page = to_path_page(qtbot, window)
    # Two guesses that part ways at 'is it insulting?'
    wizard.session.prediction = Prediction(
        "klacht", {"klacht": 0.55, "beledigend": 0.4}, uncertain=True, candidates=("klacht", "beledigend")
    )
    wizard.analysis = None
    wizard._show_path()
    last = page.rows[-1]
    assert last.step.node.id == "beledigend" and last.step.open
    assert "twijfelt" in last.summary.text() and not any(r.isChecked() for r in last.radios.values())
    assert last.answers.isVisible() and not page.accept_button.isEnabled()
    qtbot.keyClick(page, Qt.Key.Key_Return)  # Enter does nothing while a question is open
    assert wizard.stack.currentWidget() is page
    last.radios["nee"].click()
    assert len(page.rows) > 2 and "jouw keuze" in page.rows[1].summary.text()  # the walk goes on from there
    for row in page.rows[2:]:  # and stops again wherever the two guesses part ways
        assert row.step.open == (row.step.suggestion is None or row.step.suggestion.uncertain)


def test_step_by_step_preselects_and_chosen_answer_looks_chosen(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    page = to_path_page(qtbot, window)
    qtbot.mouseClick(page.steps_button, Qt.MouseButton.LeftButton)
    question = window.wizard.question_page
    assert window.wizard.stack.currentWidget() is question
    assert question.buttons["negatief"].isChecked() and question.next_button.isEnabled()
    assert "palette(highlight)" in question.styleSheet()


def test_tab_selects_the_next_slot_and_the_count_shows(qtbot: Any, make_window: Any) -> None:
    window = make_window()  # no profile: the signer's name is a slot too
    to_path_page(qtbot, window)
    page = accept(qtbot, window)
    editor = page.editor
    assert editor.open_slots() == 2 and "2 open plekken" in page.slots_label.text()
    assert editor.textCursor().selectedText().startswith("[vul in:")  # the first one is ready to type over
    qtbot.keyClicks(editor, "Ik bel je vandaag.")
    assert "1 open plek" in page.slots_label.text()
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert editor.textCursor().selectedText() == "[vul in: voornaam van wie ondertekent]"
    qtbot.keyClicks(editor, "Marieke")
    assert editor.open_slots() == 0 and page.slots_label.isHidden()
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # no slot left: Tab leaves the editor
    assert QApplication.focusWidget() is not editor


def test_a_click_in_a_slot_selects_it(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    to_path_page(qtbot, window)
    editor = accept(qtbot, window).editor
    editor.setPlainText("Hoi 😀, [vul in: iets] en verder.")
    cursor = editor.textCursor()
    cursor.setPosition(editor.toPlainText().index("iets") + 2)  # inside the slot (the emoji counts two in Qt)
    rect = editor.cursorRect(cursor)
    qtbot.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert editor.textCursor().selectedText() == "[vul in: iets]"


def test_answered_with_open_slots_is_refused_but_open_can_be_saved(
    qtbot: Any, make_window: Any, store: CaseStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    to_path_page(qtbot, window)
    page = accept(qtbot, window)
    assert page.status.currentData() == "beantwoord" and page.editor.open_slots()
    choice = ["Eerst invullen"]
    shown: list[str] = []

    def exec_(box: QMessageBox) -> int:
        shown.append(box.text())
        for button in box.buttons():
            if button.text().startswith(choice[0]):
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    qtbot.keyClick(page.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(window)
    assert shown and "open plek" in shown[0]
    assert [c for c in store.list() if c.session is None] == []  # nothing saved as answered
    choice[0] = "Opslaan als"
    qtbot.keyClick(page.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(window)
    (saved,) = [c for c in store.list() if c.session is None]
    assert saved.status == "open" and "[vul in:" in saved.reply


def test_reply_survives_back_escape_and_a_changed_path(qtbot: Any, make_window: Any, profiled: CaseStore) -> None:
    window = make_window()
    wizard = window.wizard
    to_path_page(qtbot, window)
    page = accept(qtbot, window)
    mine = "Mijn eigen antwoord, zorgvuldig getypt."
    page.editor.setPlainText(mine)
    page.editor.setFocus()
    qtbot.keyClick(page.editor, Qt.Key.Key_Escape)  # while typing: Esc never navigates
    assert wizard.stack.currentWidget() is page and page.editor.toPlainText() == mine
    qtbot.keyClick(page, Qt.Key.Key_Escape)  # now the focus is out of the text: back to the path
    assert wizard.stack.currentWidget() is wizard.path_page
    path = wizard.path_page
    first = path.rows[0]
    qtbot.mouseClick(first.change, Qt.MouseButton.LeftButton)
    first.radios["vraag"].click()  # another path, another outcome
    other = accept(qtbot, window)
    assert other.editor.toPlainText() != mine
    qtbot.mouseClick(other.back_button, Qt.MouseButton.LeftButton)
    path.rows[0].change.click()
    path.rows[0].radios["negatief"].click()
    back = accept(qtbot, window)
    assert back.editor.toPlainText() == mine  # kept for this outcome


def test_reply_kept_per_outcome_survives_closing(qtbot: Any, make_window: Any, db_path: Any) -> None:
    first_store = CaseStore.open(db_path)
    window = make_window(use_store=first_store)
    to_path_page(qtbot, window)
    page = accept(qtbot, window)
    page.editor.setPlainText("Getypt en dan teruggegaan")
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    window.wizard.autosave()
    settle(window)
    window.close()
    first_store.close()
    second = CaseStore.open(db_path)
    window2 = make_window(use_store=second, ask_resume=lambda case: "resume")
    qtbot.waitUntil(lambda: window2.wizard.outcome_ready, timeout=10000)
    assert window2.wizard.outcome_page.editor.toPlainText() == "Getypt en dan teruggegaan"
    second.close()


def test_a_threat_leads_with_safety_for_the_chosen_platform(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    to_path_page(qtbot, window, THREAT, platform="instagram")
    assert "bedreiging" in window.wizard.session.flags()
    page = accept(qtbot, window)
    assert page.band.isVisible() and "Bedreiging" in page.band.text()
    safety = page.safety.text()
    report, evidence, police = (safety.index(h) for h in ("Meld het bij Instagram", "Bewaar bewijs", "Politie"))
    assert report < evidence < police
    for number in ("112", "0900-8844", "101"):
        assert number in safety
    assert "Daarna" in page.advice.text()
    layout_order = [page.band, page.comment, page.title, page.safety, page.advice]
    ys = [w.mapTo(page, w.rect().topLeft()).y() for w in layout_order]
    assert ys == sorted(ys)


def test_posted_time_is_a_deliberate_choice(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    intake = window.wizard.intake
    intake.text.setPlainText("Zijn jullie zaterdag open?")
    assert intake.comment().posted_at is None  # unknown stays unknown, never 'now' by default
    assert "Onbekend" in intake.posted.when.currentText()
    intake.posted.when.setCurrentIndex(intake.posted.when.findData("net"))
    assert intake.comment().posted_at is not None
    intake.posted.when.setCurrentIndex(intake.posted.when.findData("vandaag"))
    assert intake.posted.time.isVisibleTo(intake) and not intake.posted.moment.isVisibleTo(intake)
    QGuiApplication.clipboard().clear()


def test_closing_on_the_proposed_path_comes_back_there_with_the_choices(
    qtbot: Any, make_window: Any, db_path: Any
) -> None:
    first_store = CaseStore.open(db_path)
    window = make_window(use_store=first_store)
    path = to_path_page(qtbot, window)
    path.rows[0].change.click()
    path.rows[0].radios["positief"].click()
    window.close()
    first_store.close()
    second = CaseStore.open(db_path)
    window2 = make_window(use_store=second, ask_resume=lambda case: "resume")
    wizard = window2.wizard
    qtbot.waitUntil(lambda: wizard.stack.currentWidget() is wizard.path_page, timeout=5000)
    assert wizard.path_page.rows[0].radios["positief"].isChecked()
    assert "jouw keuze" in wizard.path_page.rows[0].summary.text()
    second.close()


INSULT = "Jullie zijn echt een stelletje prutsers, ik zou daar nooit meer heen gaan."


def test_the_owner_marks_a_threat_the_assistant_missed(qtbot: Any, make_window: Any, store: CaseStore) -> None:
    window = make_window()
    wizard = window.wizard
    wizard.intake.text.setPlainText(INSULT)
    qtbot.waitUntil(lambda: wizard.analysis is not None, timeout=15000)
    assert "bedreiging" not in wizard.analysis.prediction().flags  # the assistant sees no threat
    wizard.start_questions()
    insulting = next(n for n in FLOW.outcomes if n.category == "beledigend")
    for _node, answer in next(p for p in FLOW.all_paths() if FLOW.outcome_of(p).id == insulting.id):
        wizard.answer(answer)
    settle(window)
    qtbot.waitUntil(lambda: wizard.outcome_ready, timeout=10000)
    page = wizard.outcome_page
    threat = page.marks.buttons["bedreiging"]
    assert not page.band.isVisible() and not page.safety.isVisible()
    assert page.marks.isVisible() and threat.accessibleName() == "Er zit een bedreiging in"
    assert threat.focusPolicy() & Qt.FocusPolicy.TabFocus
    threat.setFocus()
    qtbot.keyClick(threat, Qt.Key.Key_Space)  # one key press
    assert threat.isChecked() and page.band.isVisible() and "Bedreiging" in page.band.text()
    assert "Politie" in page.safety.text() and "Daarna" in page.advice.text()
    hate = page.marks.buttons["haat"]
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QAbstractButton

    # Each has its own Alt key on this screen (offscreen Qt does not fire mnemonics, so the keys are compared).
    shown = [b.shortcut().toString() for b in window.findChildren(QAbstractButton) if b.isVisible()]
    assert {threat.shortcut().toString(), hate.shortcut().toString()} == {"Alt+I", "Alt+R"}
    assert shown.count("Alt+I") == shown.count("Alt+R") == 1
    menus = [QKeySequence.mnemonic(a.text()).toString() for a in window.menuBar().actions()]
    assert "Alt+G" in menus and not {"Alt+I", "Alt+R"} & set(menus)  # not the menus' keys either
    hate.click()
    assert wizard.session.owner_flags == ("haat", "bedreiging")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    settle(window)
    (case,) = [c for c in store.list() if c.session is None]
    assert case.prediction is not None and "bedreiging" in case.prediction.flags
    window.nav.setCurrentRow(1)
    settle(window)
    history = window.history
    qtbot.waitUntil(lambda: any(c.id == case.id for c in history.model.cases), timeout=3000)
    history.table.selectRow(next(i for i, c in enumerate(history.model.cases) if c.id == case.id))
    settle(window)
    assert "Let op: bedreiging" in history.detail_path.text()


def test_no_safety_marks_on_a_thank_you(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    wizard = window.wizard
    wizard.intake.text.setPlainText("Wat een heerlijk brood, dank jullie wel!")
    qtbot.waitUntil(lambda: wizard.analysis is not None, timeout=15000)
    wizard.start_questions()
    thanks = next(n for n in FLOW.outcomes if not n.negative and n.category == "positief")
    for _node, answer in next(p for p in FLOW.all_paths() if FLOW.outcome_of(p).id == thanks.id):
        wizard.answer(answer)
    settle(window)
    assert wizard.stack.currentWidget() is wizard.outcome_page and not wizard.outcome_page.marks.isVisible()
