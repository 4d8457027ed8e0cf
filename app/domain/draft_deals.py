"""Which deal a question asks about (renting, repairing, selling: resources/fact_words.toml ``deals``), and whether
a FAQ entry is about another deal of the same thing ('e-bike huren?' is not answered by 'Repareren jullie e-bikes?')."""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.domain.draft_fact_words import fact_words

# Where a clause inside a question starts: what follows tells, it does not ask.
_SUBCLAUSE = re.compile(r"\b(?:die|dat|waar|waarmee|als|omdat|want|which|that|where|because)\b", re.I)


def _deals_named(text: str) -> set[str]:
    words = set(re.findall(r"[a-zà-ÿ]+", text.lower()))
    return {d for d in fact_words().deals if words & set(d.split("|"))}


def _deal_asked(asked: str) -> set[str]:
    """The deal a question asks for, not one a clause in it tells of ('sleutel jij aan e-bikes die niet bij jou
    gekocht zijn?'), nor one of a later question ('En herstellen jullie ook ...?')."""
    first = _SUBCLAUSE.split(re.split(r"(?<=[?!.])\s+", asked.strip(), maxsplit=1)[0], maxsplit=1)[0]
    return _deals_named(first)


def deal_elsewhere(asked: Iterable[str], faq_question: str) -> bool:
    """Whether of several questions one asks for another kind of deal than a FAQ question is about and none asks
    for its kind ('Wat kost een e-bike huren? Moet ik reserveren?' ~ 'Repareren jullie e-bikes?')."""
    asked = list(asked)
    about = _deals_named(faq_question)
    return any(other_deal(q, faq_question) for q in asked) and not any(_deals_named(q) & about for q in asked)


def other_deal(asked: str, faq_question: str) -> bool:
    """Whether a question asks for one kind of deal and a FAQ question is about another only ('Do you sell kids'
    bikes?' ~ 'Verhuurt u fietsen?')."""
    wanted, about = _deal_asked(asked), _deals_named(faq_question)
    return bool(wanted) and bool(about) and not wanted & about


def deal_unsaid(asked: str, entry: str) -> bool:
    """Whether a question asks for a kind of deal (resources/fact_words.toml deals: 'can I rent a gravel bike?')
    that a FAQ entry (its question and answer) never speaks of: 'Kan ik een fiets leasen via mijn werk? Ja, via
    Cyclis' shares only 'fiets' with it."""
    wanted = [d.split("|") for d in fact_words().deals if set(re.findall(r"[a-z]+", asked.lower())) & set(d.split("|"))]
    said = re.findall(r"[a-zà-ÿ]+", entry.lower())
    return bool(wanted) and not any(w.startswith(form) or form in w for forms in wanted for form in forms for w in said)
