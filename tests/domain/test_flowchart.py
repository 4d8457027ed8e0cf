from __future__ import annotations

import copy
import tomllib
from pathlib import Path
from typing import Any

import pytest

from app.domain.categories import CATEGORIES, FLAGS
from app.domain.flowchart import load_flowchart, parse_flowchart, shipped_flowchart
from app.errors import DataFileError
from app.resources import resource_path

FLOW_FILE = resource_path("flowchart.toml")


def raw() -> dict[str, Any]:
    return tomllib.loads(FLOW_FILE.read_text(encoding="utf-8"))


def node(data: dict[str, Any], node_id: str) -> dict[str, Any]:
    return next(n for n in data["nodes"] if n["id"] == node_id)


def broken(data: dict[str, Any]) -> DataFileError:
    with pytest.raises(DataFileError) as info:
        parse_flowchart(data, source="kapot.toml")
    assert str(info.value).startswith("kapot.toml")
    return info.value


def test_shipped_flowchart_is_valid_and_complete() -> None:
    flow = load_flowchart(FLOW_FILE)
    # The chart's questions, in the chart's order on the negative branch.
    negative = ["beledigend", "grap", "onwaarheid", "ontevreden", "eindevaluatie"]
    node_id = flow.first_question.answer("negatief").next
    seen = []
    while flow.node(node_id).is_question:
        seen.append(node_id)
        last = flow.node(node_id).answers[-1]
        node_id = last.next
    assert seen == negative
    assert flow.intake.kind == "intake"
    assert {c.id for c in flow.checklist} >= {
        "zorgvuldig",
        "open_eerlijk",
        "tijdig",
        "respectvol",
        "bronnen",
        "doelgroepen",
        "persoonlijk",
    }
    for question in flow.questions:
        assert question.help and question.example and question.question


def test_every_path_ends_in_an_outcome_through_the_engine() -> None:
    from app.domain.wizard import Comment, WizardSession

    flow = shipped_flowchart()
    outcomes = set()
    for path in flow.all_paths():
        session = WizardSession(flow, Comment("test"))
        for node_id, answer_id in path:
            assert session.current.id == node_id
            session.answer(answer_id)
        assert session.finished
        outcomes.add(session.outcome.id)
    assert outcomes == {o.id for o in flow.outcomes}


EXPECTED_ADVICE = {
    "uitkomst_beledigend": "Reageer niet inhoudelijk",
    "uitkomst_grap": "Reageer niet als je de grap niet kunt waarderen",
    "uitkomst_onwaarheid": "Verzamel eerst de feiten",
    "uitkomst_herstel": "bied excuses aan",
    "uitkomst_actueel": "alleen in op wat er nu speelt",
    "uitkomst_laten_staan": "verwijder gewone kritiek nooit",
    "uitkomst_bedank_publiek": "Bedank hartelijk",
    "uitkomst_bedank_publiek_suggestie": "wat je met de suggestie doet",
    "uitkomst_bedank_prive": "persoonlijk bedankje",
    "uitkomst_bedank_prive_suggestie": "wat je met de suggestie doet",
    "uitkomst_niets_doen": "een like",
    "uitkomst_vraag_beantwoorden": "Antwoord snel en concreet",
    "uitkomst_vraag_uitzoeken": "wanneer je terugkomt",
}


@pytest.mark.parametrize("outcome_id", sorted(EXPECTED_ADVICE))
def test_each_outcome_shows_its_advice(outcome_id: str) -> None:
    from app.domain.wizard import Comment, WizardSession

    flow = shipped_flowchart()
    path = next(p for p in flow.all_paths() if flow.outcome_of(p).id == outcome_id)
    session = WizardSession(flow, Comment("een reactie"))
    for _, answer_id in path:
        session.answer(answer_id)
    assert session.outcome.id == outcome_id
    assert any(EXPECTED_ADVICE[outcome_id] in line for line in session.advice())


def test_hate_and_threat_add_report_advice() -> None:
    flow = shipped_flowchart()
    outcome = flow.node("uitkomst_beledigend")
    plain = outcome.advice_for([])
    with_hate = outcome.advice_for(["haat"])
    with_threat = outcome.advice_for(["bedreiging"])
    assert not any("Meld" in a for a in plain)
    assert any("Meld het bij het platform" in a for a in with_hate)
    assert any("aangifte bij de politie" in a for a in with_threat)


def test_criticism_is_never_deleted_advice() -> None:
    flow = shipped_flowchart()
    assert any("Verwijder de klacht niet" in a for a in flow.node("uitkomst_herstel").advice)


@pytest.mark.parametrize("label", CATEGORIES)
def test_every_category_maps_onto_every_question(label: str) -> None:
    flow = shipped_flowchart()
    for question in flow.questions:
        suggested = flow.suggest_answer(question.id, label)
        assert suggested is not None or label in question.no_suggestion


