"""Shipped files are found in a checkout, and a spaCy that cannot load the pipeline is named in one line."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

import app.resources as resources
from app.cli import main
from app.nlp.pipeline import ModelError, default_model_path

ROOT = Path(__file__).resolve().parent.parent


def test_checkout_uses_the_top_level_folders() -> None:
    # In a checkout (editable install) nothing is copied: resources/ and nl_model/ stay the source of truth.
    assert resources.resource_path("flowchart.toml") == ROOT / "resources" / "flowchart.toml"
    assert resources.model_dir() == ROOT / "nl_model" / "pipeline"
    assert (resources.model_dir() / "meta.json").is_file()
    assert resources.notices_path() == ROOT / "THIRD_PARTY_NOTICES"


def test_shipped_pipeline_fits_the_installed_spacy() -> None:
    assert resources.spacy_problem(resources.model_dir()) is None
    assert default_model_path() == resources.model_dir()


def _pipeline_for(tmp_path: Path, spacy_version: str) -> Path:
    folder = tmp_path / "pipeline"
    folder.mkdir()
    meta = json.loads((resources.model_dir() / "meta.json").read_text(encoding="utf-8"))
    meta["spacy_version"] = spacy_version
    (folder / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return folder


def test_other_spacy_minor_gives_one_dutch_line(tmp_path: Path) -> None:
    problem = resources.spacy_problem(_pipeline_for(tmp_path, ">=3.7.0,<3.8.0"))
    assert problem is not None
    assert "\n" not in problem
    assert "spaCy >=3.7.0,<3.8.0" in problem and "geïnstalleerd" in problem


def test_classify_with_unfit_spacy_exits_with_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _pipeline_for(tmp_path, ">=9.0.0,<9.1.0")
    monkeypatch.setattr(resources, "model_dir", lambda: folder)
    out = io.StringIO()
    code = main(["classify"], stdin=io.BytesIO(b'{"text": "Zijn jullie open?"}\n'), stdout=out)
    err = capsys.readouterr().err
    assert code == 1
    assert out.getvalue() == ""
    assert err.count("\n") == 1 and "spaCy >=9.0.0,<9.1.0" in err and "Traceback" not in err
    with pytest.raises(ModelError):
        default_model_path()


def test_missing_notices_say_so(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(resources, "notices_path", lambda: None)
    assert resources.notices_text() == "THIRD_PARTY_NOTICES ontbreekt in deze installatie."


def test_packaged_data_wins_over_the_checkout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Inside a wheel or the bundle the data sits in app/_data; simulate that layout.
    fake_app = tmp_path / "app"
    shutil.copytree(ROOT / "resources" / "icons", fake_app / "_data" / "resources" / "icons")
    monkeypatch.setattr(resources.importlib.resources, "files", lambda package: fake_app)
    assert resources.resource_path("icons", "reageerwijzer.svg") == fake_app / "_data" / "resources" / "icons" / (
        "reageerwijzer.svg"
    )
    # No pipeline in the fake package: the checkout's is used.
    assert resources.model_dir() == ROOT / "nl_model" / "pipeline"
