"""'Mijn e-bike binnengebracht voor een nieuwe achterrem', 'in for new brake pads': a safety part named as the new
one the writer came for is the job that was ordered, not a part that failed; what went wrong after it ('en nu
remt hij niet') is still found by its own words."""

from __future__ import annotations

from spacy.tokens import Doc

from app.domain.topics import shipped_topic_data
from app.nlp.reader_words import reader_words
from app.nlp.topic_match import Matches

_ENDS = frozenset({".", "!", "?"})


def drop_new_parts(m: Matches) -> None:
    """Forget a safety match on a noun said as 'voor (een) nieuwe X' (the work ordered), one word long, also in
    the list of the work after it ('voor een kleine herstelling (nieuwe remblokken en een spaak)')."""
    words = reader_words()["broken"]
    doc = m.doc
    for concept, spans in list(m.spans.items()):
        found = shipped_topic_data().concept(concept)
        if found is None or found.group != "safety":
            continue
        for start, end in list(spans):
            before = [t.lower_ for t in doc[max(0, start - 3) : start]]
            if end - start != 1 or not before or before[-1] not in words["new_part"]:
                continue
            opening = [w for w in before[:-1] if w not in words["new_part_articles"]]
            if (opening and opening[-1] in words["wanted_for"]) or _listed_work(doc, start - 1):
                m.drop(concept, start, end)


def _listed_work(doc: Doc, new: int) -> bool:
    """Whether the word 'nieuwe' at new opens the list of the work ordered: right after a bracket or colon (an
    article between), with 'voor' in the few words before it in the same sentence."""
    words = reader_words()["broken"]
    at = new - 1
    while at >= 0 and doc[at].lower_ in words["new_part_articles"]:
        at -= 1
    if at < 0 or doc[at].text not in words["new_part_list"]:
        return False
    for token in reversed(doc[max(0, at - 8) : at]):
        if token.text in _ENDS:
            return False
        if token.lower_ in words["wanted_for"]:
            return True
    return False
