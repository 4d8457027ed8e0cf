"""What an English comment asks the business about ('Do you have something for a 10-year-old?' → the thing asked
for), and what the writer mailed or called about, or to book, when no one answered."""

from __future__ import annotations

import re
from functools import cache

from app.domain.draft_phrase_cues import phrase_cues
from app.domain.language import DETERMINERS, ENGLISH, NEUTRAL
from app.domain.words import alternation

UNANSWERED = re.compile(
    # 'I emailed afterwards to ask what happened and never heard back': no answer either
    r"\b(?:no|never|nobody|no one|not)\b[^.!?]{0,40}\b(?:answer\w*|repl\w*|respon\w*|pick\w* up|hear[d]?\s+back)\b",
    re.I,
)


# What the writer mailed or called about ('emailed three times about the menu'): the subject of the messages left
# unanswered, not a thing that went wrong.
_WROTE_ABOUT = re.compile(
    r"\b(?:e-?mail\w*|mail\w*|call\w*|rang|phon\w*|wr(?:ote|itten)|messag\w*|contact\w*)\b[^.!?]{0,30}?"
    # ... or to book or order ('emailed on 2 April to book the Easter brunch'): what the messages were for
    r"\b(?:about\s+|(?P<booking>to\s+(?:book|order|reserve))\s+(?:(?P<det>a|an|the|my|our)\s+)?)"
    r"(?P<thing>[^.!?,]{1,40})",
    re.I,
)


# Where the thing a message was to book ends: 'Easter brunch for 6 and asked ...' → 'Easter brunch'.
_BOOKING_ENDS = re.compile(r"\s+(?:for|with|on|at|in|and|or|but|from|via|through|by|before|after)\b|\s+\d|\s*\(", re.I)


def wrote_to_book(text: str) -> str:
    """What the writer mailed or called to book or order, when no one answered ('I emailed twice to book the
    Easter brunch for 6, no reply' → 'the Easter brunch'), as the reply names it; '' else."""
    if not UNANSWERED.search(text):
        return ""
    for found in _WROTE_ABOUT.finditer(text):
        if found["booking"] is None:
            continue
        words = _BOOKING_ENDS.split(found["thing"], maxsplit=1)[0].split()
        if 0 < len(words) <= 4 and not any(w.lower() in ENGLISH | NEUTRAL for w in words):
            det = DETERMINERS.get((found["det"] or "").lower(), "")
            return f"{det or 'the'} {' '.join(words)}"
    return ""


def wrote_about(text: str, thing: str) -> bool:
    """Whether ``thing`` is only what the writer mailed or called about ('I've emailed three times about the menu and
    two colleagues with allergies, and not a single reply'), so the sorry is for the silence, not for the menu."""
    words = thing.lower().split()
    return (
        bool(words)
        and any(words[-1] in found["thing"].lower().split() for found in _WROTE_ABOUT.finditer(text))
        and bool(UNANSWERED.search(text))
    )


_ASKED = re.compile(
    # 'Do you guys do men's cuts?': 'you guys' is the business
    r"\b(?:do|does|can|could|would|will)\s+(?P<who>you(?:\s+guys|\s+all)?|i|we)\s+(?:also\s+|still\s+|just\s+)?(?P<verb>[a-z]+)\s+"
    r"(?:also\s+)?(?P<what>[^?.!,;]+?)\s*(?:\?|(?P<joined>,\s*(?:and|or)\s+)(?=(?:do|can|could|would|will)\s+(?:you|i|we)\b)"
    # 'Do you do curly cuts, like the DevaCut?', 'a sheet cake, for about 30 people?': an example or a measure after a
    # comma belongs to the same question, the thing asked is said before it
    r"|,\s*(?:like|such\s+as|e\.?g\.?|for\s+example|for\s+instance|for|similar\s+to)\s[^?.!]*\?)",
    re.I,
)


# 'any chance I can rent a gravel bike ...?', 'is it possible we could book ...?': the same question, told as a chance
_ASKED_CHANCE = re.compile(
    r"\b(?:any chance|is it possible|would it be possible)\s+(?:that\s+)?(?P<who>i|we)\s+(?:can|could)\s+"
    r"(?:also\s+)?(?P<verb>[a-z]+)\s+(?P<what>[^?.!,;]+?)\s*\?",
    re.I,
)


# A second question joined in the same sentence ('curly hair (type 3C) and is there someone who speaks English'):
# where the thing asked about ends.
_JOINED_ASK = frozenset({"is", "are", "do", "does", "can", "could", "will", "would", "should", "have", "has"})


_PREPOSITIONS = frozenset({"by", "with", "on", "at", "in", "for", "to", "from", "before", "after", "during", "here"})


