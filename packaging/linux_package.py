"""Linux: the glibc a bundle needs, the licences of the system libraries in it, a .deb and a tarball.

Used by packaging/build.py; runnable on its own for an existing bundle:

    python packaging/linux_package.py --glibc      # print what packaging/dist/Reageerwijzer needs
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
DIST = PACKAGING / "dist"
APP_ID = "nl.reageerwijzer.Reageerwijzer"
INSTALL_DIR = "/opt/reageerwijzer"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# What the libstdc++ GLIBCXX symbol versions correspond to, for a readable minimum.
GLIBCXX_GCC = {
    "3.4.25": "GCC 8",
    "3.4.26": "GCC 9",
    "3.4.28": "GCC 10",
    "3.4.29": "GCC 11",
    "3.4.30": "GCC 12",
    "3.4.31": "GCC 13",
    "3.4.32": "GCC 13.3",
    "3.4.33": "GCC 14",
}
# Known distributions and their glibc / libstdc++, to say in plain words where the bundle starts.
DISTROS = (
    ("Debian 11", "2.31", "3.4.28"),
    ("Ubuntu 20.04", "2.31", "3.4.28"),
    ("RHEL 9 / Rocky 9 / Alma 9", "2.34", "3.4.29"),
    ("Ubuntu 22.04 / Mint 21", "2.35", "3.4.30"),
    ("Debian 12", "2.36", "3.4.30"),
    ("Ubuntu 24.04 / Mint 22", "2.39", "3.4.33"),
)
# Run-time libraries Qt's xcb platform plugin and QtGui load from the system (Debian/Ubuntu names).
DEB_DEPENDS = (
    "libc6 (>= {glibc})",
    "libstdc++6 (>= {gcc_major})",
    "libgl1",
    "libegl1",
    "libfontconfig1",
    "libfreetype6",
    "libdbus-1-3",
    "libglib2.0-0 | libglib2.0-0t64",
    "libx11-6",
    "libx11-xcb1",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libxcb1",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-shm0",
    "libxcb-sync1",
    "libxcb-util1",
    "libxcb-xfixes0",
    "libxcb-xkb1",
)


def _key(version: str) -> tuple[int, ...]:
    return tuple(int(p) for p in version.split("."))


def elf_files(folder: Path) -> list[Path]:
    files = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    files.append(path)
    return sorted(files)


def version_needs(path: Path) -> dict[str, str]:
    """Highest GLIBC_ / GLIBCXX_ / CXXABI_ version this ELF file requires (objdump's Version References)."""
    out = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True, check=False).stdout
    needs: dict[str, str] = {}
    if "Version References:" not in out:
        return needs
    refs = out.split("Version References:", 1)[1]
    # Lines look like "    0x069691b5 0x00 08 GLIBC_2.35"; flag 0x02 is a weak reference the loader does not insist on.
    for flags, family, number in re.findall(
        r"0x[0-9a-f]+\s+0x([0-9a-f]+)\s+\d+\s+(GLIBC|GLIBCXX|CXXABI)_(\d+(?:\.\d+)+)\b", refs
    ):
        if int(flags, 16) & VER_FLG_WEAK:
            continue
        if family not in needs or _key(number) > _key(needs[family]):
            needs[family] = number
    return needs


def glibc_report(bundle: Path) -> dict[str, tuple[str, str]]:
    """{family: (highest version, a file that needs it)} over every ELF file in the bundle."""
    highest: dict[str, tuple[str, str]] = {}
    for path in elf_files(bundle):
        for family, number in version_needs(path).items():
            if family not in highest or _key(number) > _key(highest[family][0]):
                highest[family] = (number, str(path.relative_to(bundle)))
    return highest


def describe(report: dict[str, tuple[str, str]]) -> str:
    glibc = report.get("GLIBC", ("?", ""))[0]
    cxx = report.get("GLIBCXX", ("3.4", ""))[0]
    lines = [
        f"glibc nodig: {glibc} (hoogste vraag: {report.get('GLIBC', ('', '?'))[1]})",
        f"libstdc++ van het systeem nodig: GLIBCXX_{cxx} ({GLIBCXX_GCC.get(cxx, 'oudere GCC')}; "
        f"hoogste vraag: {report.get('GLIBCXX', ('', '-'))[1]})",
    ]
    fits = [name for name, g, c in DISTROS if _key(g) >= _key(glibc) and _key(c) >= _key(cxx)]
    misses = [name for name, g, c in DISTROS if name not in fits]
    lines.append(f"start op: {', '.join(fits) or 'geen van de bekende'}; niet op: {', '.join(misses) or '-'}")
    return "\n".join(lines)


