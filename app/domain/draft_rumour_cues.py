"""What a rumour says, read from its words alone: whether it asks the business, says the business shuts, moves,
is closed on a day or a month, is open only one way, or is about things bought elsewhere; and its separate claims."""

from __future__ import annotations

import re
from functools import cache

from app.domain import draft_asked as ask
from app.domain.draft_cues import draft_cues
from app.domain.draft_days import DATE
from app.domain.draft_fact_words import fact_words
from app.domain.textnorm import sentences
from app.domain.words import MONTH_WORDS, alternation, word_regex

# A question put to the other readers or only to tell them ('Weet iemand een andere kapper?', 'Weet ge dat de
# kroketten diepvries zijn?', 'Wist je dat ...?'): a rumour told, not asked of the business.
NOT_ASKING_US = re.compile(
    r"\b(?:weet|kent|heeft|zoekt)\s+(?:er\s+)?iemand\b|\bwie\s+(?:weet|kent|heeft)\b|\b(?:anyone|anybody)\s+know"
    r"|\b(?:weet|wist)\s+(?:je|ge|gij|jij|u|jullie)\s+(?:al\s+|eigenlijk\s+|wel\s+)?dat\b|\bdid\s+you\s+know\b",
    re.I,
)


def asks_us(text: str) -> bool:
    """Whether a rumour asks the business anything ('Klopt het dat ...?', 'Zijn jullie echt dicht?', 'Jullie
    friet is diepvries. Waarom?'), not only tells it or asks the other readers: the opening thanks the writer for
    asking. Wider than :func:`asks_whether_true`, which decides whether the claim may be denied outright."""
    if ask.ASKS_US.search(text):
        return True
    asked = [s for s in sentences(text) if "?" in s]
    return any(not NOT_ASKING_US.search(s) for s in asked)


def asks_whether_true(text: str, claim: str) -> bool:
    """Whether the writer asks if the rumour is true: 'Klopt het dat ...?', or ``claim`` (what the rumour says,
    as claim_of or hearsay_of found it) inside a question ('Gaan jullie echt dicht?'). Narrower than
    :func:`asks_us` on purpose: 'Jullie friet is diepvries. Waarom?' asks us something but states the claim,
    so the correction says it is untrue ('_denied'); a claim asked about is answered, not denied."""
    return bool(ask.ASKS_US.search(text)) or any((claim or "\0") in q for q in re.findall(r"[^.!?]*\?", text))


# When a rumour says the business stops: a date or a time still to come ('na 1 januari', 'vanaf volgend jaar').
_LATER = re.compile(
    rf"{DATE.pattern}|\b(?:volgend|komend)e?\s+(?:jaar|maand|week|seizoen)\b|\bbinnenkort\b"
    rf"|\b(?:na|per|vanaf|tegen)\s+(?:de\s+)?(?:zomer|winter|nieuwjaar|{MONTH_WORDS})\b",
    re.I,
)


# What a rumour says is the only way left: 'alleen nog met hun eigen app', 'enkel via de website'.
_ONLY_WITH = re.compile(
    r"\b(?:alleen|enkel|uitsluitend)\s+(?:nog\s+)?(?:met|via)\s+"
    r"(?:(?P<lidw>de |het |een )|(?:hun|jullie|zijn|haar|z'n)\s+)?(?P<eigen>eigen\s+)?(?P<ding>[^\W\d_][\w-]+)",
    re.I,
)

# Where a rumour says the business moves to: 'verhuizen naar Sint-Gillis', 'moving to Ghent'.
_MOVED_TO = re.compile(r"\b(?:naar|to)\s+(?:de\s+|het\s+|the\s+)?(?P<waar>[^\W\d_][\w\-']{2,})", re.I)


def moving_said(text: str) -> bool:
    """Whether a rumour says the business moves ('gaat verhuizen', 'zijn verkast', 'moving to'), by the moving
    words of resources/fact_words.toml (the start of a word)."""
    return word_regex(tuple(sorted(fact_words().moving_words)), starts=True).search(text) is not None


