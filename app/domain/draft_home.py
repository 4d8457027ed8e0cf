"""A question whether the business comes to the writer's home or someone else's ('Knippen jullie ook bij mensen
thuis?', 'Komen jullie aan huis knippen?', 'Doen jullie thuisbezoeken?'): what is asked said back with the person
it is for ('knippen aan huis bij je moeder'), so the draft answers the visit, not the wheelchair or the holiday
the comment also names."""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.domain.draft_extras import ON_SITE
from app.domain.draft_fact_words import fact_words
from app.domain.draft_questions_about import asked_about
from app.domain.words import possessive_alternation

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_HANDLE = re.compile(r"(?<!\w)@\S+")
_ON_LOCATION = re.compile(r"\bop\s+locatie\b", re.I)
_AT_HOME = re.compile(r"\bthuis\b|\bhuis\b|\bhome\b", re.I)
# Verbs that only carry the question ('Doen jullie ...', 'Komen jullie ...') and words of the place itself.
_NO_SERVICE = frozenset({"doen", "doet", "zijn", "hebben", "thuis", "huis", "mensen", "jullie", "ouderen"})
# Words after which the last word of a question is a noun, never the verb of the service ('bij bedrijven').
_BEFORE_NOUN = frozenset(
    {"bij", "met", "voor", "van", "in", "op", "aan", "naar", "de", "het", "een", "onze", "ons", "mijn", "m'n", "veel"}
)


def home_service(question: str) -> str:
    """The service asked to be done at home, as an infinitive ('Knippen jullie ook bij mensen thuis?' →
    'knippen', 'Kunnen jullie bij mijn moeder thuis kleuren?' → 'kleuren'); '' when the question names none. The
    last word counts only where it can close a verb group: not after a preposition, article or number ('bij
    bedrijven', 'met 20 personen') and not written with a capital ('in de Ardennen')."""
    question = _HANDLE.sub(" ", question)  # '@haarwerkvorden doet u ...': a handle names who is asked, no service
    said = _WORD.findall(question)
    words = [w.lower() for w in said]
    skip = fact_words().auxiliaries | fact_words().subject_pronouns | _NO_SERVICE
    before_last = question[: question.rfind(said[-1])].split() if said else []
    last_is_noun = bool(said) and (
        said[-1][:1].isupper()
        or (bool(before_last) and (before_last[-1].lower() in _BEFORE_NOUN or before_last[-1][:1].isdigit()))
    )
    for word in [*([] if last_is_noun else words[-1:]), *words[:1]]:
        if word.endswith("en") and len(word) > 4 and word not in skip and "huis" not in word:
            return str(word)
    return ""


def home_visit(asked: Iterable[str], people: Iterable[str], poss: str) -> str:
    """'knippen aan huis bij je moeder' for a question whether the business comes to the home (ON_SITE) and the
    writer's person the comment names (``people``, the topic finder's), 'een bezoek aan huis' when the question
    names no service; '' when no question asks for a visit at home."""
    question = next((q for q in asked if ON_SITE.search(q)), "")
    if not question or (_ON_LOCATION.search(question) and not _AT_HOME.search(question)):
        return ""  # 'op locatie' (a venue, a wedding) is no visit at home: the FAQ or the field answers it
    service = home_service(question)
    # else the thing asked to be done at home, as said ('doet u ook bruidskapsels aan huis?')
    named = "" if service else asked_about((_HANDLE.sub(" ", question),), poss)
    done = named if len(named.split()) > 2 and named.endswith(("aan huis", " thuis")) else ""
    thing = f"{service} aan huis" if service else done or "een bezoek aan huis"
    who = next((p for p in people if fact_words().kind_of.get(p) != "huisdier"), "")
    return f"{thing} bij {poss} {who}" if who else thing


# Work done at the home of one of the writer's people: 'mijn moeder (92) thuis geknipt', 'bij onze opa thuis
# geverfd' (a person word, its age in brackets if given, 'thuis' or 'aan huis', a participle after it).
_OWN = rf"(?:{possessive_alternation()})"
_AGE = r"(?:\s*\((?P<{}>\d{{1,3}})\))?"
_DONE_AT_HOME = re.compile(
    rf"\b{_OWN}\s+(?P<wie>[^\W\d_]{{3,}}){_AGE.format('leeftijd')}\s+(?:[^\W\d_]+\s+){{0,3}}?"
    rf"(?:thuis|aan\s+huis)\s+(?:[^\W\d_]+\s+){{0,2}}?ge[^\W\d_]{{3,}}[dt]\b"
    rf"|\bbij\s+{_OWN}\s+(?P<wie2>[^\W\d_]{{3,}}){_AGE.format('leeftijd2')}\s+thuis\s+(?:[^\W\d_]+\s+){{0,3}}?"
    rf"ge[^\W\d_]{{3,}}[dt]\b",
    re.I,
)


def done_at_home(text: str, poss: str, persons: Iterable[str]) -> str:
    """The writer's person the business did its work for at their home, as the reply names them ('Vorige week mijn
    moeder (92) thuis geknipt' → 'je moeder van 92'), ``poss`` the reply's possessive; '' when the comment tells
    of no such visit or the word is no person (``persons``: the words for the writer's people)."""
    found = _DONE_AT_HOME.search(text)
    if found is None:
        return ""
    who = (found.group("wie") or found.group("wie2")).lower()
    if who not in set(persons):
        return ""
    age = found.group("leeftijd") or found.group("leeftijd2")
    return f"{poss} {who}" + (f" van {age}" if age else "")
