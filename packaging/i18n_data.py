"""Keep the domain's English texts (resources/i18n/) complete.

    python packaging/i18n_data.py                    # list what is missing, unclassified or left over
    python packaging/i18n_data.py skeleton           # add empty [[text]] entries for every missing text
    python packaging/i18n_data.py fill NEW.json      # fill missing texts from {"Dutch": "English"}

``skeleton`` appends, to each catalogue, an entry per Dutch text that has no translation, with
the place it is used and ``en = ""``: fill those in. Texts left over after a Dutch edit are
listed; delete them once the new text is translated. See resources/i18n/README.md.
"""

from __future__ import annotations

import json
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.domain.i18n import catalogue, catalogue_path, localise  # noqa: E402
from app.domain.i18n_check import _data, data_files, leftovers, problems, skeleton  # noqa: E402

LANGUAGE = "en"


def _append(relative: str, text: str) -> None:
    path = Path(catalogue_path(relative, LANGUAGE))
    path.parent.mkdir(parents=True, exist_ok=True)
    before = (
        path.read_text(encoding="utf-8")
        if path.exists()
        else (f"# English texts for resources/{relative}: each Dutch text (nl) with its translation (en).\n")
    )
    path.write_text(before.rstrip("\n") + "\n\n" + text.rstrip("\n") + "\n", encoding="utf-8")
    catalogue.cache_clear()


def add_skeletons() -> None:
    for relative, rules in data_files():
        text = skeleton(relative, rules, LANGUAGE)
        if text:
            _append(relative, text)
            print(f"{catalogue_path(relative, LANGUAGE)}: lege vertalingen toegevoegd")


def _fill_empty(path: Path, given: dict[str, str]) -> int:
    """Fill the ``en = ""`` entries that ``skeleton`` wrote (one-line strings) from ``given``."""
    if not path.exists():
        return 0
    lines, dutch, filled = path.read_text(encoding="utf-8").splitlines(keepends=True), None, 0
    for i, line in enumerate(lines):
        if line.startswith("nl = "):
            try:
                dutch = tomllib.loads(line)["nl"].strip()
            except tomllib.TOMLDecodeError:  # a multi-line text: not one the skeleton wrote
                dutch = None
        elif line.strip() == f'{LANGUAGE} = ""' and dutch in given:
            lines[i] = f"{LANGUAGE} = {json.dumps(given[dutch], ensure_ascii=False)}\n"
            filled += 1
    path.write_text("".join(lines), encoding="utf-8")
    catalogue.cache_clear()
    return filled


def fill(path: Path) -> None:
    given: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
    given = {k.strip(): v.strip() for k, v in given.items()}
    for relative, rules in data_files():
        filled = _fill_empty(Path(catalogue_path(relative, LANGUAGE)), given)
        have = catalogue(relative, LANGUAGE)
        listed = set(have) | _listed(relative)
        missing = dict.fromkeys(d for _, d in localise(_data(relative), relative, LANGUAGE, rules).missing)
        new = [d for d in missing if d in given and d not in listed]
        if new:
            blocks = [
                f"[[text]]\nnl = {json.dumps(d, ensure_ascii=False)}\n"
                f"{LANGUAGE} = {json.dumps(given[d], ensure_ascii=False)}\n"
                for d in new
            ]
            _append(relative, "\n".join(blocks))
        if filled or new:
            print(f"{catalogue_path(relative, LANGUAGE)}: {filled + len(new)} vertalingen toegevoegd")


def _listed(relative: str) -> set[str]:
    """Every Dutch text in a catalogue, translated or not yet."""
    path = Path(catalogue_path(relative, LANGUAGE))
    if not path.exists():
        return set()
    entries = tomllib.loads(path.read_text(encoding="utf-8")).get("text", [])
    return {e["nl"].strip() for e in entries if isinstance(e, dict) and isinstance(e.get("nl"), str)}


def main(argv: list[str]) -> int:
    if argv[:1] == ["skeleton"]:
        add_skeletons()
    elif argv[:1] == ["fill"] and len(argv) == 2:
        fill(Path(argv[1]))
    elif argv:
        print(__doc__)
        return 2
    found = problems(LANGUAGE)
    for line in found:
        print(line)
    for relative, texts in leftovers(LANGUAGE).items():
        for dutch in texts:
            print(f"{catalogue_path(relative, LANGUAGE)}: niet (meer) gebruikt: {dutch[:70]!r}")
    print(f"{len(found)} problemen")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
