"""Take the README screenshots of the real window (run under Xvfb).

    xvfb-run -s "-screen 0 1400x950x24" python packaging/screenshots.py [--scale 1.5] [--dark]

Fills a temporary history with example cases, walks the wizard to a complaint
outcome and saves PNGs of the main screens to packaging/screenshots/.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "packaging" / "screenshots"

EXAMPLES = [
    (
        "Al drie weken wacht ik op bestelling #4821 en niemand reageert op mijn mails. Ik wil mijn geld terug!",
        "facebook",
        "Sanne de Vries",
        ["negatief", "nee", "nee", "nee", "ja"],
        "Hoi Sanne, wat vervelend...",
        "Pakketten ruimer inpakken",
    ),
    (
        "Klopt het dat jullie failliet gaan? Hoorde het van de buurvrouw.",
        "facebook",
        "Piet",
        ["negatief", "nee", "nee", "ja"],
        "Hoi Piet, gelukkig niet...",
        "",
    ),
    (
        "Heerlijke appeltaart, de hele familie was fan!",
        "instagram",
        "Ahmed",
        ["positief", "publiek", "nee"],
        "Dank je wel Ahmed!",
        "",
    ),
    (
        "Zijn jullie op tweede paasdag open?",
        "google",
        "Joke Jansen",
        ["vraag", "ja"],
        "Hoi Joke, ja van 10 tot 16 uur.",
        "",
    ),
    (
        "Weer te laat bezorgd. Dit is de derde keer!",
        "x",
        "Kees Kritisch",
        ["negatief", "nee", "nee", "nee", "ja"],
        "Sorry Kees...",
        "",
    ),
    ("En wéér koud eten. Bagger.", "x", "Kees Kritisch", ["negatief", "nee", "nee", "nee", "ja"], "Sorry Kees...", ""),
    (
        "Nog steeds niks gehoord over mijn klacht van vorige week.",
        "facebook",
        "Kees Kritisch",
        ["negatief", "nee", "nee", "nee", "ja"],
        "Hoi Kees, ik bel je vandaag.",
        "Eén vast aanspreekpunt voor Kees",
    ),
]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--suffix", default="")
    parser.add_argument("--lang", choices=["nl", "en"], default="nl", help="language of the window")
    parser.add_argument("--size", default="1320x880", help="window size, e.g. 1024x700")
    args = parser.parse_args()
    if args.scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    from app.domain.case import Case, Lesson
    from app.domain.flowchart import shipped_flowchart
    from app.domain.profile import BusinessProfile, FaqItem
    from app.domain.wizard import Comment, WizardSession
    from app.store import CaseStore
    from app.store.profile import save_profile
    from app.ui.main_window import MainWindow

    app = QApplication(sys.argv)
    app.setStyle("Fusion")
    from app.ui.main import install_translators

    install_translators(app, args.lang)
    if args.dark:
        pal = QPalette()
        for role, color in (
            (QPalette.ColorRole.Window, "#202124"),
            (QPalette.ColorRole.WindowText, "#e8eaed"),
            (QPalette.ColorRole.Base, "#2b2c2f"),
            (QPalette.ColorRole.AlternateBase, "#303134"),
            (QPalette.ColorRole.Text, "#e8eaed"),
            (QPalette.ColorRole.Button, "#303134"),
            (QPalette.ColorRole.ButtonText, "#e8eaed"),
            (QPalette.ColorRole.Highlight, "#8ab4f8"),
            (QPalette.ColorRole.HighlightedText, "#202124"),
            (QPalette.ColorRole.ToolTipBase, "#303134"),
            (QPalette.ColorRole.ToolTipText, "#e8eaed"),
            (QPalette.ColorRole.PlaceholderText, "#9aa0a6"),
        ):
            pal.setColor(role, QColor(color))
        for role, color in (
            (QPalette.ColorRole.WindowText, "#7f8388"),
            (QPalette.ColorRole.Text, "#7f8388"),
            (QPalette.ColorRole.ButtonText, "#7f8388"),
            (QPalette.ColorRole.Button, "#26272a"),
        ):
            pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(color))
        for role, color in (
            (QPalette.ColorRole.Light, "#5f6368"),
            (QPalette.ColorRole.Mid, "#5f6368"),
            (QPalette.ColorRole.Dark, "#17181a"),
            (QPalette.ColorRole.Midlight, "#3c4043"),
        ):
            pal.setColor(role, QColor(color))
        app.setPalette(pal)
    tmp = Path(tempfile.mkdtemp())
    store = CaseStore.open(tmp / "geschiedenis.sqlite3")
    save_profile(
        store,
        BusinessProfile(
            name="Bakkerij De Korenschoof",
            kind="bakkerij",
            signers=["Marieke"],
            email="info@korenschoof.nl",
            opening_hours="di–vr 7:30–18:00, za 7:30–16:00",
            faq=[FaqItem("Hebben jullie glutenvrij brood?", "Ja, op vrijdag en zaterdag.")],
        ),
    )
    flow = shipped_flowchart()
    from datetime import UTC, datetime, timedelta

    now = datetime.now(UTC).replace(microsecond=0)
    for i, (text, platform, author, answers, reply, lesson) in enumerate(EXAMPLES):
        posted = now - timedelta(days=len(EXAMPLES) - i, hours=i)
        session = WizardSession(flow, Comment(text, platform, author, posted_at=posted.isoformat()))
        for answer in answers:
            session.answer(answer)
        handled = posted + timedelta(minutes=[25, 70, 12, 240, 45, 600, 35][i % 7])
        case = Case.from_session(session, reply=reply, handled_at=handled.isoformat(), received_at=posted.isoformat())
        if i == 3:
            case.follow_up = (now - timedelta(days=1)).date().isoformat()
            case.status = "monitoren"
        case.lessons = [Lesson(lesson, ["levering"])] if lesson else []
        store.save(case)
    fake_now = [1000.0]
    window = MainWindow(store, ask_resume=lambda case: "later", clock=lambda: fake_now[0])
    width, height = (int(v) for v in args.size.split("x"))
    window.resize(width, height)
    window.show()
    OUT.mkdir(parents=True, exist_ok=True)
    suffix = args.suffix

    def shoot(name: str) -> None:
        app.processEvents()
        window.grab().save(str(OUT / f"{name}{suffix}.png"))

    def step1() -> None:
        if window.assistant.state != "ready":
            QTimer.singleShot(200, step1)
            return
        wizard = window.wizard
        wizard.intake.text.setPlainText(
            "Drie weken geleden besteld (#48213) en vandaag kwam de taart helemaal ingedeukt aan. "
            "Niemand neemt op bij jullie. Echt teleurgesteld!"
        )
        wizard.intake.author.setText("Lotte Bakker")
        wizard.intake.platform.setCurrentIndex(wizard.intake.platform.findData("facebook"))
        QTimer.singleShot(1500, step2)

    def step2() -> None:
        shoot("intake")
        window.wizard.show_proposal()
        QTimer.singleShot(300, step2b)

    def step2b() -> None:
        shoot("voorstel")
        window.wizard.start_questions()
        window.wizard.answer("negatief")
        window.wizard.answer("nee")
        QTimer.singleShot(300, step3)

    def step3() -> None:
        shoot("vraag")
        for answer in ("nee", "nee", "ja"):
            window.wizard.answer(answer)
        QTimer.singleShot(300, step4)

    def step4() -> None:
        shoot("uitkomst")
        window.nav.setCurrentRow(1)
        window.history.table.selectRow(1)
        QTimer.singleShot(300, step5)

    def step5() -> None:
        shoot("geschiedenis")
        window.nav.setCurrentRow(4)
        QTimer.singleShot(300, step6)

    def step6() -> None:
        shoot("profiel")
        window.nav.setCurrentRow(2)
        practice = window.practice
        practice.bar.name.setEditText("Noor")
        view = practice.cases
        case = next(c for c in view.cases if c.outcome == "uitkomst_onwaarheid" and c.difficulty == "gemiddeld")
        view.start(case)
        QTimer.singleShot(300, lambda: step6b(view))

    def step6b(view: object) -> None:
        if "vraag" not in view.answer_buttons:  # type: ignore[attr-defined]  # the case opens in the background
            QTimer.singleShot(200, lambda: step6b(view))
            return
        view.choose("vraag")  # type: ignore[attr-defined]
        view.check_answer()  # type: ignore[attr-defined]
        QTimer.singleShot(300, step7)

    def step7() -> None:
        shoot("oefenen")
        practice = window.practice
        practice.tabs.setCurrentWidget(practice.crisis)
        crisis = practice.crisis
        crisis.start()
        QTimer.singleShot(300, step7b)

    def step7b() -> None:
        crisis = window.practice.crisis
        if crisis.run is None:  # the scenario loads in the background
            QTimer.singleShot(200, step7b)
            return
        fake_now[0] += 7 * 60 / crisis.run.speed
        crisis.tick()
        messages = crisis.run.scenario.messages
        for message in messages[:3]:
            row = next(i for i in range(crisis.queue.count()) if crisis.queue.item(i).data(0x0100) == message.index)
            crisis.queue.setCurrentRow(row)
            crisis.decide(message.action)
        QTimer.singleShot(300, step8)

    def step8() -> None:
        shoot("crisis")
        crisis = window.practice.crisis
        for message in crisis.run.scenario.messages:
            if message.index in crisis.run.decisions:
                continue
            fake_now[0] = max(fake_now[0], 1000.0 + message.at * 60 / crisis.run.speed) + 30 / crisis.run.speed
            crisis.tick()
            if crisis.run is None:
                break
            row = next(i for i in range(crisis.queue.count()) if crisis.queue.item(i).data(0x0100) == message.index)
            crisis.queue.setCurrentRow(row)
            crisis.decide(message.action if message.index % 4 else "laten_gaan")
            if crisis.run is None:
                break
        QTimer.singleShot(300, step9)

    def step9() -> None:
        shoot("crisis_debrief")
        window.nav.setCurrentRow(3)
        window.report.refresh_preview()
        QTimer.singleShot(200, step10)

    def step10() -> None:
        if window.report.busy:
            QTimer.singleShot(200, step10)
            return
        shoot("rapport")
        app.quit()

    QTimer.singleShot(100, step1)
    app.exec()
    store.close()
    print(f"screenshots in {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
