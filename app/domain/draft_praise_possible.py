"""What the work made possible, as the writer says it ('zodat we zondag konden rijden'), said back to them."""

from __future__ import annotations

import re
from functools import lru_cache

from app.domain.datafile import word_list
from app.domain.draft_fact_words import WEEKDAY
from app.domain.topics import shipped_topic_data
from app.domain.words import possessive_alternation, word_regex
from app.resources import resource_path

# What the work made possible, as the writer says it: 'zodat we zondag de Kempen Classic konden rijden', 'zodat ik
# weer naar mijn werk kon fietsen'.
_SO_THAT = re.compile(
    r"\b(?:zodat|waardoor|dankzij\s+wie)\s+(?P<who>ik|we|wij)\s+(?P<rest>(?:[^\W\d_][\w\-']*\s+){1,8}?)"
    r"(?:kon|konden)\s+(?P<verb>[^\W\d_]{3,}en)\b",
    re.I,
)


# The writer's words as the business says them back, by register ('je', 'u') and by who the writer is.
_BACK = {"mijn": ("je", "uw"), "m'n": ("je", "uw"), "ons": ("jullie", "uw"), "onze": ("jullie", "uw")}


# Where the writer still had to go when the business helped: 'ik moest nog naar mijn mem in Koudum', ''k moest
# dringend naar het ziekenhuis', 'we moesten dezelfde avond nog naar Parijs rijden'.
_HAD_TO_GO = re.compile(
    r"(?<![\w'])(?P<who>ik|'k|we|wij|hij|ze|zij)\s+(?:moest|moesten)\s+(?P<soon>(?:[\w']+\s+){0,4}?)(?:naar|na)\s+"
    r"(?P<rest>(?:[^\W\d_][\w\-']*\s+){0,5}?[^\W\d_][\w\-']*)\s*(?=[.,!?;:]|$|\s(?:en|maar|want|om|toen|dus)\b)",
    re.I,
)


@lru_cache(maxsize=8)
def _went_words(key: str) -> frozenset[str]:
    """A list of resources/praise.toml for where the writer still had to go ('went_pending', 'went_rescues',
    'went_articles', 'went_tangled', 'care_places'); a clear error when it is missing or empty."""
    return frozenset(word_list(resource_path("praise.toml"), key))


def to_care(said: str) -> bool:
    """Whether the place the writer still had to go to is one of care or farewell ('naar het ziekenhuis')."""
    return word_regex(tuple(sorted(_went_words("care_places")))).search(said) is not None


def went_named_in(possible: str, thanks: str) -> bool:
    """Whether the place the writer still had to go to ('je toch nog naar een bruiloft kon') is named in the thanks
    already ('iets mocht bijdragen aan je bruiloft'): its first word after the articles, said once."""
    place = possible.split(" naar ", 1)[-1]
    words = [w for w in re.findall(r"[^\W\d_][\w'-]*", place) if w.lower() not in _went_words("went_articles")]
    return bool(words) and re.search(rf"\b{re.escape(words[0])}\b", thanks, re.I) is not None


def _had_to_go(text: str, register: str) -> str:
    """'je toch nog naar je mem in Koudum kon' for 'ik moest nog naar mijn mem in Koudum' (a place still to be
    reached, 'nog' or 'dringend'); '' when the comment says no such thing ('ik moest naar de kassa')."""
    found = _HAD_TO_GO.search(text)
    day = re.search(rf"\b(?:{WEEKDAY}|morgen)\b", found.group("soon"), re.I) if found else None
    if found is None or not (_went_words("went_pending") & set(found.group("soon").lower().split()) or day):
        return ""
    if not word_regex(tuple(sorted(_went_words("went_rescues")))).search(text):
        return ""  # 'ik moest nog naar de kassa en toen zag ik ...': no help that made the trip possible
    polite, several = register == "u", found.group("who").lower() not in {"ik", "'k"}
    rest = [_BACK.get(w.lower(), (w, w))[polite] for w in found.group("rest").split()]
    kin = _kin_before(text[: found.start()], polite) if found.group("who").lower() in {"hij", "ze", "zij"} else ""
    if _went_words("went_tangled") & {w.lower() for w in rest} or (kin is None):
        return ""
    modal = "konden" if several and not polite and not kin else "kon"
    verb: list[str] = []
    noun_after = _went_words("went_articles")
    if len(rest) >= 2 and rest[-1].islower() and rest[-1].endswith("en") and rest[-2].lower() not in noun_after:
        verb = [rest.pop()]  # 'naar Parijs rijden': 'naar Parijs kon rijden'
    who = kin or ("u" if polite else ("jullie" if several else "je"))
    when = [day.group(0).lower(), "toch"] if day else ["toch nog"]  # 'hij moest maandag naar school'
    return " ".join([who, *when, "naar", *rest, modal, *verb])


def _kin_before(text: str, polite: bool) -> str | None:
    """'uw kleinzoon' for the last 'mijn/mien/onze kleinzoon' before 'hij moest ...' (the one who had to go);
    None when no one of the writer's own is named."""
    kin_words = {t for c in shipped_topic_data().concepts if c.group == "person" for t in c.terms if " " not in t}
    kin = "|".join(sorted((re.escape(k) for k in kin_words), key=len, reverse=True))
    named = re.findall(rf"\b({possessive_alternation()}|mien)\s+({kin})\b", text, re.I)  # and dialect 'mien'
    if not named:
        return None
    own, who = named[-1]
    return f"{_BACK.get(own.lower(), ('je', 'uw'))[polite]} {who.lower()}"


def made_possible(text: str, register: str) -> str:
    """What the work made possible, said back to the writer: 'jullie zondag de Kempen Classic konden rijden' for
    'zodat we zondag de Kempen Classic konden rijden', 'u weer naar uw werk kon fietsen' for 'zodat ik weer naar
    mijn werk kon fietsen' (register 'u'); '' when the comment says no such thing or only wishes it ('zodat we zelf
    kunnen boeken')."""
    found = _SO_THAT.search(text)
    if found is None:
        return _had_to_go(text, register)  # 'ik moest nog naar mijn mem in Koudum'
    polite = register == "u"
    several = found.group("who").lower() != "ik"
    who = "u" if polite else ("jullie" if several else "je")
    rest = [_BACK.get(w.lower(), (w, w))[polite] for w in found.group("rest").split()]
    if _went_words("went_tangled") & {w.lower() for w in rest}:
        return ""  # 'zodat ik het hem kon geven': too tangled to say back
    modal = "konden" if several and not polite else "kon"  # (only what was done)
    return " ".join([who, *rest, modal, found.group("verb")])
