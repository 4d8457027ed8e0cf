"""Show round cases with the drafts this checkout makes, for a developer or a reader.

Run: ``.venv/bin/python -m tests.benchmarks.draft_cases show r179-01 r178-40`` — each case with its business, text,
expectations, known_miss line, what it misses now and the draft; ``... draft_cases dump r180,r181 > drafts.md`` —
every case of those rounds with its business profile (once, before its first case) and the draft offered, in
Markdown, for a native reader who judges the drafts without the app.
"""

from __future__ import annotations

import sys
import tomllib
from typing import Any

from app.domain.profile import BusinessProfile
from tests.benchmarks.draft_expectations import DATA, check, load, round_of

_SHOWN = ("must", "must_not", "optional_must", "channel", "reply", "max_length", "known_miss")


def show(ids: list[str]) -> str:
    profiles, cases = load()
    wanted = [c for c in cases if c["id"] in set(ids)]
    out = []
    for case in wanted:
        profile = profiles[case["business"]]
        result = check(case, profile)
        out.append(f"## {case['id']} — {_business(profile)} on {case['platform']}, label {case['label']}")
        out.append(f"text: {case['text']}")
        out.extend(f"{key}: {case[key]}" for key in _SHOWN if key in case)
        out.append(f"missed: {[name for name, passed in result.checks if not passed]}")
        out.append(f"draft:\n{result.draft or '(geen)'}\n")
    missing = set(ids) - {c["id"] for c in wanted}
    if missing:
        out.append(f"niet gevonden: {', '.join(sorted(missing))}")
    return "\n".join(out)


def dump(rounds: set[str]) -> str:
    profiles, cases = load()
    raw = _raw_profiles()
    out: list[str] = []
    seen: set[str] = set()
    for case in (c for c in cases if round_of(c["id"]) in rounds):
        profile = profiles[case["business"]]
        if case["business"] not in seen:
            seen.add(case["business"])
            out.append(f"# Business profile: {profile.name}")
            out.extend(f"- {key}: {value}" for key, value in raw[case["business"]].items())
            out.append("")
        result = check(case, profile)
        flags = f" {case['flags']}" if case.get("flags") else ""
        out.append(f"## {case['id']} — {_business(profile)} on {case['platform']}, label {case['label']}{flags}")
        out.append(f"Comment by {case.get('author', '')}:\n> " + case["text"].replace("\n", "\n> "))
        out.append(
            "Draft offered as reply:" if result.reply else "No reply offered (the optional light draft, if any):"
        )
        out.append(f"```\n{result.draft or '(none)'}\n```\n")
    return "\n".join(out)


def _business(profile: BusinessProfile) -> str:
    dm = "ja" if profile.dm else "nee"
    return f"{profile.name} ({profile.kind}; {profile.voice}/{profile.register}; dm={dm})"


def _raw_profiles() -> dict[str, dict[str, Any]]:
    """The profiles as written in the round files (the reader sees the fields as the owner filled them in)."""
    raw: dict[str, dict[str, Any]] = {}
    for path in sorted(DATA.glob("draft_expectations*.toml")):
        raw.update(tomllib.loads(path.read_text(encoding="utf-8")).get("profiles", {}))
    return raw


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "show":
        print(show(argv[1:]))
        return 0
    if len(argv) == 2 and argv[0] == "dump":
        print(dump(set(argv[1].split(","))))
        return 0
    print("gebruik: draft_cases show ID [ID ...] | draft_cases dump rA[,rB ...]", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
