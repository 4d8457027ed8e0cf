"""Which language a comment is written in: Dutch (the default) or English.

A comment counts as English when it has at least three words that are English and not Dutch
('the', 'my', 'with', ...) and clearly more of them than words that are only Dutch.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from functools import cache

from app.domain.draft_fact_words import english_holiday
from app.domain.draft_harm_now import harm_words
from app.domain.draft_phrase_cues import phrase_cues
from app.domain.privacy_names import first_names
from app.domain.words import alternation, stop_words, word_set

ENGLISH = word_set(
    "the and my our your you were this that with for of to it i i'm it's we're have has will would very but not "
    "no really thanks thank got while still nobody answers poor lovely amazing great friendly staff definitely "
    "again back here there off on up just so what when why how can could should an at be been did do does get "
    "from they them their where who which went came said told asked because about only never ever all some any "
    "every much many more most other such too also even well now then after before son daughter husband wife "
    "are am please hi hello dear don't can't didn't isn't wasn't won't you're i'd i've new"
)
# Words both languages use ('in', 'we', 'had', 'is'): they count for neither.
NEUTRAL = word_set("in we had is was me over die door op hand man")
# Words after which an English noun names what the writer is talking about ('my phone', 'the tattoo').
DETERMINERS = {
    "my": "your",
    "our": "your",
    "your": "our",  # 'your sourdough was the best welcome': the business's own thing
    "the": "the",
    "a": "the",
    "an": "the",
    "his": "the",
    "her": "the",
    "their": "the",
}
_NOT_OBJECTS = word_set(
    "staff team people service time day night morning afternoon evening weekend week month year season hour minute "
    "holiday place way table seat spot "  # 'grabbed a table on the terrace': where the writer sat, not what
    "thing experience one lot bit guy girl owner manager times kids kid children child son daughter family husband "
    "wife friends friend mum mom dad parents boys girls baby lady ladies man men woman women gentleman "
    "colleagues colleague coworkers neighbours neighbors teammates classmates guests row group "
    # how or when, not what ('Booked online for Thursday'): no thing
    "online offline today tonight yesterday tomorrow again already "
    "monday tuesday wednesday thursday friday saturday sunday"  # 'Walked in on a Saturday': when, not what
)
NOT_OBJECTS = _NOT_OBJECTS  # people, times and places: never the thing a reply names
# Prepositions of where the writer went or someone stood: 'on our way to the museum', 'the man at the till', 'a
# hairdresser near the airport'.
_TOWARDS = word_set("to towards toward at by near")
# Prepositions that end a noun phrase: 'a cycling trip through the Kempen' names the trip, not 'through'.
_PHRASE_ENDS = word_set(
    "through across along around near into onto past during since until without within under des du aux"
)  # (and the French 'of' in a dish's name: 'a galette des rois' is the galette)
# Particles after a verb in -ing ('looking out', 'sitting at'): the verb is no part of the noun phrase before it.
_PARTICLES = word_set("out over on onto at into across towards to up down back off")
# Words that join two phrases: the noun phrase ends before them.
_JOINS = word_set("or nor but")
# Words after a made-up adjective that say how a dish is made, not what it is ('Flemish style').
_MANNER = word_set("style fashion")
_WORD = re.compile(r"[a-z0-9][a-z0-9']*")
_HYPHENED = re.compile(r"[a-z0-9][a-z0-9']*(?:-[a-z0-9']+)*")
_CASED_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9']*")
_ADJECTIVE_ENDS = ("y", "ful", "ous", "ive", "al", "ic", "ish", "ed", "less", "able", "est", "er")
# How a short English question opens: 'Do you ...?', 'Can I ...?', 'Are there ...?', 'Is the bakery ...?',
# 'Is parking free ...?', 'Where can we ...?' (a Dutch 'Is korting mogelijk?' has no English word: still Dutch).
_ENGLISH_QUESTION = re.compile(
    r"^\W*(?:hi|hello|hey)?\W*(?:(?:do|does|can|could|are|will|would)\s+(?:you|i|we|there)"
    r"|(?:is|are)\s+[a-z]+|(?:where|when|what|how)\s+(?:can|could|do|does|is|are|should)\s+[a-z]+)\b",
    re.I,
)


def language_of(text: str) -> str:
    """'en' for a comment in English, else 'nl'."""
    words = _WORD.findall(text.lower())
    dutch_only = stop_words() - ENGLISH - NEUTRAL
    english = sum(w in ENGLISH and w not in NEUTRAL for w in words)
    dutch = sum(w in dutch_only for w in words)
    if english_holiday(text)[0]:
        if not dutch and text.rstrip().endswith("?"):
            return "en"  # 'Open on Boxing Day??': a question naming an English holiday and no Dutch word
        english += 2  # an English holiday name says more than one small word
    if english and not dutch and _ENGLISH_QUESTION.match(text):
        # a short question: 'Do you accept credit cards?', 'Can we park somewhere close by?' (one English
        # word, the rest words no list holds, and not one Dutch word)
        return "en"
    return "en" if english >= 3 and english > 2 * dutch else "nl"


# The thing English praise ranks above all others: 'Best stoofvlees of my life', 'the tastiest croissants ever',
# 'finest apple pie in town', 'best croissants north of Amsterdam'; one or two words after the superlative, up to
# where the phrase ends.
_PRAISED_END = (
    r"(?:of|ever|in|on|around|anywhere|between|outside|within|near|i|i've|we|we've|i'd|you|for|this|here"
    r"|north|south|east|west|since|at|from|across|along|by|so|that)\b"  # 'Best croissants north of Amsterdam'
)
_PRAISED = re.compile(
    r"\b(?:best|tastiest|finest|nicest|greatest|yummiest|loveliest|most\s+delicious)\s+"
    rf"(?P<thing>[a-z][a-z-]{{2,}}(?:\s+(?!{_PRAISED_END})[a-z][a-z-]{{2,}})?)"
    rf"(?=\s*(?:[.,;:!?()]|$|\s{_PRAISED_END}))",
    re.I,
)
# A comment that opens by ranking a thing best ('Best vol-au-vent I've had', 'The finest croissants in town').
_RANKED_FIRST = re.compile(r"\s*(?:the\s+)?(?:best|tastiest|finest|nicest|greatest|yummiest|loveliest)\b", re.I)
# ... or raves about with a face of delight right after it: 'and that asparagus soup 🤤', 'the bitterballen 😋'.
_RAVED = re.compile(
    r"\b(?:the|that|this|those|these)\s+(?P<thing>[a-z][a-z-]{2,}(?:\s+[a-z][a-z-]{2,})?)\s*(?:🤤|😋|🤌)", re.I
)
_NOT_PRAISED = word_set(
    "visit trip tour walk ride part decision choice thing stay market fair festival parade carnival concert "
    "marathon race route sportive club group "
    # the weather the writer came through ('cycled over ... in the snow'): how the visit went, no thing praised
    "snow rain weather storm wind cold heat sunshine heatwave "
    # a point in a time or place ('in the middle of the heatwave', 'at the end of the day'): no thing
    "middle end start beginning edge"
)


@cache
def _how_when() -> frozenset[str]:
    """Words after a noun that say how or when, not what: 'booked a balayage online', 'the cake today'
    (resources/phrase_cues.toml english_how_when)."""
    return frozenset(phrase_cues().english_how_when)


def english_praised(text: str) -> str:
    """The thing an English comment praises as the best ('Best stoofvlees of my life' → 'the stoofvlees') or raves
    about ('that asparagus soup 🤤' → 'the asparagus soup'), else ''; no person, time or visit ('best service ever',
    'best day of the trip')."""
    for found in [*_PRAISED.finditer(text), *_RAVED.finditer(text)]:
        words = found.group("thing").lower().split()
        if any(w in ENGLISH or w in _NOT_OBJECTS or w in _NOT_PRAISED for w in words):
            continue
        if not words[-1].endswith(("ly", "ing")):
            return f"the {' '.join(words)}"
    return ""


# Prepositions before a noun phrase that is part of a larger one ('your advice on the saddle was spot on').
_INSIDE = word_set("on of for with about in at from to by behind under inside")
# Who works there ('Daan our waiter was brilliant'): someone praised, no thing.
_ROLES = word_set(
    "waiter waiters waitress waitresses chef chefs cook cooks barista baker bakers hairdresser stylist barber "
    "mechanic mechanics host hostess server servers bartender crew lady gentleman guy guys girl girls boy ladies folks "
    "lads"
)
ROLES = _ROLES  # who works there: a capitalised word beside one is a name ('the waitress Fleur')


_POINTED = ("that", "this", "those", "these")


@cache
def _praise_said() -> re.Pattern[str]:
    """A thing said to be good: 'the mussels were the best', 'the boterkoek and the apple pie were AMAZING'
    (the words: resources/phrase_cues.toml english_praise_said)."""
    thing = r"[a-z][a-z-]{2,}(?:\s+[a-z][a-z-]{2,})?"
    # ... also pointed at: 'that apple turnover was unreal', 'this cake is insane' (said back with 'the')
    determiner = alternation((*DETERMINERS, *_POINTED))
    return re.compile(
        rf"\b(?P<det>{determiner})\s+(?P<thing>{thing})(?:\s+and\s+(?:(?P<det2>{determiner})\s+)?(?P<second>{thing})(?=\s+(?:were|are)\b))?"
        r"\s+(?:was|were|is|are|tasted|looked)\s+(?:(?:so|really|absolutely|just|truly|simply|incredibly|the|all)\s+)*"
        rf"(?:{alternation(phrase_cues().english_praise_said, spaced=True)})\b",
        re.I,
    )


def english_praised_subject(text: str) -> str:
    """The thing an English comment says was good, as the reply names it: 'The mussels were the best I've had' →
    'the mussels', 'the boterkoek and the apple pie were AMAZING' → 'the boterkoek and the apple pie'; no person,
    time or visit ('the staff were amazing'); '' when there is none."""
    for found in _praise_said().finditer(text):
        before = text[: found.start()].split()[-1:]
        if before and before[0].lower() in _INSIDE:
            continue  # 'your advice on the saddle was spot on': the saddle is part of what was praised
        if before and before[0][:1].isupper() and before[0].lower() in first_names()[0]:
            continue  # 'Daan our waiter was brilliant': someone, named before
        words = [w for part in ("thing", "second") for w in (found.group(part) or "").lower().split()]
        if any(w in ENGLISH or w in NEUTRAL or w in _NOT_OBJECTS or w in _NOT_PRAISED or w in _ROLES for w in words):
            continue
        if words[-1].endswith(("ly", "ing", "ed")):
            continue
        said = f"{DETERMINERS.get(found.group('det').lower(), 'the')} {found.group('thing').lower()}"
        if found.group("second"):
            second = DETERMINERS.get((found.group("det2") or found.group("det")).lower(), "the")
            said += f" and {second} {found.group('second').lower()}"
        return said
    for found in _RAVED_FOR.finditer(text):  # 'the kids went crazy for your Sinterklaas speculaas'
        words = found.group("thing").split()
        if not any(w.lower() in ENGLISH or w.lower() in _NOT_PRAISED or w.lower() in _ROLES for w in words):
            return " ".join(
                ["the", *(w if w[:1].isupper() and i < len(words) - 1 else w.lower() for i, w in enumerate(words))]
            )
    return ""


# A thing someone went wild for: 'went crazy for your speculaas', 'are mad about the apple pie'.
_RAVED_FOR = re.compile(
    r"\b(?:went|go|goes|going|were|was|are|is|am)\s+(?:absolutely\s+|totally\s+|completely\s+)?"
    r"(?:crazy|mad|wild|nuts|bananas)\s+(?:for|about|over)\s+(?:your|the|those|that|these)\s+"
    r"(?P<thing>[A-Za-z][a-z-]{2,}(?:\s+[a-z][a-z-]{2,})?)\b",
    re.I,
)


def english_object(text: str, *, praised: bool = False) -> str:
    """What an English comment is about, as a reply names it: 'Dropped my phone off' → 'your phone',
    'a tiny wave tattoo here' → 'the tattoo', 'Best stoofvlees of my life' → 'the stoofvlees', 'on a dark, rainy
    evening ... The mussels were the best' → 'the mussels' (``praised``: a thank-you, where the thing said to be
    good comes before a noun said earlier); '' when no such noun is found."""
    # 'Best vol-au-vent I've had since moving here ... wrote down the recipe': the thing ranked best in the opening
    # sentence is what the thanks names, not a thing named after it; unless that names which of it ('Best pizza ...
    # The truffle one': the truffle pizza, said by 'one')
    first = re.split(r"[.!?\n]", text.strip(), maxsplit=1)[0]
    which = re.search(r"\b(?:the|that|this)\s+[a-z-]+\s+ones?\b", text[len(first) :], re.I)
    if praised and _RANKED_FIRST.match(first) and which is None and (best := english_praised(first)):
        return best
    opening = _opening_noun(text)
    if opening and opening.rsplit(" ", 1)[-1] not in _NOT_PRAISED:  # 'Day trip to ...': an outing, no thing
        return opening
    if praised and (
        subject := english_praised_subject(text)
    ):  # the thing the praise is said of, before scenery said first
        return subject
    # the thing ranked best, unless the comment names a thing of its own ('Best pizza ... The truffle one'); an
    # outing is where the writer came from, not the thing ('during a cycling trip ... Best stoofvlees')
    scanned = next(_determined_nouns(text), "")
    # an occasion of someone's ('my husband's 40th'): no thing, the thing ranked best is ('Best waterzooi ...')
    if praised and re.search(r"['’]s\s+\d+(?:st|nd|rd|th)\b", scanned):
        scanned = english_praised(text) or english_thing(text, skip=frozenset({scanned.rsplit(" ", 1)[-1]}))
    if not scanned or scanned.rsplit(" ", 1)[-1] in _NOT_PRAISED:
        # 'Cycled the canal route from Mol ... the terrace 'closes at 8'': in a complaint, the thing after the outing
        # (not what staff were quoted saying about it), else the outing
        way = scanned.rsplit(" ", 1)[-1] in _WAYS_HERE  # 'a boat tour' is a thing sold, 'the canal route' a way
        after = english_thing(_SAID_QUOTE.sub(" | ", text)) if way and not praised else ""
        return english_praised(text) or after or scanned
    return scanned


def english_thing(text: str, besides: str = "", *, skip: frozenset[str] = frozenset()) -> str:
    """The first noun phrase after 'my', 'our', 'the', 'a' that names a thing and no outing: 'the Duvel bread' in
    'for the brewery tour ... The Duvel bread is genius'; '' when there is none. ``besides``: a noun that names
    no thing here (the 'hairdresser' of 'a hairdresser who ...': someone); ``skip``: more such nouns (the writer's own
    people)."""
    skipped = {*_NOT_PRAISED, *skip, besides.lower()}
    return next((f for f in _determined_nouns(text) if f.rsplit(" ", 1)[-1].lower() not in skipped), "")


def _named(said: list[str], at: int, words: list[str]) -> bool:
    """'the Duvel bread', 'the almond Twickel cake': a capitalised word, no first name nor English word, before a
    lower-case noun of the phrase names the thing (not 'on the Spuiboulevard': a place)."""
    following = words[at + 1] if at + 1 < len(words) else "."
    return (
        said[at][:1].isupper()
        and words[at] not in ENGLISH
        and words[at] not in first_names()[0]
        and at + 1 < len(said)
        and said[at + 1][:1].islower()
        and following.isalpha()
        and len(following) >= 3
        and following not in ENGLISH | NEUTRAL | _NOT_OBJECTS | _how_when() | _JOINS | _PHRASE_ENDS
        and not following.endswith("ed")
    )


# The particles that end an English phrasal verb ('cycled out', 'popped in', 'dropped by', 'headed back'): no noun.
_PHRASAL_ENDS = _PARTICLES | word_set("in by away around along through")
# The way the writer came by ('Cycled the canal route from Mol'): no thing a complaint is about.
_WAYS_HERE = frozenset({"route", "ride", "walk", "trip", "journey", "way"})
# An opening quote before a word in lower case ("the terrace 'closes at 8'"): in a complaint, speech begins there and
# the noun before it ends.
_SAID_QUOTE = re.compile(r"(?:(?<=\s)|^)['‘\"“](?=[a-z])")


def _predicate(words: list[str], i: int) -> bool:
    """Whether the determiner at ``i`` is 'a' after a linking verb ('was a revelation', 'is a must')."""
    return words[i] in {"a", "an"} and i > 0 and words[i - 1] in {"was", "is", "were", "are"}


def _before_noun(words: list[str], at: int) -> bool:
    """Whether the word after ``at`` may be the noun a participle describes ('smoked eel'), not a verb's object."""
    after = words[at + 1] if at + 1 < len(words) else "."
    return after.isalpha() and after not in ENGLISH and after not in DETERMINERS


