"""A price asked in other words than the FAQ's ('hoeveel ben ik kwijt voor zo'n scheerbeurt met die hete
doeken?' ~ 'Wat kost een hot towel shave? € 32,50, met hete doeken ...'): among the FAQ entries that ask a price
and give one (or whose answer says what it costs), the one that shares the most of what the writer names, by its
question or its answer."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from app.domain.draft_asked import PRICE_ASKED, for_grown_up
from app.domain.draft_fact_words import AMOUNT, fact_words
from app.domain.draft_facts import _whole as whole_words
from app.domain.draft_facts import key_words
from app.domain.draft_word_match import similar
from app.domain.profile import BusinessProfile, FaqItem
from app.domain.textnorm import normalise

# An answer that says what a thing costs, whatever its question asked ('Doe je ook bikefitting? Ja, ... kost € 180').
_PRICE_SAID = re.compile(r"\b(?:kost|kosten|betaal\w*|reken\w*|prijs|tarief)\b", re.I)
# An amount said as a rate or as what a thing goes for ('Ja, e-bikes voor € 30 per dag', '€ 12 p.p.'): a price the
# price question may find; not an amount that is a limit ('gratis vanaf € 50').
_RATE_SAID = re.compile(r"€\s*\d+(?:[.,]\d+)?\s*(?:per\b|p\.?p\b|/\s*\w)|\bvoor\s+€\s*\d", re.I)
# A price list: two or more parts that each name a thing and its amount ('Ja: heren € 24, kinderen tot 12 jaar
# € 16'); not an amount that is a limit ('gratis vanaf € 50', 'boven € 25').
_LISTED = re.compile(r"(?:^|[:,;]|\ben\b)\s*[^\W\d_][^:,;€]{1,40}?(?<!\bvanaf)(?<!\bboven)(?<!\btot)\s+€\s*\d", re.I)


def _price_list(answer: str) -> bool:
    """Whether a FAQ answer is a list of prices, a thing and its amount in each part."""
    return len(_LISTED.findall(answer)) >= 2


def _head_of(word: str, compound: str) -> bool:
    """'fitting' ~ 'bikefitting': the writer's word is the head of the entry's compound, whose first part does not
    say for whom it is ('knipbeurt' is no 'kinderknipbeurt': resources/fact_words.toml for_whom)."""
    first = compound.removesuffix(word)
    if len(word) < 5 or first == compound or len(first) < 3:
        return False
    return not first.startswith(tuple(fact_words().for_whom))


def _shared(wanted: set[str], item: FaqItem, lemmas_of: Callable[[str], Iterable[str]]) -> int:
    """Two for every word the entry names as the writer does, one for a word it names only by a compound that has
    it as its head (so 'een fitting' finds the 'bikefitting', and a 'fitting' said as such goes before it)."""
    said = key_words(f"{item.question} {item.answer}", lemmas_of)
    same = sum(any(similar(w, s) for s in said) for w in wanted)
    heads = sum(not any(similar(w, s) for s in said) and any(_head_of(w, s) for s in said) for w in wanted)
    return 2 * same + heads


def priced_words(question: str, item: FaqItem, lemmas_of: Callable[[str], Iterable[str]]) -> int:
    """How many of the things a price question names ('een knipbeurt voor mijn zoontje') a FAQ entry names."""
    return _shared(key_words(PRICE_ASKED.sub(" ", question), lemmas_of), item, lemmas_of)


def price_entry(question: str, profile: BusinessProfile, lemmas_of: Callable[[str], Iterable[str]]) -> FaqItem | None:
    """The FAQ entry that gives the price a question asks; None when the question asks no price, no entry that
    asks and gives a price shares a word with it, or two share as many."""
    if not PRICE_ASKED.search(question):
        return None
    # what is priced, without the asking words ('hoeveel', 'kost', 'kwijt')
    wanted = key_words(PRICE_ASKED.sub(" ", question), lemmas_of)
    priced = [
        f
        for f in profile.faq
        if (
            PRICE_ASKED.search(f.question)
            or _PRICE_SAID.search(f.answer)
            or _RATE_SAID.search(f.answer)
            or _price_list(f.answer)
        )
        and AMOUNT.search(f.answer)
        # 'wat kost een knipbeurt voor mannen?' is not priced by 'Wat kost een kinderknipbeurt?': a children's price
        # is a wrong fact for a grown-up
        and not for_grown_up((question,), f, lemmas_of)
    ]
    scored = sorted(((_shared(wanted, f, lemmas_of), i) for i, f in enumerate(priced)), reverse=True)
    if not scored or scored[0][0] == 0 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return priced[scored[0][1]]


def prices_other(question: str, item: FaqItem, lemmas_of: Callable[[str], Iterable[str]]) -> bool:
    """Whether a question asks the price of a thing it names ('doet ge ook opsteekkapsels voor de bruidsmeisjes,
    hoeveel kost da?') and a FAQ entry prices something else, naming none of it ('Hoeveel kost een damessnit?
    Wassen, knippen en brushen kost € 42.'): that price is no answer. Not when the question names nothing priced."""
    if not PRICE_ASKED.search(question) or not (PRICE_ASKED.search(item.question) or _PRICE_SAID.search(item.answer)):
        return False
    wanted = key_words(PRICE_ASKED.sub(" ", question), lemmas_of)
    return bool(wanted) and _shared(wanted, item, lemmas_of) == 0


def price_for_other(question: str, item: FaqItem, lemmas_of: Callable[[str], Iterable[str]]) -> bool:
    """Whether a question that asks no price ('knip jij ook krullen droog?', 'doen jullie ook fietsen van de
    kringloop na?') is matched by a price entry ('Wat kost knippen?') on one word alone, while it names two or more
    the entry does not: the price list says nothing of what is asked."""
    if PRICE_ASKED.search(question) or not PRICE_ASKED.search(item.question):
        return False
    wanted = key_words(question, lemmas_of)
    said = key_words(f"{item.question} {item.answer}", lemmas_of)
    held = {w for w in wanted if any(similar(w, s) for s in said)}
    # (a compound and the head the lemmas add with it are one word held: 'voorjaarsbeurten' is no two things)
    return len(whole_words(held)) <= 1 and len(wanted - held) >= 2


def priced_part(sentence: str, profile: BusinessProfile, lemmas_of: Callable[[str], Iterable[str]]) -> str:
    """The part of a price FAQ's answer that prices what a sentence says the writer comes for ('Wil m'n band laten
    plakken' ~ 'Een band plakken kost € 12, een nieuwe binnenband € 22' → 'Een band plakken kost € 12.'): one
    amount, every other word of the part said by the writer; '' when none, and for an answer whose prices depend on
    for whom ('Dames € 42, heren € 29': resources/fact_words.toml for_whom), which the writer did not say."""
    said = key_words(sentence, lemmas_of)
    for item in (f for f in profile.faq if PRICE_ASKED.search(f.question)):
        answer = item.answer.strip()
        if set(normalise(answer).split()) & fact_words().for_whom:
            continue
        for part in re.split(r"\s*[,;]\s*", answer.rstrip(".")):
            things = key_words(_PRICE_SAID.sub(" ", re.sub(r"€\s*[\d.,]+|\d+", " ", part)), lemmas_of)
            if len(AMOUNT.findall(part)) == 1 and things and all(any(similar(t, w) for w in said) for t in things):
                return f"{part[:1].upper()}{part[1:]}."
    return ""


def asks_price(question: str) -> bool:
    """Whether a FAQ or writer's question asks a price ('Wat kost ...?', 'hoeveel ben ik kwijt ...?')."""
    return bool(PRICE_ASKED.search(question))
