"""Learning from the owner's decisions: examples from the history, an adapted pipeline per history."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.domain.case import Case
from app.domain.flowchart import shipped_flowchart
from app.domain.wizard import Comment, Prediction, WizardSession
from app.nlp import adapt
from app.nlp.pipeline import Assistant, default_model_path

FLOW = shipped_flowchart()
COMPLAINT_PATH = ["negatief", "nee", "nee", "nee", "ja"]
PRAISE_PATH = ["positief", "publiek", "nee"]
THREAT_PATH = ["negatief", "ja"]


def handled(text: str, answers: list[str], prediction: Prediction | None = None, case_id: int = 0) -> Case:
    session = WizardSession(FLOW, Comment(text, "google"), prediction)
    for answer in answers:
        session.answer(answer)
    case = Case.from_session(session, reply="")
    case.id = case_id
    return case


def test_examples_follow_the_owners_path_and_weigh_overrules() -> None:
    said_joke = Prediction("grap_satire", {"grap_satire": 0.9}, ())
    cases = [
        handled("Lange wachttijd.", COMPLAINT_PATH, said_joke, 1),
        handled("Heerlijke taart!", PRAISE_PATH, None, 2),
        handled("Ik weet waar je woont.", THREAT_PATH, Prediction("beledigend", {}, ("bedreiging",)), 3),
        handled("Dit mag niet meetellen.", COMPLAINT_PATH, None, 4),
    ]
    examples = adapt.examples_from_cases(cases, FLOW, excluded=[4])
    assert [(e.text, e.label, e.weight) for e in examples] == [
        ("Lange wachttijd.", "klacht", 2),
        ("Heerlijke taart!", "positief", 1),
        ("Ik weet waar je woont.", "beledigend", 1),
    ]
    assert examples[0].flags["haat"] == 0.0 and examples[0].flags["bedreiging"] == 0.0
    assert examples[1].flags == {"suggestie": 0.0}
    assert examples[2].flags.get("bedreiging") == 1.0 and "haat" not in examples[2].flags


def test_unfinished_and_undecided_cases_are_skipped() -> None:
    session = WizardSession(FLOW, Comment("half af", "google"))
    session.answer("negatief")
    unfinished = Case.from_session(session)
    unfinished.session = session.to_dict()
    undecided = handled("Iets actueels", ["negatief", "nee", "nee", "nee", "nee", "reageren"])
    assert adapt.examples_from_cases([unfinished, undecided], FLOW) == []


def test_too_few_cases_are_refused_clearly() -> None:
    few = [adapt.OwnerExample("a", "klacht")] * 30
    with pytest.raises(adapt.LearnError, match="minstens 2 categorieën"):
        adapt.check_enough(few)
    with pytest.raises(adapt.LearnError, match="minstens 20 zaken"):
        adapt.check_enough([adapt.OwnerExample("a", "klacht"), adapt.OwnerExample("b", "positief")])


@pytest.mark.slow
def test_learn_adapts_one_history_and_can_be_undone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    history = tmp_path / "bakker.sqlite3"
    other = tmp_path / "kapper.sqlite3"
    # Remarks the owner calls complaints, praise the owner calls praise.
    remarks = [
        "Croissants waren vandaag wat bleek.",
        "Het brood was aan de taaie kant.",
        "Slagroom een beetje zuur.",
        "Rij tot buiten op zaterdag.",
        "Vlaai iets te zoet naar mijn smaak.",
        "Kassa had geen wisselgeld.",
        "Saucijzenbroodje lauw.",
        "Tompouce was ingezakt.",
        "Bestelling was half klaar om 9 uur.",
        "Krentenbollen waren oud.",
        "Beetje karig belegd.",
        "Koffie was slap.",
    ]
    praise = [
        "Lekkerste appeltaart van de stad.",
        "Altijd vriendelijk geholpen.",
        "Verse broodjes, top.",
        "Mooie taart voor de verjaardag.",
        "Prima koffie en een goed gesprek.",
        "Bakker met liefde voor het vak.",
        "Heerlijk desembrood.",
        "Snel geholpen ondanks de drukte.",
        "Kinderen kregen een koekje, lief!",
        "Topkwaliteit voor een eerlijke prijs.",
        "Beste kerststol ooit.",
        "Blij met de glutenvrije broden.",
    ]
    examples = [adapt.OwnerExample(t, "klacht", {}, 2) for t in remarks] + [
        adapt.OwnerExample(t, "positief") for t in praise
    ]
    shipped = Assistant.load()
    result = adapt.learn(history, examples, default_model_path())
    assert result.path == adapt.model_dir(history) and (result.path / "meta.json").exists()
    assert result.examples == 24 and result.before.total == result.after.total == 24
    meta = json.loads((result.path / "meta.json").read_text(encoding="utf-8"))["reageerwijzer"]["adapted"]
    assert meta["examples"] == 24 and len(meta["examples_hash"]) == 64
    assert meta["base_source_hash"] == shipped.source_hash
    mine, note = Assistant.load_for_history(history)
    assert note == "" and mine.model_version.startswith(shipped.model_version + "+eigen-")
    theirs, _ = Assistant.load_for_history(other)
    assert theirs.model_version == shipped.model_version
    text = "Broodjes waren een beetje droog vandaag."
    assert theirs.analyse(text).scores == shipped.analyse(text).scores
    # Learn again: the first adapted pipeline becomes the one to go back to. The cross-validation
    # was checked above; here only the swap matters, so skip its five trainings (half this test's time).
    monkeypatch.setattr(adapt, "_cross_validate", lambda _base, ex, _seed, _report: [e.label for e in ex])
    adapt.learn(history, examples, default_model_path())
    assert adapt.previous_dir(history).exists()
    assert "vorige" in adapt.undo(history)
    assert "meegeleverde" in adapt.undo(history)
    assert not adapt.model_dir(history).exists()


def test_broken_or_foreign_model_folder_falls_back_to_shipped(tmp_path: Path) -> None:
    history = tmp_path / "h.sqlite3"
    folder = adapt.model_dir(history)
    folder.mkdir()
    (folder / "meta.json").write_text("{kapot", encoding="utf-8")
    assistant, note = Assistant.load_for_history(history)
    assert "onleesbaar" in note and "+eigen-" not in assistant.model_version
    (folder / "meta.json").write_text(json.dumps({"reageerwijzer": {"adapted": {"base_source_hash": "x"}}}))
    assistant, note = Assistant.load_for_history(history)
    assert "andere versie" in note and "+eigen-" not in assistant.model_version