def _determined_nouns(text: str) -> Iterator[str]:
    """Each noun phrase after a determiner that names a thing, in the order said."""
    # a noun phrase ends at punctuation or an emoji ('The truffle one 🤌 Giulia recommended it'), and at a first
    # name: that is someone, not the thing ('Twickel cake'' in quotes: the quote is no part of the word)
    # (a dash between spaces ends it too: 'the smoked eel sandwich - we'd never have tried it')
    said = [w for piece in re.split(r"[^\w\s'-]+|\s-+\s", text) for w in [*_CASED_WORD.findall(piece), "."]]
    quoted = {i for i, w in enumerate(said) if w.endswith("'") and not w.endswith("s'")}
    said = _without_named_roles([w.strip("'") for w in said])
    words = [w.lower() for w in said]
    for i, word in enumerate(words):
        # 'on our way to the poultry museum': where the writer went, no thing praised; 'the eel was a revelation':
        # what a thing was, said of it, no thing of its own
        if word not in DETERMINERS or (i > 0 and words[i - 1] in _TOWARDS) or _predicate(words, i):
            continue
        # "the Mother's Day brunch": a feast of everyone names the thing, not a place; its words are kept as one
        name = _feast_at(words, i + 1) if word == "the" else ""
        run: list[str] = words[i + 1 : i + 1 + len(name.split())] if name else []
        for at, following in enumerate(words[i + 1 + len(run) : i + 5 + len(run)], i + 1 + len(run)):
            if following == "of" and run and run[-1] in phrase_cues().english_portions:
                run = []  # 'a slice of pear tart': how much, the thing is said after 'of'
                continue
            # a verb ends the noun phrase: 'the cheese board was great'
            if following in ENGLISH or following in DETERMINERS or following in NEUTRAL or following in _how_when():
                break
            # ('the smoked eel', 'the grilled cheese': a participle right after the determiner is an adjective)
            verb = following.endswith("ed") and not (at == i + 1 and _before_noun(words, at))
            if verb or following in phrase_cues().english_past_verbs:
                break  # 'my colleagues brought a galette': a verb ends the phrase, it is no thing
            if following == "." or (said[at][:1].isupper() and following in first_names()[0]):
                break  # 'Giulia recommended it': a name ends the thing
            if following in {"one", "ones"} or following in _JOINS or following in _PHRASE_ENDS:
                # 'the truffle one': the thing is said before 'one'; 'my hair or thin it out': before 'or', not
                # the verb after it
                break
            if run and following.endswith("ing") and at + 1 < len(words) and words[at + 1] in _PARTICLES:
                break  # 'the terrace looking out on the church': a verb with its particle ends the thing
            if _named(said, at, words):
                name = said[at]  # 'The Duvel bread': the name is kept with its capital
            elif at == i + 1 and word == "the" and said[at][:1].isupper():
                break  # 'on the Spuiboulevard': the name of a place, no thing
            run.append(following)
            if at in quoted:
                break  # "the almond 'Texel cookie' twice": the closing quote ends the thing
        if run and i > 0 and words[i - 1] in {"with", "using"} and _body_part(run[-1]):
            continue  # 'showed 2 cm with my fingers': what the writer used, no thing the comment is about
        if phrase := _phrase_of(run, name):
            yield f"{DETERMINERS[word]} {phrase}"


