"""The patterns by which an English draft reads an English comment: a booking that was lost, how far the writer
came, someone's day the complaint happened on or a question is asked for, a question about the opening hours or the
closing time, a visit on a weekday, and the writer's own word before a thing. The words of the booking and the
journey are in resources/phrase_cues.toml, read when first needed."""

from __future__ import annotations

import re
import string
from functools import cache

from app.domain.draft_english_words import EN_WEEK
from app.domain.draft_english_yes_no import SAID_BACK
from app.domain.draft_fact_words import english_holiday
from app.domain.draft_phrase_cues import phrase_cues
from app.domain.language import english_thing
from app.domain.words import alternation


@cache
def lost_booking() -> re.Pattern[str]:
    """A booking that was made (and confirmed) but not there: 'Booked a table ... there was no record of it'."""
    cues = phrase_cues()
    return re.compile(
        # (an aside in brackets may end on a '!': 'turned up late (ferry delay!) and you'd given it away')
        rf"\b(?:{alternation(cues.booked)})\b(?:[^!?]|[!?]+(?=\))){{0,320}}?\b(?:{alternation(cues.booking_missing)})\b"
        rf"|\b(?:(?:{alternation(cues.booking_system)}) system (?:{alternation(cues.booking_system_failed)})"
        rf"|{alternation(cues.double_booked)})\b",
        re.I,
    )


_MONTHS = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)"
)
# A booking, then a door found closed ('Booked online for Thursday April 13, 7 pm. ... the salon was dark and locked',
# 'had an appointment at 10, found the door locked'): the booking and the closed door said back, not 'the lights'.
_BOOKED_CLOSED = re.compile(
    r"\b(?:booked|reserved|had\s+(?:an?\s+)?(?:appointment|booking|reservation))\b[^!?]{0,200}?"
    # the place itself closed, not a part of it ('the sauna was closed for repairs')
    r"(?:\b(?:the\s+(?:salon|shop|store|restaurant|place|door|doors|front\s+door|bistro|brasserie|bakery|studio"
    r"|business|workshop)|it|you|everything)\s+(?:was|were)\s+(?:(?:all|completely|already|just|still)\s+)?"
    r"(?:closed|locked|shut|dark)\b|\bfound\s+(?:the|your)\s+(?:\w+\s+)?(?:door|doors|salon|shop|place)\s+"
    r"(?:closed|locked|shut)\b|\b(?:closed|locked)\s+door\b"
    r"|(?<!\bthe\s)(?<!\bfront\s)\bdoors?\s+(?:was\s+|were\s+)?(?:locked|closed|shut)\b)",  # '..., door locked, ...'
    re.I,
)
# The day of that booking, as written after 'for' ('for Thursday April 13', 'for Saturday 29 July').
_BOOKED_DAY = re.compile(
    rf"\bfor\s+(?P<day>(?:{'|'.join(EN_WEEK)})(?:,?\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+{_MONTHS}"
    rf"|,?\s+{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?)?)\b",
    re.I,
)


# Someone the business's own site calls welcome ('Your own website says kayakers are welcome?!', 'your site says dogs
# welcome') and the writer turned away ('turned away at the door', 'told we should go elsewhere', "couldn't sit").
_SITE_WELCOME = re.compile(
    r"\b(?:site|website|page|facebook|instagram|google)\s+(?:says|said|states|claims)\s+(?:that\s+)?"
    r"(?P<who>[a-z]+(?:\s+(?!(?:are|is|were)\b)[a-z]+)?)\s+(?:(?:are|is|were)\s+)?(?:all\s+|very\s+|always\s+)?welcome\b",
    re.I,
)
_SENT_AWAY = re.compile(
    r"\bturned\s+(?:us\s+|me\s+|them\s+)?away\b|\bsent\s+(?:us\s+|me\s+)?away\b|\bgo\s+elsewhere\b"
    r"|\b(?:couldn'?t|could\s+not|can'?t|cannot|weren'?t\s+allowed\s+to|not\s+allowed\s+to)\s+(?:come\s+in|sit|enter|stay)\b"
    r"|\brefused\b",
    re.I,
)


def site_welcome_refused(text: str) -> str:
    """Who the writer read the site calls welcome and was turned away with ('kayakers', 'dogs'), lower case; ''
    when the writer says no such thing."""
    found = _SITE_WELCOME.search(text)
    if found is None or _SENT_AWAY.search(text) is None:
        return ""
    return " ".join(found["who"].lower().split())


