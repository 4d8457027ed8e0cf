"""How well the topic finder returns the thing the writer named, over all expectation rounds.

Run: ``.venv/bin/python -m tests.benchmarks.noun_recall [-v] [--round r34]``. For every comment, the
must-alternatives that occur in the comment as a word and that the word list knows as a noun are the
things a reviewer wanted named; words the analysis reports elsewhere (a person, an occasion, a body
part, a name, a time) are left out. The count is how many of the rest the analysis returns among its
products or praised things (by noun lemma). Wrong picks are products or praised things that are a word
but no noun in the word list (an adjective, a verb), a word only found inside quotes, or a time word.
"""

from __future__ import annotations

import re
import sys
from typing import Any

from app.domain.topics import TopicAnalysis
from app.nlp import lexicon
from app.nlp.topic_words import lemma
from app.nlp.topics import analyse_topics
from tests.benchmarks.draft_expectations import load, round_of

_QUOTED = re.compile(r"['‘\"“]([^'’\"”]{3,})['’\"”]")
_TIME = frozenset(
    {"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "ochtend", "middag"}
    | {"avond", "nacht", "week", "weekend", "dag", "uur", "minuut", "jaar", "maand", "gisteren", "vandaag"}
)


def _words(text: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[\w'-]+", text)]


def _elsewhere(a: TopicAnalysis) -> set[str]:
    """Words the analysis reports in another field than the things."""
    said = [*a.people, *a.passing, *a.names, *a.kin, *a.times, a.occasion_words, a.body, a.holiday, a.allergen]
    return {w.lower() for text in said for w in _words(text)}


def wanted(case: dict[str, Any], elsewhere: set[str]) -> set[str]:
    """Must-alternatives that are one word of the comment and a noun, not reported in another field."""
    words = set(_words(case["text"])) - elsewhere
    found: set[str] = set()
    for item in case.get("must", []):
        for raw in item.split("|"):
            alt = raw.strip().lower()
            if " " in alt or len(alt) < 3:
                continue
            found |= {w for w in words if w == alt or (w.startswith(alt) and len(w) - len(alt) <= 3)}
    return {w for w in found if lexicon.noun(w) and not lexicon.is_verb(w)}


def _key(word: str) -> str:
    return lexicon.noun(word) or lemma(word)


def wrong(case: dict[str, Any], things: list[str]) -> list[str]:
    quoted = {w for q in _QUOTED.findall(case["text"]) for w in _words(q)}
    outside = set(_words(_QUOTED.sub(" ", case["text"])))
    bad = []
    for thing in things:
        last = thing.split()[-1].lower()
        only_quoted = last in quoted and last not in outside
        if last in _TIME or only_quoted or (not lexicon.noun(last) and lexicon.is_word(last)):
            bad.append(thing)
    return bad


def main(argv: list[str]) -> int:
    only = argv[argv.index("--round") + 1] if "--round" in argv else None
    _, cases = load()
    total = got = fired = bad_total = 0
    for case in cases:
        if only and round_of(case["id"]) != only:
            continue
        a = analyse_topics(case["text"])
        things = [m.text for m in (*a.products, *a.praised)]
        keys = {_key(t.split()[-1]) for t in things} | {t.lower() for t in things}
        want = wanted(case, _elsewhere(a))
        hit = {w for w in want if _key(w) in keys or w in keys}
        bad = wrong(case, things)
        total, got, fired, bad_total = total + len(want), got + len(hit), fired + bool(things), bad_total + len(bad)
        if "-v" in argv and (want - hit or bad):
            print(f"{case['id']}: missed {sorted(want - hit)} wrong {bad} got {things}")
    print(f"named nouns returned: {got}/{total}; comments with a thing: {fired}; wrong picks: {bad_total}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
