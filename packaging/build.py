"""Build Reageerwijzer into a double-clickable one-folder application, then smoke-test it.

    python packaging/build.py            # icons, bundle, notices; on Linux also .deb + tarball; smoke tests
    python packaging/build.py --no-smoke # only build
    python packaging/build.py --smoke-only

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
    icons = make_icons()
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
    # On Windows the smoke test talks to the console twin; the windowed reageerwijzer.exe has no stdout.
    exe = bundle / ("reageerwijzer-cli.exe" if sys.platform == "win32" else "reageerwijzer")
    saved = strip_debug_symbols(bundle)
    if saved:
        print(f"debugsymbolen verwijderd uit spaCy/thinc: {saved / 1e6:.0f} MB kleiner")
    internal = bundle / "_internal"
    if sys.platform.startswith("linux"):
        import linux_package

        for library in linux_package.elf_files(internal):
            for change in linux_package.use_compat_symbols(library):
                print(f"{library.relative_to(bundle)}: {change} (draait zo ook op glibc 2.34)")
    notices = (ROOT / "THIRD_PARTY_NOTICES").read_text(encoding="utf-8")
    if sys.platform.startswith("linux"):
        import linux_package

        notices += linux_package.system_library_notices(bundle)
    (internal / "THIRD_PARTY_NOTICES").write_text(notices, encoding="utf-8")  # what the About dialog shows
    shutil.copy(internal / "THIRD_PARTY_NOTICES", bundle / "THIRD_PARTY_NOTICES")  # for people looking in the folder
    print(f"gebouwd in {time.perf_counter() - started:.0f} s: {bundle} ({folder_size(bundle) / 1e6:.0f} MB)")
    if sys.platform.startswith("linux"):
        linux_artifacts(bundle, icons)
    return exe


MAX_GLIBC = "2.34"  # RHEL 9; Ubuntu 22.04 / Mint 21 have 2.35. The build fails when a library asks for more.


def linux_artifacts(bundle: Path, icons: Path) -> None:
    import linux_package

    report = linux_package.glibc_report(bundle)
    print(linux_package.describe(report))
    glibc = report.get("GLIBC", ("2.17", ""))[0]
    cxx = report.get("GLIBCXX", ("3.4.25", ""))[0]
    (DIST / "glibc.txt").write_text(linux_package.describe(report) + "\n", encoding="utf-8")
    if tuple(map(int, glibc.split("."))) > tuple(map(int, MAX_GLIBC.split("."))):
        raise SystemExit(f"de bundel vraagt glibc {glibc}, meer dan {MAX_GLIBC}: {report['GLIBC'][1]}")
    started = time.perf_counter()
    tarball = linux_package.build_tarball(bundle, icons, version())
    maintainer = os.environ.get("REAGEERWIJZER_MAINTAINER", "Reageerwijzer <reageerwijzer@localhost>")
    deb = linux_package.build_deb(bundle, icons, version(), (glibc, cxx), maintainer)
    print(
        f"pakketten in {time.perf_counter() - started:.0f} s: {tarball.name} ({tarball.stat().st_size / 1e6:.0f} MB), "
        f"{deb.name} ({deb.stat().st_size / 1e6:.0f} MB)"
    )


def clean_env() -> dict[str, str]:
    """An environment without Python: an empty PATH, no virtualenv, no PYTHON* variables."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "CONDA"))}
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    env["PATH"] = tempfile.mkdtemp()  # an empty folder: no python, no tools at all
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["HOME"] = tempfile.mkdtemp()
    env["XDG_DATA_HOME"] = tempfile.mkdtemp()
    return env


