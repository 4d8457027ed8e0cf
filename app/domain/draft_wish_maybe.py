"""Wishes put as a short question: 'misschien een fietsenrek erbij?', 'waarom kan dat niet gewoon online?'."""

from __future__ import annotations

import re

from app.domain.draft_fact_words import WEEKDAY
from app.domain.draft_wish_said import _SUBJECTS, _VERB_WORDS, te_form

# 'Waarom kan dat niet gewoon online zoals overal?', 'waarom kan je niet met de kaart betalen?': the wish in a
# question why not; a comparison after it ('zoals overal') is no part of it.
_WHY_NOT = re.compile(
    r"\bwaarom\s+(?:kan|kun|kunnen|mag)\s+(?:dat|het|je|ik|we|men)\s+(?:dat\s+|het\s+)?(?:nou\s+|toch\s+)?niet\s+"
    r"(?:gewoon\s+|eens\s+|ook\s+)?(?P<what>[a-zà-ÿ][\w\- ]{1,40}?)(?:\s+zoals\s+[^?]*)?\s*\?",
    re.I,
)


def _why_not(sentence: str) -> str:
    """'om met de kaart te betalen', 'om dat ook online te kunnen doen'; '' when the sentence asks no why-not."""
    found = _WHY_NOT.search(sentence)
    if found is None:
        return ""
    words = found.group("what").lower().split()
    if len(words) > 1 and words[-1].endswith("en"):
        return " ".join(["om", *words[:-1], te_form(words[-1])])
    return f"om dat ook {words[0]} te kunnen doen" if len(words) == 1 else ""


# 'misschien een fietsenrek erbij?' → 'voor een fietsenrek'; 'Misschien iemand extra aannemen?' → 'om iemand
# extra aan te nemen': a wish put as a short question after 'misschien'.
_MAYBE_THING = re.compile(
    r"\b(?:misschien|wellicht|please|pls|plz|alsjeblieft|alstublieft)\s*,?\s+(?:ook\s+)?"
    # the day first ('misschien op woensdag een uurtje later open?')
    rf"(?P<when>(?:op|tijdens)\s+{WEEKDAY}\w*\s+)?"
    r"(?P<what>(?:een|één|eén|1|meer|wat|extra)\s+[\w\- ]{2,60}?)\s*(?:erbij|bij)?\s*\?",
    re.I,
)


# 'Iets met hummus of geroosterde groenten?': a thing offered as a question without a verb.
_SOMETHING_WITH = re.compile(
    r"^(?:(?:en|of|misschien|wellicht)\s+)*(?P<what>iets\s+(?:met|zonder)\s+[\w\- ]{3,60}?)\s*\?+$", re.I
)


# 'mogen er eens groentjes bij in plaats van altijd frietjes?' → 'voor groentjes in plaats van altijd frietjes',
# 'kan er ook soep bij?' → 'voor soep erbij': a thing wished beside what there is, asked with 'er ... bij'.
_THERE_WITH = re.compile(
    r"\b(?:mag|mogen|mocht|mochten|kan|kunnen|kon|konden)\s+er\s+(?:(?:eens|ook|soms|af\s+en\s+toe|misschien|wat|nog)\s+)*"
    r"(?P<what>[a-zà-ÿ][\w\- ]{2,40}?)\s+bij\b(?P<instead>\s+in\s+(?:de\s+)?plaats\s+van\s+[^?.!,;]{2,50}?)?\s*\?",
    re.I,
)
# 'kan er geen vegan versie van komen?' → 'voor een vegan versie', 'komt er ooit een kinderboek?' → 'voor een
# kinderboek': a thing wished to come, asked with 'er ... komen' ('geen' in a question asks for one, as 'een').
_THERE_COME = re.compile(
    r"\b(?:(?:kan|kunnen|mag|mogen|zou|zouden)\s+er\s+(?:(?:niet|ooit|eens|ook|misschien|eventueel|nog|dan)\s+)*"
    r"(?P<what>(?:geen|een|meer|ook)\s+[a-zà-ÿ][\w\- ]{2,40}?)\s+(?:(?:van|bij)\s+)?(?:(?:kunnen|mogen)\s+)?komen"
    # ('komt er ooit een ...': a wish; 'komt er nog een levering?' asks what happens)
    r"|komt\s+er\s+(?:(?:dan|toch|nu)\s+)?ooit\s+(?P<come>(?:geen|een)\s+[a-zà-ÿ][\w\- ]{2,40}?)"
    r"(?:\s+(?:bij|van))?)\s*\?",
    re.I,
)


