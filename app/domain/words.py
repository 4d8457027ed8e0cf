"""Word lists shared by drafting, topic detection and the report: one stop-word list, one month list.

Stop words are spaCy's Dutch list (``spacy.lang.nl.stop_words.STOP_WORDS``) plus the few extras
below, which spaCy leaves out but which never say what a comment is about.
"""

from __future__ import annotations

from functools import lru_cache

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


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """spaCy's Dutch stop words and the extras, in lower case."""
    from spacy.lang.nl.stop_words import STOP_WORDS

    return frozenset(w.lower() for w in STOP_WORDS) | EXTRA_STOP_WORDS