# The reason the door was closed, as the note or the writer said it ('a handwritten note saying 'ziek'').
_ILL = re.compile(r"\b(?:ziek|ziekte|sick|sickness|illness|ill|unwell|flu|griep)\b", re.I)


def closed_ill(text: str) -> bool:
    """Whether a booking met by a closed door was closed because of illness ('just a handwritten note on the door
    saying 'ziek''): then the hours are no answer, the word the writer never got is."""
    return booked_closed(text) is not None and _ILL.search(text) is not None


def booked_closed(text: str) -> str | None:
    """The day of a booking the writer came for and found the door closed ('Booked online for Thursday April 13 ...
    the salon was dark and locked' → 'Thursday April 13'), '' without a day, None when no such thing is said (a part
    of the place closed is not: 'Booked a table, but the kitchen was closed early')."""
    found = _BOOKED_CLOSED.search(text)
    if found is None:
        return None
    day = _BOOKED_DAY.search(found.group(0))
    if day is None:
        return ""
    return " ".join(w if w.lower() in {"the", "of"} else w[:1].upper() + w[1:] for w in day.group("day").split())


# The verb of a booking, before what was booked ('Booked a table', 'booked a service online').
_BOOKED_WHAT = re.compile(
    r"\b(?:booked|reserved|book|reserve)\s+(?=(?:a|an|the|my|our)\s+(?P<word>[a-z][a-z-]{2,})\b)", re.I
)


def booked_for(text: str) -> str:
    """What a booking was for, as a reply names it: the holiday named ("Booked a table on King's Day" → "King's
    Day"), else the thing booked ('booked a service online' → 'the service'); never the way it was booked ('through
    your website'); '' when neither is said."""
    day = english_holiday(text)[0]
    if day:
        return day
    found = _BOOKED_WHAT.search(text)
    clause = re.split(r"[,.;:!?]", text[found.end() :], maxsplit=1)[0] if found else ""
    # 'a service online': a word the scan reads as no thing ('service', 'staff') is still what was booked here
    word = found.group("word").lower() if found else ""
    thing = english_thing(clause)
    if not thing or thing.split()[1].lower() != word:  # only the phrase right after the verb, else its first word
        thing = f"the {word}" if word else ""
    # 'booked an appointment': the booking itself, nothing it was for
    return "" if booking_channel(thing) or thing.rsplit(" ", 1)[-1] in phrase_cues().booked else thing


def booking_channel(thing: str) -> bool:
    """'our website', 'the app': the way a booking was made (resources/phrase_cues.toml booking_channels)."""
    return bool(thing) and thing.rsplit(" ", 1)[-1].lower() in phrase_cues().booking_channels


@cache
def came_far() -> re.Pattern[str]:
    """What it cost the writer to come ('drove 40 minutes from Ghent', 'travelled an hour'): said back."""
    cues = phrase_cues()
    return re.compile(
        rf"\b(?:{alternation(cues.came_far_verbs)})\s+(?P<waarde>(?:(?:{alternation(cues.came_far_about)})\s+)?"
        rf"(?:an?|\d+|half\s+an)\s+(?:{alternation(cues.came_far_units)})(?:\s+from\s+[A-Z][\w-]+)?)",
        re.I,
    )


# Someone's day the complaint happened on: 'my wife's 40th birthday', 'our anniversary', also 'for my dad's 70th'.
EVENT = re.compile(
    r"\b(?:my|our)\s+(?:[a-z]+['’]s\s+)?(?:\d+(?:st|nd|rd|th)\s+)?"
    r"(?:birthday|anniversary|wedding anniversary|engagement)\b"
    r"|\b(?:my|our)\s+[a-z]+['’]s\s+\d{1,3}(?:st|nd|rd|th)\b(?!\s+(?:time|row|place|attempt|visit|floor|century)\b)",
    re.I,
)
# A day of the writer's that is soon, said after a complaint ('Wedding in two weeks', 'my daughter's prom is this
# Saturday', 'she needs it for summer camp on Monday'): what went wrong weighs more with it so close. A day that is
# only the writer's with 'my/our/...' or a bare 'for' (resources/phrase_cues.toml english_own_days: 'our holiday',
# 'for summer camp'; 'the holiday' is everyone's) and not in a sentence told in the past (english_past: 'You were
# closed for the holiday on Monday', 'My daughter's exam is next Friday and the cake I ordered never arrived').
_SOON_WHEN = (
    r"(?=\s+(?:is\s+)?(?:in\s+(?:a|one|two|three|four|five|six|\d+|a\s+few|a\s+couple\s+of)\s+(?:days?|weeks?)\b"
    r"|tomorrow\b|this\s+(?:week|weekend|saturday|sunday|friday)\b|next\s+(?:week|weekend|saturday|sunday|friday)\b"
    r"|(?:starting\s+|starts\s+)?(?:on|this|next)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)"
    # ... or a date, said in the present ('My sister's wedding is on 26 August'): not 'the wedding on 26 August',
    # which may as well be past
    rf"|\s+is\s+on\s+(?:the\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}|{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?)\b)"
)