def _there_come(sentence: str) -> str:
    """'voor een vegan versie', 'voor meer zitplaatsen'; '' for no such question."""
    found = _THERE_COME.search(sentence)
    if found is None:
        return ""
    words = (found.group("what") or found.group("come")).lower().split()
    if words[0] in {"geen", "ook"}:  # 'geen vegan versie': one asked for; 'geen kleine flesjes': some
        words = words[1:] if words[-1].endswith(("jes", "en", "'s", "s")) else ["een", *words[1:]]
    if not _named(words) or any(w in _SUBJECTS | _VERB_WORDS | _NOBODY for w in words):
        return ""
    return " ".join(["voor", *words])


# Who might come along, no thing wished ('kan er nog iemand bij?').
_NOBODY = frozenset({"iemand", "niemand", "iedereen"})


def _there_with(sentence: str) -> str:
    """'voor groentjes in plaats van altijd frietjes met frikandel', 'voor soep erbij'; '' for no such question."""
    found = _THERE_WITH.search(sentence)
    words = found.group("what").lower().split() if found is not None else []
    if found is None or not _named(words) or any(w in _SUBJECTS | _VERB_WORDS | _NOBODY for w in words):
        return ""
    instead = " ".join(found.group("instead").split()) if found.group("instead") else "erbij"
    return " ".join(["voor", *words, instead])


_MAYBE_DO = re.compile(
    r"\b(?:misschien|wellicht)\s+(?:eens\s+|ook\s+)?(?P<what>[\w\- ]{2,40}?)\s+(?P<verb>[a-z]{3,}en)\s*\?", re.I
)


_VAGUE = frozenset({"even", "eens", "gewoon", "snel", "wat", "iets", "nog", "ook", "een", "idee", "optie", "tip"})
_VAGUE |= {"ideetje", "plan", "planneke", "voorstel", "suggestie", "mogelijkheid", "goed", "leuk"}


def _named(words: list[str]) -> bool:
    """Whether a wish names something: a word that is no filler or comparative ('iets zachter', 'even')."""
    return any(len(w) > 3 and w not in _VAGUE and not w.endswith("er") for w in words)


def complete_om_te(words: list[str]) -> str:
    """The wish when ``words`` already hold a whole 'om ... te <verb>' ('een idee om op zondag open te zijn'):
    said as it is, never put into 'om ... te' a second time; after a vague head ('een idee', 'een optie') the
    'om' clause alone ('om op zondag open te zijn'), after a thing the thing with it ('voor een bank om op te
    zitten'); '' when there is no such form."""
    lower = [w.lower() for w in words]
    at = next((i for i, w in enumerate(lower) if w == "om" and "te" in lower[i + 1 : -1]), -1)
    if at < 0 or lower[-1] == "te":
        return ""
    if at == 0 or not _named(lower[:at]):
        return " ".join(words[at:])
    return " ".join(["voor", *words])


def _maybe(sentence: str) -> str:
    thing = _MAYBE_THING.search(sentence)
    if thing is not None:
        words = thing.group("what").strip().lower().split()
        words = ["één" if w == "eén" else w for w in words]
        if complete := complete_om_te(words):
            return complete
        state = next((i for i, w in enumerate(words) if w in {"open", "dicht"}), -1)
        if state > 0:  # 'misschien een keer per maand open?', 'één avond in de week open voor werkende ouders?'
            when = (thing.group("when") or "").lower().split()  # 'op woensdag een uurtje later open'
            return " ".join(["om", *when, *words[: state + 1], "te zijn", *words[state + 1 :]])
        if words[0] == "een" and len(words) > 2 and words[-1].endswith("en"):  # 'een leesclub beginnen?'
            # 'een tweede bak kunnen doen?': the modal verb goes, 'om een tweede bak te doen'
            kept = [w for w in words[:-1] if w not in _VERB_WORDS]
            return " ".join(["om", *kept, te_form(words[-1])])
        return f"voor {' '.join(words)}" if _named(words[1:]) else ""
    offered = _SOMETHING_WITH.match(sentence)
    if offered is not None:
        return f"voor {' '.join(offered.group('what').lower().split())}"
    there = _there_with(sentence) or _there_come(sentence)
    if there:
        return there
    do = _MAYBE_DO.search(sentence)
    words = do.group("what").lower().split() if do is not None else []
    if do is None or not _named(words) or any(w in _SUBJECTS | {"je", "jullie", "het", "dat"} for w in words):
        return ""
    kept = [w for w in do.group("what").split() if w.lower() not in _VERB_WORDS]  # 'minitaartjes willen maken'
    return " ".join(["om", *kept, te_form(do.group("verb").lower())])
