"""The draft test rounds as training examples: in sync with tests/data, later rounds kept out."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import DataFileError
from app.nlp.corpus import Example, read_examples
from app.nlp.round_corpus import LAST_ROUND, file_examples, round_examples, round_files, round_number

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
PART = ROOT / "nl_model" / "corpus" / "parts" / "rondes.jsonl"


def _round(folder: Path, name: str, text: str, label: str = "vraag", flags: str = "[]") -> None:
    (folder / name).write_text(
        f'[[case]]\nid = "x"\nbusiness = "b"\nplatform = "x"\ntext = "{text}"\nlabel = "{label}"\nflags = {flags}\n',
        encoding="utf-8",
    )


def test_the_committed_part_is_rounds_one_to_the_cut() -> None:
    assert read_examples(PART) == round_examples(DATA), "run nl_model/import_rounds.py (and retrain)"


def test_rounds_after_the_cut_stay_out_of_training() -> None:
    texts = {ex.text for ex in read_examples(PART)}
    seen: set[Example] = set()
    for path in round_files(DATA, upto=10**6):
        examples = set(file_examples(path))
        if round_number(path) > LAST_ROUND:
            only_this = examples - seen
            assert not texts & {ex.text for ex in only_this}, path.name
        seen |= examples


def test_numbering_and_order(tmp_path: Path) -> None:
    _round(tmp_path, "draft_expectations_r10.toml", "tien")
    _round(tmp_path, "draft_expectations_r2.toml", "twee", "grap_satire")
    _round(tmp_path, "draft_expectations.toml", "een", "klacht", '["suggestie"]')
    _round(tmp_path, "draft_expectations_r11.toml", "elf")
    assert [round_number(p) for p in round_files(tmp_path, 10)] == [1, 2, 10]
    examples = round_examples(tmp_path, 10)
    assert [(e.text, e.label, e.flags) for e in examples] == [
        ("een", "klacht", ("suggestie",)),
        ("twee", "grap_satire", ()),
        ("tien", "vraag", ()),
    ]


def test_a_bad_round_is_refused_with_its_name(tmp_path: Path) -> None:
    _round(tmp_path, "draft_expectations_r3.toml", "hoi", "vrolijk")
    with pytest.raises(DataFileError, match=r"draft_expectations_r3\.toml"):
        round_examples(tmp_path)
    with pytest.raises(DataFileError):
        round_number(tmp_path / "iets_anders.toml")
