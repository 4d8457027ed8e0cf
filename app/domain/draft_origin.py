"""A rumour that a thing comes from elsewhere ('de bolussen komen uit een fabriek', 'diepvriesstoofvlees van
de supermarkt', 'ze verkopen gestolen fietsen') and the FAQ entry that sets it straight: one about the same
thing (the word itself or the head of a compound: 'diepvriesstoofvlees' is 'vlees', 'tweedehandsfietsen'
are 'fietsen') that says where it comes from or that the business makes it itself."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from app.domain.draft_fact_words import fact_words
from app.domain.draft_facts import is_clause, key_words
from app.domain.draft_word_match import similar
from app.domain.draft_yes_lead import YES_NO_LEAD
from app.domain.profile import BusinessProfile, FaqItem
from app.domain.textnorm import normalise


def says_elsewhere(words: Iterable[str]) -> bool:
    """Whether a text's words say a thing was not made or got here: 'fabriek', 'diepvriesstoofvlees',
    'gestolen' (resources/fact_words.toml [elsewhere]; a long one also as part of a compound)."""
    elsewhere = fact_words().elsewhere
    long = tuple(e for e in elsewhere if len(e) >= 6)
    return any(w in elsewhere or (len(w) > 6 and (w.startswith(long) or w.endswith(long))) for w in words)


def _same_thing(word: str, key: str) -> bool:
    """'bolussen' ~ 'bolus', 'fiets' ~ 'tweedehandsfiets', 'diepvriesstoofvlees' ~ 'vlees': the same word,
    or one is the head of the other (four letters or more)."""
    if similar(word, key):
        return True
    short, long = sorted((word, key), key=len)
    if len(short) >= 4 and len(long) > len(short) and long.endswith(short):
        return True
    return len(_verb_stem(word)) >= 3 and _verb_stem(word) == _verb_stem(key)  # 'opbak' ~ 'bakt': both 'bak'


# A separable particle before a verb stem ('opbak', 'afwerken'): left off to compare the stem.
_PARTICLE = re.compile(r"^(?:op|af|aan|in|uit|mee|bij|weg|door)(?=[^\W\d_]{3})")


def _verb_stem(word: str) -> str:
    """The stem of a verb form as the lemmas give it ('bakt', 'opbak', 'bakken' → 'bak'); a noun stays near as it is."""
    stem = _PARTICLE.sub("", word.lower())
    stem = (
        stem[:-2]
        if stem.endswith("en") and len(stem) > 4
        else stem[:-1]
        if stem.endswith("t") and len(stem) > 3
        else stem
    )
    return stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else stem


def _about_origin(item: FaqItem) -> bool:
    """Whether a FAQ entry says where a thing comes from or that the business makes it itself."""
    said = set(normalise(f"{item.question} {item.answer}").split())
    return bool(said & fact_words().made_here)


def origin_faq(
    lemmas: Iterable[str], profile: BusinessProfile, lemmas_of: Callable[[str], Iterable[str]]
) -> FaqItem | None:
    """The FAQ entry that answers a rumour saying a thing comes from elsewhere; None when the rumour says
    no such thing or no entry speaks of where that thing comes from."""
    words = [w.lower() for w in lemmas]
    if not says_elsewhere(words):
        return None
    fw = fact_words()
    # the thing the rumour is about, not the words that say where it is from
    things = [w for w in words if w not in fw.elsewhere and len(w) >= 4]
    items = [item for item in profile.faq if _about_origin(item)]
    for item in items:
        keys = key_words(item.question, lemmas_of) - fw.made_here - fw.time_words
        if any(_same_thing(w, k) for w in things for k in keys):
            return item
    for item in items:  # 'Wanneer is het mosselseizoen? ... serveren we verse Zeeuwse mosselen': the fresh thing
        keys = key_words(" ".join(_made_here_things(item.answer)), lemmas_of) - fw.made_here - fw.time_words
        if any(_same_thing(w, k) for w in things for k in keys):
            return item
    return None


def brand_faq(
    lemmas: Iterable[str], profile: BusinessProfile, lemmas_of: Callable[[str], Iterable[str]]
) -> FaqItem | None:
    """The FAQ entry whose answer names the brand the business works with for the thing a rumour says it buys cheap
    ('goedkope verf van de Action' ~ 'Ja, ik kleur met de plantaardige lijn van Davines.'): the rumour says cheap
    or from a discount store (resources/fact_words.toml cheap_words) and the answer, which names a brand with a
    capital after 'met' or 'van' ('werken met Wella', 'de lijn van Davines'), shares the thing; None otherwise."""
    words = [w.lower() for w in lemmas]
    fw = fact_words()
    if not set(words) & fw.cheap_words:
        return None
    things = key_words(" ".join(w for w in words if w not in fw.cheap_words and w not in fw.elsewhere), lemmas_of)
    for item in profile.faq:
        brands = set(_capitalised(item.answer)) - set(_capitalised(profile.name))
        keys = key_words(item.answer, lemmas_of) - {normalise(b) for b in brands}
        if brands and any(_voiced_similar(w, k) for w in things for k in keys if len(k) >= 4):
            return item
    return None


def _voiced_similar(word: str, key: str) -> bool:
    """'verf' ~ 'verven', 'huis' ~ 'huizen': the same word, also when its f or s is voiced before an ending (the
    verb or plural of a noun in -f or -s, which the key words may hold instead: 'kleur' is 'verven')."""
    if similar(word, key):
        return True
    voiced = {"f": "v", "s": "z"}.get(word[-1:], "")
    return bool(voiced) and len(word) >= 4 and similar(f"{word[:-1]}{voiced}en", key)


def _capitalised(text: str) -> list[str]:
    """The words a text writes with a capital after 'met', 'van' or 'uit' inside a sentence ('... lijn van Davines' →
    'Davines'): the brand it works with, not a thing it is for ('onderdelen voor oude Gazelles')."""
    return re.findall(r"(?<![.!?:;]\s)\b(?:met|van|uit|with|by)\s+(?:het\s+merk\s+)?([A-Z][\w'&-]+)", text)


def _made_here_things(answer: str) -> list[str]:
    """The words right after a word of origin in a FAQ answer ('verse Zeeuwse mosselen' → 'zeeuwse', 'mosselen';
    'uit eigen bakkerij' → 'bakkerij'): the thing the answer says is fresh or made here."""
    words = normalise(answer).split()
    made_here = fact_words().made_here
    return [w for at, word in enumerate(words) if word in made_here for w in words[at + 1 : at + 3]]


def origin_said(item: FaqItem) -> tuple[str, dict[str, str]]:
    """The rumour line (its key in replies.toml [rumour]) and values for a FAQ entry that sets an origin
    rumour straight: 'Dat klopt niet. De bolussen bakken we elke ochtend vers ...' when the answer is a
    sentence of its own; its question and answer ('Waar komen ...? Uitsluitend van inruil ...') when not."""
    answer = item.answer.strip()
    lead = YES_NO_LEAD.match(answer)
    rest = answer[lead.end() :] if lead else answer
    if is_clause(re.split(r"[;,:]", rest, maxsplit=1)[0]):
        return "fact_wrong", {"feit": rest[:1].upper() + rest[1:]}
    return "faq", {"vraag": item.question.strip(), "antwoord": answer}
