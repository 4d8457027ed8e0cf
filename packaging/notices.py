"""Write THIRD_PARTY_NOTICES from the installed distributions' metadata.

    python packaging/notices.py            # rewrite THIRD_PARTY_NOTICES at the repo root
    python packaging/notices.py --check    # exit 1 when it misses a dependency or a licence text
    python packaging/notices.py --out F    # write elsewhere (the bundle build adds system libraries)

What goes in: the data the language model was trained on (app/credits.py), Python itself, and
every distribution that ``pip install reageerwijzer`` pulls in (the runtime closure of its
Requires-Dist, without extras), each with its licence expression and the full text of every
licence file in its metadata. Qt for Python ships no licence file in its wheels; for it the
LGPL-3.0 (the licence we use it under) and the GPL-3.0 it builds on come from packaging/licenses/.
Run it in an environment installed with packaging/constraints.txt, so the versions are the ones
the bundle ships.
"""

from __future__ import annotations

import argparse
import importlib.metadata as md
import platform
import re
import sys
import sysconfig
import textwrap
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "THIRD_PARTY_NOTICES"
LICENCES = Path(__file__).resolve().parent / "licenses"
LICENCE_FILE = re.compile(r"(^|/)(LICEN[CS]E|COPYING|NOTICE|AUTHORS)[^/]*$", re.IGNORECASE)
# Distributions whose wheels carry no licence file, and the texts that apply.
FALLBACK_TEXTS = {
    "pyside6-essentials": ("LGPL-3.0.txt", "GPL-3.0.txt"),
    "shiboken6": ("LGPL-3.0.txt", "GPL-3.0.txt"),
}
QT_NOTE = (
    "Qt for Python (PySide6) en Qt worden gebruikt onder de GNU LGPL versie 3. De Qt-bibliotheken zijn\n"
    "ongewijzigd en staan als losse gedeelde bibliotheken in de installatie; je mag ze vervangen door\n"
    "een eigen, compatibele build. De broncode van Qt en Qt for Python: https://code.qt.io/ en\n"
    "https://download.qt.io/official_releases/QtForPython/. Qt bevat zelf onderdelen van derden\n"
    "(o.a. ICU, HarfBuzz, FreeType, PCRE2, zlib, libpng, double-conversion); hun licenties staan in\n"
    "https://doc.qt.io/qt-6/licenses-used-in-qt.html."
)
RULE = "=" * 78


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_closure(root: str = "reageerwijzer") -> list[md.Distribution]:
    """Every installed distribution that installing ``root`` (no extras) brings along, without ``root``."""
    seen: dict[str, md.Distribution] = {}
    todo = [root]
    while todo:
        name = normalise(todo.pop())
        if name in seen:
            continue
        try:
            dist = md.distribution(name)
        except md.PackageNotFoundError:
            raise SystemExit(f"{name} is niet geïnstalleerd: installeer eerst het project (pip install -e .)") from None
        seen[name] = dist
        for line in dist.requires or ():
            requirement = Requirement(line)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                todo.append(requirement.name)
    seen.pop(normalise(root))
    return sorted(seen.values(), key=lambda d: normalise(d.metadata["Name"]))


def licence_name(dist: md.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or () if c.startswith("License ::")]
    if classifiers:
        return "; ".join(classifiers)
    text = (meta.get("License") or "").strip()
    return text.splitlines()[0] if text else "onbekend"


def licence_texts(dist: md.Distribution) -> list[tuple[str, str]]:
    """(file name, text) of each licence file in the distribution's metadata folders."""
    texts = []
    for file in dist.files or ():
        path = str(file).replace("\\", "/")
        if ".dist-info/" not in path or not LICENCE_FILE.search(path):
            continue
        try:
            text = Path(str(file.locate())).read_text(encoding="utf-8", errors="replace")
            texts.append((path.split(".dist-info/", 1)[1], text))
        except OSError:
            continue
    if not texts:
        for name in FALLBACK_TEXTS.get(normalise(dist.metadata["Name"]), ()):
            texts.append((name, (LICENCES / name).read_text(encoding="utf-8")))
    return texts


def python_licence() -> str | None:
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    for candidate in (stdlib / "LICENSE.txt", Path(sys.base_prefix) / "LICENSE.txt"):
        if candidate.is_file():
            return candidate.read_text(encoding="utf-8", errors="replace")
    return None


def section(title: str, licence: str, body: str) -> str:
    return f"{RULE}\n{title}\nLicentie: {licence}\n{RULE}\n\n{body.strip()}\n\n"


def render() -> tuple[str, list[str]]:
    """The notices text and the problems found (a distribution without any licence text)."""
    sys.path.insert(0, str(ROOT))
    from app.credits import DATA_CREDITS

    problems: list[str] = []
    parts = [
        "Reageerwijzer — licenties en verantwoording van derden\n"
        "Dit bestand is gemaakt door packaging/notices.py uit de metadata van de geïnstalleerde pakketten.\n\n"
        "DATA WAARMEE HET TAALMODEL IS GEMAAKT\n\n"
        + "\n\n".join(
            "\n".join(textwrap.fill(line, 100, subsequent_indent="  ") for line in credit.text().splitlines())
            for credit in DATA_CREDITS
        )
        + "\n\n"
    ]
    python_text = python_licence()
    if python_text is None:
        problems.append("Python: LICENSE.txt niet gevonden")
    version = ".".join(platform.python_version_tuple()[:2])
    parts.append(section(f"Python {version}", "PSF-2.0", python_text or "(zie https://docs.python.org/3/license.html)"))
    for dist in runtime_closure():
        name = dist.metadata["Name"]
        texts = licence_texts(dist)
        if not texts:
            problems.append(f"{name}: geen licentietekst in de metadata")
        body = "\n\n".join(f"--- {file}\n\n{text.strip()}" for file, text in texts)
        if normalise(name) == "pyside6-essentials":
            body = f"{QT_NOTE}\n\n{body}"
        parts.append(section(f"{name} {dist.version}", licence_name(dist), body or "(geen licentietekst gevonden)"))
    return "".join(parts).rstrip() + "\n", problems


def listed_names(text: str) -> set[str]:
    """The distributions a notices text has a section for (names only: versions may differ)."""
    found = set()
    for title in re.findall(rf"^{RULE}\n(.+)\nLicentie:", text, flags=re.MULTILINE):
        found.add(normalise(title.rsplit(" ", 1)[0]))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="controleer THIRD_PARTY_NOTICES, schrijf niets")
    parser.add_argument("--out", type=Path, default=TARGET, help="doelbestand")
    args = parser.parse_args()
    text, problems = render()
    if args.check:
        committed = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        missing = sorted(listed_names(text) - listed_names(committed))
        if missing:
            problems.append(f"THIRD_PARTY_NOTICES mist {', '.join(missing)}: draai python packaging/notices.py")
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    args.out.write_text(text, encoding="utf-8")
    print(f"{args.out}: {len(listed_names(text))} onderdelen, {len(text) / 1000:.0f} kB")
    for problem in problems:
        print(f"let op: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
