"""What a thank-you names: the thing the compliment is about (TopicAnalysis.praised) before the other
things the writer mentioned, two of them joined as one phrase ('het mandje en het belleke')."""

from __future__ import annotations

from dataclasses import replace

from app.domain.topics import Mention, TopicAnalysis


def _phrase(mention: Mention, poss: str) -> str:
    return f"{poss} {mention.text}" if mention.own else mention.definite


def praise_first(topics: TopicAnalysis, poss: str) -> TopicAnalysis:
    """``topics`` with the praised things first among the products; two praised things become one
    plural mention ('de lunch en de taart'). Unchanged when nothing praised was found."""
    # the mention the product finder made of the same word knows more (the occasion itself, wished)
    known = {p.text: p for p in topics.products}
    praised = [known.get(p.text, p) for p in topics.praised]
    praised = [p for p in praised if not p.wished]
    if not praised:
        return topics
    rest = tuple(p for p in topics.products if all(p.text != q.text for q in praised))
    first = praised[0]
    if len(praised) > 1:
        # 'het mandje en het belleke': read as one plural thing ('zo in de smaak vielen')
        first = replace(first, text=f"{first.text} en {_phrase(praised[1], poss)}", plural=True)
    return replace(topics, products=(first, *rest))
