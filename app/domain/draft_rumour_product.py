"""A rumour that the business no longer makes or sells a thing ('bakken dit jaar geen oliebollen meer', 'stoppen met
de smoutebollen') that the profile's holiday lines still name with a day ('oliebollen vanaf do 27 december'): the
thing as the profile writes it and the days it names for it, so the reply can deny the rumour with them."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from app.domain.draft_dated_lines import A_WEEKDAY
from app.domain.draft_facts import key_words
from app.domain.draft_rumour_denies import stopped_words, without_reason
from app.domain.textnorm import normalise
from app.domain.words import MONTH_WORDS

# A day as a holiday line writes it, with what goes before it ('vanaf do 27 december', 'Ma 31 december (oudejaarsdag)',
# 'tot en met wo 19 december', 'za 22 of ma 24 december').
_DAY = (
    rf"(?:(?:vanaf|tot en met|t/m|tot|op)\s+)?(?:{A_WEEKDAY}\s+)?\d{{1,2}}"
    rf"(?:\s*(?:en|of|t/m|tot en met)\s*(?:{A_WEEKDAY}\s+)?\d{{1,2}})?\s+(?:{MONTH_WORDS})\b(?:\s*\([^)]*\))?"
)
_DAY_SAID = re.compile(_DAY, re.I)
_LEADS = re.compile(r"^(?:vanaf|tot en met|t/m|tot|op)\b", re.I)
# 'geen oliebollen meer', 'niet meer', dialect 'nie meer', 'gin smoutebollen meer': no longer, not just not.
_NO_MORE = re.compile(r"\b(?:geen|niet|nie|gin|gien)\b(?:\s+\S+){0,4}?\s+meer\b")


def _days_of(part: str, written: str) -> str:
    """The days a holiday line gives a thing: those in the part that names it ('oliebollen vanaf do 27 december' →
    'vanaf do 27 december'), else the line's own day ('Ma 31 december (oudejaarsdag)' → 'op ma 31 december
    (oudejaarsdag)'); '' when neither names a day."""
    found = _DAY_SAID.search(part) or _DAY_SAID.search(written)
    if found is None:
        return ""
    day = found.group(0).strip()
    day = day[:1].lower() + day[1:]  # 'Ma 31 december' begins its line, not the reply's sentence
    return day if _LEADS.match(day) else f"op {day}"


def thing_named(word: str, line: str) -> str:
    """The word of ``line`` that names the thing ``word`` names ('oliebol' ~ 'oliebollen'), as the line writes it;
    '' when none does. A whole word, or a compound ending in it, not a word that only begins with it ('olie' is no
    'oliebollen')."""
    for written in re.findall(r"[^\W\d_][\w-]+", line):
        said = normalise(written)
        if (said.startswith(word) and len(said) - len(word) <= 3) or (len(word) >= 5 and said.endswith(word)):
            return str(written)
    return ""


def product_held(
    claim: str, products: Sequence[str], entries: Sequence[tuple[str, str]], lemmas_of: Callable[[str], Iterable[str]]
) -> tuple[str, str]:
    """(the thing as the profile writes it, the days it names for it) for a rumour ``claim`` that says the business no
    longer makes or sells one of the ``products`` the writer named ('geen oliebollen meer', 'stopt met de
    smoutebollen'), when the profile's holiday lines name that thing with a day; ('', '') otherwise: no such claim,
    no thing named, or no line names it (then the owner says whether it is true)."""
    claim = without_reason(claim)  # 'omdat de olie te duur is': the reason names no thing the rumour denies
    said = normalise(claim)
    if not claim or not (_NO_MORE.search(said) or stopped_words(claim, lemmas_of)):
        return "", ""
    words = [normalise(p) for p in products if normalise(p) and normalise(p) in said]
    words = [w for w in {k for p in words for k in key_words(p, lemmas_of)} | set(words) if len(w) >= 4]
    for word in sorted(words, key=len, reverse=True):
        days, thing = [], ""
        for written, value in entries:
            for part in re.split(r"[,;]", f"{written}, {value}" if value else written):
                named = thing_named(word, part)
                if named and (day := _days_of(part, written)) and day not in days:
                    days.append(day)
                    thing = thing or named
        if days:
            return thing, " en ".join((", ".join(days[:-1]), days[-1])) if len(days) > 1 else days[0]
    return "", ""
