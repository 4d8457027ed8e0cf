"""What a compliment praises the business for doing, as the writer said it: 'echt top dat jullie de fiets ophalen
en terugbrengen' praises the fetching and bringing back, not the bike (said back as 'het ophalen en terugbrengen
van de fiets')."""

from __future__ import annotations

import re

from app.domain.words import stop_words

# 'top dat jullie de fiets ophalen en terugbrengen', 'fijn dat je ook aan huis komt knippen', 'super dat u de
# taarten bezorgt': the praise word, 'dat' and the business, then what it does (with the thing it does it to).
_DONE = re.compile(
    r"\b(?:top|fijn|super|handig|geweldig|tof|chic|knap|ideaal|heerlijk|mooi|prima)\s+dat\s+(?:jullie|je|jij|u|ge|gij)\s+"
    r"(?:ook\s+|gewoon\s+|zelfs\s+|altijd\s+)*(?P<det>de|het|mijn|m'n|onze|ons)\s+(?P<thing>[^\W\d_][\w-]{2,})\s+"
    r"(?P<verb>[^\W\d_]{3,}en)(?:\s+(?:en|of)\s+(?P<other>[^\W\d_]{3,}en))?(?=\s*(?:[^\w\s]|$))",
    re.I,
)

# 'heeft in één ochtend alle fietsen winterklaar gemaakt': the things made ready, and for what.
_READIED = re.compile(
    r"\b(?:heeft|hebben|hebt|heb)\s+(?:[\w'’]+\s+){0,5}?(?P<det>alle|al\s+onze|de|het|mijn|m'n|onze|ons)\s+"
    r"(?P<thing>[^\W\d_][\w-]{2,})\s+(?P<state>[^\W\d_]{2,}klaar)\s+gemaakt\b",
    re.I,
)


def done_praised(text: str, poss: str) -> str:
    """The work the compliment praises, as 'het ophalen en terugbrengen van de fiets' (``poss``: the reply's 'je'
    or 'uw' for the writer's 'mijn'); '' when the praise is for no such doing (the thing, then the verb or two
    that end the clause)."""
    found = _DONE.search(text)
    if found is None or found.group("verb").lower() in stop_words():
        return _readied(text, poss)
    verbs = " en ".join(v.lower() for v in found.group("verb", "other") if v)
    det = _theirs(found.group("det"), poss)
    return f"het {verbs} van {det} {found.group('thing').lower()}"


def _readied(text: str, poss: str) -> str:
    """'het winterklaar maken van alle fietsen' for '... heeft alle fietsen winterklaar gemaakt'; ''."""
    found = _READIED.search(text)
    if found is None:
        return ""
    det = _theirs(found.group("det"), poss)
    return f"het {found.group('state').lower()} maken van {det} {found.group('thing').lower()}"


def _theirs(det: str, poss: str) -> str:
    """The writer's word for whose it is, as the reply says it: 'mijn' → ``poss``, 'onze' → 'jullie' (or 'uw'), 'al
    onze' → 'al jullie'; an article or 'alle' as said."""
    det = " ".join(det.lower().split())
    ours = "uw" if poss == "uw" else "jullie"
    return {"mijn": poss, "m'n": poss, "onze": ours, "ons": ours, "al onze": f"al {ours}"}.get(det, det)


# '23 fietsen hersteld', '40 banden geplakt', 'twaalf kapsels opgestoken': how many things the work was done to.
_WORDS_COUNTED = "twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|dertig|veertig|vijftig|honderd"
_COUNTED_DONE = re.compile(
    rf"(?<![\d,.:/-])\b(?P<count>\d{{1,3}}|{_WORDS_COUNTED})\s+(?P<thing>[^\W\d_]{{3,}}(?:en|s))\s+"
    r"(?P<done>(?:[a-z]{2,4})?(?:ge|her|be|ver)[^\W\d_]{2,}[dt])\b",
    re.I,
)


def counted_done(text: str) -> str:
    """The things the work was done to, counted as the writer counted them: 'de 23 herstelde fietsen' for '23
    fietsen hersteld'; '' when the comment counts no such work (one thing is no count)."""
    found = _COUNTED_DONE.search(text)
    if found is None or found.group("count") in {"0", "1"}:
        return ""
    done = found.group("done").lower()
    return f"de {found.group('count').lower()} {done}e {found.group('thing').lower()}"