def system_library_notices(bundle: Path) -> str:
    """Debian's copyright file for every library PyInstaller copied from the build system."""
    if not shutil.which("dpkg"):
        return ""
    sections = []
    seen: set[str] = set()
    for path in elf_files(bundle / "_internal"):
        if path.parent != bundle / "_internal":  # Python packages' own libraries are covered by their metadata
            continue
        system_copy = next(
            (
                Path(d) / path.name
                for d in ("/usr/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu", "/usr/lib", "/lib")
                if (Path(d) / path.name).exists()
            ),
            None,
        )
        if system_copy is None:
            continue
        owner = subprocess.run(["dpkg", "-S", str(system_copy.resolve())], capture_output=True, text=True, check=False)
        if owner.returncode != 0:
            continue
        package = owner.stdout.split(":", 1)[0]
        copyright_file = Path("/usr/share/doc") / package / "copyright"
        if package in seen or not copyright_file.exists():
            continue
        seen.add(package)
        rule = "=" * 78
        sections.append(
            f"{rule}\n{package} (systeembibliotheek {path.name})\nLicentie: zie hieronder (Debian copyright)\n"
            f"{rule}\n\n{copyright_file.read_text(encoding='utf-8', errors='replace').strip()}\n\n"
        )
    if not sections:
        return ""
    return "\nSYSTEEMBIBLIOTHEKEN IN DEZE BUNDEL (van de bouwmachine, Debian)\n\n" + "".join(sections)


def desktop_entry(exec_path: str | None, version: str) -> str:
    """The .desktop text; with exec_path None the @EXEC@ placeholder stays for install.sh."""
    text = (PACKAGING / "linux" / "reageerwijzer.desktop.in").read_text(encoding="utf-8").replace("@VERSION@", version)
    return text if exec_path is None else text.replace("@EXEC@", exec_path)


def _icons(tree: Path, icons: Path, size_dirs: bool) -> None:
    for size in ICON_SIZES:
        source = icons / f"reageerwijzer-{size}.png"
        target = tree / f"{size}x{size}" / "apps" / "reageerwijzer.png" if size_dirs else tree / source.name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(source, target)
    svg_target = tree / "scalable" / "apps" / "reageerwijzer.svg" if size_dirs else tree / "reageerwijzer.svg"
    svg_target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(PACKAGING / "icons" / "reageerwijzer.svg", svg_target)


def build_tarball(bundle: Path, icons: Path, version: str) -> Path:
    """Reageerwijzer-<v>-linux-x86_64.tar.gz: the bundle, icons, a .desktop template and install.sh."""
    name = f"Reageerwijzer-{version}-linux-x86_64"
    target = DIST / f"{name}.tar.gz"
    with tempfile.TemporaryDirectory() as folder:
        top = Path(folder) / name
        top.mkdir()
        shutil.copytree(bundle, top / "Reageerwijzer", symlinks=True)
        _icons(top / "icons", icons, size_dirs=False)
        (top / "reageerwijzer.desktop").write_text(desktop_entry(None, version), encoding="utf-8")
        shutil.copy(PACKAGING / "linux" / "install.sh", top / "install.sh")
        (top / "install.sh").chmod(0o755)
        shutil.copy(ROOT / "THIRD_PARTY_NOTICES", top / "THIRD_PARTY_NOTICES")
        (top / "LEESMIJ.txt").write_text(
            "Reageerwijzer installeren: open een terminal in deze map en typ ./install.sh\n"
            "(of dubbelklik install.sh en kies 'Uitvoeren'). Daarna staat Reageerwijzer in je menu.\n"
            "Verwijderen: ./install.sh --uninstall. Makkelijker op Debian/Ubuntu/Mint: het .deb-pakket.\n",
            encoding="utf-8",
        )
        with tarfile.open(target, "w:gz", compresslevel=6) as archive:
            archive.add(top, arcname=name)
    return target


