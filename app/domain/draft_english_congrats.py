"""The congratulation an English compliment ends with: a day celebrated ('my daughter's 18th birthday', 'our 40th
wedding anniversary'), an age turned ('My mother turned 80', "my husband's 50th"), someone else's day the writer
went to ("my cousin's wedding") or an event that is nobody's day ("our company's New Year reception")."""

from __future__ import annotations

import re

from app.domain.language import ENGLISH

# An occasion to congratulate on in an English comment.
CELEBRATED = re.compile(
    r"\b(?:birthday|wedding|anniversary|engage(?:d|ment)|graduat\w*|new job|retirement|christening|bridal"
    r"|got\s+married)\b",
    re.I,
)
# The writer's own wedding said by its bride: 'my bridal hair', 'our bridal party', 'we got married'.
_OWN_BRIDAL = re.compile(r"\b(?:(?:my|our)\s+bridal|(?:we|I)\s+(?:just\s+)?got\s+married)\b", re.I)
# The day celebrated with its number, as said: 'my daughter's 18th birthday', 'our 25th anniversary'.
NTH_DAY = re.compile(
    r"\b(?P<whose>(?:my|our|his|her|their)\s+(?:[a-z]+['’]s\s+)?)?(?P<nth>\d{1,3}(?:st|nd|rd|th))\s+"
    r"(?P<day>birthday|(?:wedding\s+)?anniversary)\b",
    re.I,
)
# Someone else's day the writer went to, without a number: "before my cousin's wedding", "my friend's birthday";
# not the day of the writer's own family, which is congratulated ("my mum's birthday").
_OTHERS_DAY = re.compile(
    r"\b(?:my|our)\s+(?!(?:mum|mom|mother|dad|father|parents|wife|husband|partner|daughter|son|kids|children|baby"
    r"|sister|brother|grandma|grandpa|granny|nan)['’]s)(?P<who>[a-z]+)['’]s\s+"
    r"(?P<day>wedding|birthday|graduation|christening|retirement|engagement)\b",
    re.I,
)
# The writer's own day without a number, with one word that says which: 'our winter wedding', 'my graduation'.
_OWN_DAY = re.compile(
    r"\b(?:my|our)\s+(?P<day>(?:(?!(?:next|upcoming|big)\b)[a-z]+\s+)?(?:wedding|engagement|graduation|christening"
    r"|retirement|anniversary))\b(?!['’])",
    re.I,
)
# ... still ahead: 'next week', 'tomorrow', 'coming up', 'in two weeks'.
_AHEAD = re.compile(r"\b(?:next|tomorrow|upcoming|coming\s+up|in\s+\w+\s+(?:days?|weeks?|months?))\b", re.I)
# Whom the day was for, by the name on the cake or card: "'Happy 18th Lily'", 'Happy birthday, Lily'.
_HAPPY_NAME = re.compile(
    r"\b[Hh]appy\s+(?P<what>\d{1,3}(?:st|nd|rd|th)|[Bb]irthday)[,!]?\s+(?:to\s+)?(?P<naam>[A-Z][a-z]+)\b"
)
# An age said without 'birthday': 'My mother turned 80', 'our dad just turned 70'; not 'turned 5 minutes later'.
_TURNED = re.compile(
    r"\b(?P<whose>(?:my|our)\s+(?:[a-z]+\s+)?)?(?P<who>(?!just\b)[a-z]+)\s+(?:just\s+)?turned\s+(?P<age>\d{1,3})\b"
    r"(?!\s*(?:%|minutes?|mins?|hours?|seconds?|degrees|euros?|km|kilometres?|miles?|times)\b)",
    re.I,
)
# An age celebrated as a number after whose it was, without 'birthday': "my husband's 50th", "our daughter's 18th at
# your place"; not "my son's 3rd visit" (a word after the number that is no place, time or party).
_NTH_OF = re.compile(
    r"\b(?P<whose>(?:my|our)\s+[a-z]+)['’]s\s+(?P<age>\d{1,3})(?:st|nd|rd|th)\b"
    r"(?=\s*(?:[.,!?;:)]|$)|\s+(?:at|with|on|in|and|here|last|this|yesterday|was|party|celebration|dinner|lunch|bash)\b)",
    re.I,
)
# An event the writer went to, named with whose it was: "for our company's New Year reception", 'at my work
# Christmas party', 'for the school prom'; not 'for our party of six' (a group) nor a plain 'dinner'.
_EVENT = re.compile(
    r"\b(?:for|at|to)\s+(?P<what>(?:my|our|the)\s+(?:[a-z]+['’]s\s+)?(?:[A-Za-z]+\s+){0,2}?"
    r"(?:reception|party|gala|ball|prom|dinner\s+dance|office\s+do))\b(?!\s+of\b)",
    re.I,
)
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "you", "this", "that"})


