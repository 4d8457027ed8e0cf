"""Build Reageerwijzer into a double-clickable one-folder application, then smoke-test it.

    python packaging/build.py            # icons, PyInstaller bundle, .desktop file, smoke test, figures
    python packaging/build.py --no-smoke # only build

Needs the project installed with the packaging extra: ``pip install -e ".[packaging]"``.
The result is packaging/dist/Reageerwijzer/ (on macOS also Reageerwijzer.app).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
BUILD = PACKAGING / "build"
DIST = PACKAGING / "dist"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SMOKE_COMMENTS = [
    ("Al drie weken wacht ik op mijn bestelling en niemand reageert op mijn mails. Ik wil mijn geld terug.", "klacht"),
    ("Zijn jullie op tweede paasdag open?", "vraag"),
    ("Heerlijk gegeten, super vriendelijke bediening. Wij komen zeker terug!", "positief"),
    ("Klopt het dat jullie failliet gaan? Hoorde het van de buurvrouw.", "onwaarheid"),
    ("Stelletje oplichters, schaam je kapot, tuig van de richel!", "beledigend"),
]


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from app import __version__

    return __version__


def make_icons() -> Path:
    """PNG sizes, .ico (Windows) and .icns (macOS) from the SVG source, with Qt."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - needed for painting
    target = BUILD / "icons"
    target.mkdir(parents=True, exist_ok=True)
    renderer = QSvgRenderer(str(PACKAGING / "icons" / "reageerwijzer.svg"))
    if not renderer.isValid():
        raise SystemExit("packaging/icons/reageerwijzer.svg is geen geldige SVG")
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(0)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        image.save(str(target / f"reageerwijzer-{size}.png"))
        if size == 256:
            for fmt, name in (("ico", "reageerwijzer.ico"), ("icns", "reageerwijzer.icns")):
                writer = QImageWriter(str(target / name), fmt.encode())
                if not writer.write(image):
                    print(f"let op: {name} niet gemaakt ({writer.errorString()})")
    return target


def desktop_file(exec_path: str) -> Path:
    text = (PACKAGING / "linux" / "reageerwijzer.desktop.in").read_text(encoding="utf-8")
    target = BUILD / "reageerwijzer.desktop"
    target.write_text(text.replace("@EXEC@", exec_path).replace("@VERSION@", version()), encoding="utf-8")
    return target


def folder_size(path: Path) -> int:
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


# Compiled spaCy/thinc extensions ship with debug symbols; stripping those (and only those:
# numpy's OpenBLAS breaks when stripped) saves well over 100 MB.
STRIP_PACKAGES = ("spacy", "thinc", "blis", "preshed", "cymem", "srsly", "murmurhash", "pydantic_core")


def strip_debug_symbols(bundle: Path) -> int:
    tool = shutil.which("strip")
    if not tool or not sys.platform.startswith("linux"):
        return 0
    before = folder_size(bundle)
    for package in STRIP_PACKAGES:
        for library in (bundle / "_internal" / package).rglob("*.so"):
            subprocess.run([tool, "--strip-debug", str(library)], check=False, capture_output=True)
    return before - folder_size(bundle)


def build() -> Path:
    make_icons()
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--distpath",
            str(DIST),
            "--workpath",
            str(BUILD / "pyinstaller"),
            str(PACKAGING / "reageerwijzer.spec"),
        ],
        check=True,
        cwd=ROOT,
    )
    bundle = DIST / "Reageerwijzer"
    exe = bundle / ("reageerwijzer.exe" if sys.platform == "win32" else "reageerwijzer")
    saved = strip_debug_symbols(bundle)
    if saved:
        print(f"debugsymbolen verwijderd uit spaCy/thinc: {saved / 1e6:.0f} MB kleiner")
    if sys.platform.startswith("linux"):
        shutil.copy(desktop_file(str(exe)), bundle / "reageerwijzer.desktop")
        shutil.copy(BUILD / "icons" / "reageerwijzer-256.png", bundle / "reageerwijzer.png")
    print(f"gebouwd in {time.perf_counter() - started:.0f} s: {bundle} ({folder_size(bundle) / 1e6:.0f} MB)")
    return exe


def clean_env() -> dict[str, str]:
    """An environment without Python: an empty PATH, no virtualenv, no PYTHON* variables."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "CONDA"))}
    env["PATH"] = tempfile.mkdtemp()  # an empty folder: no python, no tools at all
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["HOME"] = tempfile.mkdtemp()
    env["XDG_DATA_HOME"] = tempfile.mkdtemp()
    return env


def smoke(exe: Path) -> None:
    env = clean_env()
    python_on_path = shutil.which("python3", path=env["PATH"]) or shutil.which("python", path=env["PATH"])
    print(f"rooktest zonder Python op het pad (PATH={env['PATH']}; python daar: {python_on_path or 'geen'})")
    started = time.perf_counter()
    result = subprocess.run([str(exe), "--version"], capture_output=True, text=True, env=env, check=True)
    print(f"--version: {result.stdout.strip()} ({time.perf_counter() - started:.2f} s)")
    if result.stdout.strip() != f"reageerwijzer {version()}":
        raise SystemExit("verkeerde versie in de bundel")

    lines = "\n".join(json.dumps({"id": i, "text": text}) for i, (text, _) in enumerate(SMOKE_COMMENTS))
    started = time.perf_counter()
    result = subprocess.run([str(exe), "classify"], input=lines, capture_output=True, text=True, env=env, check=False)
    if result.returncode != 0:
        raise SystemExit(f"classify faalde in de bundel: {result.stderr.strip()}")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    wrong = [(r["id"], r["label"]) for r, (_, label) in zip(rows, SMOKE_COMMENTS, strict=True) if r["label"] != label]
    print(f"classify: {len(rows)} reacties in {time.perf_counter() - started:.2f} s, model {rows[0]['model_version']}")
    if wrong:
        raise SystemExit(f"classify in de bundel gaf verkeerde labels: {wrong}")

    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "rapport.pdf"
        db = Path(folder) / "leeg.sqlite3"
        subprocess.run(
            [str(exe), "report", "--month", "2026-01", "--db", str(db), "--out", str(report)],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        if not report.read_bytes().startswith(b"%PDF"):
            raise SystemExit("het maandrapport in de bundel is geen PDF")
        print("report: PDF gemaakt")

    started = time.perf_counter()
    result = subprocess.run([str(exe), "--smoke-window"], capture_output=True, text=True, env=env, check=False)
    if result.returncode != 0:
        raise SystemExit(f"venster-rooktest faalde: {result.stdout} {result.stderr}")
    print(f"venster: {result.stdout.strip()} (hele start tot afsluiten {time.perf_counter() - started:.2f} s)")
    print("rooktest geslaagd")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-smoke", action="store_true", help="alleen bouwen")
    parser.add_argument("--smoke-only", action="store_true", help="alleen de bestaande bundel testen")
    args = parser.parse_args()
    exe = DIST / "Reageerwijzer" / ("reageerwijzer.exe" if sys.platform == "win32" else "reageerwijzer")
    if not args.smoke_only:
        exe = build()
    if not args.no_smoke:
        smoke(exe)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