def build_deb(bundle: Path, icons: Path, version: str, needs: tuple[str, str], maintainer: str) -> Path:
    """reageerwijzer_<v>_amd64.deb with dpkg-deb: /opt/reageerwijzer, /usr/bin link, menu entry, icons."""
    target = DIST / f"reageerwijzer_{version}_amd64.deb"
    glibc, cxx = needs  # highest GLIBC_ and GLIBCXX_ versions the bundle asks for
    gcc = GLIBCXX_GCC.get(cxx, "GCC 8").split()[1].split(".")[0]
    with tempfile.TemporaryDirectory() as folder:
        tree = Path(folder) / "root"
        app_dir = tree / INSTALL_DIR.lstrip("/")
        shutil.copytree(bundle, app_dir, symlinks=True)
        (tree / "usr" / "bin").mkdir(parents=True)
        (tree / "usr" / "bin" / "reageerwijzer").symlink_to(f"{INSTALL_DIR}/reageerwijzer")
        applications = tree / "usr" / "share" / "applications"
        applications.mkdir(parents=True)
        (applications / f"{APP_ID}.desktop").write_text(
            desktop_entry(f"{INSTALL_DIR}/reageerwijzer", version), encoding="utf-8"
        )
        _icons(tree / "usr" / "share" / "icons" / "hicolor", icons, size_dirs=True)
        doc = tree / "usr" / "share" / "doc" / "reageerwijzer"
        doc.mkdir(parents=True)
        shutil.copy(app_dir / "_internal" / "THIRD_PARTY_NOTICES", doc / "copyright")
        size_kb = sum(p.lstat().st_size for p in tree.rglob("*")) // 1024
        depends = ", ".join(d.format(glibc=glibc, gcc_major=gcc) for d in DEB_DEPENDS)
        control = tree / "DEBIAN" / "control"
        control.parent.mkdir()
        control.write_text(
            f"Package: reageerwijzer\nVersion: {version}\nArchitecture: amd64\nMaintainer: {maintainer}\n"
            f"Installed-Size: {size_kb}\nDepends: {depends}\nRecommends: fonts-noto-color-emoji\n"
            "Section: misc\nPriority: optional\n"
            "Description: stap voor stap de juiste reactie op sociale media\n"
            " Reageerwijzer helpt ondernemers zonder communicatieafdeling om goed te reageren op\n"
            " reacties op Facebook, Instagram, X, LinkedIn en Google-reviews: een beslisschema,\n"
            " een Nederlandse taalassistent, conceptreacties, een geschiedenis en een maandrapport.\n"
            " Alles blijft op de eigen computer.\n",
            encoding="utf-8",
        )
        # The menu and icon caches are refreshed by dpkg triggers (desktop-file-utils, hicolor-icon-theme).
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", "-Zxz", "-z3", "--build", str(tree), str(target)],
            check=True,
            capture_output=True,
        )
    return target


def check_deb(deb: Path, work: Path) -> Path:
    """Unpack the .deb into a root under work; the menu entry's Exec and icon must exist there. Returns the exe."""
    root = work / "deb-root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    entry = root / "usr" / "share" / "applications" / f"{APP_ID}.desktop"
    text = entry.read_text(encoding="utf-8")
    exec_path = re.search(r'^Exec="?([^"\s]+)"?', text, flags=re.MULTILINE)
    if not exec_path or not (root / exec_path.group(1).lstrip("/")).is_file():
        raise SystemExit(f".deb: Exec in {entry.name} wijst niet naar een bestaand programma: {exec_path}")
    if not (root / "usr/share/icons/hicolor/256x256/apps/reageerwijzer.png").is_file():
        raise SystemExit(".deb: icoon ontbreekt")
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise SystemExit(f".deb: ongeldig .desktop-bestand: {result.stdout}{result.stderr}")
    print(f".deb: Exec={exec_path.group(1)} bestaat na uitpakken, icoon en copyright aanwezig")
    return root / exec_path.group(1).lstrip("/")


