"""The public event a complaint happened on ('op de Ronde zondag', 'tijdens de Gentse Feesten', 'bij de Beekse
Zomerloop'), said back once in the empathy as the day everything should have gone smoothly. An event by its own
name: up to two capitalised words, the last ending in a word for such an event (resources/phrase_cues.toml
came_from_heads), after 'op', 'bij', 'tijdens' or 'na' and an article; a ride or a party of the writer's own is
the occasion (app/nlp/topic_occasion.py), not an event of everyone's. Not an event: a shop or a word that only
ends like one (event_not_names: 'bij de Kringloop gekocht'), a bare head word without its day ('na de Training van
mijn zoon', 'na de Tour de France-uitzending'; 'op de Tour zondag' is one), nor an event the writer likens the
shop to ('bij de Run For Life wachtten we nog langer dan bij jullie')."""

from __future__ import annotations

import re
from functools import cache

from app.domain.draft_calendar import lines_named, open_clauses
from app.domain.draft_fact_words import week_days
from app.domain.draft_phrase_cues import phrase_cues
from app.domain.profile import BusinessProfile
from app.domain.words import alternation

# The shop likened to the event: 'langer dan bij jullie', 'drukker dan hier'.
_LIKENED = re.compile(r"\bdan\s+(?:bij\s+)?(?:jullie|u|hier)\b", re.I)


@cache
def named_event(
    prepositions: tuple[str, ...], determiners: tuple[str, ...] = ("de", "het"), *, sports: bool = False
) -> re.Pattern[str]:
    """An event by its own name after one of ``prepositions`` and one of ``determiners`` ('op de Ronde zondag', 'na
    de Beekse Zomerloop'): up to two capitalised words, the last ending in a word for such an event (resources/
    phrase_cues.toml came_from_heads), or with ``sports`` the kind of run or ride itself ('na onze fietstocht',
    came_from_sports); whole words ('sloop' is no 'loop'). Groups: det, event and the weekday after it (day)."""
    cues = phrase_cues()
    named = rf"(?=[A-Z])[\w'’-]*?(?i:{alternation(cues.came_from_heads)})"
    kinds = rf"|(?i:{alternation(cues.came_from_sports, spaced=True)})" if sports else ""
    lead = rf"\b(?i:{alternation(prepositions)})\s+(?P<det>(?i:{alternation(determiners)}))\s+"
    return re.compile(
        rf"{lead}(?P<event>(?:[A-Z][\w'’-]*\s+){{0,2}}(?:{named}{kinds}))(?![\w'’-])"
        rf"(?P<day>\s+(?i:{alternation(week_days())}))?"
    )


def _is_event(found: re.Match[str], text: str) -> bool:
    """Whether the name found is a public event's (see the module's docstring)."""
    words = found.group("event").split()
    if words[-1].lower() in phrase_cues().event_not_names:
        return False
    if len(words) == 1 and words[0].lower() in phrase_cues().came_from_heads and found.group("day") is None:
        return False  # 'na de Training van mijn zoon': a bare 'Training' is no event's own name
    start = max(text.rfind(end, 0, found.start()) for end in ".!?")
    stop = min((i for i in (text.find(end, found.end()) for end in ".!?") if i >= 0), default=len(text))
    return _LIKENED.search(text, start + 1, stop) is None


def event_day(text: str) -> str:
    """The event as the reply names it ('de Ronde', 'de Gentse Feesten'); '' when the comment names none."""
    events = named_event(("op", "bij", "tijdens", "na"))
    found = next((f for f in events.finditer(text) if _is_event(f, text)), None)
    if found is None:
        return ""
    return f"{found.group('det').lower()} {' '.join(found.group('event').split())}"


def profile_event(entries: list[tuple[str, str]], asked: str, address: str = "") -> str:
    """The profile's holiday line for a local event or a feast a question names ('zijn jullie maandag met de kermis
    open?' ~ 'kermismaandag 17 september: 7:00–13:00'; 'zaterdag met de jaarmarkt' ~ 'jaarmarkt Lopik zaterdag 8
    september: 9:00–13:00'; 'met elf-elf' ~ 'Sint-Maarten (elf-elf): 10:00–16:00'), as the profile writes its day;
    '' when the question names none. The line is found by draft_calendar's resolver, by a word of its name or a
    feast of its days; weekdays, months and the place of the business are no event. A line that gives a weekday
    with its date is named by that day."""
    for line, _ in lines_named(asked, entries, address, ("name", "feast")):
        if line.value:
            # 'jaarmarkt Lopik zaterdag 8 september' is said as its day: 'op zaterdag 8 september'
            return line.dated or line.written
    return ""


def event_of(profile: BusinessProfile, text: str) -> str:
    """profile_event for the sentences of a text that ask or complain about being open or closed (draft_calendar
    .open_clauses): 'Ze zeggen dat jullie met de kermis dicht zijn' names the kermis line, 'Dan kunnen we na de
    Monumentendag nergens meer terecht' names none."""
    return profile_event(profile.holiday_entries(), open_clauses(text), profile.value("address"))
