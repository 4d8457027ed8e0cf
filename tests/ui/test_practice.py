"""Practice mode in the window: right and wrong walks, scores, progress, the crisis exercise."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from app.domain.crisis import shipped_scenarios
from app.domain.training import shipped_cases
from app.store import CaseStore
from app.store.training import TrainingStore
from tests.ui.conftest import settle


class FakeClock:
    def __init__(self) -> None:
        self.t = 50.0

    def __call__(self) -> float:
        return self.t


def open_practice(qtbot: Any, make_window: Any, name: str = "Noor", **kwargs: Any) -> Any:
    window = make_window(**kwargs)
    window.nav.setCurrentRow(2)
    practice = window.practice
    practice.bar.name.setEditText(name)
    settle(window)
    return window, practice


def select_case(view: Any, case_id: str) -> None:
    for row in range(view.list.count()):
        if view.list.item(row).data(Qt.ItemDataRole.UserRole) == case_id:
            view.list.setCurrentRow(row)
            return
    raise AssertionError(case_id)


def start(window: Any, qtbot: Any, button: Any) -> None:
    """Click a start button; the trainee is found or created by the history worker first."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(window)


def walk(qtbot: Any, view: Any, answers: list[str]) -> list[str]:
    feedback = []
    for answer in answers:
        view.choose(answer)
        qtbot.mouseClick(view.check_button, Qt.MouseButton.LeftButton)
        feedback.append(view.feedback.text())
        qtbot.mouseClick(view.continue_button, Qt.MouseButton.LeftButton)
    return feedback


def first_case_with_reply() -> Any:
    return next(c for c in shipped_cases() if c.model_reply and c.outcome == "uitkomst_herstel")


def test_walk_a_case_right(qtbot: Any, make_window: Any, store: CaseStore) -> None:
    window, practice = open_practice(qtbot, make_window)
    view = practice.cases
    case = first_case_with_reply()
    select_case(view, case.id)
    start(window, qtbot, view.start_button)
    assert view.case_comment.toPlainText() == case.text
    feedback = walk(qtbot, view, [s.answer for s in case.steps])
    assert all("Goed gekozen" in f for f in feedback)
    assert view.stack.currentIndex() == 2
    assert view.reply_comment.isVisible() and view.reply_comment.toPlainText() == case.text
    view.reply_editor.setPlainText(case.model_reply)
    qtbot.mouseClick(view.compare_button, Qt.MouseButton.LeftButton)
    assert view.model_reply.text() == case.model_reply
    assert "✗" not in view.reply_check.text()
    qtbot.mouseClick(view.finish_button, Qt.MouseButton.LeftButton)
    settle(window)
    assert view.last_score == 100
    assert "100 van 100" in view.result_title.text()
    training = TrainingStore(store)
    (trainee,) = training.trainees()
    assert trainee.name == "Noor"
    assert training.progress(trainee)[case.id].best == 100
    assert training.to_revisit(trainee) == []


def test_walk_a_case_wrong_gets_feedback_and_lower_score(qtbot: Any, make_window: Any, store: CaseStore) -> None:
    window, practice = open_practice(qtbot, make_window, name="Sem")
    view = practice.cases
    case = first_case_with_reply()
    select_case(view, case.id)
    start(window, qtbot, view.start_button)
    wrong_first = "positief"
    answers = [wrong_first] + [s.answer for s in case.steps[1:]]
    feedback = walk(qtbot, view, answers)
    assert "Niet wat we verwachtten" in feedback[0] and "Negatief" in feedback[0]
    assert case.steps[0].why[:40] in feedback[0].replace("&#x27;", "'")
    assert all("Goed gekozen" in f for f in feedback[1:])
    view.reply_editor.setPlainText("sorry")
    qtbot.mouseClick(view.compare_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.finish_button, Qt.MouseButton.LeftButton)
    settle(window)
    # "sorry" shows empathy and blames no one: 2 of the 5 reply checks
    expected = round(100 * (0.7 * (len(case.steps) - 1) / len(case.steps) + 0.3 * 2 / 5))
    assert view.last_score == expected
    assert f"{len(case.steps) - 1} van {len(case.steps)} vragen goed" in view.result_text.text()
    training = TrainingStore(store)
    assert training.to_revisit(training.trainee("Sem")) == [case.id]


def test_progress_survives_a_restart(qtbot: Any, make_window: Any, db_path: Path) -> None:
    first = CaseStore.open(db_path)
    window, practice = open_practice(qtbot, make_window, use_store=first)
    view = practice.cases
    case = shipped_cases()[0]
    select_case(view, case.id)
    start(window, qtbot, view.start_button)
    walk(qtbot, view, [s.answer for s in case.steps])
    if view.reply_editor.isVisible():
        view.reply_editor.setPlainText("antwoord")
        qtbot.mouseClick(view.compare_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.finish_button, Qt.MouseButton.LeftButton)
    window.close()
    first.close()
    second = CaseStore.open(db_path)
    _window2, practice2 = open_practice(qtbot, make_window, use_store=second)
    practice2.bar.name.setEditText("noor")  # names ignore case
    settle(_window2)
    view2 = practice2.cases
    texts = [view2.list.item(i).text() for i in range(view2.list.count())]
    assert any(t.startswith("✓") and case.title in t for t in texts)
    assert "1 van" in view2.progress.text()
    second.close()


def test_name_is_required(qtbot: Any, make_window: Any, monkeypatch: Any) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    window, practice = open_practice(qtbot, make_window, name="")
    practice.cases.list.setCurrentRow(0)
    start(window, qtbot, practice.cases.start_button)
    assert shown and "naam" in shown[0]
    assert practice.cases.session is None


