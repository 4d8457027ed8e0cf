"""Word lists shared by drafting, topic detection and the report: one stop-word list, one month list, the writer's
own possessives (``MINE``, ``OURS``), and the one way a word list from a data file becomes a regex
(``alternation``, ``word_regex``).

Stop words are spaCy's Dutch list (``spacy.lang.nl.stop_words.STOP_WORDS``) plus the few extras
below, which spaCy leaves out but which never say what a comment is about.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
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
# The month names as one regex alternation, without a group around it ('januari|februari|...').
MONTH_WORDS = "|".join(MONTH_NAMES)
# The months of a season, as a writer names it ('in de winter', 'deze zomer') or a holiday heading does ('Zomer 2035').
SEASON_MONTHS = {
    "winter": ("december", "januari", "februari"),
    "zomer": ("juni", "juli", "augustus"),
    "lente": ("maart", "april", "mei"),
    "voorjaar": ("maart", "april", "mei"),
    "herfst": ("september", "oktober", "november"),
    "najaar": ("september", "oktober", "november"),
}
# The weekdays, Monday first, in full and shortened as a profile writes them ('ma–vr', 'Di.'); resources/
# fact_words.toml `weekdays` lists the same days for week_days().
WEEKDAY_NAMES = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
SHORT_WEEKDAYS = ("ma", "di", "wo", "do", "vr", "za", "zo")
# The hours of the clock in words, one to twelve ('om acht uur', 'half elf', 'tot zes').
HOUR_WORDS = ("een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf")

# The writer's own, before a noun: 'mijn fiets', "m'n taart", 'mn band' (one writer) and 'ons huis', 'onze dag'
# (the writer's people). Said back as the reader's ('je', 'uw', 'jullie'); app.nlp.topic_words builds on them.
MINE = frozenset({"mijn", "m'n", "mn"})
OURS = frozenset({"ons", "onze"})
# ... either: the possessives before the writer's own thing or person.
MINE_OR_OURS = MINE | OURS


# Someone else's, before a noun: 'haar dochter', 'zijn lippen', "z'n oor", Flemish 'zijne tand', 'zijnen'.
THEIRS = frozenset({"zijn", "zijne", "zijnen", "z'n", "haar", "d'r"})


def possessive_alternation() -> str:
    """MINE and OURS as one regex alternation, without a group ('mijn|onze|m'n|ons|mn')."""
    return alternation(tuple(sorted(MINE_OR_OURS)))


# A word that points back at a thing or place said before: a pointing word and a preposition written as one
# ('daarvan', 'ermee', 'hierop', 'daarheen', 'ernaartoe').
_POINTING_ENDS = (
    *("van", "mee", "voor", "over", "aan", "op", "in", "uit", "bij", "na", "om", "af", "toe", "door", "tegen"),
    *("heen", "naartoe"),
)


def pointing_alternation(heads: tuple[str, ...] = ("er", "daar", "hier")) -> str:
    """The words that point back ('daarvan', 'ermee', 'hierop'), with ``heads`` as their first part, as one regex
    alternation without a group; ('er', 'daar', 'hier', 'waar') also takes the question words ('waarvan')."""
    return f"(?:{alternation(heads)})(?:{alternation(_POINTING_ENDS)})"


def theirs_alternation() -> str:
    """THEIRS as one regex alternation, without a group ('zijnen|zijne|zijn|haar|z'n|d'r')."""
    return alternation(tuple(sorted(THEIRS)))


# Not in spaCy's list: verb forms common in comments ('hebt', 'gaat'), the abbreviations people
# type ('m'n', 'mn', 'ff') and intensifiers ('echt', 'heel', 'erg', 'graag').
EXTRA_STOP_WORDS = frozenset(
    {
        *("jij", "jou", "jouw", "hebt", "heb", "kunt", "wilt", "bent", "ben", "wordt", "gaan", "gaat", "ging"),
        *("komen", "komt", "kwam", "doet", "deed", "gedaan", "willen", "moeten", "m'n", "mn", "z'n", "ff", "keer"),
        *("echt", "heel", "erg", "graag", "nou", "niks"),
        *("mijne", "mijnen", "uwe", "uwen"),  # Flemish possessives: 'mijne fiets', 'uwe winkel'
        *("zijt", "zijde", "zedde", "hebde", "kunde"),  # Flemish forms of 'zijn', 'hebben', 'kunnen': 'Zijt ge open?'
    }
)


def word_set(text: str) -> frozenset[str]:
    """A word list written as one string ('hebben verkopen doen ...'), as a set."""
    return frozenset(text.split())


def _spacy_stop_words(lang: str = "nl") -> set[str]:
    """spaCy's list for ``lang`` ('nl', 'en'), read from its source file: importing ``spacy`` costs a second, the
    list a millisecond (the report command is timed). Imported after all when there is no source."""
    import ast
    import importlib.util

    spec = importlib.util.find_spec("spacy")  # a top-level package: found, not imported
    for folder in (spec.submodule_search_locations or []) if spec else []:
        source = Path(folder, "lang", lang, "stop_words.py")
        try:
            tree = ast.parse(source.read_text(encoding="utf-8"))
        except (OSError, SyntaxError, UnicodeDecodeError):
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) > 500:
                return set(node.value.split())
    module = importlib.import_module(f"spacy.lang.{lang}.stop_words")
    return set(module.STOP_WORDS)


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """spaCy's Dutch stop words and the extras, in lower case."""
    return frozenset(w.lower() for w in _spacy_stop_words()) | EXTRA_STOP_WORDS


