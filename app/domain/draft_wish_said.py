"""A wish said back in the business's words: 'jullie site' becomes 'onze site', a verb its infinitive or 'te' form."""

from __future__ import annotations

import re

_IRREGULAR = {"doe": "doen", "ga": "gaan", "sta": "staan", "zie": "zien", "hou": "houden", "sla": "slaan"}


def infinitive(stem: str) -> str:
    """'zet' → 'zetten', 'maak' → 'maken', 'geef' → 'geven', 'bied' → 'bieden'."""
    stem = stem.lower()
    if stem in _IRREGULAR:
        return _IRREGULAR[stem]
    last = stem[-1]
    soft = {"f": "v", "s": "z"}.get(last, last)
    if len(stem) >= 3 and stem[-3] == stem[-2] and stem[-2] in "aeou":
        return f"{stem[:-2]}{soft}en"  # maak → maken, geef → geven, hoor → horen
    if len(stem) >= 4 and stem.endswith(("en", "er")):
        return f"{stem}en"  # open → openen, verander → veranderen
    if len(stem) >= 3 and stem[-2] in "aeiou" and stem[-3] not in "aeiou" and last not in "wj":
        return f"{stem}{last}en"  # zet → zetten, leg → leggen, bak → bakken
    return f"{stem}en"  # zorg → zorgen, bied → bieden, plaats → plaatsen


# What follows 'ons' when it is 'us', not 'our' ('bij ons op het plein', 'voor ons.').
_US_AFTER = re.compile(r"\s*(?:[.,!?;]|$|\s(?:op|in|aan|bij|de|het|een|te|voor|langs|thuis|komen|staan)\b)", re.I)


def ours(wish: str, voice: str, register: str = "je") -> str:
    """A wish said back by the business: 'om een online agenda op jullie site te zetten' → '... op onze site
    ...' ('mijn site' for a business that says 'ik'); what the writer called theirs is the reader's now ('op
    ons terrein' → 'op jullie terrein', 'op uw terrein')."""
    own = "onze" if voice == "wij" else "mijn"
    you = "jullie" if register == "je" else "u"  # 'bij ons op het plein' → 'bij jullie', 'bij u'
    theirs = {"ons": "jullie", "onze": "jullie", "mijn": "je", "m'n": "je"} if register == "je" else {}
    swap = {"jullie": own, "uw": own, **(theirs or dict.fromkeys(("ons", "onze", "mijn", "m'n"), "uw"))}

    def said(m: re.Match[str]) -> str:
        word = m[0].lower()
        return you if word == "ons" and _US_AFTER.match(wish, m.end()) else swap[word]

    wish = re.sub(r"\b(?:jullie|uw|ons|onze|mijn|m'n)\b", said, wish, flags=re.I)
    return wish if register == "je" else _SMS_JE.sub(lambda m: "sms'en" if m[1] else "sms", wish)


# 'een sms'je' said back to someone the business calls 'u': 'een sms' (a reader takes the 'je' of 'sms'je' for the
# familiar pronoun the u-register never uses)
_SMS_JE = re.compile(r"\bsms'je(s)?\b", re.I)


_SUBJECTS = frozenset({"ik", "we", "wij", "jullie", "jij", "u", "hij", "zij", "ze"})


_VERB_WORDS = frozenset({"kunnen", "mogen", "willen", "laten", "gaan", "worden", "hebben"})


# Separable verbs take 'te' after their particle: 'aanbieden' → 'aan te bieden'.
# The longer first: 'openstellen' → 'open te stellen', not 'op te enstellen'.
# ('klaarzetten' → 'klaar te zetten', 'klaarleggen': 'klaar' is a particle of a separable verb too)
_PARTICLES: tuple[str, ...] = ("aan", "op", "uit", "in", "mee", "af", "terug", "bij", "door", "toe", "na", "neer")
_PARTICLES += ("weg", "vast", "open", "klaar")


_SEPARABLE = tuple(sorted((*_PARTICLES, "dicht"), key=len, reverse=True))


def te_form(verb: str) -> str:
    """'maken' → 'te maken', 'aanbieden' → 'aan te bieden'."""
    for particle in _SEPARABLE:
        if verb.startswith(particle):  # the longest particle it starts with, or none ('openen' is no 'op-enen')
            if len(verb) - len(particle) < 4 or verb.startswith("ver"):
                break
            return f"{particle} te {verb[len(particle) :]}"
    return f"te {verb}"
