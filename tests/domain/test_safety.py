"""Safety first for threats and hate: the data file, its checks and the block an outcome shows."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.datafile import read_toml
from app.domain.safety import SAFETY_FLAGS, parse_safety, shipped_safety
from app.errors import DataFileError
from app.resources import resource_path


def test_threat_goes_before_hate_and_the_order_is_report_evidence_police() -> None:
    block = shipped_safety().block(["haat", "bedreiging", "suggestie"], "Instagram", ["Tik op melden."])
    assert block is not None and block.flag == "bedreiging"
    heads = [head for head, _ in block.sections]
    assert heads[0].endswith("Instagram") and len(heads) == 3
    assert block.sections[0][1][0] == "Tik op melden."  # the platform's own steps first
    police = " ".join(block.sections[2][1])
    for number in ("112", "0900-8844", "101"):
        assert number in police


@pytest.mark.parametrize("flag", SAFETY_FLAGS)
def test_every_safety_flag_has_its_block(flag: str) -> None:
    block = shipped_safety().block([flag], "X", ["stap"])
    assert block is not None and block.title and block.warning and block.rest_heading


def test_no_block_without_a_safety_flag() -> None:
    assert shipped_safety().block(["suggestie"], "X", ["stap"]) is None


def test_an_unknown_flag_or_missing_field_names_the_file(tmp_path: Path) -> None:
    data = read_toml(resource_path("safety.toml"))
    data["flags"]["spam"] = data["flags"]["haat"]
    with pytest.raises(DataFileError, match="onbekende vlag 'spam'"):
        parse_safety(data, "safety.toml")
    data = read_toml(resource_path("safety.toml"))
    del data["flags"]["haat"]["police"]
    with pytest.raises(DataFileError, match="police"):
        parse_safety(data, "safety.toml")


def test_the_owner_is_offered_the_safety_marks_on_negative_outcomes_only() -> None:
    from app.domain.flowchart import shipped_flowchart

    flow = shipped_flowchart()
    offered = {n.id for n in flow.outcomes if shipped_safety().offered(n.id)}
    insulting = next(n.id for n in flow.outcomes if n.category == "beledigend")
    assert insulting in offered
    assert offered <= flow.negative_outcomes  # a thank-you or an answered question never offers it


def test_an_offer_of_an_unknown_outcome_names_the_file() -> None:
    from app.domain.flowchart import shipped_flowchart

    data = read_toml(resource_path("safety.toml"))
    data["offer"] = [*data["offer"], "uitkomst_bestaat_niet"]
    outcomes = {n.id for n in shipped_flowchart().outcomes}
    with pytest.raises(DataFileError, match="offer: 'uitkomst_bestaat_niet' is geen uitkomst"):
        parse_safety(data, "safety.toml", outcomes=outcomes)


def test_the_owners_flag_is_kept_with_the_session_and_saved_with_the_case() -> None:
    from app.domain.case import Case
    from app.domain.flowchart import shipped_flowchart
    from app.domain.wizard import Comment, Prediction, WizardSession

    flow = shipped_flowchart()
    prediction = Prediction("beledigend", {"beledigend": 0.9}, ("suggestie",), "m1")
    session = WizardSession(flow, Comment("Jullie zijn prutsers."), prediction)
    assert shipped_safety().block(session.flags(), "X", ["stap"]) is None
    session.set_owner_flags(["bedreiging"])
    block = shipped_safety().block(session.flags(), "X", ["stap"])
    assert block is not None and block.flag == "bedreiging"
    restored = WizardSession.from_json(flow, session.to_json())  # autosaved and resumed
    assert restored.owner_flags == ("bedreiging",)
    case = Case.from_session(restored)
    assert case.prediction is not None and set(case.prediction.flags) == {"suggestie", "bedreiging"}
    assert case.prediction.model_version == "m1" and prediction.flags == ("suggestie",)
    with pytest.raises(Exception, match="onbekende vlag"):
        session.set_owner_flags(["spam"])