# A 'Nee.' or 'Neen:' that opens a FAQ answer: after 'Dat klopt niet.' it says no twice.
_NO_LEAD = re.compile(r"^\s*(?:nee|neen)\s*[.,;:!]\s*", re.I)


def without_no(said: str) -> str:
    """'Nee. We bakken alles zelf.' → 'We bakken alles zelf.': the fact that sets a rumour straight after 'Dat klopt
    niet' ('klopt niet. Nee.' says no twice)."""
    return _NO_LEAD.sub("", said)


def without_regret(said: str) -> str:
    """'Helaas, we zijn op zondag gesloten.' → 'We zijn op zondag gesloten.', 'We zijn helaas dicht.' → 'We zijn
    dicht.': a fact that sets a rumour straight says no regret ('Dat klopt niet, gelukkig. Helaas, ...' contradicts
    itself; only the writer knows whether it is a pity), by the regret_leads of resources/fact_words.toml."""
    lead, inside = _regret()
    found = lead.match(said)
    said = said[found.end() :][:1].upper() + said[found.end() + 1 :] if found else said
    return inside.sub("", said)


@cache
def _regret() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The regret words opening an answer ('Helaas, ') and inside it (', helaas,'), compiled once."""
    leads = alternation(tuple(sorted(fact_words().regret_leads)))
    return (
        re.compile(rf"^\s*(?:{leads})\b\s*[,:;!]?\s*(?=\w)", re.I),
        re.compile(rf",?\s+(?:{leads})\b,?(?=\s)", re.I),
    )


def free_contradicted(text: str, value: str) -> bool:
    """Whether a rumour says there is a charge where the fact says free ('parking nu betalend, 5 euro per auto' ~
    'gratis eigen parking') or free where it says paid, by the free_words and paid_words of
    resources/fact_words.toml (the start of a word) and an amount of money."""

    def has(words: frozenset[str], said: str) -> bool:
        return word_regex(tuple(sorted(words)), starts=True).search(said) is not None

    def paid(said: str) -> bool:
        return has(fact_words().paid_words, said) or bool(re.search(r"€|\b\d+\s*(?:euro|eur)\b", said, re.I))

    free = fact_words().free_words
    return (has(free, value) and not has(free, text) and paid(text)) or (
        paid(value) and not paid(text) and has(free, text)
    )


# A rumour that the business is closed on a day ('op zondag gesloten', 's avonds niet meer open', 'op zondag niet
# meer opengaat', Flemish 'zijn op zondag altijd toe'; not 'tot nu toe', 'daar toe', 'toe te voegen').
_SAYS_CLOSED = re.compile(
    r"\b(?:dicht|gesloten|niet\s+(?:meer\s+)?open(?:gaa?n|gaat|doen|doet)?)\b"
    r"|\b(?:is|zijn|was|waren|blijft|blijven|staat|staan)\s+(?:(?!aan\b|tot\b)\w+\s+){0,5}?"
    r"(?<!\bnu )(?<!\bdan )(?<!\bheden )(?<!\bdaar )(?<!\bwaar )toe\b(?!\s+te\b)(?!\s*aan\b)"
    # the verb after it ('dat ze op zondag altijd toe zijn'): a day or a word of always just before 'toe'
    r"|\b(?:altijd|voortaan|tegenwoordig|steeds|weer|ook|\w+dag|\w+dags|\w*avonds?|\w*middags?)\s+toe\s+"
    r"(?:zijn|is|was|waren|blijven|blijft)\b",
    re.I,
)


def says_closed(text: str) -> bool:
    """Whether a rumour says the business is closed ('op zondag gesloten', Flemish 'zijn op zondag altijd toe')."""
    return _SAYS_CLOSED.search(text) is not None


# A clock time in the rumour ('dicht om 17:00', 'na 6 uur'): then the hours may prove it right, not wrong.
_CLOCK = re.compile(r"\b\d{1,2}(?:[:.]\d{2}|\s*uur)\b", re.I)


@cache
def _month_closed() -> re.Pattern[str]:
    """A rumour that the business is closed a whole month ('de hele oktober dicht', 'heel augustus gesloten', 'toe in
    juli'), by draft_cues.toml's ``month_span`` and ``closed``; the month in group 'maand' or 'maand2'."""
    cues, months = draft_cues(), MONTH_WORDS
    span, closed = cues.month_span.pattern, cues.closed.pattern
    return re.compile(
        rf"\b(?:de\s+)?{span}\s+(?:de\s+maand\s+)?(?P<maand>{months})\b[^.!?]{{0,30}}?{closed}"
        rf"|{closed}\s+(?:de\s+)?{span}\s+(?:de\s+maand\s+)?(?P<maand2>{months})\b",
        re.I,
    )


# Beside it, that the business shuts for good ('gaat toch dicht?', 'gaan jullie dicht'): no day or month after it.
_GOING_SHUT = re.compile(r"\bga(?:at|an)\s+(?:\w+\s+){0,2}?(?:dicht|sluiten)\s*(?:[?!.,]|$)", re.I)


@cache
def _bought_elsewhere() -> re.Pattern[str]:
    """A rumour that only what was bought here is served ('repareert geen e-bikes die niet bij hem gekocht zijn',
    'elders gekocht? dan helpen ze je niet'): it is about the FAQ on other brands ('Repareren jullie ook andere
    merken?'). The words are draft_cues.toml's ``bought_*`` lists and fact_words.toml's ``only_words``."""
    cues = draft_cues()
    only = alternation(tuple(sorted(fact_words().only_words)))
    return re.compile(
        rf"{cues.bought_where.pattern}\s+(?:\w+\s+){{0,2}}?{cues.bought.pattern}"
        rf"|\b(?:{only})\b[^.!?]{{0,40}}{cues.bought_here.pattern}\s+(?:\w+\s+){{0,2}}?{cues.bought.pattern}"
        rf"|{cues.bought_english.pattern}"
        # 'e-bikes van andere winkels', 'alleen nog wat ze zelf verkopen'
        rf"|\b(?:van|bij)\s+(?:een\s+|de\s+|het\s+)?{cues.other_shop.pattern}"
        rf"|\b(?:{only})\b[^.!?]{{0,40}}{cues.sold_here.pattern}\s+(?:\w+\s+){{0,2}}?{cues.sold.pattern}"
        # "'vreemde' e-bikes doet hij niks meer aan", 'andermans fietsen herstellen ze niet'
        rf"|{cues.other_made.pattern}'?\s+[^\W\d_][\w-]+[^.!?]{{0,60}}\b(?:niet|niks|niets|geen|nie)\b",
        re.I,
    )


def going_shut(text: str) -> bool:
    """Whether a rumour says the business shuts ('gaat toch dicht?', 'gaan jullie sluiten?'). Beside the closure
    concept of resources/topics.toml ('gaat dicht', 'voorgoed dicht'), not in it: a concept's terms are words next
    to each other, and this needs up to two words between ('gaat TOCH dicht', 'gaan JULLIE sluiten') and nothing
    after it but the end of the clause, since 'gaat zondag om 17:00 dicht' or 'gaan dicht in augustus' say when the
    business is closed, not that it closes down."""
    return _GOING_SHUT.search(text) is not None


# Where one claim of a rumour ends and the next begins inside a sentence: 'en' before a subject ('... gesloten en ge
# kunt er alleen nog cash betalen') or before a verb and its subject ('en kun je er ...').
_NEXT_CLAIM = re.compile(r",?\s+en\s+(?=(?:\w+\s+)?(?:ge|gij|je|jij|u|ze|zij|men|jullie|er|het|'t)\b)", re.I)


def claim_clauses(text: str) -> list[str]:
    """The claims of a rumour, one per sentence or main clause joined by 'en' (three words or more each)."""
    clauses = (c.strip() for s in sentences(text.strip()) for c in _NEXT_CLAIM.split(s))
    return [c for c in clauses if len(c.split()) >= 3]
