"""Check the drafts against the expectation set in tests/data/draft_expectations.toml.

Run: ``.venv/bin/python -m tests.benchmarks.draft_expectations [-v]`` — prints the share of
expectations met and of comments fully right (all expectations met), and with -v every miss.
The label and flags per comment are given in the set (what a correct classifier says), so this
measures drafting, not classification.
"""

from __future__ import annotations

import re
import sys
import time
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.domain.profile import BusinessProfile
from app.domain.replies import shipped_templates
from app.domain.suggest import suggest
from app.nlp.details import extract
from app.nlp.topics import analyse_topics, topic_finder

SET = Path(__file__).resolve().parents[1] / "data" / "draft_expectations.toml"
CHAT = {"x", "instagram", "threads", "bluesky"}
_THANKS = re.compile(r"\b(?:dank|bedankt|dankjewel|dankuwel)\b", re.I)


@dataclass
class Result:
    case: str
    checks: list[tuple[str, bool]] = field(default_factory=list)
    draft: str | None = None

    @property
    def ok(self) -> bool:
        return all(passed for _, passed in self.checks)


def _contains(text: str, item: str) -> bool:
    for alt in item.split("|"):
        if alt.endswith(" ") or len(alt.strip()) <= 2:
            word = alt.strip()
            if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, 0 if word != word.lower() else re.I):
                return True
        elif (alt in text) if alt != alt.lower() else (alt.lower() in text.lower()):
            return True
    return False


def load() -> tuple[dict[str, BusinessProfile], list[dict[str, Any]]]:
    data = tomllib.loads(SET.read_text(encoding="utf-8"))
    profiles = {key: BusinessProfile.from_dict(value) for key, value in data["profiles"].items()}
    return profiles, data["case"]


def check(case: dict[str, Any], profile: BusinessProfile) -> Result:
    text = case["text"]
    platform = case["platform"]
    analysis = {"label": case["label"], "flags": case.get("flags", []), "details": extract(text).to_dict()}
    out = suggest(
        analysis, text, platform=platform, author=case.get("author", ""), profile=profile, analyser=analyse_topics
    )
    draft, optional = out["draft"], out["draft_optional"] or ""
    result = Result(case["id"], draft=draft or optional)
    add = result.checks.append
    want_reply = case.get("reply", True)
    add(("reply" if want_reply else "no reply", (draft is not None) == want_reply))
    body = draft or ""
    for item in case.get("must", []):
        add((f"must '{item}'", _contains(body, item)))
    for item in case.get("optional_must", []):
        add((f"optional must '{item}'", _contains(optional, item)))
    for item in case.get("must_not", []):
        add((f"must not '{item}'", not _contains(f"{body}\n{optional}", item)))
    if "channel" in case:
        add((f"channel {case['channel']} (got {out['channel']})", out["channel"] == case["channel"]))
    for item in case.get("warn", []):
        add((f"warning '{item}'", any(item.lower() in w.lower() for w in out["warnings"])))
    limit = shipped_templates().platform(platform).limit
    if draft:
        cap = min(x for x in (case.get("max_length"), limit or None) if x) if (case.get("max_length") or limit) else 0
        if cap:
            add((f"fits {cap} (got {out['length']})", out["length"] <= cap))
        if platform == "google":
            add(("no DM offer on Google", not re.search(r"privébericht|\bDM\b", draft)))
        if platform in CHAT:
            add(("chat tone", not re.search(r"Goedendag|Met vriendelijke groet", draft)))
        add((f"thanks at most {case.get('max_thanks', 1)}", len(_THANKS.findall(draft)) <= case.get("max_thanks", 1)))
    return result


def evaluate() -> list[Result]:
    profiles, cases = load()
    return [check(case, profiles[case["business"]]) for case in cases]


def main(argv: list[str]) -> int:
    start = time.perf_counter()
    topic_finder()
    built = time.perf_counter()
    results = evaluate()
    done = time.perf_counter()
    total = sum(len(r.checks) for r in results)
    met = sum(passed for r in results for _, passed in r.checks)
    right = sum(r.ok for r in results)
    if "-v" in argv:
        for r in results:
            for name, passed in r.checks:
                if not passed:
                    print(f"{r.case}: {name}\n    {(r.draft or '').replace(chr(10), ' / ')}")
    print(f"comments: {len(results)}")
    print(f"expectations met: {met}/{total} = {met / total:.1%}")
    print(f"comments fully right: {right}/{len(results)} = {right / len(results):.1%}")
    complaints = [r.draft for r, c in zip(results, load()[1], strict=True) if c["label"] == "klacht" and r.draft]
    openings = {re.split(r"(?<=[.!?])\s", d.split("\n")[1] if "\n" in d else d)[0] for d in complaints}
    print(f"distinct first sentences in {len(complaints)} complaint drafts: {len(openings)}")
    print(f"topic finder built in {1000 * (built - start):.0f} ms (spaCy import included)")
    print(f"analyse + draft: {1000 * (done - built) / len(results):.1f} ms per comment")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