# The days of someone's life a complaint can come right before or on.
_LIFE_DAYS = (
    r"(?:wedding|birthday|anniversary|graduation|prom|christening|communion|photoshoot|photo shoot|job interview)"
)
# A day of the writer's that what went wrong came right before ('a trim before my sister's wedding', 'the suit I had
# altered ahead of our wedding'): said back without saying whether it is still to come.
_DAY_OF = rf"(?:my|our|his|her|their)\s+(?:[a-z]+['’]s\s+)?(?:\d+(?:st|nd|rd|th)\s+)?{_LIFE_DAYS}"
_BEFORE_EVENT = re.compile(
    r"\b(?:before|ahead\s+of|in\s+time\s+for"
    # ... or the day with its date, that the trouble comes with ('especially with my sister's wedding on the 28th')
    rf"|with(?=\s+{_DAY_OF}\s+(?:on|this|next|coming)\b))\s+(?P<day>{_DAY_OF})\b",
    re.I,
)


@cache
def _soon_event() -> re.Pattern[str]:
    own = alternation(phrase_cues().english_own_days, spaced=True)
    return re.compile(
        r"\b(?:(?:my|our|his|her|their|the)\s+(?:[a-z]+['’]s\s+)?)?(?:\d+(?:st|nd|rd|th)\s+)?"
        rf"{_LIFE_DAYS}{_SOON_WHEN}|\b(?P<own>(?:(?:my|our|his|her|their)\s+(?:[a-z]+['’]s\s+)?|(?<=\bfor\s))(?:{own})){_SOON_WHEN}",
        re.I,
    )


@cache
def _past() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(phrase_cues().english_past)})\b", re.I)


def _soon(text: str) -> re.Match[str] | None:
    """The first day of the writer's that is soon (see _soon_event), or None."""
    for found in _soon_event().finditer(text):
        start = max(text.rfind(end, 0, found.start()) for end in ".!?") + 1
        stop = min((i for i in (text.find(end, found.end()) for end in ".!?") if i >= 0), default=len(text))
        if found.group("own") is None or _past().search(text, start, stop) is None:
            return found
    return None


def event_said(text: str) -> tuple[str, str]:
    """(the key of the reply's line, the day said back) for the day a complaint happened on ('for my wife's 40th
    birthday' → 'your wife's 40th birthday') or one soon ('Wedding in two weeks' → 'the wedding'); ('', '')."""
    soon = _soon(text)  # 'my daughter's birthday is tomorrow': not 'on' it, ahead of it
    if soon is not None and _elsewhere().match(text, soon.end()):
        # 'The birthday next week will be somewhere else': not held here, so nothing of it is said back
        return "", ""
    if soon is not None:
        words = soon.group(0).split()
        words = [words[0].lower(), *words[1:]]  # 'Wedding in two weeks': the sentence's capital goes
        words = words if words[0] in {"my", "our", "his", "her", "their", "the"} else ["the", *words]
        return "event_soon_sorry", " ".join(SAID_BACK.get(w.lower(), w) for w in words)
    before = _BEFORE_EVENT.search(text)
    if before is not None:  # 'came in for a trim before my sister's wedding': right before it, come or not
        return "event_before_sorry", " ".join(SAID_BACK.get(w.lower(), w) for w in before.group("day").split())
    event = EVENT.search(text)
    if event is None:
        return ("feast_sorry", feast) if (feast := feast_said(text)) else ("", "")
    return "event_sorry", " ".join(SAID_BACK.get(w.lower(), w) for w in event.group(0).split())


@cache
def _feast() -> re.Pattern[str]:
    """A feast of everyone by its English name (resources/phrase_cues.toml english_feast_days), 'Mother's Day' also
    with a curly or no apostrophe."""
    names = [re.escape(name).replace("'", "['’]?") for name in phrase_cues().english_feast_days]
    return re.compile(rf"\b(?:{'|'.join(sorted(names, key=len, reverse=True))})(?!\w)", re.I)