def test_category_suggestions_lead_to_the_matching_outcome() -> None:
    flow = shipped_flowchart()
    expected = {
        "beledigend": "uitkomst_beledigend",
        "grap_satire": "uitkomst_grap",
        "onwaarheid": "uitkomst_onwaarheid",
        "klacht": "uitkomst_herstel",
        "positief": "uitkomst_bedank_publiek",
    }
    for label, outcome in expected.items():
        node = flow.first_question
        while node.is_question:
            node = flow.node(node.answer(flow.suggest_answer(node.id, label)).next)
        assert node.id == outcome, label


def test_flags_decide_before_the_label() -> None:
    flow = shipped_flowchart()
    assert flow.suggest_answer("beledigend", "klacht", ["bedreiging"]) == "ja"
    assert flow.suggest_answer("beledigend", "klacht", []) == "nee"
    assert flow.suggest_answer("suggestie_publiek", "positief", ["suggestie"]) == "ja"
    assert flow.suggest_answer("suggestie_publiek", "positief", []) == "nee"
    assert set(FLAGS) == {"suggestie", "haat", "bedreiging"}


# ---------------------------------------------------------------- breakage


def test_dangling_reference_names_node() -> None:
    data = raw()
    node(data, "grap")["answers"][0]["next"] = "bestaat_niet"
    err = broken(data)
    assert "knooppunt 'grap'" in str(err) and "bestaat_niet" in str(err)


def test_cycle_is_caught() -> None:
    data = raw()
    node(data, "ontevreden")["answers"][1]["next"] = "beledigend"
    err = broken(data)
    assert "kringloop" in str(err)
    assert "ontevreden" in str(err)


def test_unreachable_node_is_caught() -> None:
    data = raw()
    orphan = copy.deepcopy(node(data, "uitkomst_laten_staan"))
    orphan["id"] = "uitkomst_wees"
    orphan.pop("map")
    data["nodes"].append(orphan)
    err = broken(data)
    assert "uitkomst_wees" in str(err) and "niet bereikbaar" in str(err)


def test_question_without_answers_is_caught() -> None:
    data = raw()
    node(data, "grap")["answers"] = []
    err = broken(data)
    assert "knooppunt 'grap'" in str(err)


def test_path_ending_in_intake_or_non_outcome_is_caught() -> None:
    data = raw()
    node(data, "vraag_antwoord")["answers"][0]["next"] = "intake"
    err = broken(data)
    assert "vraag_antwoord" in str(err) and "intake" in str(err)


def test_uncovered_category_is_caught() -> None:
    data = raw()
    node(data, "grap")["answers"][1]["labels"].remove("klacht")
    err = broken(data)
    assert "knooppunt 'grap'" in str(err) and "klacht" in str(err)


def test_category_on_two_answers_is_caught() -> None:
    data = raw()
    node(data, "grap")["answers"][0]["labels"].append("klacht")
    err = broken(data)
    assert "klacht" in str(err) and "twee antwoorden" in str(err)


def test_unknown_category_and_flag_are_caught() -> None:
    data = raw()
    node(data, "aard")["answers"][0]["labels"].append("blij")
    assert "blij" in str(broken(data))
    data = raw()
    node(data, "beledigend")["answers"][0]["flags"].append("spam")
    assert "spam" in str(broken(data))


def test_category_that_leads_nowhere_is_caught() -> None:
    data = raw()
    for n in data["nodes"]:
        for a in n.get("answers", []):
            if "vraag" in a.get("labels", []):
                a["labels"].remove("vraag")
                n.setdefault("no_suggestion", []).append("vraag")
    err = broken(data)
    assert "vraag" in str(err)


def test_map_positions_must_be_distinct() -> None:
    data = raw()
    node(data, "grap")["map"] = node(data, "aard")["map"]
    assert "dezelfde plek" in str(broken(data))
    data = raw()
    node(data, "grap")["map"] = [1]
    assert "kolom, rij" in str(broken(data))


def test_duplicate_node_id_is_caught() -> None:
    data = raw()
    data["nodes"].append(copy.deepcopy(node(data, "grap")))
    assert "twee keer" in str(broken(data))


def test_missing_field_names_node_and_field() -> None:
    data = raw()
    del node(data, "onwaarheid")["help"]
    err = broken(data)
    assert "knooppunt 'onwaarheid'" in str(err) and "'help'" in str(err)


def test_outcome_without_advice_or_bad_status_is_caught() -> None:
    data = raw()
    node(data, "uitkomst_grap")["advice"] = []
    assert "uitkomst_grap" in str(broken(data))
    data = raw()
    node(data, "uitkomst_grap")["default_status"] = "klaar"
    assert "klaar" in str(broken(data))