_WHERE = frozenset({"somewhere", "anywhere", "nearby", "near", "close", "there", "outside", "inside"})


_YOURS = {"my": "your", "our": "your", "i": "you", "we": "you"}


# Verbs whose question is whether the thing is to be had that way at all, so the reply names the deal too.
_DEALS = {"rent": "renting", "hire": "hiring", "lease": "leasing"}


@cache
def _wanted() -> re.Pattern[str]:
    """What the writer says they look for ('I need a cheap bike'), before a question that points back at it
    ('something', 'one'), up to a word that ends it (resources/phrase_cues.toml english_wanted, _wanted_end)."""
    cues = phrase_cues()
    wanted, end = alternation(cues.english_wanted, spaced=True), alternation(cues.english_wanted_end)
    return re.compile(
        rf"\b(?:{wanted})\s+(?P<thing>(?:a|an)\s+[\w\s-]+?)(?=\s+(?:{end})\b|\s*[,.!?;]|$)",
        re.I,
    )


def english_asked_about(text: str) -> str:
    """What an English question asks about: 'Do you service cargo bikes?' → 'cargo bikes', 'Can I bring
    my dog?' → 'your dog'; two things when a comma and 'and' join a second question to it ('could you host a
    private party for 30 people, and do you have a set menu?' → 'a private party and a set menu'); '' when no
    question has that shape or it is long."""
    found = sorted([*_ASKED.finditer(text), *_ASKED_CHANCE.finditer(text)], key=lambda m: m.start())
    for i, asked in enumerate(found):
        thing = _thing_of(asked, text)
        if not thing:
            continue
        joined = "joined" in asked.groupdict() and asked.group("joined")
        more = next((m for m in found[i + 1 :] if m.start() == asked.end()), None) if joined else None
        other = _thing_of(more, text) if more is not None else ""
        return f"{thing} and {other}" if other and other != thing else thing
    return ""


def _thing_of(found: re.Match[str], text: str) -> str:
    """The thing one English question (a match of _ASKED or _ASKED_CHANCE in ``text``) asks about, as the
    reply names it; '' when it asks how or where, names nothing or is long."""
    words = found.group("what").split()
    joined = next((i for i, w in enumerate(words) if i and _joined(words, i)), len(words))
    words = words[:joined]  # 'curly hair (type 3C) and is there someone ...' → 'curly hair'
    if found.group("verb").lower() in {"be", "get", "help", "tell", "let", "call", "contact", "please"}:
        return ""
    if words and words[0].lower() in {"out", "up", "off", "down", "over"}:
        words = words[1:]  # 'Do you rent out bikes?': the particle belongs to the verb
    if words and words[0].lower() in _PREPOSITIONS | _WHERE:
        return ""  # 'Can I pay by card?', 'Can we park somewhere close by?': how or where, not what
    if words and words[0].lower() in {"any", "some"}:
        words = words[1:]  # 'Do you have any vegan pastries?': the question's quantifier, not the thing
    said_before = bool(words) and words[0].lower() in {"something", "anything", "one"}
    if said_before:
        # 'I need a cheap second hand bike ... Do you have something under 200 euro?': the thing said before
        wanted = _wanted().search(text[: found.start()])
        if wanted is None:
            return ""  # 'do you have something for a 6-year-old?': 'about something' names nothing
        words = [*wanted.group("thing").split(), *words[1:]][:8]
    cut = next((i for i, w in enumerate(words) if i and w.lower() in _PREPOSITIONS), len(words))
    words = words[:cut]  # 'Can we bring our dog to the terrace?' → 'our dog'
    # 'a kids menu and high chairs': the articles make the question no longer
    counted = [w for w in words if w.lower() not in {"a", "an", "the"}]
    if not 0 < len(counted) <= (8 if said_before else 5) or any(
        w.lower() in {"you", "me", "us", "it", "this", "that"} for w in words
    ):
        return ""
    thing = " ".join(_YOURS.get(w.lower(), w) for w in words)
    # 'Do you rent out bikes?' asks whether they are for rent: 'renting bikes', not just 'bikes'
    deal = _DEALS.get(found.group("verb").lower(), "")
    return f"{deal} {thing}" if deal else thing


def _joined(words: list[str], i: int) -> bool:
    """Whether the thing asked about ends before word ``i``: a bracket ('(type 3C)') or 'and' or 'or' before a
    second question's verb ('and is there someone who speaks English')."""
    if words[i].startswith("("):
        return True
    return words[i].lower() in {"and", "or"} and i + 1 < len(words) and words[i + 1].lower() in _JOINED_ASK
