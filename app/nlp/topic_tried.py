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
    """'Bel me dan gewoon': the imperative that opens a sentence asks, it tells of no try; not the noun told in
    short with its participle after it ('mail gestuurd, geen antwoord')."""
    doc = m.doc
    told = i + 1 < len(doc) and doc[i + 1].lower_ in _SENDING
    opens = i == 0 or doc[i - 1].is_punct or doc[i - 1].lower_ == "dus"
    return doc[i].lower_ in _IMPERATIVES and opens and not told


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


_PROPOSING = _TRIED["proposing"]
_BUSINESS = _TRIED["business"]
_WRITER = _TRIED["writer"]
_COUNTED = _TRIED["counted"]
_MACHINES = _TRIED["machines"]
_ENDS = {".", "!", "?"}


def _proposed(m: Matches, start: int, end: int) -> bool:
    """'Een berichtje sturen kan toch?', 'Kunnen jullie niet even bellen?': the writer puts the channel to the
    business in a question with a modal; no try of theirs. Not when the writer is in the question ('Kan ik ...',
    'mijn mail') or counts their tries ('Moet je nou echt vijf keer bellen?')."""
    doc = m.doc
    first = start
    while first > 0 and doc[first - 1].text not in _ENDS:
        first -= 1
    last = next((k for k in range(end, len(doc)) if doc[k].text in _ENDS), len(doc))
    if last == len(doc) or doc[last].text != "?":
        return False
    words = [t.lower_ for t in doc[first:last]]
    if set(words) & (_WRITER | _COUNTED) or any(w[:-1].isdigit() and w[-1] == "x" for w in words):
        return False
    at, stop = start - first, end - first
    # the modal after the channel ('een berichtje sturen kan toch?'), the channel or its verb right before it
    verb = stop < len(words) and words[stop] in _PROPOSING
    after = words[stop + int(verb) :]
    if after and after[0] in _MODALS:
        return True
    # the business asked with a modal before the channel ('Kunnen jullie niet even bellen?')
    return any(w in _MODALS and nxt in _BUSINESS for w, nxt in pairwise(words[:at]))


def machine_answered(m: Matches) -> None:
    """A call that ended at a machine ('heb al gebeld maar kreeg het antwoordapparaat', 'Bellen: alleen de
    voicemail') went unanswered, said without 'niemand' or 'niet opgenomen'."""
    if not m.spans.get("telefoon") or m.hits["geen_antwoord"]:
        return
    for token in m.doc:
        if token.lower_ in _MACHINES:
            m.add("geen_antwoord", token.i, token.i + 1)
            return


_REPEATS = _TRIED["repeats"]


def _repeated(word: str, before: str) -> bool:
    """'2x', 'driex', or 'keer'/'maal' after 'drie' or '3': a count of two or more."""
    if word[-1:] == "x" and (word[:-1] in _REPEATS or (word[:-1].isdigit() and int(word[:-1]) >= 2)):
        return True
    return word in _COUNTED and (before in _REPEATS or (before.isdigit() and int(before) >= 2))


def counted_tries(m: Matches) -> None:
    """'2x naar het atelier gebeld', 'drie keer naar de winkel gemaild': a try counted more than once, with words
    between the count and the verb, went unanswered as 'drie keer gebeld' does."""
    if m.hits["geen_antwoord"]:
        return
    doc = m.doc
    for token in doc:
        if token.lower_ not in _REACHING:
            continue
        for k in range(token.i - 1, max(-1, token.i - 7), -1):
            if doc[k].is_punct or doc[k].lower_ in _CLAUSE_ENDS:
                break
            if _repeated(doc[k].lower_, doc[k - 1].lower_ if k > 0 else ""):
                m.add("geen_antwoord", k, token.i + 1)
                return


_PICKED_UP = _TRIED["picked_up"]
_TAKING = _TRIED["taking_contact"]


def _contact_taken(m: Matches, i: int) -> bool:
    """'Ik verwacht dat er contact met mij wordt opgenomen': taking up contact, not a phone picked up."""
    doc = m.doc
    if doc[i].lower_ not in _PICKED_UP:
        return False
    for k in range(i - 1, max(-1, i - 6), -1):
        if doc[k].is_punct:
            return False
        if doc[k].lower_ in _TAKING:
            return True
    return False


def channels_not_tried(m: Matches) -> None:
    """Forget the channel words the writer did not use themselves."""
    for concept in _CHANNELS:
        for start, end in list(m.spans.get(concept, [])):
            word = m.doc[start].lower_
            asked = _asked_for(m, start) or _asked_whether(m, start) or _proposed(m, start, end)
            if (word in _REACHING and _negated(m, start)) or asked or _received(m, start) or _contact_taken(m, start):
                m.drop(concept, start, end)