def _feast_at(words: list[str], at: int) -> str:
    """The feast of everyone whose name starts at ``words[at]`` ("mother's day", resources/phrase_cues.toml
    english_feast_days) as it is written with capitals ("Mother's Day"); '' when none does."""
    for feast in sorted(phrase_cues().english_feast_days, key=len, reverse=True):
        size = len(feast.split())
        if " ".join(words[at : at + size]).replace("’", "'") == feast:
            return string.capwords(feast)
    return ""


def _without_named_roles(said: list[str]) -> list[str]:
    """The words with a role and the name beside it made phrase ends: 'the waitress Fleur recommended the soup' names
    someone of the staff, no thing (a name that is also a word, 'Fleur', 'Roos', is a name there)."""
    out = list(said)
    for at in range(len(said) - 1):
        name = said[at + 1]
        if said[at].lower() in _ROLES and name[:1].isupper() and name.lower() not in ENGLISH | NEUTRAL:
            out[at] = out[at + 1] = "."
        # 'The young waiter, Jesse, talked us into ...': the name after a comma, the role and its words before it
        after = said[at + 2] if at + 2 < len(said) else ""
        if said[at].lower() in _ROLES and name == "." and after[:1].isupper() and after.lower() not in ENGLISH:
            back = at
            while back >= 0 and said[back].lower() not in DETERMINERS and said[back] != ".":
                out[back], back = ".", back - 1
    return out


