"""The wizard as a user drives it: paste, answer, get the outcome and draft, save."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from app.domain.flowchart import shipped_flowchart
from app.domain.profile import BusinessProfile
from app.domain.replies import SLOT
from app.domain.wizard import Prediction
from app.store import CaseStore
from app.store.profile import save_profile
from tests.ui.conftest import settle

FLOW = shipped_flowchart()
COMPLAINT = "Al drie weken wacht ik op mijn bestelling #4821 en niemand reageert op mijn mails. Ik wil mijn geld terug!"


def paste(qtbot: Any, window: Any, text: str, author: str = "Sanne de Vries", platform: str = "facebook") -> None:
    wizard = window.wizard
    wizard.intake.text.setPlainText(text)
    wizard.intake.author.setText(author)
    wizard.intake.platform.setCurrentIndex(wizard.intake.platform.findData(platform))
    qtbot.waitUntil(lambda: wizard.analysis is not None and "Lijkt" in wizard.assistant_label.text(), timeout=10000)


def click_answer(qtbot: Any, window: Any, answer_id: str) -> None:
    page = window.wizard.question_page
    qtbot.mouseClick(page.buttons[answer_id], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("path", FLOW.all_paths(), ids=lambda p: FLOW.outcome_of(p).id)
def test_full_walk_per_outcome_ends_in_history(qtbot: Any, make_window: Any, store: CaseStore, path: list) -> None:
    save_profile(
        store,
        BusinessProfile(name="Bakkerij Test", signers=["Marieke"], email="info@test.nl", opening_hours="di–za 8–17"),
    )
    window = make_window()
    outcome = FLOW.outcome_of(path)
    text = f"Reactie voor {outcome.id}: {COMPLAINT}"
    paste(qtbot, window, text)
    qtbot.mouseClick(window.wizard.intake.next_button, Qt.MouseButton.LeftButton)
    for node_id, answer_id in path:
        assert window.wizard.session.current.id == node_id
        assert window.wizard.stack.currentWidget() is window.wizard.question_page
        click_answer(qtbot, window, answer_id)
    page = window.wizard.outcome_page
    assert window.wizard.stack.currentWidget() is page
    assert page.title.text() == outcome.title
    assert outcome.advice[0][:30] in page.advice.text().replace("&#x27;", "'")
    settle(window)  # the draft, made after the history said who wrote before
    assert window.wizard.outcome_ready
    assert page.reply_box.isVisible() == (outcome.respond != "nee")
    page.lesson.setPlainText(f"les bij {outcome.id}")
    page.tags.setText("test, schema")
    page.editor.setPlainText(SLOT.sub("ingevuld", page.editor.toPlainText()))  # 'Beantwoord' needs no open slots
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    settle(window)
    saved = [c for c in store.list() if c.session is None]
    assert len(saved) == 1
    case = saved[0]
    assert case.outcome == outcome.id and case.text == text and case.author == "Sanne de Vries"
    assert [(s.node_id, s.answer_id) for s in case.path] == path
    assert case.lessons[0].text == f"les bij {outcome.id}" and case.lessons[0].tags == ["test", "schema"]
    assert case.prediction is not None and case.prediction.model_version
    assert store.open_sessions() == []  # the autosaved draft became the saved case
    window.nav.setCurrentRow(1)
    history = window.history
    settle(window)
    assert history.model.rowCount() == 1
    history.search.setText(f"les bij {outcome.id}")
    qtbot.waitUntil(lambda: history.model.rowCount() == 1 and history.model.cases[0].id == case.id, timeout=3000)
    history.search.setText("woorddatnergensvoorkomt")
    qtbot.waitUntil(lambda: history.model.rowCount() == 0, timeout=3000)


def test_suggestion_is_shown_and_can_be_overruled(qtbot: Any, make_window: Any, store: CaseStore) -> None:
    window = make_window()
    paste(qtbot, window, COMPLAINT)
    assert "klacht" in window.wizard.assistant_label.text()
    qtbot.mouseClick(window.wizard.intake.next_button, Qt.MouseButton.LeftButton)
    page = window.wizard.question_page
    assert "Voorstel van de assistent: Negatief" in page.suggestion.text()
    assert "voorstel assistent" in page.buttons["negatief"].text()
    click_answer(qtbot, window, "positief")  # the user decides otherwise
    step = window.wizard.session.path[0]
    assert step.answer_id == "positief" and step.suggested == "negatief" and step.against_suggestion
    window.wizard.autosave()
    settle(window)
    (pending,) = store.open_sessions()
    assert pending.path[0].against_suggestion


def test_unsure_assistant_preselects_nothing_and_shows_both(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    wizard = window.wizard
    wizard.intake.text.setPlainText("👍")
    qtbot.waitUntil(lambda: wizard.analysis is not None and "Twijfel" in wizard.assistant_label.text(), timeout=10000)
    assert wizard.analysis.uncertain  # text without words: the assistant always says it is unsure
    qtbot.mouseClick(wizard.intake.next_button, Qt.MouseButton.LeftButton)
    click_answer(qtbot, window, "negatief")
    # Two guesses that part ways at 'is it insulting?'
    wizard.session.prediction = Prediction(
        "klacht", {"klacht": 0.55, "beledigend": 0.4}, uncertain=True, candidates=("klacht", "beledigend")
    )
    wizard._refresh_question()
    page = wizard.question_page
    assert "twijfelt" in page.suggestion.text() and "klacht" in page.suggestion.text()
    assert "misschien" in page.buttons["ja"].text() and "misschien" in page.buttons["nee"].text()
    assert "voorstel assistent" not in page.buttons["ja"].text() + page.buttons["nee"].text()
    assert page.group.checkedButton() is None and not page.next_button.isEnabled()
    # When both guesses lead to the same answer, the assistant is sure enough at that question.
    wizard.session.prediction = Prediction(
        "klacht", {"klacht": 0.55, "grap_satire": 0.4}, uncertain=True, candidates=("klacht", "grap_satire")
    )
    wizard._refresh_question()
    assert "voorstel assistent" in page.buttons["nee"].text()


def test_keyboard_only(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    wizard = window.wizard
    paste(qtbot, window, "Zijn jullie zaterdag open?")
    qtbot.keyClick(wizard.intake.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    path = wizard.path_page
    assert wizard.stack.currentWidget() is path
    # 'Do you know the answer?' is the person's to say: the walk stops there, its first answer has focus.
    assert path.rows[-1].step.open and not path.accept_button.isEnabled()
    focused = QApplication.focusWidget()
    assert focused is next(iter(path.rows[-1].radios.values()))
    qtbot.keyClick(focused, Qt.Key.Key_Space)  # choose with the keyboard
    assert path.accept_button.isEnabled() and QApplication.focusWidget() is path.accept_button
    qtbot.keyClick(path.accept_button, Qt.Key.Key_Return)
    settle(window)
    assert wizard.stack.currentWidget() is wizard.outcome_page
    qtbot.waitUntil(lambda: wizard.outcome_ready, timeout=5000)
    editor = wizard.outcome_page.editor
    assert QApplication.focusWidget() is editor  # ready to type
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # leaves the text field, does not navigate
    assert wizard.stack.currentWidget() is wizard.outcome_page
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert wizard.stack.currentWidget() is path
    qtbot.keyClick(path, Qt.Key.Key_Escape)
    assert wizard.stack.currentWidget() is wizard.intake


def test_keyboard_step_by_step(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    paste(qtbot, window, "Zijn jullie zaterdag open?")
    qtbot.mouseClick(window.wizard.intake.next_button, Qt.MouseButton.LeftButton)
    page = window.wizard.question_page
    assert window.wizard.stack.currentWidget() is page
    assert page.buttons["vraag"].isChecked()  # the assistant's sure answer is pre-selected
    qtbot.keyClick(page, Qt.Key.Key_Return)
    assert window.wizard.session.current.id == "vraag_antwoord"
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    assert window.wizard.session.current.id == "aard"
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    assert window.wizard.stack.currentWidget() is window.wizard.intake


def test_without_assistant_the_wizard_still_works(qtbot: Any, make_window: Any) -> None:
    def broken() -> Any:
        raise OSError("pipeline kapot")

    window = make_window(loader=broken, ready=False)
    qtbot.waitUntil(lambda: window.assistant.state == "failed", timeout=5000)
    assert "kon niet laden" in window.wizard.assistant_label.text()
    assert "niet beschikbaar" in window.assistant_status.text()
    window.wizard.intake.text.setPlainText("Wat een mooie taart!")
    qtbot.mouseClick(window.wizard.intake.next_button, Qt.MouseButton.LeftButton)
    assert "niet beschikbaar" in window.wizard.question_page.suggestion.text()
    click_answer(qtbot, window, "positief")
    assert window.wizard.session.current.id == "positief_reactie"


def test_window_is_up_before_the_model(qtbot: Any, make_window: Any) -> None:
    import threading

    gate = threading.Event()

    def slow() -> Any:
        gate.wait(10)
        raise OSError("gestopt")

    window = make_window(loader=slow, ready=False)
    assert window.isVisible()
    assert "geladen" in window.assistant_status.text()
    window.wizard.intake.text.setPlainText("Zijn jullie open?")
    qtbot.mouseClick(window.wizard.intake.next_button, Qt.MouseButton.LeftButton)
    assert "geladen" in window.wizard.question_page.suggestion.text()
    gate.set()
    qtbot.waitUntil(lambda: window.assistant.state == "failed", timeout=5000)


def walk_to_complaint_outcome(qtbot: Any, window: Any, platform: str = "facebook") -> Any:
    paste(qtbot, window, COMPLAINT, platform=platform)
    qtbot.mouseClick(window.wizard.intake.next_button, Qt.MouseButton.LeftButton)
    for answer in ("negatief", "nee", "nee", "nee", "ja"):
        click_answer(qtbot, window, answer)
    settle(window)  # profile and earlier cases from the history, then the draft
    return window.wizard.outcome_page


def test_copy_refuses_open_slots_then_copies(qtbot: Any, make_window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window()
    page = walk_to_complaint_outcome(qtbot, window)
    assert "[vul in:" in page.editor.toPlainText()
    assert "open plek" in page.slots_label.text()
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    QGuiApplication.clipboard().setText("leeg")
    assert page.copy() is False
    assert warnings and "vul in" in warnings[0]
    assert QGuiApplication.clipboard().text() == "leeg"
    page.editor.setPlainText("Hoi Sanne, sorry! Je krijgt je geld vandaag terug. Groet, Marieke")
    assert page.slots_label.text() == ""
    assert page.copy() is True
    assert QGuiApplication.clipboard().text().startswith("Hoi Sanne")


def test_counter_against_platform_limit(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    page = walk_to_complaint_outcome(qtbot, window, platform="x")
    page.editor.setPlainText("a" * 281)
    assert "281 / 280" in page.counter.text() and "te lang" in page.counter.text()
    page.editor.setPlainText("kort")
    assert "4 / 280" in page.counter.text() and "te lang" not in page.counter.text()


def test_draft_uses_the_profile(qtbot: Any, make_window: Any, store: CaseStore) -> None:
    save_profile(store, BusinessProfile(name="Fietsen Fred", signers=["Fred"], phone="06-12345678"))
    window = make_window()
    page = walk_to_complaint_outcome(qtbot, window)
    draft = page.editor.toPlainText()
    assert "06-12345678" in draft and draft.rstrip().endswith("Fred") and "Sanne" in draft
    assert "4821" not in draft  # the writer's order number stays out of a public reply


def test_copy_warns_about_personal_data_and_review_requests(
    qtbot: Any, make_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    page = walk_to_complaint_outcome(qtbot, window)
    asked: list[str] = []

    def refuse(*args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
        asked.append(args[2])
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", refuse)
    QGuiApplication.clipboard().setText("leeg")
    page.editor.setPlainText("Hoi Sanne, bestelling #4821 komt eraan. Pas je je review aan? Je krijgt korting. Fred")
    assert page.copy() is False
    assert "persoonsgegevens" in asked[0] and "ruil" in asked[0]
    assert QGuiApplication.clipboard().text() == "leeg"


def test_pause_message_offered_on_negative_outcomes(qtbot: Any, make_window: Any, store: CaseStore) -> None:
    save_profile(store, BusinessProfile(signers=["Marieke"]))
    window = make_window()
    page = walk_to_complaint_outcome(qtbot, window)
    assert not page.pause_button.isHidden()
    text = window.wizard.pause_text()
    assert "tijdelijk" in text and "Marieke" in text


def test_failed_save_keeps_everything_typed(
    qtbot: Any, make_window: Any, store: CaseStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.errors import StoreError

    window = make_window()
    page = walk_to_complaint_outcome(qtbot, window)
    page.editor.setPlainText("Mijn zorgvuldige antwoord")
    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: errors.append(a[2]))

    def disk_full(case: Any) -> int:
        raise StoreError("De schijf is vol: de zaak is niet opgeslagen. Maak ruimte vrij en probeer het opnieuw.")

    monkeypatch.setattr(CaseStore, "save", lambda _self, case, **_by: disk_full(case))  # the worker's own connection
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    settle(window)
    assert errors and "schijf is vol" in errors[0]
    assert window.wizard.stack.currentWidget() is page
    assert page.editor.toPlainText() == "Mijn zorgvuldige antwoord"


def test_autosaves_queued_back_to_back_keep_one_row(qtbot: Any, make_window: Any, store: CaseStore) -> None:
    """The second autosave is queued before the first has returned an id: still one unfinished case."""
    window = make_window()
    wizard = window.wizard
    wizard.intake.text.setPlainText("Eerste versie van de reactie")
    wizard.autosave()
    wizard.intake.text.setPlainText("Tweede versie van de reactie")
    wizard.autosave()
    assert wizard.case_id is None  # nothing is back yet: the history worker has it
    settle(window)
    (pending,) = store.open_sessions()
    assert pending.text == "Tweede versie van de reactie" and wizard.case_id == pending.id


def test_harm_read_as_praise_makes_the_assistant_doubt(qtbot: Any, make_window: Any) -> None:
    """A safety problem told as a plain story, read by the assistant as praise: the wizard offers the
    complaint first and lets the owner choose (app.domain.suggest.settled_prediction)."""
    from app.nlp.pipeline import Analysis
    from app.nlp.topics import analyse_topics

    window = make_window()
    wizard = window.wizard
    text = "Vorige week mijn remmen laten nakijken. Gisteren in de afdaling deed de achterrem niks en lag ik op straat."
    paste(qtbot, window, text)

    # the assistant's reading, fixed so the test does not hang on the model's mood
    wizard.analysis = Analysis("positief", {"positief": 0.6, "klacht": 0.35}, (), {}, ())
    qtbot.mouseClick(wizard.intake.next_button, Qt.MouseButton.LeftButton)
    wizard._topics_found((text, analyse_topics(text)))
    prediction = wizard.session.prediction
    assert prediction.uncertain and prediction.candidates == ("klacht", "positief")
    assert "twijfelt" in wizard.question_page.suggestion.text()
