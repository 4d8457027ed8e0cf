"""The focus of a question clause: the things it asks about ('een proefrit' of 'kan ik op zaterdag een proefrit
maken?', 'gelatine' of 'zit er gelatine in de kerststronken?'), as key words, so a kind counts as its kind
('labradoodle' is a 'hond' by resources/fact_words.toml). A fact answers a clause only when it names one of them,
and a clause is covered by a draft only when the draft names one. The nouns come from the analysis
(TopicAnalysis.nouns, app.nlp.topic_focus)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from app.domain.draft_fact_words import fact_words
from app.domain.draft_facts import key_words
from app.domain.draft_thing_kinds import qualities_named

_STRIP = ".,;:!?()'\""
# The words before a thing that go with it when it is said back ('een proeverij', 'de bruidsmeisjes').
_ARTICLES = frozenset({"de", "het", "een", "'n"})
# Prepositions after a thing that say which one or where ('gelatine in jullie kerststronken').
_AFTER = frozenset({"in", "op", "voor", "van", "met", "zonder", "bij", "uit"})
# The business's own as the writer says it.
_THEIRS = frozenset({"jullie", "uw", "julle", "ulle"})

Lemmas = Callable[[str], Iterable[str]]


def focus_of(nouns: Iterable[str], lemmas_of: Lemmas) -> tuple[frozenset[str], ...]:
    """The key words of the things a clause asks about, one group per noun in the order said ('knipbeurt' is
    {'knipbeurt', 'beurt'}); empty for a clause that names no thing ('kan dat?', 'kunnen we reserveren?')."""
    # nouns that name no thing asked about: when, how much, how many (resources/fact_words.toml not_focus, weekdays)
    unfocused = fact_words().not_focus | fact_words().weekdays
    groups = (frozenset(key_words(n, lemmas_of) - unfocused) for n in nouns if n.lower() not in unfocused)
    return tuple(dict.fromkeys(g for g in groups if g))


def names_focus(text: str, focus: tuple[frozenset[str], ...], lemmas_of: Lemmas) -> bool:
    """Whether a text names one of a clause's focus words: as a word of its own, a form of it, a part of a compound
    ('een e-bike-beurt' names 'beurt'), or by its kind; true when the clause names no thing."""
    if not focus:
        return True
    said = key_words(text, lemmas_of)
    return any(_same(f, w) for group in focus for f in group for w in said)


def _same(focus: str, word: str) -> bool:
    if focus[:5] == word[:5] and min(len(focus), len(word)) >= 4:
        return True
    return len(focus) >= 4 and focus in word


def _named(word: str, focus: tuple[frozenset[str], ...], lemmas_of: Lemmas) -> bool:
    """Whether one word of a clause is one of its focus words."""
    plain = word.strip(_STRIP).lower()
    return bool(plain) and any(_same(f, k) for group in focus for f in group for k in key_words(plain, lemmas_of))


# Something asked for by what it holds or lacks: 'iets zonder varkensvlees', 'iets met chocolade'.
_SOMETHING = re.compile(r"\biets\s+(?:zonder|met)\s+[a-zà-ÿ][\w-]*", re.I)


def focus_said(
    clause: str, nouns: tuple[str, ...], lemmas_of: Lemmas, ours: str = "onze", article: Callable[[str], str] = str
) -> str:
    """The first thing a clause asks about as the writer wrote it, with its article, one word before it that says
    what kind and a place after it ('een proeverij', 'een glutenvrije taart', 'gelatine in onze kerststronken',
    with ``ours`` for the business's own; ``article`` gives a noun's article, for 'ons brood'); '' when it names
    no thing."""
    without = _SOMETHING.search(clause)
    if without is not None:  # 'hebben jullie op het kerstmenu ook iets zonder varkensvlees?': something without it
        return " ".join(without.group(0).split())
    focus = focus_of(nouns, lemmas_of)
    if not focus:
        return ""
    words = clause.strip().rstrip("?!. ").split()
    for i, word in enumerate(words):
        if not _named(word, focus[:1], lemmas_of):
            continue
        start = i - 1 if i and words[i - 1].lower() in _ARTICLES else i
        if i > 1 and start == i and words[i - 2].lower() in _ARTICLES and words[i - 1].isalpha():
            start = i - 2  # 'een glutenvrije taart'
        end = i  # 'een glutenvrije taart': a thing asked right after it is the same thing
        # ... after a word that says what kind, as an adjective says it ('glutenvrije'), not after a noun ('de bus')
        while end + 1 < len(words) and words[end].endswith("e") and _named(words[end + 1], focus, lemmas_of):
            end += 1
        said = [w.strip(_STRIP) for w in words[start : end + 1]]
        place = _place_after(words[end:], set(nouns), ours, article)
        # 'Zit er gelatine in?': a bare noun right after 'er' is a mass noun, a thing by itself
        mass = start == i and i > 0 and words[i - 1].lower() == "er"
        if not _reads_as_thing(said, bool(place) or mass):
            return ""
        return " ".join([*_with_quality(said, words[end + 1 :]), *place])
    return ""


def _with_quality(said: list[str], after: list[str]) -> list[str]:
    """The thing with the kind the question asks it to be, said after it ('zijn jullie frietjes glutenvrij
    gebakken?' → 'glutenvrije frietjes', 'is de soep vegan?' → 'de vegan soep'; resources/fact_words.toml
    qualities), so a promise to find out says what is to be found out; as said when it names a kind already."""
    if said[0].lower() in {"een", "'n"} or qualities_named(" ".join(said)):
        return said  # 'een glutenvrij brood' would need the noun's gender
    variants = {v for q in fact_words().qualities for v in q.split("|")}
    words = [w.strip(_STRIP).lower() for w in after[:4]]
    at = next((k for k, w in enumerate(words) if w in variants), -1)
    # said of the thing itself, not of what it is made in or with ('frietjes in plantaardig vet')
    if at < 0 or (at > 0 and words[at - 1] in _AFTER):
        return said
    kind = words[at]
    adjective = f"{kind}e" if kind.endswith(("vrij", "isch")) else kind
    at = 1 if said[0].lower() in _ARTICLES else 0
    return [*said[:at], adjective, *said[at:]]


def _reads_as_thing(said: list[str], placed: bool) -> bool:
    """Whether the words said back read as a thing after 'Over ...:': with an article ('een proefrit', not the
    adjective 'de kleine'), as a plural or mass noun on its own ('pistolets', 'gluten') or with a place after it
    ('gelatine in onze kerststronken'); never a name ('de Delhaize')."""
    last = said[-1]
    # (a diminutive ends in 'e' too and is a thing: 'een staaltje', 'een broodje')
    adjective = last.endswith("e") and not last.endswith("je")
    if not last[:1].islower() or (len(said) > 1 and adjective and said[0].lower() in _ARTICLES):
        return False  # 'Zeebries', 'de kleine'
    return len(said) > 1 or placed or (len(last) >= 6 and last.endswith(("s", "en")))


def _place_after(words: list[str], nouns: set[str], ours: str, article: Callable[[str], str]) -> list[str]:
    """The words after a thing that say which one ('in jullie kerststronken' → 'in onze kerststronken'): a
    preposition and up to three words that end on a noun; none when no preposition follows the thing."""
    if len(words) < 3 or words[0][-1:] in ",;:" or words[1].lower() not in _AFTER:
        return []
    said: list[str] = [words[1].lower()]
    for k, word in enumerate(words[2:5], start=2):
        plain = word.strip(_STRIP)
        lower = plain.lower()
        if lower in _THEIRS:  # 'ons brood', 'onze taarten'
            after = words[k + 1].strip(_STRIP).lower() if k + 1 < len(words) else ""
            plain = "ons" if ours == "onze" and after and article(after) == "het" else ours
        elif lower not in _ARTICLES and lower not in nouns:
            break
        said.append(plain)
        if lower in nouns:
            return said
        if word[-1:] in ",;:":
            break
    return []
