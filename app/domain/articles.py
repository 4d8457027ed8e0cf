"""'de' or 'het' for any Dutch noun: the one place the drafter learns a noun's article.

A noun the word lists know (resources/topics.toml [products] and [articles], resources/lexicons/
producten.txt with '=het' and '=mv') takes its listed article. Any other noun is read by its form, as
a Dutch speaker reads a word they never saw:

- a plural takes 'de' ('de taartjes', 'de kettingen'); a diminutive takes 'het' ('het kaartje',
  'het pannetje', Flemish 'het manneke');
- endings that always make a de-word ('de bestelling', 'de vriendelijkheid', 'de kwaliteit', 'de
  reservatie', 'de bakkerij', 'de limonade', 'de bibliotheek', 'de bougie') or a het-word ('het
  toerisme', 'het moment', 'het museum', 'het kapsel'; not 'ge-…-te': 'het gebergte' but 'de gemeente');
- a compound takes the article of its last part ('het verjaardagskaartje', 'de wijnkaart'), when that
  part is a listed word and the first part is long enough to be a word of its own;
- anything else: 'de', the article of about two thirds of Dutch nouns.

The form rules come before the compound rule: 'verbinding' ends in '-ing' (de), not in the het-word
'ding'. Pure string rules over the word lists: no spaCy, so the domain can use it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.resources import resource_path

# Nouns whose article the form rules below get wrong ('de datum' though '-um', 'de mossel' though
# '-sel'): the exceptions to the rules, not a list of products.
_EXCEPTIONS = {
    "datum": "de",
    "mossel": "de",
    "wissel": "de",
}
_DIMINUTIVE = re.compile(r"(?:[bcdfghkpstvxz]je|[aeiouy]tje|mpje|[bcdfgklmnprstvwxz]eke|[^aeiouy]ske)$")
_DIMINUTIVE_PLURAL = re.compile(r"(?:je|tje|pje|ke)s$")
_DE_ENDS = ("ing", "heid", "teit", "tie", "sie", "ij", "ade", "theek", "ie", "ens")
_HET_ENDS = ("isme", "ment", "um")
_HET_SEL = re.compile(r"[^aeious]sel$")  # 'het kapsel', 'het voedsel' (not 'de mossel', 'de wissel')
_MIN_FIRST = 3  # the first part of a compound: 'kerst' + 'kaart', not 'a' + 'kaart'


@lru_cache(maxsize=1)
def known_articles() -> dict[str, str]:
    """Every listed noun and its article: the product lexicon, then the topic data (which wins)."""
    words: dict[str, str] = {}
    path = resource_path("lexicons", "producten.txt")
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = line.split("#", 1)[0].strip().lower()
        word, _, marker = entry.partition("=")
        if word.strip():
            words[word.strip()] = "het" if marker.strip() == "het" else "de"
    from app.domain.topics import shipped_topic_data  # topics imports this module

    data = shipped_topic_data()
    words.update(data.products)
    words.update(data.articles)
    return words


def _plural(word: str, known: dict[str, str]) -> bool:
    """'taarten', 'croissants', 'foto's', 'rokken': a listed noun with a plural ending."""
    if _DIMINUTIVE_PLURAL.search(word):
        return True
    for ending in ("'s", "s", "en", "n"):
        stem = word[: -len(ending)] if word.endswith(ending) else ""
        undoubled = stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else ""
        if any(s in known for s in (stem, undoubled) if len(s) >= 3):
            return True
    return False


def diminutive(word: str) -> bool:
    """'kaartje', 'pannetje', 'bloempje', 'manneke': a diminutive (a het-word, whatever its base)."""
    return len(word) > 3 and _DIMINUTIVE.search(word.lower()) is not None


def _by_form(word: str) -> str:
    """The article the ending of ``word`` decides, '' when it decides none."""
    if diminutive(word):
        return "het"
    if word.endswith(_DE_ENDS):
        return "de"
    if (word.endswith(_HET_ENDS) and len(word) >= 5) or _HET_SEL.search(word):
        return "het"
    return ""


def article(noun: str, plural: bool = False, head: str | None = None) -> str:
    """'de' or 'het' for ``noun`` (the last word of a phrase counts: 'krokante friet' → 'de'). ``head``
    is the last part of a compound as a word list reads it ('' for no compound); without it, any listed
    word the noun ends in counts as its last part."""
    word = noun.strip().lower().rsplit(" ", 1)[-1].rsplit("-", 1)[-1] if noun.strip() else ""
    if plural or not word:
        return "de"
    known = known_articles()
    listed = known.get(word) or _EXCEPTIONS.get(word)
    if listed:
        return listed
    if _plural(word, known):
        return "de"
    tail = next((e for e in _EXCEPTIONS if word.endswith(e)), "")
    if tail:
        return _EXCEPTIONS[tail]  # 'de einddatum', like 'de datum'
    form = _by_form(word)
    if form:
        return form
    if head is not None:
        return article(head, head="") if head and head != word else "de"  # 'snoei-schaar', not 'snoeisc-haar'
    for cut in range(_MIN_FIRST, len(word) - 2):
        last = word[cut:]
        if last in known or last in _EXCEPTIONS:
            return known.get(last) or _EXCEPTIONS[last]
    return "de"
