"""The thing a comment is about when the product lexicon does not know it.

The shipped pipeline has no tagger, so a noun is found by its place: the first word after an
article or possessive ('het houten treintje', 'een prachtige wijnselectie', 'onze bank') that is
not an adjective in front of it, not a stop word (spaCy's Dutch list, app.domain.words), not a
person, time or abstract word (resources/lexicons/geen_onderwerp.txt) and not already part of
another concept (an occasion, a safety problem, a person). Such a guess is marked ``guessed``: the
drafter names it where naming it cannot go wrong ('over het treintje'), never as a cause.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache
from typing import Any

from app.domain.topics import Mention
from app.domain.words import stop_words, word_set
from app.nlp import lexicon
from app.nlp.praise_words import praise_words
from app.nlp.topic_left_behind import left_behind
from app.nlp.topic_words import abusive, agent_noun, person_word
from app.resources import resource_path

# Not 'jullie': far more often the subject ('wat gaan jullie daaraan doen') than a possessive.
DETERMINERS = frozenset({"de", "het", "een", "mijn", "m'n", "mn", "onze", "ons"})
MY = frozenset({"mijn", "m'n", "mn"})
# Material adjectives end in -en like plural nouns: 'het houten treintje', 'een wollen trui'.
_MATERIAL = frozenset({"houten", "wollen", "leren", "gouden", "zilveren", "stenen", "glazen", "katoenen", "plastic"})
_ADJECTIVE_ENDS = ("e", "ig", "lijk", "isch")
_NOUN_ENDS = ("tie", "sie", "rie", "gie", "pie", "ee")
_PARTICIPLE = re.compile(
    r"^(?:af|op|aan|uit|in|mee|over|door|toe|terug|weg|na|vast|voor|bij|om|tegen|ver)?ge[a-z]{3,}(?:en|d|t)$"
)
# Participles without 'ge': 'vergoed', 'betaald', 'bezorgd', 'ontvangen' (not 'verband', 'bericht': nouns).
_PREFIXED_PARTICIPLE = re.compile(r"^(?:ver|be|ont|her)[a-z]{3,}(?:d|t|en)$")
_ORDINALS = word_set("eerste tweede derde vierde vijfde zesde zevende achtste negende tiende laatste volgende vorige")
_NO_THING_BEFORE = frozenset({"als", "na", "tijdens", "sinds"})
_NUMBERS = frozenset({"twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "paar"})


@lru_cache(maxsize=1)
def not_objects() -> frozenset[str]:
    """Words that never name what the writer bought or asked about (the lexicon file)."""
    path = resource_path("lexicons", "geen_onderwerp.txt")
    words = (line.split("#", 1)[0].strip().lower() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(w for w in words if w)


def participle(word: str) -> bool:
    """'afgesproken', 'gerepareerd', 'opgehaald': a verb form, never a product ('rok' in 'afgesproken')."""
    return bool(_PARTICIPLE.match(word.lower()))


@lru_cache(maxsize=1)
def _measures() -> frozenset[str]:
    """Measures and packages ('een fles wijn', 'een zak krentenbollen'): a noun before a noun, not a kind."""
    return praise_words().measures


def noun_after_modifier(doc: Any, i: int, loose: bool = False) -> Any | None:
    """The noun right after the word at ``i`` when that word only says what kind it is: a participle, an
    adjective or a word the word list knows as no noun of its own before a noun it does know ('de gebakken
    scholfilet', 'een tweedehands driewieler', 'mijn gereserveerde oliebollen'); None otherwise ('twee
    broodjes kaas', 'een kopje koffie': a noun or a measure before a noun keeps its place)."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is None or not (nxt.is_alpha and nxt.is_lower and doc[i].is_alpha and doc[i].is_lower):
        return None
    after, word = nxt.lower_, doc[i].lower_
    if (
        after in stop_words()
        or after in not_objects()
        or participle(after)
        or lexicon.is_verb(after)
        or after in _PARTICLES
        or _short_verb(after)
    ):
        return None
    if (
        not lexicon.noun(after)
        or names_nothing(after)
        or word in stop_words()
        or word.endswith(("je", "jes"))
        or _PRONOMINAL.match(word)
    ):
        return None
    counted = i > 0 and (doc[i - 1].like_num or doc[i - 1].lower_ in _NUMBERS)  # 'twee glazen bubbels'
    kind = participle(word) or (word in _MATERIAL and not counted) or not lexicon.known_noun(word)
    # with ``loose`` (the word is no product of the lexicon) also a noun that says which kind ('een tweedehands
    # driewieler'), unless it is a measure, a person or a time ('een zak chips', 'de bakker zelf')
    kind = kind or (loose and word not in _measures() and not names_nothing(word) and _ends_phrase(doc, i + 1))
    return nxt if kind and lexicon.is_word(word) else None


def _short_verb(word: str) -> bool:
    """'sta', 'ga', 'doe', 'zie': the 'ik'-form of a short verb, also a noun in the word list ('bij de broodbus
    sta')."""
    verbs = lexicon.word_list().verbs
    return len(word) <= 3 and (f"{word}an" in verbs or f"{word}n" in verbs)


def _ends_phrase(doc: Any, i: int) -> bool:
    """Whether the noun at ``i`` ends an object phrase inside its sentence: a preposition or conjunction
    follows ('een tweedehands driewieler voor hem'; not 'de muziek staat zo hard', where 'staat' is a verb,
    nor 'kijk eens in de spiegel schat.', where 'schat' is said to someone)."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is not None and nxt.lower_ in _PHRASE_ENDS


# Words that follow an object phrase: prepositions and conjunctions.
_PHRASE_ENDS = frozenset(
    {"voor", "met", "van", "in", "op", "aan", "uit", "bij", "naar", "om", "over", "door", "tegen", "zonder"}
    | {"na", "tot", "en", "of", "maar", "want", "die", "dat", "gekocht", "gehaald", "besteld", "gemaakt"}
)
# Separable particles, also nouns in the word list ('mee', 'terug'): 'gaf me een leenfiets mee'.
_PARTICLES = frozenset(
    {"mee", "terug", "weg", "door", "over", "toe", "om", "bij", "na", "voor", "uit", "aan", "af", "op"}
)


def _adjective(token: Any, following: Any) -> bool:
    word = token.lower_
    if word in _MATERIAL or word.isdigit() or word in _NUMBERS:
        return True
    if noun_after_modifier(token.doc, token.i, loose=True) is not None:
        return True  # 'een tweedehands driewieler'

    if word.endswith(("tje", "pje", "kje", "je")) and not word.endswith("ije"):
        return False  # a diminutive is a noun: 'het treintje dat ...'

    if word.endswith(_NOUN_ENDS):
        return False  # 'een prachtige wijnselectie samen': -tie, -sie, -rie are nouns
    if following is not None and make_at(token.doc, following.i):
        return True  # 'een nieuwe Ridley': 'nieuwe' says which one, the make is the thing
    if following is not None and following.is_alpha and not following.is_lower and word.endswith(_ADJECTIVE_ENDS):
        # before a name or an abbreviation ('mijn nieuwe KPI', 'mijn oude Gazelle') a word the word list knows
        # as no noun says which one
        return not lexicon.noun(word)
    # An adjective stands before another noun ('zware tak'); before a stop word it is the noun itself.
    return (
        following is not None
        and alpha_word(following)
        and following.is_lower
        and following.lower_ not in stop_words()
        and word.endswith(_ADJECTIVE_ENDS)
    )


def alpha_word(token: Any) -> bool:
    """A word of letters, also a compound with a hyphen ('een nieuwe e-bike', 'mooie t-shirts')."""
    parts = token.text.split("-")
    return token.is_alpha or (len(parts) > 1 and all(p.isalpha() for p in parts))


def _noun_after(doc: Any, i: int, blocked: set[int]) -> Any | None:
    """The head noun of the phrase that starts after position ``i`` (up to two adjectives)."""
    j = i + 1
    for _ in range(3):
        if j >= len(doc):
            return None
        token = doc[j]
        if j > i + 1 and j not in blocked and make_at(doc, j):
            return token  # 'een nieuwe Ridley': the make named is the thing
        if token.is_lower and j + 1 < len(doc) and j + 1 not in blocked and make_at(doc, j + 1):
            return doc[j + 1]  # 'de oude Batavus van mijn vader': also when 'oude' is a concept's word
        if not alpha_word(token) or not token.is_lower or j in blocked:
            return None
        following = doc[j + 1] if j + 1 < len(doc) else None
        if not _adjective(token, following):
            return token
        j += 1
    return None


def _object_at(doc: Any, i: int, blocked: set[int], dets: frozenset[str] = DETERMINERS) -> Mention | None:
    """The noun after the article or possessive at ``i`` when it can name a thing, else None."""
    det = doc[i].lower_
    if det not in dets or (i > 0 and doc[i - 1].lower_ in _NO_THING_BEFORE):
        # 'draait als een zonnetje': a comparison names no thing; 'na een zware kwartaalafsluiting': a moment
        return None
    noun = _noun_after(doc, i, blocked)
    if noun is not None and det == "een":
        noun = _after_bare_adjective(doc, noun, blocked)
        if noun is None:
            return None
    if noun is None:
        return None
    word = noun.text if noun.is_title else noun.lower_  # a make keeps its capital ('de Ridley')
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    # 'de volle 18 euro', 'de hele 3 uur': a word before an amount, no thing
    amount = after is not None and (after.like_num or after.text == "€")
    if after is not None and (
        after.lower_ in not_objects() or (amount and word.endswith("e") and not lexicon.known_noun(word))
    ):
        return None  # 'een extra dag': the word is a modifier of a noun that names nothing
    if names_nothing(word) or (agent_noun(word) and said_of_someone(doc, i)):
        return None  # 'Tim was een topper', 'wat een prutsers': what someone is, no thing
    if det == "het" and word.endswith("en"):
        return None  # 'tijdens het laden', 'na het eten': a verb used as a noun
    mention = _mention(det, word)
    if det == "een" and noun.i > i + 1 and not mention.plural and _uninflected(doc[noun.i - 1].lower_):
        return replace(mention, article="het")  # 'een nieuw onderdeel': only before a het-word has it no -e
    return mention


# Adjectives and adverbs that never take an -e, so they say nothing of the noun's article ('een extra dag').
_INVARIABLE = frozenset({"extra", "gratis", "super", "top", "prima", "plastic", "tweedehands", "echt", "heel", "erg"})


def _uninflected(word: str) -> bool:
    """'nieuw', 'klein', 'prachtig' after 'een': an adjective without its -e, which Dutch drops only before a
    het-word ('een klein pannetje', 'een nieuw onderdeel'; 'een nieuwe ketting')."""
    if word.endswith(("e", "en")) or word in _INVARIABLE or word in _MATERIAL or word in stop_words():
        return False
    if word in _DEGREE or word in _measures() or lexicon.is_verb(word) or not lexicon.is_word(word):
        return False  # 'een stuk taart', 'een zak chips': a measure before its noun
    # no noun of its own, or an adjective by its inflected form ('nieuw-e', 'gro-te', 'dik-ke'); not 'een ijzer'
    others = lexicon.word_list().others
    long_vowel = len(word) > 3 and word[-2] == word[-3] and word[-2] in "aeou"
    forms = (f"{word}e", f"{word}{word[-1]}e", f"{word[:-2]}{word[-1]}e" if long_vowel else "")
    return not lexicon.known_noun(word) or any(f in others for f in forms if f)


# Before an article, these make the noun say what someone is: 'is een prutser', 'wat een knoeiers',
# 'stelletje oplichters'; also after an adverb or a superlative: 'zijn echt de slechtste prutsers'.
_BE = frozenset({"is", "was", "zijn", "waren", "ben", "bent", "blijft", "blijven", "lijkt", "lijken"})
_SAID_OF = _BE | {"wat", "stelletje", "stel", "bende"}


def said_of_someone(doc: Any, i: int) -> bool:
    """Whether the article at ``i`` opens a phrase that says what someone is ('Tim was een topper', 'wat
    een prutsers'), looking back past at most two adverbs ('is echt een ...', 'zijn gewoon echt de ...')."""
    for back in range(1, 4):
        before = doc[i - back] if i - back >= 0 else None
        if before is None or not before.is_alpha:
            return False
        if before.lower_ in _SAID_OF:
            return True
        if before.lower_ not in stop_words() and not before.lower_.endswith(("lijk", "ig", "echt", "gewoon")):
            return False
    return False


def verb_form(word: str) -> bool:
    """'wordt het vergoed', 'het bezorgd', 'een zaak opent': a verb form the word list knows as no noun."""
    if lexicon.is_verb(word) and not lexicon.known_noun(word):
        return True
    # not a compound the word list reads as nouns: 'bedrijfsfietsen', 'herenknipbeurt'
    return _PREFIXED_PARTICIPLE.match(word) is not None and not lexicon.noun(word)


def names_nothing(word: str) -> bool:
    """A word after an article that is no thing: too short, a stop word or a word of the lexicon, a
    participle, a diminutive of such a word ('een ideetje'), an adverb or adjective ('het eindelijk')."""
    if len(word) < 3 or word in stop_words() or word in not_objects() or participle(word) or _PRONOMINAL.match(word):
        return True  # ... or 'ervoor', 'daarna': an adverb
    if any(word.endswith(end) and word[: -len(end)] in not_objects() for end in ("tje", "etje", "pje", "je")):
        return True
    if any(word.endswith(end) and word[: -len(end)] in not_objects() for end in ("s", "en", "nen")):
        return True  # a plural of such a word: 'monteurs', 'collega's', 'klanten'
    if person_word(word) or verb_form(word) or abusive(word):
        return True  # 'onze monteurs', 'de baliemedewerker', 'een domme trut': people, never the damaged thing
    if word in _ORDINALS or re.match(r"^\d+(?:e|de|ste)$", word):
        return True  # 'het is inmiddels de derde': a number in a row, no thing
    if word in {"staat", "stond", "stonden", "ligt", "lag", "zit", "zat", "komt", "kwam", "gaat", "ging"}:
        return True  # a verb after its subject ('op de site staat ...'), no noun
    if len(word) > 5 and word.endswith(("ist", "isten", "iër", "iërs", "iers")):
        return True  # 'een veganist', 'drie vegetariërs': people the writer came with, no thing
    # also inflected before a noun the tokenizer kept apart ('ons jaarlijkse relatie-event')
    return (
        word.endswith(("lijk", "isch", "lijke", "lijkse", "ische"))
        or (word.endswith(("ig", "ige")) and len(word) > 4)
        or _no_noun_word(word)
    )


def _no_noun_word(word: str) -> bool:
    """A word the word list knows only as no noun ('de schoonste', 'een welgemeend bedankt'), a superlative ('de
    mooiste') or a phrase glued with hyphens ('mijn ketting-eraf-situatie'): never a thing to say back. Plurals
    the list keeps apart ('rozen', 'glazen') stay things."""
    if word.count("-") >= 2:
        return True
    if word.endswith(("en", "s", "'s")) or "-" in word:
        return False
    stem = word[:-3] if word.endswith("ste") else ""
    superlative = len(stem) >= 3 and lexicon.is_word(stem)  # ('knapste' is listed as a noun too)
    return superlative or (lexicon.is_word(word) and not lexicon.noun(word))


def noun_mention(det: str, word: str) -> Mention | None:
    """``word`` after the determiner ``det`` as a thing the writer named, or None when it names none."""
    return None if names_nothing(word) or (det == "het" and word.endswith("en")) else _mention(det, word)


_WHERE = frozenset({"in", "aan", "achter", "naast", "onder"})
# Verbs of coming or going: 'kwam speciaal naar het verzorgingshuis' names where someone went, not the thing done.
_WENT = frozenset(
    {"kwam", "kwamen", "komt", "komen", "ging", "gingen", "gaat", "reed", "reden", "rijdt", "liep", "liepen", "fietste"}
)


def went_to(doc: Any, det: int) -> bool:
    """Whether the article at ``det`` follows 'naar' after a verb of going, a word or two between ('kwam speciaal
    naar het hospice', 'reed helemaal naar de camping'): the noun after it is where someone went."""
    if det < 1 or doc[det - 1].lower_ != "naar":
        return False
    return any(t.lower_ in _WENT for t in doc[max(0, det - 4) : det - 1])


_PRONOMINAL = re.compile(r"^(?:er|daar|hier|waar)(?:af|aan|in|op|uit|mee|na|over|door|voor|bij|om|onder|tegen|toe)$")
_DEMONSTRATIVES = frozenset({"die", "deze", "dat", "dit"})
_SUBJECTS = frozenset({"ik", "je", "jij", "we", "wij", "u", "ze", "zij", "hij", "jullie", "men"})


def _after_bare_adjective(doc: Any, noun: Any, blocked: set[int]) -> Any:
    """'een kaal hoofd', 'een groot feest': after 'een' an adjective before a het-word has no -e, so
    when another plain word follows, that one is the noun."""
    nxt = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if noun.lower_.endswith("e") or nxt is None or not (nxt.is_alpha and nxt.is_lower) or nxt.lower_ in stop_words():
        return noun  # 'een prachtige wijnselectie samen': an -e word is the noun itself here
    if nxt.i in blocked:
        return None  # 'een kaal hoofd': the phrase names a body part, no thing
    if participle(nxt.lower_) or nxt.lower_.endswith("en"):
        return noun  # 'een leesclub beginnen': a verb follows the noun
    if comparative(noun, nxt):
        return None  # 'een centimeter korter dan rechts', 'een stuk duurder': a comparison names no thing
    after = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
    if after is not None and after.i not in blocked and _adjective(nxt, after):
        return after  # 'een compleet nieuwe look': an adverb, an adjective, then the noun
    return nxt


# How much more or less: 'een centimeter korter', 'een stuk duurder', 'een graad kouder'.
_DEGREE = word_set(
    "stuk beetje tikje tik pak graad centimeter cm millimeter mm meter kilo gram euro minuut kwartier uur dag week"
)


def comparative(noun: Any, nxt: Any) -> bool:
    """'korter' in 'een centimeter korter dan rechts': a comparative after a degree word or before 'dan'."""
    word = nxt.lower_
    if not word.endswith("er") or len(word) < 5:
        return False
    after = nxt.doc[nxt.i + 1] if nxt.i + 1 < len(nxt.doc) else None
    return noun.lower_ in _DEGREE or (after is not None and after.lower_ == "dan")


# 'beste asperges van Noord-Limburg', 'verse croissants uit eigen oven': where it is from ends the phrase too
_CLOSE_PREPS = frozenset({"van", "uit"})


def adjective_nouns(doc: Any, blocked: set[int]) -> list[Mention]:
    """'Vorige week slappe sla, deze week zachte tomaten.': an inflected adjective and the noun that
    ends its phrase, when no article was used."""
    found: list[Mention] = []
    for token in doc[:-1]:
        noun = doc[token.i + 1]
        end = doc[token.i + 2] if token.i + 2 < len(doc) else None
        closes = end is None or end.is_punct or end.lower_ in {"en", "of", "maar"} | _CLOSE_PREPS
        # also the sentence's first word, with its capital: 'Rommelige snit, en ...'
        opens = token.is_title and (token.i == 0 or doc[token.i - 1].text in {".", "!", "?"})
        plain_adjective = (
            token.is_alpha
            and (token.is_lower or opens)
            and token.lower_.endswith("e")
            and not token.lower_.endswith("je")
        ) and len(token) > 3
        if not (plain_adjective and closes and noun.is_alpha and noun.is_lower and noun.i not in blocked):
            continue
        word = noun.lower_
        if names_nothing(word) or token.lower_ in _NUMBERS:
            continue  # 'drie vegetariërs': a number is no adjective, people are no thing
        if _PRONOMINAL.match(word):
            continue  # 'eraf', 'daarna', 'hierover': an adverb
        if token.lower_ in stop_words() or (token.i > 0 and doc[token.i - 1].lower_ in DETERMINERS | _ABSENT):
            continue  # after 'geen' or 'zonder' the thing was not there: 'geen onnodige verkooppraatjes'
        found.append(_mention("de", word))
    return found[:2]


_ABSENT = frozenset({"geen", "zonder"})


_LINKING = frozenset({"was", "is", "waren", "zijn", "smaakte", "smaakten", "smaakt", "heeft", "had", "zag", "ziet"})


def _demonstrative_subject(doc: Any, i: int) -> bool:
    """'Die eendenborst was ongelooflijk.': a demonstrative that opens a sentence before a noun and its verb."""
    starts = i == 0 or doc[i - 1].text in {".", "!", "?"}
    after = doc[i + 2] if i + 2 < len(doc) else None
    return starts and doc[i].lower_ in _DEMONSTRATIVES and after is not None and after.lower_ in _LINKING


# Whose a thing is, before its adjective: 'mijn oude Oxford', 'zijn trouwe Fordson'.
_OWNERS = frozenset({"mijn", "m'n", "mn", "onze", "ons", "zijn", "z'n", "haar", "d'r", "hun"})


def make_at(doc: Any, j: int) -> bool:
    """'een nieuwe Ridley', 'mijn tweedehands Cube': a capitalised word after an adjective that says a thing was
    bought new or used names a make (resources/praise.toml ``thing_adjectives``), no person."""
    if j < 1 or not doc[j].is_title:
        return False
    # 'mijn oude Oxford', 'op zijn trouwe Fordson': after a possessive, an age or long use makes it a thing; so
    # does whose it is after it ('de oude Batavus van mijn vader')
    whose = j + 2 < len(doc) and doc[j + 1].lower_ == "van" and doc[j + 2].lower_ in _OWNERS
    before = doc[j - 2].lower_ if j > 1 else ""
    aged = doc[j - 1].lower_ in praise_words().owned_adjectives
    owned = aged and (before in _OWNERS or (before in {"de", "het"} and whose))
    return owned or doc[j - 1].lower_ in praise_words().thing_adjectives


def idiom_positions(doc: Any) -> set[int]:
    """Token positions inside a fixed phrase whose noun names no thing ('alles was tot in de puntjes verzorgd',
    'in de watten gelegd', 'liep op rolletjes'; resources/praise.toml ``idioms``)."""
    words = [t.lower_ for t in doc]
    found: set[int] = set()
    for idiom in praise_words().idioms:
        parts = idiom.split()
        for i in range(len(words) - len(parts) + 1):
            if words[i : i + len(parts)] == parts:
                found.update(range(i, i + len(parts)))
    return found | to_the_last(doc) | nuisance(doc)


# What may stand between 'last' and what it was of: 'last van de hitte', 'last gehad van de drukte'.
_NUISANCE_BETWEEN = frozenset({"gehad", "gekregen", "meer", "nog", "ook", "echt"})
# Only what is named with a definite article: 'last van de hitte', not a trouble of the body the business helped
# with ('last van een ingegroeide teennagel', 'last van mijn rug').
_DEFINITE = frozenset({"de", "het", "'t", "die", "dat", "deze", "dit"})


def nuisance(doc: Any) -> set[int]:
    """Token positions of 'last van de hitte', 'geen last gehad van de felle zon': what bothered (or did not bother)
    someone is no thing of the business, had or praised."""
    words = [t.lower_ for t in doc]
    found: set[int] = set()
    for i, word in enumerate(words):
        if word != "last":
            continue
        at = i + 1
        while at < len(words) and words[at] in _NUISANCE_BETWEEN:
            at += 1
        if at + 1 >= len(words) or words[at] != "van" or words[at + 1] not in _DEFINITE:
            continue
        end = at + 2
        while end < min(len(words), at + 4) and doc[end].is_alpha and words[end] not in {"en", "of", "maar"}:
            end += 1
        found.update(range(i, end))
    return found


def to_the_last(doc: Any) -> set[int]:
    """Token positions of 'tot de laatste ...': 'van de ontvangst tot de laatste bitterbal', 'tot het laatste
    nummer' say the end of all of it, no thing had or praised."""
    words = [t.lower_ for t in doc]
    found: set[int] = set()
    for i in range(len(words) - 3):
        if words[i] == "tot" and words[i + 1] in {"de", "het"} and words[i + 2] == "laatste":
            found.update(range(i, i + 4))
    return found


def guessed_objects(
    doc: Any, taken: Iterable[int], limit: int = 2, wished: frozenset[int] = frozenset()
) -> list[Mention]:
    """Up to ``limit`` nouns the writer put after an article or possessive, in the order said.
    ``taken`` are token positions that belong to a concept already (occasion, person, safety)."""
    blocked = set(taken)
    found: list[Mention] = []
    for token in doc:
        mention = _object_at(doc, token.i, blocked)
        if mention is None and _demonstrative_subject(doc, token.i):
            mention = _object_at(doc, token.i, blocked, DETERMINERS | _DEMONSTRATIVES)  # 'Die eendenborst was ...'
            mention = replace(mention, article=lexicon.article(mention.text)) if mention is not None else None
        if mention is not None and token.i > 0 and (doc[token.i - 1].lower_ in _WHERE or went_to(doc, token.i)):
            mention = replace(mention, place=True)  # 'in de serre': where it was, not what was had
        if mention is not None and mention.own and left_behind(doc, token.i):
            continue  # 'bleek ik mijn portemonnee vergeten': what the writer forgot is no thing of the shop's
        if mention is not None and all(m.text != mention.text for m in found):
            # named in a suggestion or a minus point ('Alleen de muziek mocht zachter'): not praised
            found.append(replace(mention, wished=True) if token.i in wished else mention)
            if len(found) >= limit:
                break
    return found


# Plural endings of nouns the lexicon does not know ('truffels', 'stickers', 'wieltjes').
_PLURAL_ENDS = ("jes", "els", "ers", "ems", "ies", "ons")


_SINGULAR_EN = frozenset({"kussen", "zitkussen", "hoofdkussen", "sofakussen"})


def _mention(det: str, word: str) -> Mention:
    plural = word.endswith(_PLURAL_ENDS) and len(word) > 5 and det not in {"een", "het", "ons"}
    # 'mijn krullen', 'de ratten': a doubled consonant before -en is a plural ('het kussen' is not)
    doubled = re.search(r"([bdfgklmnprst])\1en$", word) is not None and word not in _SINGULAR_EN
    plural = plural or (doubled and len(word) > 5 and det not in {"een", "het", "ons"})
    # 'die asperges' is plural; 'de cursus', 'de kaas' are not
    plural = plural or (
        det in {"de", "die", "deze"} and len(word) > 5 and word.endswith("es") and not word.endswith("ies")
    )
    if det in {"het", "ons"}:
        article = "het"  # 'ons' goes with het-words ('ons wagenpark'), 'onze' with de-words
    elif det == "de" or plural:
        article = "de"
    elif word.endswith(("je", "tje", "pje")):
        article = "het"  # a diminutive
    else:
        article = lexicon.article(word)
    return Mention(word, "de" if plural else article, plural, own=det in MY | {"onze", "ons"}, guessed=True)
