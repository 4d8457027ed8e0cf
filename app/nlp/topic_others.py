"""Whose an occasion is when it is not the writer's people's: another's ('de uitvaart van de buurman') or a
group's, as said after 'van de/het' ('het 25-jarig jubileum van de fanfare' → 'de fanfare')."""

from __future__ import annotations

from typing import TypedDict

from app.nlp.topic_match import Matches
from app.nlp.topic_occasion_owner import FAMILY_WORDS, someone_elses


def whose_group(m: Matches, occasion: str) -> str:
    """Whose an occasion is when it is a group's or another's, as said after 'van de/het': 'het 25-jarig jubileum
    van de fanfare' → 'de fanfare', 'het feest van het koor' → 'het koor' (the reply names it the same way)."""
    doc = m.doc
    for _, end in m.spans.get(occasion, []):
        if end + 2 < len(doc) and doc[end].lower_ == "van" and doc[end + 1].lower_ in {"de", "het"}:
            word = doc[end + 2]
            if word.is_alpha and word.is_lower and len(word) > 2 and word.lower_ not in FAMILY_WORDS:
                return f"{doc[end + 1].lower_} {word.text}"
    return ""


class OthersOccasion(TypedDict):
    others_occasion: bool
    group_occasion: str


def others_occasion(m: Matches, occasion: str, owner: str) -> OthersOccasion:
    """Whether an occasion the writer's people do not own is said to be another's, and whose when a group's."""
    if not occasion or owner:
        return {"others_occasion": False, "group_occasion": ""}
    return {"others_occasion": someone_elses(m, occasion), "group_occasion": whose_group(m, occasion)}
