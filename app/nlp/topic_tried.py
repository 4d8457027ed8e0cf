"""Which channels the writer already tried: a channel word only counts when the writer used it, not
when they ask for it ('Bel me dan gewoon') or say the business did not use it ('er is niet over
gebeld', 'niemand heeft mij gemaild')."""

from __future__ import annotations

from itertools import pairwise

from app.nlp.topic_match import NEGATIONS, Matches

# Forms of reaching out; an answering word ('niet opgenomen', 'nooit teruggebeld') still means the
# writer called, so only these are read with a negation.
_REACHING = frozenset({"gebeld", "bellen", "belde", "belden", "gemaild", "mailen", "mailde", "mailden"})
_IMPERATIVES = frozenset({"bel", "mail", "app", "stuur"})
_CLAUSE_ENDS = frozenset({"en", "maar", "want", "dus"})
_CHANNELS = ("mail", "telefoon", "dm")


def _negated(m: Matches, i: int) -> bool:
    doc = m.doc
    for k in range(i - 1, max(-1, i - 7), -1):
        if doc[k].is_punct or doc[k].lower_ in _CLAUSE_ENDS:
            return False
        if doc[k].lower_ in NEGATIONS:
            return True
    return False


def _asked_for(m: Matches, i: int) -> bool:
    """'Bel me dan gewoon': the imperative that opens a sentence asks, it tells of no try."""
    doc = m.doc
    return doc[i].lower_ in _IMPERATIVES and (i == 0 or doc[i - 1].is_punct or doc[i - 1].lower_ == "dus")


_MODALS = frozenset({"moet", "moeten", "kan", "kun", "kunnen", "mag", "mogen", "zal", "zou", "moest"})
_ASKERS = frozenset({"ik", "we", "wij"})


def _asked_whether(m: Matches, i: int) -> bool:
    """'Moet ik nou echt bellen?', 'Kan ik ook mailen?': the writer asks whether to use the channel."""
    doc = m.doc
    ahead = next((t for t in doc[i + 1 : i + 8] if t.is_punct and t.text in {".", "!", "?"}), None)
    if ahead is None or ahead.text != "?":
        return False
    before = [t.lower_ for t in doc[max(0, i - 6) : i] if not t.is_punct]
    return any(w in _MODALS and nxt in _ASKERS for w, nxt in pairwise(before))


def channels_not_tried(m: Matches) -> None:
    """Forget the channel words the writer did not use themselves."""
    for concept in _CHANNELS:
        for start, end in list(m.spans.get(concept, [])):
            word = m.doc[start].lower_
            if (word in _REACHING and _negated(m, start)) or _asked_for(m, start) or _asked_whether(m, start):
                m.drop(concept, start, end)