def test_bad_start_is_caught() -> None:
    data = raw()
    data["start"] = "aard"
    assert "intake" in str(broken(data))


def test_invalid_toml_file_names_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "schema.toml"
    bad.write_text(FLOW_FILE.read_text(encoding="utf-8").replace('id = "grap"', 'id = "grap', 1), encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        load_flowchart(bad)
    assert str(bad) in str(info.value) and "TOML" in str(info.value)


def test_missing_and_binary_file(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="niet gevonden"):
        load_flowchart(tmp_path / "nope.toml")
    binary = tmp_path / "bin.toml"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(DataFileError, match="UTF-8"):
        load_flowchart(binary)


def test_edited_file_on_disk_is_validated(tmp_path: Path) -> None:
    text = FLOW_FILE.read_text(encoding="utf-8").replace('next = "uitkomst_grap"', 'next = "uitkomst_grapje"')
    edited = tmp_path / "schema.toml"
    edited.write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        load_flowchart(edited)
    assert "knooppunt 'grap'" in str(info.value) and "uitkomst_grapje" in str(info.value)


def test_outcome_semantics_come_from_the_data() -> None:
    flow = shipped_flowchart()
    negative_branch = {
        node_id
        for path in flow.all_paths()
        if path[0] == (flow.first_question.id, "negatief")
        for node_id in [flow.outcome_of(path).id]
    }
    assert flow.negative_outcomes == negative_branch
    assert flow.pause_outcomes == negative_branch
    assert flow.negative_categories == {"klacht", "onwaarheid", "grap_satire", "beledigend"}
    assert flow.category_of("uitkomst_herstel", "vraag") == "klacht"
    assert flow.category_of("uitkomst_actueel", "vraag") == "vraag"  # no category of its own: the label counts
    assert flow.is_negative(None, "klacht") and not flow.is_negative(None, "positief")
    assert flow.is_negative("uitkomst_laten_staan") and not flow.is_negative("uitkomst_niets_doen", "klacht")
    assert {n.id for n in flow.outcomes if n.repeat_advice} <= flow.negative_outcomes
    assert all(n.writes_reply == (n.respond != "nee") for n in flow.outcomes)
    known = flow.node("vraag_antwoord")
    assert (known.profile_answer(True), known.profile_answer(False)) == ("ja", "nee")
    assert flow.first_question.profile_answer(True) is None


def test_bad_outcome_semantics_are_caught() -> None:
    data = raw()
    node(data, "uitkomst_grap")["draft"] = "gedicht"
    error = str(broken(data))
    assert "uitkomst_grap" in error and "'draft'" in error
    data = raw()
    node(data, "uitkomst_grap")["negative"] = "ja"
    error = str(broken(data))
    assert "uitkomst_grap" in error and "'negative'" in error and "true of false" in error
    data = raw()
    node(data, "uitkomst_bedank_publiek")["repeat_advice"] = True
    assert "repeat_advice" in str(broken(data))
    data = raw()
    node(data, "uitkomst_herstel")["category"] = "boos"
    assert "boos" in str(broken(data))
    data = raw()
    node(data, "vraag_antwoord")["answer_if_known"] = "misschien"
    error = str(broken(data))
    assert "vraag_antwoord" in error and "misschien" in error


def test_schema_errors_name_node_answer_and_field() -> None:
    data = raw()
    node(data, "grap")["answers"][0]["nxt"] = "uitkomst_grap"
    error = str(broken(data))
    assert "knooppunt 'grap', antwoord 'ja'" in error and "onbekend veld 'nxt'" in error
    data = raw()
    node(data, "grap")["answers"][1]["label"] = 3
    error = str(broken(data))
    assert "knooppunt 'grap', antwoord 'nee'" in error and "veld 'label' moet tekst zijn" in error
    data = raw()
    node(data, "grap")["kind"] = "vraagje"
    error = str(broken(data))
    assert "knooppunt 'grap'" in error and "vraagje" in error and "intake" in error
    data = raw()
    node(data, "uitkomst_herstel")["respond"] = "misschien"
    error = str(broken(data))
    assert "knooppunt 'uitkomst_herstel'" in error and "'respond'" in error and "misschien" in error
    assert "'ja', 'nee' of 'optioneel'" in error
    data = raw()
    node(data, "uitkomst_herstel")["title"] = "   "
    assert "veld 'title' is leeg" in str(broken(data))
    data = raw()
    data["checklist"][1]["id"] = "Open Eerlijk"
    error = str(broken(data))
    assert "checklist 'Open Eerlijk'" in error and "kleine letters" in error
    data = raw()
    del data["version"]
    assert "kop: veld 'version' ontbreekt" in str(broken(data))