def _body_part(word: str) -> bool:
    """'fingers', 'hand': a part of the body (resources/harm.toml body), singular or plural."""
    body = harm_words("body")
    return word in body or (word.endswith("s") and word[:-1] in body)


def _phrase_of(run: list[str], name: str) -> str:
    """The thing a run of words after a determiner names ('cheese board', 'Duvel bread'); '' for none."""
    noun = run[-1] if run else ""
    if name and " ".join(run) == name.lower():
        return ""  # 'for the Easter.': a name alone, no thing
    if name and len(run) > len(name.split()) and " ".join(run).startswith(f"{name.lower()} "):
        # "the Mother's Day brunch": the feast with its capitals; 'the Easter weekend' is a time, no thing
        return "" if noun in _NOT_OBJECTS else f"{name} {noun}"
    if len(run) >= 3 and noun in _MANNER:
        # "the asparagus 'Flemish style'", 'the mussels Thai style': how it was made; the thing is said before it
        return _phrase_of(run[:-2], "")
    if len(run) >= 2 and run[0].endswith("'s") and len(noun) >= 3 and noun not in _NOT_OBJECTS:
        return " ".join(run)  # 'my mum's 60th birthday' → 'your mum's 60th birthday'
    if name and len(run) >= 2 and run[-2] == name.lower():
        return f"{name} {noun}"
    if len(noun) >= 3 and noun not in _NOT_OBJECTS and not noun.endswith(("ly", "ing")):
        return _noun_kept(run, noun)
    return ""