def congrats_of(text: str) -> tuple[str, dict[str, str]] | None:
    """The [english] congratulation for a day celebrated: on the day as said when it has its number ('congrats_on':
    "your daughter's 18th birthday"), to whom it was for when the comment names them on a birthday ('congrats_named':
    'Lily', '18'), a good day wished on someone else's day the writer went to ('day_of_other', 'day_ahead': "your
    cousin's wedding"), the years of the writer's own wedding anniversary, said so ('congrats_years': '40'), who
    turned how old ('congrats_turned': 'your mother', '80'), else the plain 'congrats'; None when no day is
    celebrated."""
    if aged := _age_celebrated(text) or _own_wedding(text):
        return aged
    if not CELEBRATED.search(text):
        return _event_of(text)
    day = NTH_DAY.search(text)
    others = _OTHERS_DAY.search(text) if day is None else None
    if others is not None:  # "my cousin's wedding": a good day wished, the congratulation is not the writer's
        said = {"onderwerp": f"your {others.group('who').lower()}'s {others.group('day').lower()}"}
        return ("day_ahead" if _AHEAD.search(text, others.end()) else "day_of_other"), said
    if day is None:
        # 'for our winter wedding at the castle': the writer's own day named as said
        own = _OWN_DAY.search(text)
        if own is None or _AHEAD.search(text, own.end()):
            return "congrats", {}
        return "congrats_on", {"onderwerp": f"your {' '.join(own.group('day').lower().split())}"}
    whose = re.sub(r"^(?:my|our)\b", "your", " ".join((day.group("whose") or "").split()), flags=re.I)
    said = {"onderwerp": " ".join(w for w in (whose or "the", day.group("nth"), day.group("day").lower()) if w)}
    if day.group("day").lower().startswith("wedding") and whose.lower() == "your":
        # 'our 40th wedding anniversary': the years said as years, the number as the writer would ('40 years')
        return "congrats_years", {"waarde": re.sub(r"\D", "", day.group("nth"))}
    named = _HAPPY_NAME.search(text) if day.group("day").lower() == "birthday" else None
    if named is None or named.group("naam").lower() in ENGLISH:
        return "congrats_on", said
    return "congrats_named", {"naam": named.group("naam"), "waarde": re.sub(r"\D", "", day.group("nth"))}


def _own_wedding(text: str) -> tuple[str, dict[str, str]] | None:
    """The congratulation on the writer's own wedding said only by its bride ('did my bridal hair', 'we got
    married'), when no day names it otherwise; None for none, or for one still ahead."""
    bride = _OWN_BRIDAL.search(text)
    if bride is None or NTH_DAY.search(text) or _OWN_DAY.search(text) or _AHEAD.search(text, bride.end()):
        return None
    return "congrats_on", {"onderwerp": "your wedding"}


def _event_of(text: str) -> tuple[str, dict[str, str]] | None:
    """A good time wished at the event the writer went to, said as written ("for our company's New Year reception"
    → "your company's New Year reception"), no congratulation: the event is nobody's day; None for none."""
    found = _EVENT.search(text)
    if found is None:
        return None
    said = re.sub(r"^(?:my|our)\b", "your", " ".join(found.group("what").split()), flags=re.I)
    return ("day_ahead" if _AHEAD.search(text, found.end()) else "event_done"), {"onderwerp": said}


def _age_celebrated(text: str) -> tuple[str, dict[str, str]] | None:
    """The congratulation on an age said without 'birthday' ('My mother turned 80', "my husband's 50th"); None for
    none, or for one still ahead."""
    turned = _TURNED.search(text)
    if turned is not None and not _AHEAD.search(text, turned.end()) and (aged := _turned(turned)):
        return aged  # 'My mother turned 80': no day named, the age is what is celebrated
    nth_of = _NTH_OF.search(text)
    if nth_of is not None and not NTH_DAY.search(text) and not _AHEAD.search(text, nth_of.end()):
        # "Celebrated my husband's 50th": the age is what is celebrated, as with 'turned'
        whose = re.sub(r"^(?:my|our)\b", "your", " ".join(nth_of.group("whose").lower().split()))
        return "congrats_turned", {"persoon": whose, "waarde": nth_of.group("age")}
    return None


def _turned(turned: re.Match[str]) -> tuple[str, dict[str, str]] | None:
    """The congratulation on an age said without 'birthday' ('My mother turned 80' → 'your mother', '80'; 'Anna
    turned 7' → 'Anna'; 'I turned 50' → 'you'); None when it is not clear whose age it is ('she turned 80')."""
    who = turned.group("who")
    if turned.group("whose"):
        own = re.sub(r"^(?:my|our)\b", "your", " ".join(turned.group("whose").split()), flags=re.I)
        person = f"{own} {who.lower()}"
    elif who.lower() == "i":
        person = "you"
    elif who[0].isupper() and who.lower() not in ENGLISH | _PRONOUNS:
        person = who
    else:
        return None
    if not 1 < int(turned.group("age")) < 120:
        return None
    return "congrats_turned", {"persoon": person, "waarde": turned.group("age")}
