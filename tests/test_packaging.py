"""The wheel carries everything the app needs, installs without the repo, and says what it depends on."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def requirements() -> dict[str, Requirement]:
    return {Requirement(r).name.lower(): Requirement(r) for r in PYPROJECT["project"]["dependencies"]}


def test_no_lookup_tables_dependency() -> None:
    assert "spacy-lookups-data" not in requirements()


def test_spacy_bound_to_the_minor_the_pipeline_was_trained_with() -> None:
    meta = json.loads((ROOT / "nl_model" / "pipeline" / "meta.json").read_text(encoding="utf-8"))
    trained = SpecifierSet(meta["spacy_version"])  # e.g. >=3.8.18,<3.9.0
    allowed = requirements()["spacy"].specifier
    lower = [s.version for s in allowed if s.operator == ">="]
    upper = [s.version for s in allowed if s.operator == "<"]
    assert lower and upper, "spaCy needs a lower and an upper bound"
    # Every version pip may pick must be one the pipeline accepts: check both edges of the range.
    assert lower[0] in trained, f"spaCy {lower[0]} is allowed but the pipeline needs {trained}"
    trained_upper = next(s.version for s in trained if s.operator == "<")
    assert Version(upper[0]) <= Version(trained_upper), f"spaCy up to {upper[0]} allowed, pipeline needs {trained}"


def test_linters_the_tests_run_are_pinned() -> None:
    ruff = next(Requirement(r) for r in PYPROJECT["project"]["optional-dependencies"]["test"] if r.startswith("ruff"))
    assert [s.operator for s in ruff.specifier] == ["=="]


def test_constraints_pin_every_runtime_dependency() -> None:
    pins = {}
    for raw in (ROOT / "packaging" / "constraints.txt").read_text(encoding="utf-8").splitlines():
        entry = raw.split("#", 1)[0].strip()
        if entry:
            requirement = Requirement(entry)
            pins[requirement.name.lower().replace("_", "-")] = requirement
    for name, requirement in requirements().items():
        assert name in pins, f"{name} missing from packaging/constraints.txt"
        (spec,) = pins[name].specifier
        assert spec.operator == "==" and requirement.specifier.contains(spec.version), name
    assert "spacy-lookups-data" not in pins  # the extra "data" pins it itself; CI and bundles never install it


def test_notices_cover_every_installed_dependency() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "notices.py"), "--check"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    notices = (ROOT / "THIRD_PARTY_NOTICES").read_text(encoding="utf-8")
    for needed in (
        "Multilingual HateCheck",
        "CC BY 4.0",
        "Pattern",
        "PDDL",
        "GNU LESSER GENERAL PUBLIC LICENSE",
        "PySide6_Essentials",
        "spacy ",
        "PSF",
    ):
        assert needed in notices, needed


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    # --no-isolation: build with the setuptools in this environment, no download.
    result = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    (built,) = out.glob("reageerwijzer-*.whl")
    return built


@pytest.mark.slow
def test_wheel_contents(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "app/_data/resources/flowchart.toml",
        "app/_data/resources/replies.toml",
        "app/_data/resources/cases/basis.toml",
        "app/_data/resources/translations/reageerwijzer_en.qm",
        "app/_data/resources/icons/reageerwijzer.svg",
        "app/_data/pipeline/meta.json",
        "app/_data/pipeline/textcat/model",
        "app/cli/__init__.py",
    ):
        assert needed in names, needed
    assert any(n.endswith(".dist-info/licenses/THIRD_PARTY_NOTICES") for n in names)
    metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
    requires = [
        line for line in zipfile.ZipFile(wheel).read(metadata).decode().splitlines() if line.startswith("Requires-Dist")
    ]
    # only the extra "data" (rebuilding the word list) brings spacy-lookups-data, never a plain install
    assert not any("lookups" in line and 'extra == "data"' not in line for line in requires)


@pytest.mark.slow
def test_installed_wheel_runs_without_the_repo(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    install = subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-index", "--target", str(target), str(wheel)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert install.returncode == 0, install.stderr
    work = tmp_path / "elders"
    work.mkdir()
    env = {
        **os.environ,
        "PYTHONPATH": str(target),
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(work),
        "XDG_DATA_HOME": str(work),
    }

    def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, *args],
            input=stdin,
            capture_output=True,
            text=True,
            check=False,
            cwd=work,
            env=env,
            timeout=180,
        )

    where = run(
        "-c", "import app, app.resources as r; print(app.__file__); print(r.model_dir()); print(r.notices_path())"
    )
    app_file, model, notices = where.stdout.splitlines()
    assert app_file.startswith(str(target)) and model.startswith(str(target)) and notices.startswith(str(target))

    classify = run(
        "-m", "app", "classify", "--no-explain", stdin='{"text": "Wat een heerlijke taart, dank jullie wel!"}\n'
    )
    assert classify.returncode == 0, classify.stderr
    assert json.loads(classify.stdout)["label"] == "positief"

    suggest = run(
        "-m",
        "app",
        "suggest",
        "--platform",
        "facebook",
        "--db",
        str(work / "h.sqlite3"),
        stdin='{"text": "Al twee weken wacht ik op mijn bestelling, waardeloos."}\n',
    )
    assert suggest.returncode == 0, suggest.stderr
    assert json.loads(suggest.stdout)["draft"]

    report = run(
        "-m", "app", "report", "--month", "2026-01", "--db", str(work / "h.sqlite3"), "--out", str(work / "r.pdf")
    )
    assert report.returncode == 0, report.stderr
    assert (work / "r.pdf").read_bytes().startswith(b"%PDF")

    window = subprocess.run(
        ["sh", "-c", '"$0" -m app --smoke-window <&-', sys.executable],
        capture_output=True,
        text=True,
        check=False,
        cwd=work,
        env=env,
        timeout=180,
    )
    assert window.returncode == 0, window.stderr
    assert "assistent ready" in window.stdout
