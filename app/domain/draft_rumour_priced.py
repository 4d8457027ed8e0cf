"""A rumour that the business no longer serves a group or does a thing ('knipt sinds de zomer alleen nog vrouwen',
'knipt geen kinderen meer') set straight by the FAQ entry that gives the price of what it says is gone ('Wat kost een
herenknipbeurt?' ~ '€ 26'): a price asked and answered says the business still does it."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable
from functools import lru_cache

from app.domain.draft_facts import key_words
from app.domain.draft_word_match import similar
from app.domain.profile import BusinessProfile
from app.resources import resource_path

# 'Wat kost een herenknipbeurt?': a FAQ question that asks the price of one thing.
_PRICE_ASKED = re.compile(
    r"^\s*wat\s+(?:kost|kosten)\s+(?P<lidw>een|de|het)\s+(?P<ding>[^\W\d_][\w-]{3,})\s*\?\s*$", re.I
)
# 'alleen nog vrouwen', 'enkel nog volwassenen': the one group a rumour says is left.
_ONLY = re.compile(r"\b(?:alleen|enkel|uitsluitend)\s+(?:nog\s+|maar\s+)?(?P<groep>[^\W\d_]{4,})", re.I)
# A first word of an answer that is written small inside a sentence: a preposition or a word for each or all.
_SMALL = re.compile(r"^(?:tot|vanaf|van|voor|per|met|zonder|op|in|bij|alle|elke|ieder|iedere|een|de|het)$")
# 'geen kinderen meer': what a rumour says is gone.
_GONE = re.compile(r"\bgeen\s+(?P<groep>[^\W\d_]{4,})\s+(?:meer|langer)\b", re.I)


@lru_cache(maxsize=1)
def leaves_out() -> dict[str, tuple[str, ...]]:
    """resources/fact_words.toml [only_leaves_out]: a group a rumour says is the only one left ('vrouwen') and the
    groups it then leaves out ('heren', 'mannen', 'kinderen')."""
    raw = tomllib.loads(resource_path("fact_words.toml").read_text(encoding="utf-8")).get("only_leaves_out")
    if not isinstance(raw, dict) or not raw or not all(isinstance(v, str) and v.split() for v in raw.values()):
        raise ValueError("fact_words.toml: [only_leaves_out] must map a group to the groups it leaves out")
    return {str(k).lower(): tuple(v.lower().split()) for k, v in raw.items()}


def gone_said(text: str) -> set[str]:
    """The groups or things a rumour says the business no longer serves: those an 'alleen nog <groep>' leaves out,
    and what 'geen ... meer' names."""
    found = {w for m in _ONLY.finditer(text) for w in leaves_out().get(m.group("groep").lower(), ())}
    return found | {m.group("groep").lower() for m in _GONE.finditer(text)}


def priced_denied(text: str, profile: BusinessProfile, lemmas_of: Callable[[str], Iterable[str]]) -> str:
    """'Een herenknipbeurt kan gewoon nog (€ 26; met baard trimmen € 34).' for a rumour that says what the one FAQ
    entry asking a price is about is gone ('alleen nog vrouwen' ~ 'Wat kost een herenknipbeurt?', 'geen kinderen
    meer' ~ 'Wat kost een kinderknipbeurt?'), each of the one or two entries that do; '' when none or more do."""
    gone = gone_said(text)
    words = gone | key_words(" ".join(gone), lemmas_of) if gone else set()
    found = []
    for item in profile.faq if words else ():
        asked = _PRICE_ASKED.match(item.question)
        if asked is not None and item.answer.strip() and any(similar(w, asked.group("ding").lower()) for w in words):
            found.append((f"{asked.group('lidw').lower()} {asked.group('ding')}", item.answer.strip().rstrip(".")))
    if not found or len(found) > 2:
        return ""  # more than two: the rumour names nothing in particular
    return " ".join(_still_done(thing, answer, words) for thing, answer in found)


def _still_done(thing: str, answer: str, words: set[str]) -> str:
    """'Een kinderknipbeurt kan gewoon nog (tot 10 jaar € 15).': the thing and its price; the answer alone when it
    names the thing itself ('Een herenknipbeurt kost € 26; ...')."""
    if answer.lower().startswith(thing.lower()):
        return f"{answer[:1].upper()}{answer[1:]}."
    first = answer.split(maxsplit=1)[0].lower().strip(",.;:")
    # 'Kinderen tot 12 jaar: € 17', 'Tot 10 jaar € 15' inside the sentence; a name ('Davines') keeps its capital
    if any(similar(w, first) for w in words) or _SMALL.match(first):
        answer = f"{answer[:1].lower()}{answer[1:]}"
    return f"{thing[:1].upper()}{thing[1:]} kan gewoon nog ({answer})."
