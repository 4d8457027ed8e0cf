"""A time the business promised that has passed ('zou om 14u bezorgd worden. om 16u nog niks'), found in the
comment's tokens: a promise word, what would be done and when (a day, a clock time or a time in a month)."""

from __future__ import annotations

from typing import Any

from app.domain.words import MONTH_NAMES, word_set

_PROMISES = word_set("zou zouden beloofd beloofde beloofden zeiden zei gezegd afgesproken toegezegd")
_DONE = word_set(
    "klaar gereed bezorgd geleverd gebracht afgeleverd opgehaald gemaakt gerepareerd opgestuurd verzonden "
    "gebakken hersteld"
)
_CLOCK_BEFORE = word_set("om voor vóór rond tussen")
_HOURS = word_set("een twee drie vier vijf zes zeven acht negen tien elf twaalf")
_STILL_NOT = word_set("niks niets niet nog inmiddels nooit geen alweer")


def _clock(doc: Any, i: int) -> str:
    """'om 14u', 'om 14.00 uur', 'om half zeven', 'voor kwart over vijf' starting at ``i`` ('' when none)."""
    if doc[i].lower_ not in _CLOCK_BEFORE:
        return ""
    words, k = [doc[i].lower_], i + 1
    while k < len(doc) and doc[k].lower_ in {"half", "kwart", "over", "voor"} and len(words) < 4:
        words.append(doc[k].lower_)
        k += 1
    if k >= len(doc) or not (doc[k].text[:1].isdigit() or doc[k].lower_ in _HOURS):
        return ""
    hour = k + 1 < len(doc) and doc[k + 1].lower_ in {"uur", "u"}
    if not doc[k].text[:1].isdigit() and not hour and len(words) == 1:
        return ""  # 'om een taart': a number word is a clock time only with 'uur' or 'half'
    return " ".join([*words, doc[k].text.lower(), *(["uur"] if hour else [])])


# Words before a month that say when in it ('tegen half november', 'eind oktober', 'voor half mei').
_IN_MONTH = word_set("tegen voor vóór rond uiterlijk begin eind einde half midden medio eerste helft")


def _promised_month(doc: Any, first: int, last: int) -> str:
    """'tegen half november' after a promise word in the sentence ``first``..``last`` ('' when none)."""
    at = next((t.i for t in doc[first:last] if t.lower_ in _PROMISES), None)
    if at is None:
        return ""
    month = next((t.i for t in doc[at + 1 : last] if t.lower_ in MONTH_NAMES), None)
    if month is None:
        return ""
    start = month
    while start - 1 > at and doc[start - 1].lower_ in _IN_MONTH and month - start < 3:
        start -= 1
    return doc[start : month + 1].text.lower() if start < month else ""


def promised(doc: Any, times: list[tuple[int, int]]) -> tuple[str, str]:
    """A time the business promised that has passed: ("om 14u", "bezorgd") for 'zou om 14u bezorgd worden.
    om 16u nog niks', ("dinsdag", "klaar") for "'Dinsdag klaar' zeiden ze ... het is inmiddels de derde"; ("tegen
    half november", "") for 'beloofd tegen half november. ... nog altijd niets' (what was promised unsaid)."""
    sentences: list[tuple[int, int]] = []
    start = 0
    for token in doc:
        if token.text in {".", "!", "?"} or token.i == len(doc) - 1:
            sentences.append((start, token.i + 1))
            start = token.i + 1
    for first, last in sentences:
        words = [t.lower_ for t in doc[first:last]]
        # what was promised follows the promise word: 'Op dinsdag gebracht, zou vrijdag klaar zijn' is Friday
        at = next((first + i for i, w in enumerate(words) if w in _PROMISES), first)
        done = next((w for w in words[at - first :] if w in _DONE), "") or next((w for w in words if w in _DONE), "")
        if not _PROMISES & set(words) or not _STILL_NOT & {t.lower_ for t in doc[last:]}:
            continue
        month = "" if done else _promised_month(doc, first, last)
        if month:  # 'beloofd tegen half november. We zijn nu december en nog altijd niets': no verb said
            return month, ""
        if not done:
            continue
        days = [doc[s:e].text.lower() for s, e in times if first <= s < last]
        day = next((doc[s:e].text.lower() for s, e in times if at <= s < last), days[0] if days else "")
        clock = next((c for c in (_clock(doc, i) for i in range(first, last)) if c), "")
        if clock or day:
            return clock or day, done
    return ("", "")