def check_tarball(tarball: Path, work: Path) -> Path:
    """Run install.sh with a HOME under work; the written menu entry must point at an existing program."""
    work = work / "tarball"
    work.mkdir()
    with tarfile.open(tarball) as archive:
        archive.extractall(work, filter="tar")
    (top,) = work.iterdir()
    home = work / "thuis met spatie"
    home.mkdir()
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin"}
    subprocess.run(["sh", str(top / "install.sh")], check=True, env=env, capture_output=True)
    entry = home / ".local/share/applications" / f"{APP_ID}.desktop"
    text = entry.read_text(encoding="utf-8")
    exec_path = re.search(r'^Exec="([^"]+)"', text, flags=re.MULTILINE)
    if not exec_path or not Path(exec_path.group(1)).is_file():
        raise SystemExit(f"tarball: Exec na install.sh wijst niet naar een bestaand programma: {exec_path}")
    if not (home / ".local/share/icons/hicolor/256x256/apps/reageerwijzer.png").is_file():
        raise SystemExit("tarball: icoon niet geïnstalleerd")
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise SystemExit(f"tarball: ongeldig .desktop-bestand: {result.stdout}{result.stderr}")
    subprocess.run(["sh", str(top / "install.sh"), "--uninstall"], check=True, env=env, capture_output=True)
    if entry.exists() or Path(exec_path.group(1)).exists():
        raise SystemExit("tarball: install.sh --uninstall liet het menu-item of programma staan")
    subprocess.run(["sh", str(top / "install.sh")], check=True, env=env, capture_output=True)
    print(f"tarball: install.sh schreef Exec={exec_path.group(1)} (bestaat), iconen; --uninstall ruimt op")
    return Path(exec_path.group(1))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--glibc", action="store_true", help="toon welke glibc en libstdc++ de bundel nodig heeft")
    parser.add_argument("bundle", nargs="?", type=Path, default=DIST / "Reageerwijzer")
    args = parser.parse_args()
    print(describe(glibc_report(args.bundle)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())


# --- older glibc: hypot@GLIBC_2.35 ------------------------------------------------------------------
# glibc 2.35 gave hypot() a new symbol version; anything compiled against it (here: libpython, built on
# Debian 12) then refuses to load on glibc 2.34 (RHEL 9) although the old hypot@GLIBC_2.2.5 is still in
# every libm. Pointing the reference back at the old version (and marking the 2.35 requirement weak, so
# the loader does not insist on it) is the whole difference for this symbol: both compute the same
# hypotenuse; only the errno handling of overflow differs (the old one follows SVID).
COMPAT_SYMBOLS = {"hypot": ("GLIBC_2.35", "GLIBC_2.2.5")}
VER_FLG_WEAK = 0x2


def _u(data: bytes | bytearray, at: int, size: int) -> int:
    return int.from_bytes(data[at : at + size], "little")


def _sections(data: bytes | bytearray) -> list[dict[str, int]]:
    shoff, entsize, count = _u(data, 0x28, 8), _u(data, 0x3A, 2), _u(data, 0x3C, 2)
    return [
        {
            "type": _u(data, shoff + i * entsize + 4, 4),
            "offset": _u(data, shoff + i * entsize + 24, 8),
            "size": _u(data, shoff + i * entsize + 32, 8),
            "link": _u(data, shoff + i * entsize + 40, 4),
        }
        for i in range(count)
    ]


def _cstr(data: bytes | bytearray, at: int) -> str:
    return bytes(data[at : data.index(b"\0", at)]).decode("ascii", "replace")


def use_compat_symbols(path: Path) -> list[str]:
    """Rewrite versioned references listed in COMPAT_SYMBOLS to their old version. Returns what changed."""
    data = bytearray(path.read_bytes())
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:  # 64-bit little-endian only
        return []
    sections = _sections(data)
    dynsym = next((s for s in sections if s["type"] == 11), None)  # SHT_DYNSYM
    versym = next((s for s in sections if s["type"] == 0x6FFFFFFF), None)  # SHT_GNU_versym
    verneed = next((s for s in sections if s["type"] == 0x6FFFFFFE), None)  # SHT_GNU_verneed
    if not (dynsym and versym and verneed):
        return []
    # Elf64_Verneed: vn_version u16, vn_cnt u16, vn_file u32, vn_aux u32, vn_next u32
    # Elf64_Vernaux: vna_hash u32, vna_flags u16, vna_other u16, vna_name u32, vna_next u32
    strtab = sections[verneed["link"]]["offset"]
    aux_of: dict[str, list[int]] = {}
    index_of: dict[str, int] = {}
    need = verneed["offset"]
    while True:
        aux = need + _u(data, need + 8, 4)
        for _ in range(_u(data, need + 2, 2)):
            name = _cstr(data, strtab + _u(data, aux + 8, 4))
            aux_of.setdefault(name, []).append(aux)
            index_of[name] = _u(data, aux + 6, 2)
            if not _u(data, aux + 12, 4):
                break
            aux += _u(data, aux + 12, 4)
        if not _u(data, need + 12, 4):
            break
        need += _u(data, need + 12, 4)
    symstr = sections[dynsym["link"]]["offset"]
    count = dynsym["size"] // 24
    changed = []
    for i in range(count):
        name = _cstr(data, symstr + _u(data, dynsym["offset"] + i * 24, 4))
        if name not in COMPAT_SYMBOLS:
            continue
        new, old = COMPAT_SYMBOLS[name]
        slot = versym["offset"] + i * 2
        if new in index_of and old in index_of and _u(data, slot, 2) == index_of[new]:
            data[slot : slot + 2] = index_of[old].to_bytes(2, "little")
            changed.append(f"{name}@{new} -> {name}@{old}")
    if not changed:
        return []
    still_used = {_u(data, versym["offset"] + i * 2, 2) & 0x7FFF for i in range(count)}
    for new, _old in COMPAT_SYMBOLS.values():
        if new in index_of and index_of[new] not in still_used:
            for aux in aux_of[new]:
                data[aux + 4 : aux + 6] = (_u(data, aux + 4, 2) | VER_FLG_WEAK).to_bytes(2, "little")
    path.write_bytes(bytes(data))
    return changed
