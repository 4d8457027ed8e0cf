from __future__ import annotations

import copy
import tomllib
from pathlib import Path

import pytest

from app.domain.flowchart import shipped_flowchart
from app.domain.training import PracticeSession, load_case_file, load_cases, parse_case
from app.errors import DataFileError

FLOW = shipped_flowchart()
GOOD = {
    "id": "test-taart",
    "title": "Taart",
    "difficulty": "makkelijk",
    "platform": "facebook",
    "author": "Lotte",
    "business": "bakkerij",
    "context": "Je hebt een bakkerij.",
    "text": "De taart kwam kapot aan!",
    "label": "klacht",
    "flags": [],
    "outcome": "uitkomst_herstel",
    "model_reply": "Hoi Lotte, sorry! Groet, Marieke",
    "steps": [
        {"question": "aard", "answer": "negatief", "why": "Negatief."},
        {"question": "beledigend", "answer": "nee", "why": "Geen scheldpartij."},
        {"question": "grap", "answer": "nee", "why": "Geen grap."},
        {"question": "onwaarheid", "answer": "nee", "why": "Klopt."},
        {"question": "ontevreden", "answer": "ja", "why": "Ontevreden klant."},
    ],
}


def case(**changes: object) -> dict:
    data = copy.deepcopy(GOOD)
    data.update(changes)
    return data


def test_valid_case_parses() -> None:
    parsed = parse_case(case(), FLOW, "t.toml", 0)
    assert parsed.outcome == "uitkomst_herstel" and len(parsed.steps) == 5


@pytest.mark.parametrize(
    ("changes", "fragment"),
    [
        ({"steps": GOOD["steps"][:3]}, "bereikt geen uitkomst"),
        (
            {"steps": [*GOOD["steps"][:1], {"question": "grap", "answer": "nee", "why": "x"}]},
            "verwacht vraag 'beledigend'",
        ),
        ({"steps": [{"question": "aard", "answer": "misschien", "why": "x"}]}, "geen antwoord op 'aard'"),
        ({"outcome": "uitkomst_grap"}, "eindigt in 'uitkomst_herstel'"),
        ({"outcome": "aard"}, "geen uitkomst"),
        ({"model_reply": ""}, "voorbeeldantwoord"),
        ({"difficulty": "heel moeilijk"}, "difficulty"),
        ({"label": "boos"}, "categorie"),
        ({"flags": ["spam"]}, "vlaggen"),
        ({"steps": [*GOOD["steps"], {"question": "x", "answer": "y", "why": "z"}]}, "te veel"),
    ],
)
def test_broken_cases_name_case_and_step(changes: dict, fragment: str) -> None:
    with pytest.raises(DataFileError) as info:
        parse_case(case(**changes), FLOW, "t.toml", 0)
    assert "t.toml, case 'test-taart'" in str(info.value) and fragment in str(info.value)


def test_duplicate_ids_over_files(tmp_path: Path) -> None:
    text = "schema = 1\n[[cases]]\n" + "\n".join(f"{k} = {v!r}" for k, v in GOOD.items() if k != "steps").replace(
        "'", '"'
    )
    text += "".join(
        f'\n[[cases.steps]]\nquestion = "{s["question"]}"\nanswer = "{s["answer"]}"\nwhy = "{s["why"]}"\n'
        for s in GOOD["steps"]
    )
    (tmp_path / "a.toml").write_text(text, encoding="utf-8")
    (tmp_path / "b.toml").write_text(text, encoding="utf-8")
    assert len(load_case_file(tmp_path / "a.toml")) == 1
    with pytest.raises(DataFileError, match="staat ook in"):
        load_cases([tmp_path / "a.toml", tmp_path / "b.toml"])


def test_walk_right_scores_full() -> None:
    session = PracticeSession(parse_case(case(), FLOW, "t", 0))
    for step in GOOD["steps"]:
        result = session.answer(step["answer"])
        assert result.correct and result.why == step["why"]
    assert session.finished and session.result.outcome == "uitkomst_herstel"
    good_reply = (
        "Hoi Lotte, wat vervelend dat de taart kapot aankwam, sorry! Stuur je ons een DM met je "
        "bestelnummer? Dan bakken we een nieuwe. Groet, Marieke"
    )
    assert session.finish(good_reply, []) == 100
    assert session.reply_report is not None and not session.reply_report.missing


def test_ticking_the_whole_checklist_does_not_make_a_curt_reply_good() -> None:
    session = PracticeSession(parse_case(case(), FLOW, "t", 0))
    for step in GOOD["steps"]:
        session.answer(step["answer"])
    score = session.finish("Jammer dan", [c.id for c in FLOW.checklist])
    assert score == 70  # the path was right; the reply part earns nothing
    assert session.reply_report is not None
    assert {r.check for r in session.reply_report.missing} >= {"empathie", "kanaal", "geen_verwijt", "lengte"}


def test_walk_wrong_gets_feedback_and_lower_score() -> None:
    session = PracticeSession(parse_case(case(), FLOW, "t", 0))
    first = session.answer("positief")
    assert not first.correct and first.expected == "negatief" and first.why == "Negatief."
    assert session.question().id == "beledigend"  # the walk continues on the expected path
    wrong = session.answer("ja")
    assert not wrong.correct
    for step in GOOD["steps"][2:]:
        session.answer(step["answer"])
    assert session.result.correct_steps == 3 and len(session.result.mistakes) == 2
    assert session.result.outcome != "uitkomst_herstel"
    # "kort" only passes the blame check (1 of 5 reply checks)
    assert session.finish("kort", []) == round(100 * (0.7 * 3 / 5 + 0.3 * 1 / 5))


def test_unknown_answer_refused() -> None:
    session = PracticeSession(parse_case(case(), FLOW, "t", 0))
    with pytest.raises(KeyError):
        session.answer("misschien")


def test_shipped_cases_cover_every_outcome_and_flag() -> None:
    cases = load_cases()
    assert len(cases) >= 60
    assert {c.outcome for c in cases} == {o.id for o in FLOW.outcomes}
    assert {f for c in cases for f in c.flags} == {"suggestie", "haat", "bedreiging"}
    assert len({c.platform for c in cases}) >= 5
    assert {c.difficulty for c in cases} == {"makkelijk", "gemiddeld", "moeilijk"}
    for c in cases:
        raw = tomllib.loads(Path(c.source).read_text(encoding="utf-8"))
        assert any(r["id"] == c.id for r in raw["cases"])


def test_case_schema_errors_name_case_step_and_field() -> None:
    steps = copy.deepcopy(GOOD["steps"])
    del steps[1]["why"]
    with pytest.raises(DataFileError) as info:
        parse_case(case(steps=steps), FLOW, "t.toml", 0)
    assert str(info.value) == "t.toml, case 'test-taart', stap 2: veld 'why' ontbreekt"
    with pytest.raises(DataFileError) as info:
        parse_case(case(modelreply="Hoi"), FLOW, "t.toml", 0)
    assert str(info.value) == "t.toml, case 'test-taart': onbekend veld 'modelreply' (tikfout?)"
    with pytest.raises(DataFileError) as info:
        parse_case(case(id=7), FLOW, "t.toml", 3)
    assert str(info.value).startswith("t.toml, cases[3]: ") and "'id'" in str(info.value)
