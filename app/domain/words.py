"""Word lists shared by drafting, topic detection and the report: one stop-word list, one month list.

Stop words are spaCy's Dutch list (``spacy.lang.nl.stop_words.STOP_WORDS``) plus the few extras
below, which spaCy leaves out but which never say what a comment is about.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

MONTH_NAMES = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)

# Not in spaCy's list: verb forms common in comments ('hebt', 'gaat'), the abbreviations people
# type ('m'n', 'mn', 'ff') and intensifiers ('echt', 'heel', 'erg', 'graag').
EXTRA_STOP_WORDS = frozenset(
    {
        *("jij", "jou", "jouw", "hebt", "heb", "kunt", "wilt", "bent", "ben", "wordt", "gaan", "gaat", "ging"),
        *("komen", "komt", "kwam", "doet", "deed", "gedaan", "willen", "moeten", "m'n", "mn", "z'n", "ff", "keer"),
        *("echt", "heel", "erg", "graag", "nou", "niks"),
    }
)


def word_set(text: str) -> frozenset[str]:
    """A word list written as one string ('hebben verkopen doen ...'), as a set."""
    return frozenset(text.split())


def _spacy_stop_words() -> set[str]:
    """spaCy's Dutch list, read from its source file: importing ``spacy`` costs a second, the
    list a millisecond (the report command is timed). Imported after all when there is no source."""
    import ast
    import importlib.util

    spec = importlib.util.find_spec("spacy")  # a top-level package: found, not imported
    for folder in (spec.submodule_search_locations or []) if spec else []:
        source = Path(folder, "lang", "nl", "stop_words.py")
        try:
            tree = ast.parse(source.read_text(encoding="utf-8"))
        except (OSError, SyntaxError, UnicodeDecodeError):
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) > 500:
                return set(node.value.split())
    from spacy.lang.nl.stop_words import STOP_WORDS

    return set(STOP_WORDS)


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """spaCy's Dutch stop words and the extras, in lower case."""
    return frozenset(w.lower() for w in _spacy_stop_words()) | EXTRA_STOP_WORDS


def plural_people(word: str) -> bool:
    """Whether a word for the writer's people is plural ('kinderen', "opa's", 'jongens'; not 'zus', 'zoon')."""
    word = word.lower()
    return word.endswith(("en", "'s")) or (word.endswith("s") and not word.endswith(("us", "ss")))
