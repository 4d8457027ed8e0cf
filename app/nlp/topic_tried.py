"""Which channels the writer already tried: a channel word only counts when the writer used it, not
when they ask for it ('Bel me dan gewoon') or say the business did not use it ('er is niet over
gebeld', 'niemand heeft mij gemaild')."""

from __future__ import annotations

from itertools import pairwise

from app.nlp.reader_words import reader_words
from app.nlp.topic_match import NEGATIONS, Matches

# Forms of reaching out; an answering word ('niet opgenomen', 'nooit teruggebeld') still means the
# writer called, so only these are read with a negation. The words are in resources/topic_readers.toml [tried];
# the channels are concepts of resources/topics.toml.
_TRIED = reader_words()["tried"]
_REACHING = _TRIED["reaching"]
_IMPERATIVES = _TRIED["imperatives"]
_CLAUSE_ENDS = _TRIED["clause_ends"]
_CHANNELS = ("mail", "telefoon", "dm")


def _negated(m: Matches, i: int) -> bool:
    doc = m.doc
    for k in range(i - 1, max(-1, i - 7), -1):
        # an emoji ends a sentence too ('geen wegge 😤 Twee keer gemaild': the mails were sent)
        if doc[k].is_punct or doc[k].lower_ in _CLAUSE_ENDS or not any(c.isalnum() for c in doc[k].text):
            return False
        if doc[k].lower_ in NEGATIONS:
            return True
    return False


def _asked_for(m: Matches, i: int) -> bool:
    """'Bel me dan gewoon': the imperative that opens a sentence asks, it tells of no try."""
    doc = m.doc
    return doc[i].lower_ in _IMPERATIVES and (i == 0 or doc[i - 1].is_punct or doc[i - 1].lower_ == "dus")


_MODALS = _TRIED["modals"]
_ASKERS = _TRIED["askers"]


def _asked_whether(m: Matches, i: int) -> bool:
    """'Moet ik nou echt bellen?', 'Kan ik ook mailen?': the writer asks whether to use the channel."""
    doc = m.doc
    ahead = next((t for t in doc[i + 1 : i + 8] if t.is_punct and t.text in {".", "!", "?"}), None)
    if ahead is None or ahead.text != "?":
        return False
    before = [t.lower_ for t in doc[max(0, i - 6) : i] if not t.is_punct]
    return any(w in _MODALS and nxt in _ASKERS for w, nxt in pairwise(before))


# A mail or message the writer got from the business ('s Middags een mail dat mijn afspraak ...', 'kreeg een
# mailtje van jullie'): no try of theirs. The nouns only; 'op mijn mail' and 'een mail gestuurd' are the writer's.
_MESSAGES = _TRIED["messages"]
_GOT = _TRIED["got"]
_SENDING = _TRIED["sending"]
_SENT = _SENDING | _TRIED["sent_with"]


def _received(m: Matches, i: int) -> bool:
    """'s Middags een mail dat mijn afspraak dubbel stond', 'een mail van jullie gekregen': a mail the writer got."""
    doc = m.doc
    if doc[i].lower_ not in _MESSAGES:
        return False
    start, end = i, i
    while start > 0 and not doc[start - 1].is_punct and doc[start - 1].lower_ not in _CLAUSE_ENDS:
        start -= 1
    while end + 1 < len(doc) and not doc[end + 1].is_punct and doc[end + 1].lower_ not in {*_CLAUSE_ENDS, "dat"}:
        end += 1
    clause = {t.lower_ for t in doc[start : end + 1]}
    if clause & _SENT:
        return False
    # 'een mail dat ...', 'ineens een mail: 'helaas dubbel geboekt'': what it said; not 'de mail dat ik had
    # gestuurd' (a writer's mail, said clumsily)
    rest = next((k for k in range(i + 1, len(doc)) if doc[k].text in {".", "!", "?"}), len(doc))
    quoted = i + 2 < len(doc) and doc[i + 1].text == ":" and doc[i + 2].text[:1] in "'‘\"“"
    sent = {t.lower_ for t in doc[i:rest]} & _SENDING
    said = i + 1 < len(doc) and (doc[i + 1].lower_ == "dat" or quoted) and not sent
    return said or bool(clause & _GOT)


def channels_not_tried(m: Matches) -> None:
    """Forget the channel words the writer did not use themselves."""
    for concept in _CHANNELS:
        for start, end in list(m.spans.get(concept, [])):
            word = m.doc[start].lower_
            asked = _asked_for(m, start) or _asked_whether(m, start)
            if (word in _REACHING and _negated(m, start)) or asked or _received(m, start):
                m.drop(concept, start, end)