def run_closed(args: list[str], env: dict[str, str], stdin_text: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run the bundle; without stdin_text, with standard input closed as a menu or Windows GUI start does."""
    if stdin_text is not None:
        return subprocess.run(args, input=stdin_text, capture_output=True, text=True, env=env, check=False)
    if sys.platform == "win32":
        return subprocess.run(args, stdin=subprocess.DEVNULL, capture_output=True, text=True, env=env, check=False)
    return subprocess.run(
        args,
        capture_output=True,
        text=True,
        env=env,
        check=False,
        preexec_fn=lambda: os.close(0),
    )


def smoke(exe: Path) -> None:
    env = clean_env()
    python_on_path = shutil.which("python3", path=env["PATH"]) or shutil.which("python", path=env["PATH"])
    print(f"rooktest zonder Python op het pad (PATH={env['PATH']}; python daar: {python_on_path or 'geen'})")
    started = time.perf_counter()
    result = run_closed([str(exe), "--version"], env)
    print(f"--version (stdin dicht): {result.stdout.strip()} ({time.perf_counter() - started:.2f} s)")
    if result.returncode != 0 or result.stdout.strip() != f"reageerwijzer {version()}":
        raise SystemExit(f"--version faalde in de bundel: {result.stdout} {result.stderr}")

    lines = "\n".join(json.dumps({"id": i, "text": text}) for i, (text, _) in enumerate(SMOKE_COMMENTS))
    started = time.perf_counter()
    result = run_closed([str(exe), "classify"], env, stdin_text=lines)
    if result.returncode != 0:
        raise SystemExit(f"classify faalde in de bundel: {result.stderr.strip()}")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    wrong = [(r["id"], r["label"]) for r, (_, label) in zip(rows, SMOKE_COMMENTS, strict=True) if r["label"] != label]
    print(f"classify: {len(rows)} reacties in {time.perf_counter() - started:.2f} s, model {rows[0]['model_version']}")
    if wrong:
        raise SystemExit(f"classify in de bundel gaf verkeerde labels: {wrong}")

    with tempfile.TemporaryDirectory() as folder:
        comments = Path(folder) / "reacties.jsonl"
        comments.write_text(lines + "\n", encoding="utf-8")
        result = run_closed([str(exe), "classify", "--no-explain", str(comments)], env)
        if result.returncode != 0 or len(result.stdout.splitlines()) != len(SMOKE_COMMENTS):
            raise SystemExit(f"classify BESTAND met stdin dicht faalde: {result.stderr.strip()}")
        print("classify BESTAND met stdin dicht: goed")
        report = Path(folder) / "rapport.pdf"
        db = Path(folder) / "leeg.sqlite3"
        result = run_closed([str(exe), "report", "--month", "2026-01", "--db", str(db), "--out", str(report)], env)
        if result.returncode != 0 or not report.read_bytes().startswith(b"%PDF"):
            raise SystemExit(f"het maandrapport in de bundel faalde: {result.stderr.strip()}")
        print("report (stdin dicht): PDF gemaakt")

    started = time.perf_counter()
    result = run_closed([str(exe), "--smoke-window"], env)
    if result.returncode != 0:
        raise SystemExit(f"venster-rooktest faalde: {result.stdout} {result.stderr}")
    print(
        f"venster offscreen (stdin dicht): {result.stdout.strip()} "
        f"(start tot afsluiten {time.perf_counter() - started:.2f} s)"
    )
    if sys.platform.startswith("linux"):
        smoke_xcb(exe, env)
    print("rooktest geslaagd")


def smoke_xcb(exe: Path, env: dict[str, str]) -> None:
    """The window on a real X server (Xvfb) through Qt's xcb plugin, as on a desktop."""
    xvfb = shutil.which("Xvfb")
    if not xvfb:
        if os.environ.get("CI"):
            raise SystemExit("Xvfb ontbreekt: apt-get install xvfb (zie README)")
        print("let op: Xvfb niet gevonden, venster onder xcb niet getest")
        return
    server = subprocess.Popen(
        [xvfb, "-displayfd", "1", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        display = server.stdout.readline().strip() if server.stdout else ""
        if not display:
            raise SystemExit("Xvfb startte niet")
        xenv = {**env, "DISPLAY": f":{display}", "QT_QPA_PLATFORM": "xcb"}
        started = time.perf_counter()
        result = run_closed([str(exe), "--smoke-window"], xenv)
        if result.returncode != 0:
            raise SystemExit(f"venster onder Xvfb/xcb faalde: {result.stdout} {result.stderr}")
        print(
            f"venster xcb op Xvfb :{display} (stdin dicht): {result.stdout.strip()} "
            f"({time.perf_counter() - started:.2f} s)"
        )
    finally:
        server.terminate()
        server.wait(10)


def smoke_linux_packages() -> None:
    """The .deb and the tarball: menu entries whose Exec exists after install, and the installed app starts."""
    import linux_package

    env = clean_env()
    deb = DIST / f"reageerwijzer_{version()}_amd64.deb"
    tarball = DIST / f"Reageerwijzer-{version()}-linux-x86_64.tar.gz"
    with tempfile.TemporaryDirectory(prefix="rw-pakketten-") as folder:
        work = Path(folder)
        installed = (
            ("deb", linux_package.check_deb(deb, work)),
            ("tarball", linux_package.check_tarball(tarball, work)),
        )
        for label, exe in installed:
            result = run_closed([str(exe), "--version"], env)
            if result.returncode != 0:
                raise SystemExit(f"{label}: het geïnstalleerde programma start niet: {result.stderr}")
            print(f"{label}: geïnstalleerd programma start ({result.stdout.strip()})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-smoke", action="store_true", help="alleen bouwen")
    parser.add_argument("--smoke-only", action="store_true", help="alleen de bestaande bundel testen")
    args = parser.parse_args()
    exe = DIST / "Reageerwijzer" / ("reageerwijzer-cli.exe" if sys.platform == "win32" else "reageerwijzer")
    if not args.smoke_only:
        exe = build()
    if not args.no_smoke:
        smoke(exe)
        if sys.platform.startswith("linux"):
            smoke_linux_packages()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
