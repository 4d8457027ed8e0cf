"""Keep the English window translation complete.

    python packaging/translations.py                 # lupdate + lrelease, list what is untranslated
    python packaging/translations.py fill NEW.json   # also fill untranslated strings from {"Dutch": "English"}
    python packaging/translations.py merge OTHER.ts  # also take translations from another .ts (after a git merge)

After a merge conflict in the .ts file: take one side (``git checkout --ours``), then run
``merge`` with the other side (``git show :3:resources/translations/reageerwijzer_en.ts > /tmp/other.ts``).
"""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "reageerwijzer_en.ts"
BIN = Path(sys.executable).parent
MESSAGE = re.compile(r"<message>.*?</message>", re.S)
SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
FINISHED = re.compile(r"<translation>(.*?)</translation>", re.S)
UNFINISHED = re.compile(r'<translation type="unfinished">.*?</translation>|<translation type="unfinished"/>', re.S)


def _escape(text: str) -> str:
    return html.escape(text, quote=False).replace("'", "&apos;").replace('"', "&quot;")


def translations_in(ts_text: str) -> dict[str, str]:
    """Every finished translation in a .ts text, keyed by its Dutch source."""
    found: dict[str, str] = {}
    for block in MESSAGE.findall(ts_text):
        source, target = SOURCE.search(block), FINISHED.search(block)
        if source and target and 'type="unfinished"' not in block:
            found[html.unescape(source.group(1))] = html.unescape(target.group(1))
    return found


def fill(ts_text: str, known: dict[str, str]) -> tuple[str, list[str]]:
    left: list[str] = []

    def one(match: re.Match[str]) -> str:
        block = match.group(0)
        if 'type="unfinished"' not in block:
            return block
        source = SOURCE.search(block)
        text = html.unescape(source.group(1)) if source else ""
        if text not in known:
            left.append(text)
            return block
        return UNFINISHED.sub(lambda _: f"<translation>{_escape(known[text])}</translation>", block)

    return MESSAGE.sub(one, ts_text), left


def main(argv: list[str]) -> int:
    known: dict[str, str] = {}
    if len(argv) == 2 and argv[0] == "fill":
        known = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    elif len(argv) == 2 and argv[0] == "merge":
        known = translations_in(Path(argv[1]).read_text(encoding="utf-8"))
    elif argv:
        print(__doc__)
        return 2
    sources = sorted(str(p) for p in (ROOT / "app" / "ui").glob("*.py"))
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-locations", "none", "-no-obsolete", *sources, "-ts", str(TS)],
        check=True,
        capture_output=True,
    )
    text, left = fill(TS.read_text(encoding="utf-8"), known)
    TS.write_text(text, encoding="utf-8")
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True, capture_output=True
    )
    for source in left:
        print(f"nog niet vertaald: {source!r}")
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