@lru_cache(maxsize=1)
def english_stop_words() -> frozenset[str]:
    """spaCy's English stop words ('already', 'always', 'once'), in lower case."""
    return frozenset(w.lower() for w in _spacy_stop_words("en"))


def plural_people(word: str) -> bool:
    """Whether a word for the writer's people is plural ('kinderen', "opa's", 'jongens'; not 'zus', 'zoon')."""
    word = word.lower()
    return word.endswith(("en", "'s")) or (word.endswith("s") and not word.endswith(("us", "ss")))


def _entry(word: str, *, spaced: bool, stars: bool) -> str:
    r"""One entry as a regex: escaped; spaced: 'alleen wel' → 'alleen\s+wel'; stars: 'minpunt*' → 'minpunt\w*'."""
    core = word.strip("*") if stars else word
    text = r"\s+".join(re.escape(part) for part in core.split()) if spaced else re.escape(core)
    if not stars:
        return text
    return (r"\w*" if word.startswith("*") else "") + text + (r"\w*" if word.endswith("*") else "")


@cache
def alternation(words: tuple[str, ...], *, spaced: bool = False, stars: bool = False) -> str:
    """The words of a list as one regex alternation, without a group around it, the longest first ('Balen van'
    before 'Balen'), each escaped. ``spaced``: a space in an entry matches any white space; ``stars``: a '*' at
    the start or end of an entry stands for more letters. A ValueError for an empty list or entry: a pattern
    that matches everywhere is never what a word list means."""
    if not words or any(not w.strip("* ") for w in words):
        raise ValueError(f"een woordenlijst voor een patroon mag niet leeg zijn en geen lege woorden hebben: {words!r}")
    longest = sorted(words, key=len, reverse=True)
    return "|".join(_entry(w, spaced=spaced, stars=stars) for w in longest)


@cache
def word_regex(words: tuple[str, ...], flags: int = re.IGNORECASE, *, starts: bool = False) -> re.Pattern[str]:
    """The words as whole words ('(?<!\\w)(?:…)(?!\\w)'), compiled once per list; ``starts``: as the start of a
    word ('betaal' finds 'betaalparking')."""
    end = "" if starts else r"(?!\w)"
    return re.compile(rf"(?<!\w)(?:{alternation(words)}){end}", flags)


@lru_cache(maxsize=512)
def whole_word(word: str) -> re.Pattern[str]:
    """``word`` as a whole word (no letter, digit or '_' right before or after it), case-insensitive, compiled once
    per word."""
    return re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", re.I)


# What records an occasion: 'de trouwfoto's', 'de communievideo' name the occasion they were taken at; and 'de
# foto's' of a day show the work done for it, they are none of it (app/domain/draft_thanks.py).
RECORDS = ("foto", "video", "film", "fotoalbum", "album", "reportage")
