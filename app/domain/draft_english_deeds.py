"""What English praise says someone of the business did: the thing a named person made or saved for the writer
('Femke baked a lemon tart on request', 'Joost rescued my old frame') and the named event the writer was in when it
happened ('during the Drenthe 200')."""

from __future__ import annotations

import re
from functools import lru_cache

from app.domain.draft_english_words import EN_MONTHS, EN_WEEK
from app.domain.draft_phrase_cues import phrase_cues
from app.domain.language import ENGLISH
from app.domain.words import alternation, word_set

# When, not who: 'Sunday made ...', 'May baked ...'.
_WHEN_WORDS = frozenset({*EN_WEEK, *(m.lower() for m in EN_MONTHS)})

# How good a thing made was, before it ('baked us the best apple pie', 'a gorgeous little cake').
_HOW_GOOD = word_set(
    "best finest perfect beautiful gorgeous stunning delicious wonderful fantastic incredible little small tiny "
    "special proper absolutely really"
)


@lru_cache(maxsize=1)
def _staff_deed() -> re.Pattern[str]:
    """Someone of the business by name and what they made, saved or worked on for the writer: 'Femke baked a lemon
    tart on request', 'Joost rescued my old frame', 'Lotte squeezed me in, rescued a fringe I had ruined' (the verb
    also later in a list of what the one named did, within the sentence; the verbs: phrase_cues.toml
    ``english_deed_verbs``)."""
    verbs = alternation(phrase_cues().english_deed_verbs, spaced=True)
    stop = (
        r"(?=\s*(?:[.,!?;:)(]|$)|\s+(?:on|for|in|at|with|that|which|who|I|we|she|he|they|and|to|from|by|so|just|within"
        r"|before|after|while|because|as|when|even|without|into|using|out|of)\b)"
    )
    return re.compile(
        r"(?<![\w'’])(?P<name>[A-Z][a-z]{2,})\s+(?:[^.!?]{0,80}?,\s*(?:and\s+)?)?"
        rf"(?i:{verbs})\s+(?:(?:me|us|her|him|them)\s+)?(?P<det>(?i:a|an|the|my|our|his|her))\s+"
        r"(?P<what>(?:[A-Za-z][\w'’-]*\s+){0,3}?[a-z][\w-]{2,})" + stop
    )


def staff_made(text: str) -> str:
    """What someone of the business, named, made or saved for the writer, as the reply names it: 'Femke baked a
    lemon tart on request' → 'the lemon tart', 'Joost rescued my old frame' → 'your old frame', 'rescued a fringe I
    had cut myself' → 'your fringe' (the writer's own, told after it); '' when none is told, or the one named is of
    the writer's ('Mum made a cake'), or no thing was made ('Femke made my day', 'made an effort')."""
    not_things = set(phrase_cues().english_deed_not_things)
    for deed in _staff_deed().finditer(text):
        name, words = deed.group("name"), deed.group("what").split()
        while len(words) > 1 and (words[0].lower() in ENGLISH or words[0].lower() in _HOW_GOOD):
            words = words[1:]  # 'a lovely lemon tart', 'the best apple pie': the thing, not how good it was
        if name.lower() in ENGLISH or name.lower() in phrase_cues().english_kin or name.lower() in _WHEN_WORDS:
            continue
        if any(w.lower() in not_things or w.lower() in ENGLISH for w in words) or words[-1].endswith(("ly", "ing")):
            continue
        what = " ".join(w if w[:1].isupper() and i < len(words) - 1 else w.lower() for i, w in enumerate(words))
        own = deed.group("det").lower() in {"my", "our"} or re.match(
            r"\s+(?:that\s+)?(?:I|we)\s+(?:had|'d|’d|did|ruined|butchered|cut|broke|made)\b", text[deed.end() :]
        )
        return f"{'your' if own else 'the'} {what}"
    return ""


# A named event the writer was in when it happened: 'during the Drenthe 200', 'during the Amstel Gold Race', 'during
# the Veluwe Classic' (a name with capitals, then a number or the kind of event; not 'during the ride': no name).
DURING = re.compile(
    r"\bduring\s+the\s+(?P<event>(?:[A-Z][\w'’-]*\s+){1,3}\d{2,4}(?![\w,.]\d)"
    r"|(?:[A-Z][\w'’-]*\s+){1,3}(?:[Rr]ide|[Tt]our|[Ss]portive|[Rr]ally|[Cc]hallenge|[Cc]lassic|[Mm]arathon|[Rr]ace"
    r"|[Tt]riathlon|[Rr]un|[Ww]alk|[Ff]ondo)"
    r"|[A-Z][a-z]+(?:tocht|loop|ronde|rit|run|race))\b"
)


def during_event(text: str) -> str:
    """The named event the writer was in when it happened ('Snapped my chain during the Drenthe 200' → 'Drenthe
    200'); '' when none is named."""
    found = DURING.search(text)
    return " ".join(found.group("event").split()) if found else ""
