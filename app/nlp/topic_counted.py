"""Things the business delivered or made, counted by the writer ('leverde vrijdag 60 dúmkes en een paar
sûkerbôles', 'bakte 40 spekkoeken'): a counted word after a verb of giving or making is a thing of the business,
also when the product lexicon does not know it (a regional bake, a brand's own name)."""

from __future__ import annotations

from typing import Any

from app.domain.topics import Mention
from app.domain.words import stop_words
from app.nlp.reader_words import reader_words, units
from app.nlp.topic_nouns import names_nothing
from app.nlp.topic_words import person_word

_WINDOW = 4  # words between the verb and the count
# resources/topic_readers.toml: [counted] deliver ('leverde', besides the praise words' verbs of giving and making),
# before_count (words before a count that make it a time, a place or a price: 'na 2 ritten', 'voor 3 personen'),
# and [units] (counts and measures that name no thing: '60 minuten', '40 personen').


def counted_made(doc: Any, give: frozenset[str], taken: set[int]) -> list[Mention]:
    """The things counted right after a verb of giving or delivering ('leverde vrijdag 60 dúmkes en een paar
    sûkerbôles' → dúmkes, sûkerbôles), as written and plural; [] when none ('gedaan ... na 2 ritten': a count after
    a preposition is a time or a place)."""
    found: list[Mention] = []
    deliver, before_count = reader_words()["counted"]["deliver"], reader_words()["counted"]["before_count"]
    for verb in (t for t in doc if t.lower_ in give or t.lower_ in deliver):
        i = next((t.i for t in doc[verb.i + 1 : verb.i + 1 + _WINDOW] if _count_at(doc, t.i)), -1)
        i = i if i >= 0 else _count_before(doc, verb)
        while i >= 0 and (i == 0 or doc[i - 1].lower_ not in before_count) and (thing := _after_count(doc, i, taken)):
            if all(f.text != thing.text for f in found):
                found.append(thing)
            # and a second count joined to it: '60 dúmkes en een paar sûkerbôles'
            after = i + 2
            joined = after < len(doc) and doc[after].lower_ == "en"
            i = next((k for k in (after + 1, after + 2, after + 3) if joined and _count_at(doc, k)), -1)
    return found


def _count_before(doc: Any, verb: Any) -> int:
    """A count before a participle at the end of its clause ('40 amandelstaven besteld', 'had 3 kerststollen bij
    jullie gekocht'): the nearest one in the window, in the verb's own clause, whose word comes before the verb."""
    for k in range(verb.i - 2, max(-1, verb.i - 2 - _WINDOW), -1):
        if doc[k].is_punct:
            return -1
        if _count_at(doc, k):
            return k
    return -1


def _count_at(doc: Any, i: int) -> bool:
    """Whether a count stands at ``i``: a number above one, or the 'paar' of 'een paar'."""
    if i >= len(doc):
        return False
    token = doc[i]
    return (token.text.isdecimal() and int(token.text) > 1) or (
        token.lower_ == "paar" and i > 0 and doc[i - 1].lower_ == "een"
    )


def _after_count(doc: Any, i: int, taken: set[int]) -> Mention | None:
    """The word after a count at ``i`` ('60', 'een paar'), when it names a thing."""
    count = _count_at(doc, i)
    if not count or i + 1 >= len(doc) or i + 1 in taken:
        return None
    word = doc[i + 1]
    text = word.lower_
    if not word.is_alpha or len(text) < 4 or text in stop_words() or text in units():
        return None
    if names_nothing(text) or person_word(text) or not text.endswith(("s", "en")):
        return None  # a plural names what was counted; 'twee vrolijke ...' is no thing
    return Mention(word.text if word.text[:1].isupper() else text, "de", plural=True)