def test_crisis_exercise_on_a_fake_clock(qtbot: Any, make_window: Any, store: CaseStore) -> None:
    clock = FakeClock()
    window = make_window(clock=clock)
    window.nav.setCurrentRow(2)
    practice = window.practice
    practice.bar.name.setEditText("Noor")
    crisis = practice.crisis
    practice.tabs.setCurrentWidget(crisis)
    scenario = shipped_scenarios()[0]
    crisis.scenario.setCurrentIndex(crisis.scenario.findData(scenario.id))
    start(window, qtbot, crisis.start_button)
    speed, run = crisis.run.speed, crisis.run
    for message in scenario.messages:
        clock.t = 50.0 + message.at * 60 / speed  # the moment it arrives
        crisis.tick()
        row = next(
            i
            for i in range(crisis.queue.count())
            if crisis.queue.item(i).data(Qt.ItemDataRole.UserRole) == message.index
        )
        crisis.queue.setCurrentRow(row)
        clock.t += 20 / speed  # twenty simulated seconds to decide
        qtbot.mouseClick(crisis.action_buttons[message.action], Qt.MouseButton.LeftButton)
    assert crisis.stack.currentIndex() == 2  # all handled: the debrief is shown
    settle(window)
    assert "Score: 100 van 100" in crisis.debrief.text()
    assert scenario.debrief[0][:30] in crisis.debrief.text().replace("&#x27;", "'")
    assert "mediane reactietijd 0,3 min" in crisis.debrief.text()  # twenty seconds, Dutch decimal comma
    from app.domain.i18n import content_language_as

    with content_language_as("en"):  # the English window writes "0.3 min"
        assert "reactietijd 0.3 min" in crisis._debrief_html(run, run.score())
    training = TrainingStore(store)
    assert training.crisis_scores(training.trainee("Noor")) == {scenario.id: 100}
    assert crisis.scenario.itemText(crisis.scenario.findData(scenario.id)).endswith("(beste: 100)")


def test_crisis_time_runs_out(qtbot: Any, make_window: Any) -> None:
    clock = FakeClock()
    window = make_window(clock=clock)
    window.nav.setCurrentRow(2)
    practice = window.practice
    practice.bar.name.setEditText("Sem")
    crisis = practice.crisis
    start(window, qtbot, crisis.start_button)
    clock.t += crisis.run.scenario.minutes * 60 / crisis.run.speed + 1
    crisis.tick()
    assert crisis.stack.currentIndex() == 2
    assert "Score: 0 van 100" in crisis.debrief.text() and "niet afgehandeld" in crisis.debrief.text()


def test_a_curt_reply_scores_nothing_and_the_feedback_names_what_is_missing(
    qtbot: Any, make_window: Any, store: CaseStore
) -> None:
    window, practice = open_practice(qtbot, make_window, name="Lot")
    view = practice.cases
    case = first_case_with_reply()
    select_case(view, case.id)
    start(window, qtbot, view.start_button)
    walk(qtbot, view, [s.answer for s in case.steps])
    assert view.reply_editor.hasFocus() or not window.isActiveWindow()
    qtbot.keyClicks(view.reply_editor, "Jammer dan")
    qtbot.mouseClick(view.compare_button, Qt.MouseButton.LeftButton)
    feedback = view.reply_check.text().replace("&#x27;", "'")
    assert "0 van de 5" in feedback
    for needle in ("Toon eerst begrip", "privé verder te praten", "'Jammer dan' legt de schuld", "Te kort: 2 woorden"):
        assert needle in feedback, needle
    qtbot.mouseClick(view.finish_button, Qt.MouseButton.LeftButton)
    settle(window)
    assert view.last_score == 70  # every question right, the reply part earns nothing
    assert "Sluit af met je voornaam" in view.result_text.text()


def test_answer_mnemonics_do_not_clash_with_the_case_list(qtbot: Any, make_window: Any) -> None:
    from app.ui.widgets import mnemonic_of

    window, practice = open_practice(qtbot, make_window)
    view = practice.cases
    select_case(view, first_case_with_reply().id)
    start(window, qtbot, view.start_button)
    fixed = {mnemonic_of(b.text()) for b in (view.start_button, view.next_button, view.random_button)}
    for _ in range(len(view.session.case.steps)):
        letters = [mnemonic_of(b.text()) for b in view.answer_buttons.values()]
        assert "n" not in letters and not fixed & set(letters)
        assert len(set(letters)) == len(letters)
        view.choose(view.session.current().answer)
        view.check_answer()
        view.next_question()


def test_crisis_choices_by_number_keys(qtbot: Any, make_window: Any) -> None:
    from app.domain.crisis import ACTIONS

    clock = FakeClock()
    window = make_window(clock=clock)
    window.nav.setCurrentRow(2)
    practice = window.practice
    practice.bar.name.setEditText("Noor")
    crisis = practice.crisis
    practice.tabs.setCurrentWidget(crisis)
    start(window, qtbot, crisis.start_button)
    clock.t += 60 / crisis.run.speed * crisis.run.scenario.messages[0].at + 0.01
    crisis.tick()
    assert crisis.queue.count() >= 1
    first = crisis.queue.item(0).data(Qt.ItemDataRole.UserRole)
    crisis.queue.setCurrentRow(0)
    crisis.queue.setFocus()
    number = list(ACTIONS).index(crisis.run.scenario.messages[first].action) + 1
    qtbot.keyClick(crisis.queue, str(number))
    assert first in crisis.run.decisions
    assert crisis.run.decisions[first].action == crisis.run.scenario.messages[first].action
