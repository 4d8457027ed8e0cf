"""Linux packaging helpers: install.sh writes a menu entry that works, and the glibc check reads ELF files right."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux packaging")


def load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("linux_package", ROOT / "packaging" / "linux_package.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


lp = load()


def fake_tarball_tree(tmp_path: Path) -> Path:
    """The tarball's layout, with a two-line shell script standing in for the 300 MB bundle."""
    top = tmp_path / "Reageerwijzer-0.0-linux-x86_64"
    (top / "Reageerwijzer").mkdir(parents=True)
    exe = top / "Reageerwijzer" / "reageerwijzer"
    exe.write_text('#!/bin/sh\necho "reageerwijzer $*"\n', encoding="utf-8")
    exe.chmod(0o755)
    (top / "icons").mkdir()
    for size in lp.ICON_SIZES:
        (top / "icons" / f"reageerwijzer-{size}.png").write_bytes(b"\x89PNG")
    shutil.copy(ROOT / "packaging" / "icons" / "reageerwijzer.svg", top / "icons" / "reageerwijzer.svg")
    (top / "reageerwijzer.desktop").write_text(lp.desktop_entry(None, "0.0"), encoding="utf-8")
    shutil.copy(ROOT / "packaging" / "linux" / "install.sh", top / "install.sh")
    return top


def test_install_sh_writes_a_menu_entry_whose_exec_exists(tmp_path: Path) -> None:
    top = fake_tarball_tree(tmp_path)
    home = tmp_path / "thuis met spatie"
    home.mkdir()
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin"}
    subprocess.run(["sh", str(top / "install.sh")], check=True, env=env, capture_output=True)
    entry = home / ".local/share/applications/nl.reageerwijzer.Reageerwijzer.desktop"
    text = entry.read_text(encoding="utf-8")
    exec_line = re.search(r'^Exec="([^"]+)" %f$', text, flags=re.MULTILINE)
    assert exec_line, text
    program = Path(exec_line.group(1))
    assert program == home / ".local/opt/reageerwijzer/reageerwijzer"
    assert subprocess.run([str(program), "--version"], capture_output=True, text=True, check=True).stdout.strip() == (
        "reageerwijzer --version"
    )
    assert (home / ".local/share/icons/hicolor/256x256/apps/reageerwijzer.png").is_file()
    assert (home / ".local/share/icons/hicolor/scalable/apps/reageerwijzer.svg").is_file()
    assert (home / ".local/bin/reageerwijzer").resolve() == program
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", str(entry)], check=True)

    subprocess.run(["sh", str(top / "install.sh"), "--uninstall"], check=True, env=env, capture_output=True)
    assert not entry.exists() and not program.exists() and not (home / ".local/bin/reageerwijzer").exists()


def test_install_sh_refuses_a_prefix_that_would_break_the_menu_entry(tmp_path: Path) -> None:
    top = fake_tarball_tree(tmp_path)
    env = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "REAGEERWIJZER_PREFIX": str(tmp_path / "100%zeker")}
    result = subprocess.run(["sh", str(top / "install.sh")], env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 1 and "Kies een map" in result.stderr


def test_deb_menu_entry_points_into_opt() -> None:
    text = lp.desktop_entry("/opt/reageerwijzer/reageerwijzer", "1.2.3")
    assert 'Exec="/opt/reageerwijzer/reageerwijzer" %f' in text and "X-AppVersion=1.2.3" in text
    assert "@" not in text


@pytest.mark.skipif(shutil.which("objdump") is None, reason="objdump (binutils) not installed")
def test_hypot_reference_moves_to_the_old_glibc_version(tmp_path: Path) -> None:
    libpython = Path(sysconfig.get_config_var("LIBDIR") or "") / (sysconfig.get_config_var("INSTSONAME") or "")
    if not libpython.is_file() or lp._key(lp.version_needs(libpython).get("GLIBC", "0")) < (2, 35):
        pytest.skip("this Python's libpython does not ask for glibc 2.35")
    copy = tmp_path / libpython.name
    shutil.copy(libpython, copy)
    assert lp.use_compat_symbols(copy) == ["hypot@GLIBC_2.35 -> hypot@GLIBC_2.2.5"]
    assert lp._key(lp.version_needs(copy)["GLIBC"]) < (2, 35)
    dynamic = subprocess.run(["objdump", "-T", str(copy)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"\(GLIBC_2\.2\.5\)\s+hypot$", dynamic, flags=re.MULTILINE)
    # The patched library still loads (the dynamic linker checks every versioned reference).
    code = "import ctypes, sys; ctypes.CDLL(sys.argv[1]); print('ok')"
    loaded = subprocess.run([sys.executable, "-c", code, str(copy)], capture_output=True, text=True, check=False)
    assert loaded.stdout == "ok\n", loaded.stderr
    assert lp.use_compat_symbols(copy) == []  # idempotent


def test_describe_names_the_systems_it_starts_on() -> None:
    text = lp.describe({"GLIBC": ("2.34", "libQt6Core.so.6"), "GLIBCXX": ("3.4.29", "libQt6Core.so.6")})
    assert "RHEL 9" in text.split("niet op")[0] and "Ubuntu 22.04" in text.split("niet op")[0]
    assert "Ubuntu 20.04" in text.split("niet op")[1]
