"""A capital that only opened a line of the profile said small where the draft runs it into a sentence, the way a
shopkeeper writes it: 'Bij mij betaal je zo: Alleen pinnen en contactloos' → '... zo: alleen pinnen en
contactloos'; 'Goed om te weten: Terras op dijkniveau' → '... terras op dijkniveau'; 'Onze openingstijden zijn
Zomerrooster (1 juli ...)' → '... zijn zomerrooster (...)'; and a weekday or month, never a name, small in
mid-sentence ('De zaak is op Maandag open' → '... op maandag open').

A word stays as it is when it may be a name: the profile also writes it with a capital in mid-sentence ('in Nes en
Buren'), it opens a name of more words ('Ronde van Vlaanderen'), it is a word of the business's name, a signer or
the address, a listed first name, a name of a way to pay, a brand or a feast (resources/spoken.toml ``names``:
'Bancontact', 'Pinksteren'), an event ('Havenfeesten': ``name_ends``), a country or city (privacy_names.not_names),
or it has capitals inside ('iDEAL', 'KBC'). What opens a sentence, a slot for the owner ('[vul in: ...]') and the
writer's quoted words stay as they are too."""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.domain.draft_fact_spoken import shipped_spoken, spoken_name_words
from app.domain.privacy_names import first_names, not_names
from app.domain.profile import BusinessProfile
from app.domain.words import MONTH_NAMES, WEEKDAY_NAMES

_CAPITAL_WORD = re.compile(r"(?<![\w'’-])(?P<word>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[a-zß-öø-ÿ]+)*)(?![\w'’-])")
# Where a line of the profile (or of the draft) opens: its start, after a stop, a colon, a semicolon, a dash of a
# list or a line break. A '(' is no opening: 'Nes (Ameland)' names a place.
_OPENS = re.compile(r"(?:^|[.!?:;]\s+|\n\s*|(?:^|\s)[-•]\s+)$")
# Where a sentence of the draft opens, so its first word keeps its capital: the part's start, after a stop.
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?…]['’”)]?\s+|\n\s*|[-•]\s+)$")
# a capitalised word right before, inside a sentence: 'Goede ' of 'Goede Vrijdag'
_NAME_BEFORE = re.compile(r"(?<![\w'’-])[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+ $")
_KEPT = re.compile(r"\[[^\]]*\]|‘[^’]*’|“[^”]*”|\"[^\"]*\"")
# (not a month an English reply writes the same with its capital: 'Sunday 2 November')
_NEVER_NAMES = frozenset({*WEEKDAY_NAMES, *MONTH_NAMES} - {"april", "september", "november", "december"})
# A name of more than one word goes on after a word: 'Ronde van Vlaanderen', 'Hollumer Merke', 'Van Beek'.
_NAME_GOES_ON = re.compile(r"\s+(?:(?:van|de|der|den|het|'t|ter|ten|te|op|aan|in)\s+)*[A-ZÀ-ÖØ-Þ]")


def _profile_texts(profile: BusinessProfile) -> list[str]:
    fields = (
        profile.opening_hours,
        profile.delivery_terms,
        profile.return_terms,
        profile.payment,
        profile.accessibility,
        profile.parking,
        profile.holidays,
    )
    return [*fields, *(f.question for f in profile.faq), *(f.answer for f in profile.faq)]


def line_openers(profile: BusinessProfile) -> frozenset[str]:
    """The words (lower case) the profile writes with a capital only where one of its lines opens, none of them a
    name (see the module): 'Alleen pinnen ...' → {'alleen'}; 'in Nes en Buren' makes 'buren' a name."""
    opening: set[str] = set()
    own = f"{profile.name} {' '.join(profile.signers)} {profile.address}"  # the address: street and town
    named: set[str] = {w.lower() for w in re.findall(r"[^\W\d_]+", own)}
    for text in _profile_texts(profile):
        for found in _CAPITAL_WORD.finditer(text):
            word = found.group("word").lower()
            opens = _OPENS.search(text[: found.start()]) and not _NAME_GOES_ON.match(text, found.end())
            (opening if opens else named).add(word)
    only, _also = first_names()
    kept = {w.lower() for w in spoken_name_words()}
    events = {w for w in opening if w.endswith(shipped_spoken().name_ends)}  # 'Havenfeesten', 'Dierendag'
    return frozenset(opening - named - only - kept - events - (not_names() - _NEVER_NAMES))


def openers_small(text: str, openers: Iterable[str]) -> str:
    """``text`` with each of ``openers`` (see :func:`line_openers`), and each weekday and month, small where it
    stands inside a sentence; slots and quoted words as they are."""
    small = frozenset(openers) | _NEVER_NAMES
    kept = [(m.start(), m.end()) for m in _KEPT.finditer(text)]

    def said(found: re.Match[str]) -> str:
        word = found.group("word")
        if word.lower() not in small or any(a <= found.start() < b for a, b in kept):
            return word
        if word.lower() not in _NEVER_NAMES and _NAME_GOES_ON.match(text, found.end()):
            return word  # a word of a longer name: 'Ronde van Vlaanderen'
        before = _NAME_BEFORE.search(text, 0, found.start())
        if before and not _SENTENCE_OPENS.search(text[: before.start()]):
            return word  # ... or its last word: 'Goede Vrijdag', 'Hollumer Merke'
        return word if _SENTENCE_OPENS.search(text[: found.start()]) else word.lower()

    return _CAPITAL_WORD.sub(said, text)
