from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.case import Case, CaseError, Lesson
from app.domain.flowchart import shipped_flowchart
from app.domain.wizard import Comment, Prediction, WizardSession
from app.errors import StoreError
from app.store import CaseFilter, CaseStore

FLOW = shipped_flowchart()
SCORES = {"positief": 0.1, "vraag": 0.1, "klacht": 0.5, "onwaarheid": 0.1, "grap_satire": 0.1, "beledigend": 0.1}


def walked_case(
    text: str = "Pakket kwam kapot aan",
    author: str = "Sanne",
    answers: tuple[str, ...] = ("negatief", "nee", "nee", "nee", "ja"),
) -> Case:
    s = WizardSession(
        FLOW, Comment(text, "facebook", author), Prediction("klacht", SCORES, ("suggestie",), "nl-test-1")
    )
    for a in answers:
        s.answer(a)
    return Case.from_session(s, reply="Hoi Sanne, wat vervelend!", lessons=[Lesson("Beter inpakken", ["levering"])])


@pytest.fixture
def store(db_path: Path) -> CaseStore:
    with CaseStore.open(db_path) as s:
        yield s


def test_save_and_read_back_everything(store: CaseStore) -> None:
    case = walked_case()
    case.follow_up = "2026-12-01"
    case_id = store.save(case)
    got = store.get(case_id)
    assert got.text == case.text and got.author == "Sanne" and got.platform == "facebook"
    assert got.outcome == "uitkomst_herstel" and got.status == "beantwoord"
    assert got.prediction.label == "klacht" and got.prediction.model_version == "nl-test-1"
    assert got.prediction.scores == SCORES and got.prediction.flags == ("suggestie",)
    assert [(s.node_id, s.answer_id, s.suggested) for s in got.path] == [
        (s.node_id, s.answer_id, s.suggested) for s in case.path
    ]
    assert got.reply == "Hoi Sanne, wat vervelend!"
    assert got.follow_up == "2026-12-01"
    assert [(lesson.text, lesson.tags) for lesson in got.lessons] == [("Beter inpakken", ["levering"])]


def test_update_replaces_lessons_and_status(store: CaseStore) -> None:
    case = walked_case()
    store.save(case)
    case.status = "monitoren"
    case.lessons = [Lesson("Sneller reageren", ["snelheid"])]
    store.save(case)
    got = store.get(case.id)
    assert got.status == "monitoren"
    assert [lesson.text for lesson in got.lessons] == ["Sneller reageren"]
    assert store.count() == 1


def test_wal_mode_and_application_id(store: CaseStore) -> None:
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.integrity_ok()


def test_search_finds_comment_reply_and_lesson(store: CaseStore) -> None:
    first = store.save(walked_case("De bezorging duurde veel te lang"))
    second = store.save(walked_case("Wat een heerlijke croissants", answers=("positief", "publiek", "nee")))
    assert [c.id for c in store.search("bezorging")] == [first]
    assert {c.id for c in store.search("vervelend")} == {first, second}  # in the reply
    assert {c.id for c in store.search("inpakken")} == {first, second}  # in the lessons
    assert [c.id for c in store.search("croissant*")] == []  # operators are taken literally, no crash
    assert [c.id for c in store.search("croissants")] == [second]
    assert store.search('"; DROP TABLE cases; --') == []
    assert store.count() == 2


def test_filters(store: CaseStore) -> None:
    a = walked_case("klacht een")
    a.received_at = "2026-03-05T10:00:00+00:00"
    b = walked_case("vraag twee", answers=("vraag", "ja"))
    b.received_at = "2026-04-05T10:00:00+00:00"
    b.platform = "google"
    store.save_many([a, b])
    assert [c.text for c in store.list(CaseFilter(month="2026-03"))] == ["klacht een"]
    assert [c.text for c in store.list(CaseFilter(platform="google"))] == ["vraag twee"]
    assert [c.text for c in store.list(CaseFilter(status="beantwoord"))] == ["vraag twee", "klacht een"]
    assert [c.text for c in store.search("twee", CaseFilter(month="2026-03"))] == []


def test_unfinished_case_is_kept_and_resumable(store: CaseStore) -> None:
    s = WizardSession(FLOW, Comment("Half gedaan", "instagram", "Piet"))
    s.answer("negatief")
    case = Case.from_session(s)
    assert case.status == "open" and case.outcome is None
    store.save(case)
    (pending,) = store.open_sessions()
    resumed = WizardSession.from_dict(FLOW, pending.session)
    assert resumed.current.id == "beledigend"


