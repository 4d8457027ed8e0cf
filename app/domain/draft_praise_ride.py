"""The ride or run a compliment tells of after the work: '62 km zonder zere knieën', '85 km langs de Maas naar
Maastricht en terug', 'zondag 60 km door het Geuldal', as the thanks says it back; and the run or ride the writer
came from ('Na de Beekse Zomerloop hier de bierplank gedaan')."""

from __future__ import annotations

import re

from app.domain.draft_cues import draft_cues
from app.domain.draft_event_day import named_event
from app.domain.draft_harm_now import harm_words
from app.domain.draft_praise_possible import to_care

# A distance done: a number of km, not a delivery area or a speed ('binnen 15 km', '25 km/u'), not the point where
# the trouble began ('last van zijn rug na 60 km'), nor one still to come ('morgen 100 km', 'wil 50 km').
_DISTANCE = re.compile(
    r"(?<![\w/.,])(?P<pre>\w+\s+)?(?P<km>\d{1,3}(?:[.,]\d)?)\s?(?:km|kilometer|kilometers)\b(?!\s*/|\s*per\b)"
    r"(?=(?P<rest>[^.!?,;:()\n#@]*))",
    re.I,
)
_NOT_DONE_BEFORE = frozenset(
    {"na", "binnen", "per", "tot", "om", "op", "vanaf", "morgen", "wil", "willen", "ga", "gaan", "gaat", "moet"}
)
# Where the rest of the distance's phrase stops: a clause, the writer's own words (said back they would be wrong),
# or a verb of the writer's ('... en NUL pijn in mijn rug', '85 km, ik was kapot').
_STOPS = frozenset(
    {
        *("en", "maar", "want", "dus", "omdat", "terwijl", "toen", "als", "dat", "die", "wat", "waar"),
        *("ik", "'k", "k", "we", "wij", "ge", "gij", "je", "jij", "u", "hij", "ze", "zij", "mijn", "m'n", "mn"),
        *("mien", "onze", "ons", "ik", "is", "was", "waren", "zijn", "ben", "heb", "had", "hebben", "gedaan"),
        *("gefietst", "gereden", "gelopen", "afgelegd", "getrapt", "erbij", "gewoon", "echt", "zo", "nog"),
    }
)
# 'en terug', 'heen en terug': part of the ride
_BACK = re.compile(r"^(?:heen\s+)?en\s+terug\b", re.I)


def ride_said(text: str) -> str:
    """'62 km zonder zere knieën' for 'Zadel ... afgesteld, 62 km zonder zere knieën', '85 km langs de Maas naar
    Maastricht en terug' for 'onze eerste lange rit ..., 85 km langs de Maas naar Maastricht en terug'; '' when the
    comment names no distance done (a delivery area, a speed, where a pain began, a question) or only a number."""
    for found in _DISTANCE.finditer(text):
        pre = (found.group("pre") or "").strip().lower()
        if pre in _NOT_DONE_BEFORE or "?" in text[found.end() : found.end() + 2]:
            continue
        words: list[str] = []
        rest = found.group("rest").split()
        at = 0
        while at < len(rest) and len(words) < 8:
            word = rest[at]
            if _BACK.match(" ".join(rest[at : at + 3])):
                back = 3 if rest[at].lower() == "heen" else 2
                words += rest[at : at + back]
                at += back
                continue
            if word.lower() in _STOPS or not re.fullmatch(r"[^\W\d_][\w'’-]*|\d+", word):
                break
            words.append(word)
            at += 1
        while words and words[-1].lower() in {"de", "het", "een", "naar", "langs", "door", "over", "met", "van"}:
            words.pop()  # a phrase cut off after its preposition says nothing
        if words:  # ('loop weer 10 km': a distance alone says too little to say back)
            return " ".join([f"{found.group('km')} km", *words])
    return ""


# The run, ride or match the writer came in from: 'Na de Beekse Zomerloop', 'na onze fietstocht', 'na de training':
# an event's own name or the kind of run or ride itself (draft_event_day.named_event).
_CAME_FROM = (("na",), ("de", "het", "onze", "ons", "mijn", "m'n"))


_MINE = {"onze": "{poss}", "ons": "{poss}", "mijn": "{poss}", "m'n": "{poss}"}


def grim(text: str) -> bool:
    """Whether the comment tells of a loss, an illness or a hospital ('Na de rit naar het ziekenhuis met mijn
    vader'): then the day was no feat to cheer."""
    cues = draft_cues()
    if cues.ill.search(text) or cues.moved.search(text) or to_care(text):
        return True
    return bool(set(re.findall(r"[\w'-]+", text.lower())) & harm_words("sick"))


def came_from(text: str, poss: str) -> str:
    """The run or ride the writer came in from, as the reply says it ('de Beekse Zomerloop', with ``poss`` for the
    writer's own: 'je fietstocht'); '' when the comment names none, or tells of a loss or illness."""
    found = named_event(*_CAME_FROM, sports=True).search(text)
    if found is None or grim(text):
        return ""
    det = _MINE.get(found.group("det").lower(), found.group("det").lower()).format(poss=poss)
    return f"{det} {' '.join(found.group('event').split())}"


# A race or match the writer watched here on a screen: 'Mè de koers op groot scherm', 'de finale op het grote scherm'.
_WATCHED = re.compile(
    r"\b(?P<what>(?:de|het)\s+(?:koers|wedstrijd|match|finale|voetbal|wielrennen|tour|ronde|WK|EK|Tour|Ronde)"
    r"\s+op\s+(?:een\s+|het\s+|de\s+)?(?:groot|grote|reuze|breed|brede)?\s*(?:scherm|tv|televisie|beamer))\b",
    re.I,
)


def watched_said(text: str) -> str:
    """The race or match watched on a screen, as written ('de koers op groot scherm'); '' when none is named."""
    found = _WATCHED.search(text)
    if found is None:
        return ""
    article, *rest = found.group("what").split()
    return " ".join([article.lower(), *rest])  # 'De finale ...' opening a sentence is 'de finale' inside one
