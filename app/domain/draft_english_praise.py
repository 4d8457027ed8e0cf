"""What English praise names besides the thing: who did the work ('Joy took her time'), where it was done
('came to our office') and for whom ('the bikes of four colleagues'); and the thing an English joke plays on
('Ate so much eel ...')."""

from __future__ import annotations

import re

from app.domain.language import ENGLISH, english_object

# Kinds of business where a guest stays the night ('your stay'); elsewhere it is 'your visit'.
STAY_KINDS = ("hotel", "b&b", "bed and breakfast", "camping", "vakantie", "pension", "hostel", "bnb")
# An occasion to congratulate on in an English comment.
CELEBRATED = re.compile(
    r"\b(?:birthday|wedding|anniversary|engage(?:d|ment)|graduat\w*|new job|retirement|christening)\b", re.I
)
# A minus point in English praise.
DOWNSIDE = re.compile(
    r"\b(?:downside|only (?:thing|minus|negative|complaint)"
    r"|a (?:bit|little) (?:too )?(?:loud|noisy|slow|pricey|expensive)"
    r"|(?:too|very|quite) (?:loud|noisy|slow|pricey|expensive)|could be (?:better|faster|quieter))\b",
    re.I,
)
# Someone named by what they did for the writer, in their own way: 'Joy took her time', 'Sam did his best'.
_DID_OWN = re.compile(
    r"(?<![\w'’])(?P<name>[A-Z][a-z]{2,})\s+(?:[a-z]+ed|took|gave|did|made|spent|went|got|put|knew|kept)\s+"
    r"(?:[a-z]+\s+)?(?:her|his)\b"
)
# Someone the writer thanks by name: 'Thank you Marie at the counter!', 'Thanks so much, Tom', 'shout-out to Ana',
# 'Big thanks to Joris and Eva'.
_THANKED = re.compile(
    r"\b(?:thank\s+(?:you|u)|thanks|thx|cheers|kudos|shout-?\s?outs?|props|hats\s+off)"
    r"(?:\s+(?:so|very)\s+much|\s+a\s+lot|\s+again)?(?:\s+to)?,?\s+"
    r"(?P<name>[A-Z][a-z]{2,})(?:\s+(?:and|&)\s+(?P<other>[A-Z][a-z]{2,}))?(?![\w'’])",
    re.I,
)
# The writer's own people, who are no staff to pass praise on to ('Mum took her time choosing').
_KIN = frozenset(
    {"mum", "mom", "dad", "mummy", "mommy", "daddy", "grandma", "grandpa", "granny", "nan", "everyone", "nobody"}
)
# Where the business came to do the work: 'came to our office', 'came over to my house'.
_CAME_TO = re.compile(
    r"\b(?:came|come|comes|drove|cycled)\s+(?:over\s+|all\s+the\s+way\s+)?(?:to|by)\s+(?:our|my)\s+"
    r"(?P<place>office|home|house|flat|apartment|workplace|school|street|club|garden)\b",
    re.I,
)
_COUNT = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|all|all\s+the)"
# The group the work was done for: 'the bikes of four colleagues', 'for all the kids', 'for 12 friends'.
_GROUP = re.compile(
    rf"\b(?:of|for)\s+(?:(?:my|our)\s+)?(?P<group>{_COUNT}\s+(?:of\s+(?:my|our)\s+)?"
    r"(?:colleagues|co-?workers|friends|kids|children|guests|teammates|classmates|neighbours|neighbors))\b",
    re.I,
)


def english_names(text: str) -> tuple[str, ...]:
    """Names an English comment gives by what someone did in their own way ('Joy took her time', 'Sam did his
    best'); not a word of English nor one of the writer's people ('Mum took her time')."""
    found = [m.group("name") for m in _DID_OWN.finditer(text)]
    for thanked in _THANKED.finditer(text):
        # the name itself written with a capital ('thanks Marie', not 'thanks so much')
        found += [n for n in thanked.group("name", "other") if n and n[0].isupper()]
    return tuple(n for n in found if n.lower() not in ENGLISH and n.lower() not in _KIN)


def praise_lines(text: str) -> list[tuple[str, dict[str, str]]]:
    """The lines ([english] keys with their values) that say back where the work was done ('came_by': 'office')
    and for which group ('group': 'four colleagues'), as far as the comment says so."""
    lines: list[tuple[str, dict[str, str]]] = []
    if came := _CAME_TO.search(text):
        lines.append(("came_by", {"waarde": came.group("place").lower()}))
    if group := _GROUP.search(text):
        said = " ".join(group.group("group").split())
        said = re.sub(r"\bof\s+(?:my|our)\s+", "", said, flags=re.I)  # 'four of my colleagues' → 'four colleagues'
        lines.append(("group", {"naam": said}))
    return lines


# A verb or a time word a noun phrase ran into ('so long I grew a beard' → 'the long'): no thing to play on.
_NO_THING = re.compile(r"\b(?:long|took|forever|was|were|is|are|got|had|did|came|went|never|always|time|way)$", re.I)


def english_joke(text: str) -> tuple[str, dict[str, str]]:
    """The [english] key and values of a light reply to an English joke: 'joke_product' with the thing it plays
    on ('the eel' for 'Ate so much eel at ... that I can now breathe under water'), else 'joke'."""
    thing = english_object(text)
    if not thing or _NO_THING.search(thing):
        return "joke", {}
    return "joke_product", {"onderwerp": thing}


_FIXED = re.compile(r"\b(?:fixed|repaired|patched|mended|sorted\s+out)\b", re.I)
_BROKEN = r"(?:flat|broken|punctured|snapped|bent|slipping|cracked|leaking)"


def fixed_thing(text: str) -> str:
    """What the business fixed, as the writer named it ('Flat tyre on the way back, Kris fixed it' → 'flat tyre',
    'repaired my derailleur' → 'derailleur'); '' when nothing was said fixed or no broken thing is named."""
    if not _FIXED.search(text):
        return ""
    if broken := re.search(rf"\b(?P<how>{_BROKEN})\s+(?P<what>[a-z]{{3,}})\b", text, re.I):
        return f"{broken.group('how').lower()} {broken.group('what').lower()}"
    what = r"(?P<what>(?:(?:rear|front|back|old|electric)\s+)?[a-z]{3,})"  # 'my rear derailleur'
    named = re.search(rf"\b(?:fixed|repaired|patched|mended)\s+(?:my|our|the)\s+{what}\b", text, re.I)
    return named.group("what").lower() if named else ""