def test_repeat_writer_negative_cases(store: CaseStore) -> None:
    for _ in range(3):
        store.save(walked_case(author="Kees Kritisch"))
    store.save(walked_case("Top!", author="Kees Kritisch", answers=("positief", "publiek", "nee")))
    assert len(store.negative_cases_by("kees kritisch")) == 3
    assert store.negative_cases_by("") == []


def test_invalid_case_refused_and_nothing_saved(store: CaseStore) -> None:
    with pytest.raises(CaseError):
        store.save(Case(text="   "))
    with pytest.raises(CaseError):
        store.save(Case(text="x", status="klaar"))
    with pytest.raises(CaseError):
        store.save(Case(text="x", follow_up="morgen"))
    assert store.count() == 0


def test_save_is_one_transaction(store: CaseStore, monkeypatch: pytest.MonkeyPatch) -> None:
    import app.store.cases as cases_module

    def failing_lesson_row(lesson: Lesson) -> dict:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(cases_module, "_lesson_to_row", failing_lesson_row)
    with pytest.raises(StoreError, match="schijf is vol"):
        store.save(walked_case())
    assert store.count() == 0


def test_save_many_is_all_or_nothing(store: CaseStore) -> None:
    good = walked_case("goed")
    bad = walked_case("fout")
    bad.status = "onzin"
    with pytest.raises(CaseError):
        store.save_many([good, bad])
    assert store.count() == 0


def test_settings_roundtrip(store: CaseStore) -> None:
    assert store.get_setting("profiel", {}) == {}
    store.set_setting("profiel", {"naam": "Bakkerij 't Hoekje", "emoji": "🥐"})
    assert store.get_setting("profiel") == {"naam": "Bakkerij 't Hoekje", "emoji": "🥐"}


def test_backup_is_a_consistent_copy(store: CaseStore, tmp_path: Path) -> None:
    store.save(walked_case())
    target = store.backup(tmp_path / "kopie.sqlite3")
    with CaseStore.open(target) as copy:
        assert copy.count() == 1


HOSTILE = [
    "x" * 1_000_000,
    "nul\x00byte\x00midden",
    "emoji 😡🔥🥐👩🏽‍🍳 en vlaggen 🇳🇱🇧🇪",
    "مرحبا بالعالم — \u200fעברית\u200e right-to-left \u202etekst",
    "'; DROP TABLE cases; --",
    "<script>alert('x')</script><b>vet</b>&amp;",
    'cases_fts MATCH "*" OR 1=1',
]


@pytest.mark.parametrize("text", HOSTILE, ids=["1MB", "nul", "emoji", "rtl", "sql", "html", "fts"])
def test_hostile_text_in_every_field(store: CaseStore, text: str) -> None:
    case = Case(text=text, author=text, link=text, reply=text, lessons=[Lesson(text, [text])])
    case_id = store.save(case)
    got = store.get(case_id)
    assert (got.text, got.author, got.link, got.reply) == (text, text, text, text)
    assert got.lessons[0].text == text and got.lessons[0].tags == [text]
    store.search(text[:200])  # must not raise
    assert store.integrity_ok()
    assert "cases" in store.db.table_names()


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(text=st.text(min_size=1, max_size=200).filter(lambda t: t.strip()), query=st.text(max_size=40))
def test_any_text_saves_and_any_query_searches(store: CaseStore, text: str, query: str) -> None:
    case_id = store.save(Case(text=text, author=text[:10]))
    assert store.get(case_id).text == text
    store.search(query)


def test_negative_count_by_counts_what_negative_cases_by_lists(store: CaseStore) -> None:
    flow = shipped_flowchart()
    negative = next(o for o in flow.outcomes if o.negative)
    positive = next(o for o in flow.outcomes if not o.negative)
    ids = [store.save(Case(text=f"Slecht {i}", author="Kees Kritisch", outcome=negative.id)) for i in range(3)]
    store.save(Case(text="Wel lekker", author="kees kritisch", outcome=positive.id))
    store.save(Case(text="Onaf", author="Kees Kritisch", prediction=Prediction("klacht", {}, (), "t", ())))
    store.save(Case(text="Iemand anders", author="Ans", outcome=negative.id))
    for exclude in (None, ids[0]):
        listed = store.negative_cases_by("KEES KRITISCH", exclude_id=exclude)
        assert store.negative_count_by("KEES KRITISCH", exclude_id=exclude) == len(listed)
    assert store.negative_count_by("Kees Kritisch") == 4  # three outcomes and one unfinished complaint
    assert store.negative_count_by("  ") == 0
