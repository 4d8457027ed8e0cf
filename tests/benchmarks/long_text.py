"""Benchmark: the readers that walk a whole text, on one long comment. Prints figures; asserts nothing.

    .venv/bin/python -m tests.benchmarks.long_text [--letters 5000]

A comment of that many letters with no sentence end (the worst case: one sentence), and the same with a full
stop every few words, each cut into words by spaCy's tokenizer and then read by
``topic_wish_sentences.wish_sentences`` (suggestions and minus points; no word of letting in it, the case that once
took seconds). That reader keeps what it needs of the sentence so far, so its time grows with the text, not with its
square: twice the letters is about twice the time.
"""

from __future__ import annotations

import argparse
import sys
import time

_WORDS = "misschien kunnen jullie ook eens een lamp verkopen want ze hebben me de fiets gegeven en het"


def _text(letters: int, stop: bool) -> str:
    words: list[str] = []
    while sum(len(w) + 1 for w in words) < letters:
        for i, word in enumerate(_WORDS.split()):
            words += [word, "."] if stop and i % 12 == 11 else [word]
    return " ".join(words)


def main(argv: list[str] | None = None) -> int:
    from app.nlp.topic_wish_sentences import wish_sentences
    from app.nlp.topics import topic_finder

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=5000)
    args = parser.parse_args(argv)
    nlp = topic_finder().nlp
    for letters in (args.letters, 2 * args.letters):
        for stop in (False, True):
            doc = nlp.make_doc(_text(letters, stop))
            start = time.perf_counter()
            found = wish_sentences(doc)
            took = time.perf_counter() - start
            shape = "met punten" if stop else "zonder punt"
            print(f"wish_sentences, {letters} letters {shape}: {len(doc)} tokens, {len(found)} in wensen, {took:.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
