"""Project-wide rules: the domain is headless, and the code is ruff clean."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_domain_store_and_cli_import_no_qt() -> None:
    code = (
        "import sys, pkgutil, importlib, app.domain, app.store\n"
        "for pkg in (app.domain, app.store):\n"
        "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        importlib.import_module(m.name)\n"
        "import app.cli\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False, cwd=ROOT)
    assert result.returncode == 0, result.stderr


@pytest.mark.skipif(
    shutil.which("ruff") is None and not (Path(sys.executable).parent / "ruff").exists(), reason="ruff not installed"
)
def test_ruff_clean() -> None:
    ruff = shutil.which("ruff") or str(Path(sys.executable).parent / "ruff")
    result = subprocess.run([ruff, "check", str(ROOT)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout
    formatted = subprocess.run([ruff, "format", "--check", str(ROOT)], capture_output=True, text=True, check=False)
    assert formatted.returncode == 0, formatted.stdout


# app/ui and app/cli.py are being split (issue #14 part B); drop them from this list after that merge.
_ID_CHECK_SKIPS: tuple[str, ...] = ()
# Modules that walk the chart: no answer id may appear in them either. The loader (its schema), and the
# drafter and templates (where 'ja'/'nee' are Dutch words and the templates' plural flag) are not walkers.
_CHART_WALKERS = ("app/domain/", "app/store/")
_NOT_WALKERS = (
    *("app/domain/flowchart.py", "app/domain/drafting.py", "app/domain/draft_more_questions.py"),
    "app/domain/replies.py",
)


def test_flowchart_ids_live_in_the_data_not_in_python() -> None:
    import ast

    from app.domain.categories import CATEGORIES
    from app.domain.flowchart import shipped_flowchart

    flow = shipped_flowchart()
    node_ids = {n.id for n in flow.nodes.values() if n.is_outcome or n.is_question} - set(CATEGORIES)
    answer_ids = {a.id for q in flow.questions for a in q.answers} - set(CATEGORIES)
    found = []
    for file in sorted((ROOT / "app").rglob("*.py")):
        rel = file.relative_to(ROOT).as_posix()
        if rel.startswith(_ID_CHECK_SKIPS):
            continue
        # Word lists of Dutch text ('ja', 'nee' as words) and the loader's own schema are not flowchart ids.
        watch = node_ids | (answer_ids if rel.startswith(_CHART_WALKERS) and rel not in _NOT_WALKERS else set())
        tree = ast.parse(file.read_text(encoding="utf-8"))
        for item in ast.walk(tree):
            if isinstance(item, ast.Constant) and isinstance(item.value, str) and item.value in watch:
                found.append(f"{rel}:{item.lineno} {item.value!r}")
    assert not found, found


def test_mypy_strict_core_passes() -> None:
    """mypy with the committed configuration ([tool.mypy] in pyproject.toml: strict for domain, store, nlp)."""
    pytest.importorskip("mypy")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-error-summary"], capture_output=True, text=True, check=False, cwd=ROOT
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_domain_imports_nothing_from_nlp_ui_or_store() -> None:
    """The domain owns its interfaces: app.nlp, app.ui, app.render and app.store depend on it, not the reverse."""
    import ast

    found = []
    for file in sorted((ROOT / "app" / "domain").rglob("*.py")):
        for item in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            names = []
            if isinstance(item, ast.ImportFrom) and item.module:
                names = [item.module]
            elif isinstance(item, ast.Import):
                names = [a.name for a in item.names]
            for name in names:
                if name.startswith(("app.nlp", "app.ui", "app.render", "app.store", "app.cli")):
                    found.append(f"{file.relative_to(ROOT)}:{item.lineno} {name}")
    assert not found, found


def test_no_module_in_app_over_600_lines() -> None:
    """One job per module (issue #14): a module that grows past 600 lines is split."""
    long = {
        str(path.relative_to(ROOT)): n
        for path in (ROOT / "app").rglob("*.py")
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > 600
    }
    assert not long, f"modules over 600 lines: {long}"


def test_no_function_in_app_over_60_lines() -> None:
    """One job per function (issue #14): a function longer than 60 lines, from ``def`` to its last
    line with the docstring, is split into helpers."""
    import ast

    long = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = (node.end_lineno or node.lineno) - node.lineno + 1
                if lines > 60:
                    long.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name} ({lines} lines)")
    assert not long, f"functions over 60 lines: {long}"