# A sentence about the hours, not about what went wrong on the day ('You were closed at Easter'): no feast said back.
_HOURS_SAID = re.compile(r"\b(?:closed|open|opening|shut)\b", re.I)


def feast_said(text: str) -> str:
    """The feast of everyone a complaint happened on, with its preposition ("Booked the Mother's Day brunch" → "on
    Mother's Day", 'our Christmas lunch' → 'at Christmas'); '' when none is named, or only in a sentence about the
    hours."""
    for found in _feast().finditer(text):
        start = max(text.rfind(end, 0, found.start()) for end in ".!?") + 1
        stop = min((i for i in (text.find(end, found.end()) for end in ".!?") if i >= 0), default=len(text))
        if _HOURS_SAID.search(text, start, stop):
            continue
        name = string.capwords(" ".join(found.group(0).split()))
        return f"{'on' if name.lower().endswith(('day', 'eve', 'sunday', 'monday')) else 'at'} {name}"
    return ""


@cache
def _elsewhere() -> re.Pattern[str]:
    """The rest of a sentence that holds the day elsewhere ('... next week will be somewhere else'; resources/
    phrase_cues.toml english_elsewhere), matched from the end of the day named."""
    return re.compile(rf"[^.!?]*?\b(?:{alternation(phrase_cues().english_elsewhere, spaced=True)})\b", re.I)


# The right name after a wrong one written on the thing: "It said 'Happy Birthday Lena' ... Her name is LEA." What
# was written stands in quotes; the name said right is a name (capitalised) and the quotes hold one like it, a word
# with its first letter ('Lena' for 'LEA', 'Jon' for 'Joan'): "My name is Jack by the way" after "the bill said 45
# euros", or "It said 'Happy Birthday' but my name is Tom", is no name written wrong.
_NAME_WRITTEN = re.compile(r"\b(?:said|says|wrote|written|spelled|spelt|read|reads)\b", re.I)
_NAME_RIGHT = re.compile(r"\b(?i:her|his|my|our|their)\s+(?i:(?:real\s+)?name\s+is)\s+(?P<name>[A-Z][A-Za-z'-]+)\b")
_QUOTED = re.compile(r"['‘\"“](?P<said>[^'‘’\"“”]{1,80})['’\"”]")


def name_written_wrong(text: str) -> str:
    """The right name, as a name ('Lea'), when the writer quotes what was written ('It said 'Happy Birthday Lena'')
    and then whose name it really is ('Her name is LEA'); '' when not, when the quotes hold no name like it, or
    when the name said right is in what was written."""
    right = _NAME_RIGHT.search(text)
    written = _NAME_WRITTEN.search(text[: right.start()]) if right is not None else None
    quoted = _QUOTED.search(text, written.end(), right.start()) if right is not None and written is not None else None
    if right is None or quoted is None:
        return ""
    name = right.group("name")
    said = re.findall(r"[A-Z][\w'-]*", quoted.group("said"))
    if not any(w[0] == name[0].upper() for w in said) or any(w.lower() == name.lower() for w in said):
        return ""
    return name[:1].upper() + name[1:].lower()


def occasion_lines(text: str) -> list[tuple[str, str]]:
    """(key, value) of each line an English complaint's occasion adds: the day it happened on or that is soon
    (:func:`event_said`) and the name written wrong on the thing (:func:`name_written_wrong`)."""
    event, day = event_said(text)
    name = name_written_wrong(text)
    return [*([(event, day)] if event else []), *([("name_wrong", name)] if name else [])]