def _noun_kept(run: list[str], noun: str) -> str:
    """The noun with the words before it that name the thing too: a two-word noun keeps its first part ('the cheese
    board'), an adjective does not; a dish made some way keeps how ('the smoked eel sandwich')."""
    if len(run) == 2 and not run[0].endswith(_ADJECTIVE_ENDS) and run[0] not in _NOT_OBJECTS:
        return f"{run[0]} {noun}"
    named = len(run) == 3 and not run[1].endswith(_ADJECTIVE_ENDS) and run[1] not in _NOT_OBJECTS
    return " ".join(run) if named and run[0].endswith("ed") else noun


# An occasion a thing was made or done for, said before it ('Gala look', 'Wedding cake', 'Prom hair').
_OCCASION_WORDS = word_set(
    "gala prom wedding bridal party birthday christmas communion graduation festival carnival halloween easter ball"
)
# Counts before the thing ('Rented two e-bikes'): no thing themselves.
_COUNTS = word_set("two three four five six seven eight nine ten twelve couple few several dozen")
# Particles after a verb of coming ('Cycled out', 'Popped in', 'Dropped by'): the verb takes no thing.
_PARTICLES_AFTER = word_set("out in up off over back by down around round away through along home")


def _opening_noun(text: str) -> str:
    """A review that opens with a short phrase without a verb names its subject there:
    'Fantastic sailing course, ...' → 'the sailing course'; 'Lovely wine bar, ...' → 'the wine bar'."""
    first = re.split(r"[,.!?;:]", text.strip(), maxsplit=1)[0]
    # 'Lovely seafood dinner with a view of the beach': the phrase ends at its preposition
    # and at a way or a place ('Day trip to Emmen', 'Cycled through Tielt'): where the writer went is no thing
    first = re.split(
        r"\s(?:with|at|in|on|for|by|and|from|near|to|through|into|across|along|around|via|past|towards|between|"
        r"outside|within)\s",
        first,
        maxsplit=1,
    )[0]
    if first.split()[-1:] and first.split()[-1][:1].isupper() and len(first.split()) > 1:
        return ""  # 'Weekend Antwerpen': a place named last is no thing
    # a word with a hyphen is one word ('Shout-out to Harm': no 'the out'; 'Quick check-up': the check-up)
    words = _HYPHENED.findall(first.lower())
    if not 2 <= len(words) <= 4 or any(w in DETERMINERS or w in NEUTRAL for w in words):
        return ""
    if len(words[0]) > 4 and words[0].endswith("ed"):
        # 'Booked 2 e-bikes online', 'Ordered two pizzas': what the writer did, and the thing it was done with
        if len(words) > 1 and words[1] in _PARTICLES_AFTER:
            return ""  # 'Cycled out from Gent': a way of coming, no thing
        done = [w for w in words[1:] if w not in ENGLISH | _NOT_OBJECTS | _COUNTS and not w[:1].isdigit()]
        done = [w for w in done if len(w) >= 3 and not w.endswith(("ly", "ing", "ed"))]
        return f"the {done[0]}" if done else ""
    noun = words[-1]
    if len(noun) < 3 or noun in ENGLISH or noun in _NOT_OBJECTS or noun.endswith(("ly", "ing", "ed")):
        return ""
    if noun in _PHRASAL_ENDS:
        return ""  # 'Cycled out from Bruges', 'Dropped by after ...': a verb and its particle, no thing
    # ('Gala look by ...', 'Prom hair by ...': two words, the first the occasion the thing was for, kept with it)
    before = words[-2] if len(words) >= 3 or (len(words) == 2 and words[0] in _OCCASION_WORDS) else ""
    if before and before not in ENGLISH and not before.endswith(_ADJECTIVE_ENDS):
        noun = f"{before} {noun}"  # 'wine bar', 'sailing course'
    return f"the {noun}"
