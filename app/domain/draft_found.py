"""Where the foreign thing was found, as the writer said it ('een lange haar in mijn crème brûlée'), so the
reply names that dish and not a noun from another sentence ('een haar in het toilet')."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.domain.draft_text import sentence_start
from app.domain.topics import Mention
from app.domain.words import MINE_OR_OURS

_FOUND = re.compile(
    r"\b(?:haar|haren|glas|glasscherf|plastic|metaal|splinter|vlieg|made|insect|steentje|wesp|schroefje|stukje\s+\w+)"
    r"\s+(?:\w+\s+){0,2}?in\s+(?P<wie>mijn|m'n|mn|ons|onze|de|het|zijn|haar|z'n|d'r)\s+"
    r"(?P<wat>[\wÀ-ÿ-]+(?:\s+[\wÀ-ÿ-]+)?)",
    re.I,
)
_STOP = frozenset(
    {"van", "en", "die", "dat", "toen", "maar", "zitten", "zat", "gevonden", "gezien", "aangetroffen", "te", "was"}
    | {"is", "waar", "vond", "zag", "gedronken", "gegeten", "verstopt", "ook", "nog", "bij"}
)
# The dish first, then what was in it: 'In mijn stoverij zat een stuk van een schuursponsje'.
_FOUND_FIRST = re.compile(
    r"\bin\s+(?P<wie>mijn|m'n|mn|ons|onze|zijn|haar|z'n|d'r)\s+(?P<wat>[\wÀ-ÿ-]+)\s+"
    r"(?:zat|zaten|lag|lagen|stak|staken|vond|vonden)\b",
    re.I,
)

# ... with 'de' or 'het' when a foreign thing follows: 'In de kramiek zat een stuk blauwe plastic', 'In een van de
# sandwiches zat een lang zwart haar' (not 'In de zaak zat niemand').
_FOUND_FIRST_THE = re.compile(
    r"\bin\s+(?:(?:een|één)\s+van\s+)?(?P<wie>de|het)\s+(?P<wat>[\wÀ-ÿ-]+)\s+(?:zat|zaten|lag|lagen|stak|staken)\s+(?:er\s+)?(?:\w+\s+){0,3}?"
    r"(?:haar|haren|glas|glasscherf|scherf|plastic|plastiek|metaal|splinter|vlieg|made|insect|steentje|wesp|schroefje|"
    r"stuk|stukje|pleister|nietje|spijker|graat|botje|draadje|elastiekje)\b",
    re.I,
)


def found_in(text: str, poss: str) -> str:
    """'uw crème brûlée' for 'een lange haar in mijn crème brûlée' (``poss`` = the reader's possessive), or ''."""
    found = _FOUND.search(text) or _FOUND_FIRST.search(text) or _FOUND_FIRST_THE.search(text)
    if found is None:
        return ""
    words: list[str] = []
    for word in found.group("wat").split():
        if word.lower() in _STOP:
            break
        words.append(word)
    if not words:
        return ""
    who = found.group("wie").lower()
    return f"{poss if who in MINE_OR_OURS else who} {' '.join(words)}"


def near_found(text: str, person: str) -> bool:
    """Whether ``person`` is named in the sentence where the thing was found ('het ijsje van mijn dochter')."""
    found = _FOUND.search(text)
    if found is None:
        return True
    start = max(text.rfind(c, 0, found.start()) for c in ".!?") + 1
    ends = [i for i in (text.find(c, found.end()) for c in ".!?") if i >= 0]
    return person.lower() in text[start : min(ends) if ends else len(text)].lower()


# Any thing the writer found in what they bought: 'er zat een muizenkeutel in het brood', 'vond ik twee
# nietjes in mijn salade' (the thing as said, with its article or number, and where it was).
_FOUND_ANY = re.compile(
    r"\b(?:zat|zaten|zit|zitten|lag|lagen|vond|vonden|gevonden|aangetroffen|stak|kroop)\s+(?:er\s+)?"
    r"(?:(?!in\b)\w+\s+){0,3}?(?P<thing>(?:een|twee|drie|\d+)\s+(?:[a-zà-ÿ]+e\s+)?[a-zà-ÿ-]{3,})"
    r"\s+in\s+(?P<wie>mijn|m'n|mn|ons|onze|de|het|zijn|haar|z'n|d'r)\s+(?P<wat>[\wÀ-ÿ-]+)",
    re.I,
)


# Units of time ('een uur', 'twee weken') and who sat somewhere ('ik zat', 'we zaten'): no thing found.
_TIME = frozenset({"uur", "uren", "minuut", "minuten", "kwartier", "dag", "dagen", "week", "weken", "maand", "maanden"})
_SITTERS = [[w] for w in ("ik", "we", "wij", "hij", "zij", "ze", "je", "jij", "u", "jullie")]


def found_thing(text: str, poss: str) -> tuple[str, str]:
    """('een muizenkeutel', 'het brood') for 'er zat een muizenkeutel in het brood' (``poss`` = the reader's
    possessive for 'mijn'), or ('', '')."""
    found = _FOUND_ANY.search(text)
    if found is None or found.group("wat").lower() in _STOP:
        return "", ""
    before = text[: found.start()].split()[-1:]
    if found.group("thing").split()[-1].lower() in _TIME or [w.lower() for w in before] in _SITTERS:
        return "", ""  # 'Ik zat een uur in de wachtkamer': someone sat somewhere a while, nothing was found
    who = found.group("wie").lower()
    return found.group("thing").lower(), f"{poss if who in MINE_OR_OURS else who} {found.group('wat')}"


# The words of mould on what was sold: 'beschimmeld', 'schimmel', 'schimmelig', 'mouldy'.
_MOULD = re.compile(r"\b(?:beschimmeld\w*|schimmel\w*|mou?ldy?)\b", re.I)


def nearest_to_fault(things: Sequence[Mention], text: str, fault: re.Pattern[str] = _MOULD) -> Mention | None:
    """Of the things named, the one nearest to the fault word in its sentence ('pistolets en 2 kramieken gehaald.
    ... de ene kramiek zag groen van de schimmel' → the kramiek, not the first thing named), or None when no thing
    named stands in that sentence."""
    found = fault.search(text)
    if found is None:
        return None
    start = sentence_start(text, found.start())
    ends = [i for i in (text.find(c, found.end()) for c in ".!?") if i >= 0]
    sentence = text[start : min(ends, default=len(text))]
    at = found.start() - start
    best: tuple[int, Mention] | None = None
    for thing in things:
        for said in re.finditer(rf"(?<![\w-]){re.escape(thing.text)}(?![\w-])", sentence, re.I):
            distance = abs(said.start() - at)
            if best is None or distance < best[0]:
                best = (distance, thing)
    return best[1] if best is not None else None


def mouldy_thing(things: Sequence[Mention], text: str) -> Mention:
    """The thing that was mouldy: the one nearest to the mould word, else the first thing named; never the mould
    itself ('een suikerbrood ... groene schimmel in 't midden' → the suikerbrood, not 'de schimmel')."""
    sold = [t for t in things if not _MOULD.fullmatch(t.text)] or list(things)
    return nearest_to_fault(sold, text) or sold[0]
