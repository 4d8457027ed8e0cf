"""Questions about ordering or booking ahead, and how far ahead the profile says to, as their answer."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from app.domain.draft_fact_words import fact_words, order_ahead_of
from app.domain.draft_facts import key_words
from app.domain.draft_word_match import similar
from app.domain.draft_yes_lead import YES_LEAD
from app.domain.profile import BusinessProfile
from app.domain.textnorm import normalise

# How far ahead a profile's ordering line says to order ('tot 20:00 de avond ervoor', 'twee dagen van tevoren').
HOW_FAR_AHEAD = re.compile(r"\b(?:vooruit\w*|voorhand|tevoren|vooraf|ervoor|daarvoor|\d{1,2}[:.]\d{2})\b", re.I)


def order_ahead_answer(
    asked: Iterable[str], profile: BusinessProfile, lemmas_of: Callable[[str], Iterable[str]]
) -> str:
    """How the profile says to order ahead ('Vooruitbestellen kan tot 20:00 de avond ervoor, ...'), for a question
    that asks only to order or put aside ('Kan ik dat ergens vastleggen?') or how far ahead to say so ('hoeveel
    dagen van te voren moet ik het zeggen?'); '' otherwise, and when the profile's line says nothing of how far
    ahead ('bestellingen vanaf € 30 bezorg ik gratis'). A FAQ that asks about ordering ahead answers too."""
    if not asks_order_ahead(asked, lemmas_of):
        return ""
    for said in (order_ahead_of(profile), _faq_ahead(profile, key_words(" ".join(asked), lemmas_of), lemmas_of)):
        if HOW_FAR_AHEAD.search(said):
            return f"{said}."
    return ""


def _faq_ahead(profile: BusinessProfile, asked: set[str], lemmas_of: Callable[[str], Iterable[str]]) -> str:
    """The first FAQ answer on ordering a thing ``asked`` about (key words) that says how far ahead, its 'Ja,' left
    out ('Moet ik een krentenwegge vooraf bestellen?' ~ 'minstens drie werkdagen van tevoren'); '' when none does."""
    for item in profile.faq:
        said = YES_LEAD.sub("", item.answer).strip().rstrip(".")
        if not any(w in item.question.lower() for w in fact_words().order_ahead) or not HOW_FAR_AHEAD.search(said):
            continue
        things = key_words(item.question, lemmas_of) - {"bestellen", "voorhand"}
        if all(any(similar(t, a) for a in asked) for t in things):
            return said[:1].upper() + said[1:]
    return ""


def asks_how_far_ahead(question: str) -> bool:
    """Whether a question asks how far ahead to let the business know ('hoeveel dagen van te voren moet ik het
    zeggen?', 'how many days in advance should I let you know?'): fact_words.toml 'ahead_words' and 'tell_words'."""
    said = f" {normalise(question)} "
    fw = fact_words()
    return any(re.search(rf"\b{re.escape(w)}", said) for w in fw.ahead_words) and any(
        re.search(rf"\b{re.escape(w)}", said) for w in fw.tell_words
    )


def asks_order_ahead(asked: Iterable[str], lemmas_of: Callable[[str], Iterable[str]]) -> bool:
    """Whether a question asks only to order or reserve ahead ('Kan ik dat ergens vastleggen?', 'Can I order
    ahead?'): its key words are the ordering words of resources/fact_words.toml and synonyms.toml and no more;
    or how far ahead to say so (asks_how_far_ahead)."""
    for question in asked:
        if asks_how_far_ahead(question):
            return True
        ways = fact_words().order_ahead
        ordering = [w for w in lemmas_of(question) if any(w.startswith(o.replace(" ", "")) for o in ways)]
        keys = key_words(question, lemmas_of)
        if ordering and keys and keys <= key_words(" ".join(ordering), lemmas_of) | {"bestellen", "voorhand"}:
            return True
    return False
