"""Check the drafts against the expectation set in tests/data/draft_expectations*.toml.

Run: ``.venv/bin/python -m tests.benchmarks.draft_expectations [-v] [--round r5]`` — prints the share
of expectations met and of comments fully right (all expectations met), overall and per round
(r1 = the set developed with the code; r2, r3, ... were written before the fixes that followed),
and with -v every miss. The label and flags per comment are given in the set (what a correct
classifier says), so this measures drafting, not classification; the question sentences are found
the way the language assistant finds them. With ``--chain`` the whole chain is measured instead, as
``reageerwijzer suggest`` runs it: the shipped language assistant's label, flags and scores.
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

DATA = Path(__file__).resolve().parents[1] / "data"
SETS = sorted(DATA.glob("draft_expectations*.toml"))
CHAT = {"x", "instagram", "threads", "bluesky"}
_THANKS = re.compile(r"\b(?:dank|bedankt|dankjewel|dankuwel)\b", re.I)


@dataclass
class Result:
    case: str
    checks: list[tuple[str, bool]] = field(default_factory=list)
    draft: str | None = None
    outcome: str = ""  # the flowchart outcome the draft was written for
    reply: str | None = None  # the draft offered as the reply (not the optional light one), None if none is

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
    profiles: dict[str, BusinessProfile] = {}
    cases: list[dict[str, Any]] = []
    for path in SETS:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for key, value in data.get("profiles", {}).items():
            if key in profiles:
                raise ValueError(f"{path.name}: profile '{key}' is defined twice")
            profiles[key] = BusinessProfile.from_dict(value)
        cases.extend(data.get("case", []))
    return profiles, cases


def round_of(case_id: str) -> str:
    """'r5-12' → 'r5'; the first set (developed together with the code) is 'r1'."""
    match = re.match(r"^(r\d+)-", case_id)
    return match.group(1) if match else "r1"


def questions_of(text: str) -> list[str]:
    """The question sentences, found as the language assistant finds them (Analysis.questions)."""
    from app.nlp.pipeline import _questions

    return list(_questions(topic_finder().nlp.make_doc(text)))


def check(case: dict[str, Any], profile: BusinessProfile) -> Result:
    text = case["text"]
    platform = case["platform"]
    analysis = {
        "label": case["label"],
        "flags": case.get("flags", []),
        "scores": case.get("scores", {}),
        "details": extract(text).to_dict(),
        "questions": questions_of(text),
    }
    out = suggest(
        analysis, text, platform=platform, author=case.get("author", ""), profile=profile, analyser=analyse_topics
    )
    draft, optional = out["draft"], out["draft_optional"] or ""
    result = Result(case["id"], draft=draft or optional, outcome=out["outcome"], reply=draft)
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


def _classified(cases: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The cases with the shipped assistant's label, flags and scores instead of the given ones."""
    from app.nlp.pipeline import Assistant

    found = Assistant.load().analyse_many([c["text"] for c in cases], explain=False)
    return [
        dict(c, label=a.label, flags=list(a.flags), scores=dict(a.scores)) for c, a in zip(cases, found, strict=True)
    ]


def evaluate(chain: bool = False) -> list[Result]:
    profiles, cases = load()
    if chain:
        cases = _classified(cases)
    return [check(case, profiles[case["business"]]) for case in cases]


def _print_share(prefix: str, results: list[Result]) -> None:
    total = sum(len(r.checks) for r in results)
    met = sum(passed for r in results for _, passed in r.checks)
    right = sum(r.ok for r in results)
    print(
        f"{prefix}expectations met: {met}/{total} = {met / total:.1%}; "
        f"comments fully right: {right}/{len(results)} = {right / len(results):.1%}"
    )


def main(argv: list[str]) -> int:
    start = time.perf_counter()
    topic_finder()
    built = time.perf_counter()
    chain = "--chain" in argv
    only = argv[argv.index("--round") + 1] if "--round" in argv else None
    profiles, given = load()
    given = [c for c in given if only is None or round_of(c["id"]) == only]
    cases = _classified(given) if chain else given
    shown = [check(case, profiles[case["business"]]) for case in cases]
    done = time.perf_counter()
    if "-v" in argv:
        for r in shown:
            for name, passed in r.checks:
                if not passed:
                    print(f"{r.case}: {name}\n    {(r.draft or '').replace(chr(10), ' / ')}")
    print(f"comments: {len(shown)}" + (" (whole chain: the assistant's labels)" if chain else ""))
    _print_share("", shown)
    for name in sorted({round_of(r.case) for r in shown}, key=lambda n: int(n[1:])):
        _print_share(f"round {name}: ", [r for r in shown if round_of(r.case) == name])
    if chain:
        right = sum(c["label"] == g["label"] for c, g in zip(cases, given, strict=True))
        print(f"labels the assistant gave right: {right}/{len(given)} = {right / len(given):.1%}")
    complaints = [r.draft for r, c in zip(shown, given, strict=True) if c["label"] == "klacht" and r.draft]
    openings = {re.split(r"(?<=[.!?])\s", d.split("\n")[1] if "\n" in d else d)[0] for d in complaints}
    print(f"distinct first sentences in {len(complaints)} complaint drafts: {len(openings)}")
    print(f"topic finder built in {1000 * (built - start):.0f} ms (spaCy import included)")
    print(f"analyse + draft: {1000 * (done - built) / len(shown):.1f} ms per comment")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
