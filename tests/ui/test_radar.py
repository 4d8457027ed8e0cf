"""The crisis radar in the window: banner, crisis view, crisis plan, follow-up reminder."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtWidgets import QLabel

from app.domain.profile import BusinessProfile
from app.domain.radar_plan import CrisisPlan, Role
from app.store import CaseStore
from app.store.profile import load_profile, save_profile
from app.store.radar import RadarQueries
from app.ui.crisis_plan import CrisisPlanSection
from tests.radar_fixture import NOW, burst, scattered_month
from tests.ui.conftest import settle


def _window(make_window: Any, store: CaseStore, cases: list, now: Any = NOW) -> Any:
    store.bulk_insert(cases)
    save_profile(
        store,
        BusinessProfile(
            name="Bakkerij Jansen",
            signers=["Sanne"],
            register="u",
            crisis=CrisisPlan([Role("approve", "Bram", "06-12345678")]),
        ),
    )
    window = make_window()
    window.radar.now = lambda: now
    window.radar.refresh()
    settle(window)
    assert window.radar.report is not None and window.radar.report.result.now == now
    return window


def test_a_burst_shows_the_banner_and_the_crisis_view(make_window: Any, store: CaseStore) -> None:
    window = _window(make_window, store, scattered_month() + burst())
    banner = window.radar.banner
    assert banner.isVisible()
    assert "Crisis" in banner.label.text() and "kipsalade" in banner.label.text()
    view = window.radar.open_view()
    assert "kipsalade" in view.statement.toPlainText()
    assert "Hebt u klachten?" in view.statement.toPlainText()  # the profile's tone
    assert view.cases.count() >= 8
    texts = [check.accessibleName() for check in view.steps]
    assert any("Bram (06-12345678)" in t for t in texts)
    assert view.pause_message.toPlainText().strip()
    view.close()


def test_a_calm_month_shows_no_banner(make_window: Any, store: CaseStore) -> None:
    window = _window(make_window, store, scattered_month())
    assert window.radar.report.result.level == "rustig"
    assert not window.radar.banner.isVisible()


def test_saving_a_case_checks_again(make_window: Any, store: CaseStore) -> None:
    window = _window(make_window, store, scattered_month())
    later = NOW + timedelta(hours=1)
    window.radar.now = lambda: later
    window.wizard.saved.emit(1)
    settle(window)
    assert window.radar.report.result.now == later


def test_the_crisis_plan_is_edited_in_its_dialog_and_kept(make_window: Any, store: CaseStore) -> None:
    window = _window(make_window, store, scattered_month())
    sections = window.settings.findChildren(CrisisPlanSection)
    assert len(sections) == 1
    dialog = sections[0].open_dialog()
    settle(window)
    assert dialog.names["approve"].text() == "Bram"
    dialog.names["post"].setText("Aysel")
    dialog.contacts["post"].setText("app-groep")
    dialog.kinds.setCurrentIndex(dialog.kinds.findData("levering"))
    dialog.editor.setPlainText("Onze bezorger is ziek. [vul in: wanneer] komt alles alsnog.")
    dialog.save()
    settle(window)
    plan = load_profile(store).plan
    assert plan.role("post").name == "Aysel" and plan.role("approve").name == "Bram"
    assert plan.statements == {"levering": "Onze bezorger is ziek. [vul in: wanneer] komt alles alsnog."}
    assert load_profile(store).name == "Bakkerij Jansen"


def test_after_the_storm_the_window_reminds_and_drafts_a_follow_up(make_window: Any, store: CaseStore) -> None:
    window = _window(make_window, store, scattered_month() + burst(), NOW + timedelta(days=2))
    banner = window.radar.banner
    assert banner.isVisible() and banner.mode == "opvolging"
    assert "kipsalade" in banner.label.text()
    dialog = window.radar.open_follow_up()
    assert "Een update over de kipsalade." in dialog.editor.toPlainText()
    dialog.mark_done()
    settle(window)
    settle(window)
    assert RadarQueries(store).done_follow_ups()
    assert not banner.isVisible()


def test_what_the_owner_typed_in_the_statement_survives_closing(make_window: Any, store: CaseStore) -> None:
    window = _window(make_window, store, scattered_month() + burst())
    view = window.radar.open_view()
    generated = view.statement.toPlainText()
    view.statement.setPlainText(generated.replace("[vul in: tijdstip]", "17:00 uur"))
    view.reject()
    settle(window)
    settle(window)
    again = window.radar.open_view()
    assert "vóór 17:00 uur" in again.statement.toPlainText()
    again.refill.click()
    assert again.statement.toPlainText() == generated
    again.kind.setCurrentIndex(again.kind.findData("levering"))
    assert "bestelling" in again.statement.toPlainText()
    again.kind.setCurrentIndex(again.kind.findData("voedselveiligheid"))
    assert again.statement.toPlainText() == generated
    again.reject()
    settle(window)
    settle(window)
    assert "vóór [vul in: tijdstip]" in window.radar.open_view().statement.toPlainText()  # back to the prepared one


def test_an_edited_follow_up_is_kept(make_window: Any, store: CaseStore) -> None:
    window = _window(make_window, store, scattered_month() + burst(), NOW + timedelta(days=2))
    dialog = window.radar.open_follow_up()
    dialog.editor.setPlainText("Het lag aan de koeling. Die is vervangen.")
    dialog.reject()
    settle(window)
    settle(window)
    assert window.radar.open_follow_up().editor.toPlainText() == "Het lag aan de koeling. Die is vervangen."


def test_a_threat_raises_the_banner_and_names_it(make_window: Any, store: CaseStore) -> None:
    from tests.radar_fixture import comment

    threat = comment("Ik weet waar je woont.", NOW - timedelta(hours=2), "beledigend", "Onbekende", ("bedreiging",))
    window = _window(make_window, store, [*scattered_month(), threat])
    assert window.radar.banner.isVisible() and "Verhoogd" in window.radar.banner.label.text()
    view = window.radar.open_view()
    assert "bedreigingen" in view.windowTitle() + " ".join(w.text() for w in view.findChildren(QLabel))
    assert "Ik weet waar je woont." in " ".join(view.cases.item(i).text() for i in range(view.cases.count()))
