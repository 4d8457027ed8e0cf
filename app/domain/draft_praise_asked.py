"""Things named only in a question beside the praise are no part of the praise ('Dankjewel voor de mooie kleur!
Doen jullie ook mee aan de Valentijnsactie van de handelaarsvereniging?')."""

from __future__ import annotations

import re
from dataclasses import replace

from app.domain.draft_text import sentences_and_lines
from app.domain.topics import Mention, TopicAnalysis


def not_asked(topics: TopicAnalysis, text: str) -> TopicAnalysis:
    """``topics`` without the things named only in a question beside the praise ('Dankjewel voor de mooie kleur!
    Doen jullie ook mee aan de Valentijnsactie van de handelaarsvereniging?': no words of praise about the
    handelaarsvereniging); unchanged when the comment is all questions or the thing is praised."""
    sentences = [s.strip() for s in sentences_and_lines(text) if s.strip()]
    asked = [s for s in sentences if s.rstrip(" )'\"’”").endswith("?")]
    if not asked or len(asked) == len(sentences):
        return topics
    told = " ".join(s for s in sentences if s not in asked)
    praised = {p.text for p in topics.praised}

    def only_asked(thing: Mention) -> bool:
        pattern = re.compile(rf"(?<!\w){re.escape(thing.text)}(?!\w)", re.I)
        if not thing.guessed or thing.text in praised:  # ('jouw speculaas is echt 🔥 maar waarom alleen in ...??')
            return False
        return not pattern.search(told) and any(pattern.search(s) for s in asked)

    kept = tuple(p for p in topics.products if not only_asked(p))
    return topics if len(kept) == len(topics.products) else replace(topics, products=kept)


# A wish for the same again, for others: 'om zoiets ook eens voor de oudere mensen te doen', 'hetzelfde nog eens voor
# de kleuters': an idea for something new, no question about a service a FAQ answer could say exists.
_SAME_AGAIN = re.compile(r"^(?:om\s+)?(?:zoiets|zo'n\s+\w+|hetzelfde|iets\s+dergelijks|iets\s+gelijkaardigs)\b", re.I)


def same_again(wish: str) -> bool:
    """Whether a wish asks for the same again, for others ('om zoiets ook eens voor de oudere mensen te doen')."""
    return _SAME_AGAIN.search(wish.strip()) is not None