# The occasion a question is asked for: 'for his 30th birthday', 'before her first communion'.
AHEAD_EVENT = re.compile(
    r"\b(?:for|celebrat\w*|on|before)\s+(?:my|our|his|her|their|the)\s+(?:[a-z]+['’]s\s+)?"
    r"(?P<what>(?:\d{1,3}(?:st|nd|rd|th)\s+)?(?:birthday|wedding anniversary|anniversary|wedding|engagement"
    r"|graduation|first communion|communion|confirmation|christening|baptism|prom))\b",
    re.I,
)
# ... said as past: no wishes for a day that was ('we celebrated', 'last week').
PAST_EVENT = re.compile(r"\b(?:celebrated|last (?:week|month|year|night|weekend)|yesterday|was|were)\b", re.I)
# A Dutch answer that says it is done the same day or while you wait.
SAME_DAY = re.compile(r"\b(?:dezelfde dag|zelfde dag|terwijl (?:u|je|jij) wacht|direct klaar|meteen klaar)\b", re.I)
# An English question that asks for it soon ('today', 'right now', 'while I wait', 'how long').
ASKS_SOON = re.compile(
    r"\b(?:today|right now|same day|while (?:i|we) wait|asap|how long|this afternoon|tonight)\b", re.I
)
# An English question about opening hours ('Are you open?', 'What are your hours?', 'When do you close?').
ABOUT_HOURS = re.compile(r"\b(?:open|opening|close[sd]?|closing|hours)\b", re.I)
# ... but not about something else that opens ('open a tab', 'opening a second shop'), nor near ('close by').
ABOUT_HOURS_NOT = re.compile(
    r"\b(?:open(?:ing)?\s+(?:a|an|another|up)|closing\s+down|close\s+(?:by|to\s+(?:the|your|you|us|here)))\b", re.I
)
# An English question whether the business brings something to the writer ('Can you bring them to our holiday
# house?', 'Do you deliver to Epe?', 'could you drop the cake off at the hall?'): the delivery terms answer it.
ASKS_DELIVERY = re.compile(
    r"\b(?:can|could|do|would|will)\s+you\s+(?:also\s+)?(?:deliver|bring|drop)\b(?!\s+(?:it|them)\s+back\b)", re.I
)
# An English question about the closing time: 'What time do you close', 'how late are you open', 'until when'.
ASKS_UNTIL = re.compile(r"\b(?:close|closing|how late|until when|till when|until what time)\b", re.I)
# When the writer can come: 'after 6pm', 'after 18:30', 'after 6 p.m.'.
EN_AFTER = re.compile(
    r"\bafter\s+(?P<hour>\d{1,2})(?:[:.](?P<min>\d{2}))?\s*(?P<half>am|pm|a\.m\.|p\.m\.)?(?![\w:])", re.I
)
# The writer comes by on a day: 'stop for lunch', 'come for dinner', 'visit', 'drop by'.
VISIT = re.compile(r"\b(?:lunch|dinner|brunch|breakfast|stop|come|coming|visit|visiting|drop by|pop in)\b", re.I)
# The first word of a feast day named by a weekday ('Easter Sunday', 'Whit Monday', 'Good Friday'; the names in
# resources/synonyms.toml [english_holiday] that end in a weekday): that day is the feast, not the weekly day.
FEAST_DAY_LEADS = ("easter", "whit", "pentecost", "good")
_NOT_A_FEAST = "".join(rf"(?<!\b{lead}\s)" for lead in FEAST_DAY_LEADS)
# A weekday the writer names ('on Sunday', 'Mondays'), not the weekday of a feast ('open on Easter Sunday?').
EN_DAY = re.compile(rf"{_NOT_A_FEAST}\b({'|'.join(EN_WEEK)})s?\b", re.I)
# The writer's own word before a thing, as the reply says it ('our dog' → 'your dog').
YOURS = {"my": "your", "our": "your", "his": "his", "her": "her", "their": "their", "your": "your"}


# A question about the day the comment named before it: 'that day', 'on the day itself'.
THAT_DAY = re.compile(r"\b(?:that|this|the same)\s+day\b|\bon the day\b", re.I)
# The words an English question asks with, after what the writer tells first in the same sentence.
ASKS_WORD = re.compile(
    r"^(?:any chance|can|could|do|does|did|is|are|will|would|may|might|should|shall|have|has|what|when|where|how)\b",
    re.I,
)


def asks_hours(question: str) -> bool:
    """Whether an English question asks whether or when the business is open ('Are you open?', 'What time do
    you close?'), not about something else that opens ('open a tab'), or about the day said before it ('Can we
    rent two e-bikes from you that day?')."""
    about = ABOUT_HOURS.search(question) and not ABOUT_HOURS_NOT.search(question)
    return bool(about or THAT_DAY.search(question))


def asking_part(question: str) -> str:
    """The part of an English question sentence that asks, without what is told before it after a comma:
    'Visiting family over Christmas, any chance I can rent a gravel bike?' → 'any chance I can rent a gravel
    bike?'; the whole sentence when no part after a comma asks."""
    parts = question.split(", ")
    at = next((i for i, p in enumerate(parts) if i and ASKS_WORD.match(p.strip())), 0)
    return ", ".join(parts[at:]) if at and not ASKS_WORD.match(parts[0].strip()) else question
