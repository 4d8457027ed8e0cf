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
