"""One lookup for the files the app ships: resources/, the trained pipeline and the licence notices.

Where they are depends on how the app was installed, and this module is the only place
that knows:

- a wheel (``pip install reageerwijzer-*.whl``, ``pipx``) and the PyInstaller bundle carry
  them inside the package, as ``app/_data/resources`` and ``app/_data/pipeline``
  (``setup.py`` maps the top-level folders there at build time; the spec does the same
  for the bundle), found with :mod:`importlib.resources`;
- a checkout (``pip install -e .`` or running from the source tree) uses the top-level
  ``resources/`` and ``nl_model/pipeline/``, which stay the source of truth in the repo.
"""

from __future__ import annotations

import importlib.metadata
import importlib.resources
import json
import sys
from pathlib import Path

PACKAGE = "app"
DATA = "_data"
NOTICES = "THIRD_PARTY_NOTICES"
_CHECKOUT = Path(__file__).resolve().parent.parent  # the repo root when running from source


def _packaged(*parts: str) -> Path | None:
    """``app/_data/<parts>`` inside an installed wheel or the bundle; None in a checkout."""
    try:
        root = importlib.resources.files(PACKAGE).joinpath(DATA, *parts)
    except (ModuleNotFoundError, OSError):  # pragma: no cover - the app package is always importable
        return None
    # A regular install gives a real folder; a zipped install (not supported) would give a
    # zipfile.Path, which spaCy and Qt cannot read from.
    if isinstance(root, Path) and root.exists():
        return root
    return None


def resources_dir() -> Path:
    """The folder that holds flowchart, templates, cases, icons and translations."""
    return _packaged("resources") or _CHECKOUT / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a file under resources/ (it need not exist)."""
    return resources_dir().joinpath(*parts)


def model_dir() -> Path:
    """The trained pipeline that ships with the app (nl_model/pipeline in the repo)."""
    return _packaged("pipeline") or _CHECKOUT / "nl_model" / "pipeline"


def notices_path() -> Path | None:
    """THIRD_PARTY_NOTICES: in the bundle, at the repo root, or in the installed wheel's metadata."""
    candidates: list[Path] = []
    bundle_root = getattr(sys, "_MEIPASS", None)
    if bundle_root:
        candidates.append(Path(bundle_root) / NOTICES)
    candidates.append(_CHECKOUT / NOTICES)  # a checkout (also editable installs: their metadata copy goes stale)
    try:
        dist = importlib.metadata.distribution("reageerwijzer")
    except importlib.metadata.PackageNotFoundError:
        dist = None
    if dist is not None:
        for file in dist.files or ():
            if file.name == NOTICES:
                candidates.append(Path(str(file.locate())))
    return next((c for c in candidates if c.is_file()), None)


def notices_text() -> str:
    """The licence notices of everything the app ships, or one Dutch line saying they are missing."""
    path = notices_path()
    if path is None:
        return f"{NOTICES} ontbreekt in deze installatie."
    return path.read_text(encoding="utf-8")


def spacy_problem(pipeline: Path) -> str | None:
    """One Dutch line when the installed spaCy cannot load this pipeline, else None.

    The pipeline records the spaCy versions it was trained for (``spacy_version`` in its
    meta.json, e.g. ``>=3.8.18,<3.9.0``); another minor version fails deep inside spaCy's
    config validation with a page of text. Checked with the package metadata only, so
    spaCy itself is not imported here.
    """
    try:
        wanted = json.loads((pipeline / "meta.json").read_text(encoding="utf-8")).get("spacy_version", "")
    except (OSError, ValueError):
        return None  # a missing or broken pipeline is reported by the loader itself
    try:
        installed = importlib.metadata.version("spacy")
    except importlib.metadata.PackageNotFoundError:
        return "spaCy is niet geïnstalleerd; de taalassistent heeft het nodig (installeer Reageerwijzer opnieuw)."
    if not wanted:
        return None
    from packaging.specifiers import InvalidSpecifier, SpecifierSet
    from packaging.version import InvalidVersion, Version

    try:
        fits = Version(installed) in SpecifierSet(wanted)
    except (InvalidSpecifier, InvalidVersion):
        return None
    if fits:
        return None
    return (
        f"De taalassistent is gemaakt voor spaCy {wanted}, maar spaCy {installed} is geïnstalleerd; "
        f"installeer Reageerwijzer opnieuw (pip install --force-reinstall reageerwijzer) of gebruik de installer."
    )
