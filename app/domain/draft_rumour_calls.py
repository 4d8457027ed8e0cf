"""A rumour that calling the business no longer works ('bellen heeft geen zin meer, ze nemen niet op', 'telefoneren
gaat nie meer, alleen nog via een app'): set straight with the profile's phone number, and the FAQ's way to book
online when the rumour says that is the only way left."""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.domain.textnorm import sentences

# Calling, in the words a writer uses for it: 'bellen', 'telefoneren', 'de telefoon', 'ze nemen niet op' (not 'de
# hond mee nemen', 'cash nemen ze niet aan': 'nemen' only with its 'op').
_CALLING = re.compile(
    r"\b(?:bellen|bel|belt|telefoneren|telefonisch|telefoon)\b|\bnemen\s+(?:ze\s+|zij\s+)?(?:niet|nie|nooit)\s+(?:meer\s+)?op\b",
    re.I,
)
# ... said not to work any more: 'geen zin meer', 'niet meer', Flemish 'nie meer', 'nooit', 'nemen niet op'.
_NOT_ANY_MORE = re.compile(
    r"\b(?:(?:niet|nie|geen\s+zin)\s+meer|nooit(?:\s+meer)?|nemen\s+(?:\w+\s+)?(?:niet|nie|nooit)\s+(?:meer\s+)?op)\b",
    re.I,
)
# The way the rumour says is the only one left: 'alleen nog online', 'enkel via een app', 'alleen nog via de site'.
_ONLY_ONLINE = re.compile(
    r"\b(?:alleen|enkel)\s+(?:nog\s+|maar\s+)?(?:\w+\s+){0,3}?(?:online|via\s+(?:een|de|hun)\s+(?:app|site|website))",
    re.I,
)


def calling_denied(text: str) -> bool:
    """Whether a rumour says one can no longer call the business: a word for calling and 'niet meer', 'geen zin
    meer' or 'nemen niet op' in one sentence (not 'ik heb gebeld en ze waren heel vriendelijk')."""
    return any(_CALLING.search(s) and _NOT_ANY_MORE.search(s) for s in sentences(text))


def only_online(text: str) -> str:
    """The sentence in which a rumour says booking or ordering goes only online now ('alleen nog via een app');
    '' for none."""
    return next((s for s in sentences(text) if _ONLY_ONLINE.search(s)), "")


# A FAQ question about the online way ('Kan ik online een afspraak maken?', 'Kan ik via de website bestellen?').
_ONLINE_ASKED = re.compile(r"\b(?:online|internet|website|webshop|site|app)\b", re.I)


def online_faq(faq: Iterable[tuple[str, str]]) -> tuple[str, str] | None:
    """The FAQ entry (question, answer) on the online way, for a rumour that says only online is left in other words
    than the entry ('alleen nog via een app die ge moet betalen' ~ 'Kan ik online een afspraak maken?'); None when
    no question asks about it."""
    return next(((q, a) for q, a in faq if _ONLINE_ASKED.search(q)), None)
