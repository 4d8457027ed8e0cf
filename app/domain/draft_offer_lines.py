"""A line of the profile's holidays that offers what a question asks about ('Heel oktober controlebeurt (verlichting,
reflectoren, banden) voor € 19,50, zonder afspraak' for 'Kijkt u ook de verlichting na? Moet ik een afspraak
maken?'): an action or service of a season is a fact like any other, not only an answer about a day."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from app.domain.draft_asked import AMOUNT, PRICE_ASKED
from app.domain.draft_calendar import asks_open, lines_named
from app.domain.draft_fact_matching import question_keys, shared_keys
from app.domain.draft_fact_words import fact_words
from app.domain.draft_holiday_lines import closed_line
from app.domain.textnorm import normalise
from app.domain.words import MONTH_NAMES

# At least this many key words of the questions a line must say: one shared word ('banden') is a line that
# mentions the thing, not one that answers the question about it.
_HELD = 2


def offer_line(
    asked: Sequence[str], entries: Iterable[tuple[str, str]], lemmas_of: Callable[[str], Iterable[str]]
) -> tuple[str, int]:
    """The holiday line (its name and value as one text) that says the most key words of the questions, at least
    two, and how many; a line that closes the business is no offer. ('', 0) when no line holds two."""
    if not asked:
        return "", 0
    words = question_keys(lemmas_of(" ".join(asked)))
    best, held = "", 0
    for written, value in entries:
        if closed_line(written, value):
            continue
        line = f"{written.strip()}: {value.strip()}" if value.strip() else written.strip()
        shared = _held(asked, words, line, lemmas_of)
        if shared >= _HELD and shared > held:
            best, held = line.rstrip(". "), shared
    return best, held


def held_by(asked: Sequence[str], text: str, lemmas_of: Callable[[str], Iterable[str]]) -> int:
    """How many key words of the questions a text of the profile (a FAQ entry) says, as :func:`offer_line` counts."""
    return _held(asked, question_keys(lemmas_of(" ".join(asked))), text, lemmas_of) if asked else 0


def _held(asked: Sequence[str], words: set[str], text: str, lemmas_of: Callable[[str], Iterable[str]]) -> int:
    """The key ``words`` a text says, and one more when a question asks a price and the text gives an amount ('wat
    kost dat?' ~ '€ 19,50')."""
    priced = any(PRICE_ASKED.search(q) for q in asked) and bool(AMOUNT.search(text))
    return len(shared_keys(words, text, lemmas_of)) + priced


def offer_named(
    question: str, entries: Sequence[tuple[str, str]], lemmas_of: Callable[[str], Iterable[str]]
) -> tuple[str, bool]:
    """The holiday line of an action or service of its own (no closing, no hours, no usual hours) that a question
    names by the line's own name ('Loopt die winterbeurt-actie nog?' ~ 'Winterbeurt-actie de hele maand januari en
    februari: onderhoudsbeurt € 49 ...'), and whether the line holds every month the question names (so a yes
    fits); ('', False) when the question names none or asks about being open (then the day's answer is wanted)."""
    if asks_open(question):
        return "", False
    said = normalise(question)
    unnamed = fact_words().not_focus | set(MONTH_NAMES)  # 'deze maand', 'in februari': a time, not the line's name
    words = question_keys(lemmas_of(question)) - unnamed
    for line, _ in lines_named(question, entries, "", ("name",)):
        # by the word the line opens with, its name ('Winterbeurt-actie ...'), not a verb inside it ('... bestellen')
        head = line.written.split()[0] if line.written.split() else ""
        if line.kind != "other" or not shared_keys(words, head, lemmas_of):
            continue
        text = normalise(line.said())
        months = [m for m in MONTH_NAMES if m in said.split()]
        return line.said(), all(m in text.split() for m in months)
    return "", False
