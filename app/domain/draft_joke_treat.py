"""The treat a diet or resolution joke is about ('Van Gogh had zijn zonnebloemen, ik moest na jullie spareribs een
nieuwe broekriem kopen' → the spareribs): the thing of the business nearest to the diet, not the one sworn off or
had none of, not where it came from; and what a treat only frames ('een abonnement op de appelflappen')."""

from __future__ import annotations

import re
from functools import lru_cache

from app.domain.draft_praise_held import praise_list
from app.domain.topics import Mention, TopicAnalysis
from app.domain.words import whole_word


@lru_cache(maxsize=256)
def _treat_patterns(word: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Where a thing came from ('uit de oven') and the word as a verb after a pronoun ('ik stuur'), compiled once."""
    escaped = re.escape(word)
    return (
        re.compile(rf"\b(?:uit|in|op|naar|bij|achter)\s+(?:de|het)\s+{escaped}\b", re.I),
        re.compile(rf"\b(?:ik|je|jij|we|wij|hij|ze|zij)\s+{escaped}\b", re.I),
    )


@lru_cache(maxsize=256)
def _frames(treat: str, other: str) -> re.Pattern[str]:
    """'een abonnement op de appelflappen': ``treat`` framing ``other``, compiled once per pair."""
    link = rf"\b{re.escape(treat)}\s+(?:op|aan|van|met|vol)\s+(?:(?:de|het|die|dat|jullie|uw|je|hun)\s+)?"
    return re.compile(link + rf"{re.escape(other)}\b", re.I)


def _treat(thing: Mention, text: str, diet: re.Pattern[str]) -> bool:
    """A thing of the business that broke the writer's diet: not 'mijn dieet' itself, not a guessed word or a
    verb, not where it came from ('warme bolussen uit de oven'), not the list it stands on ('de hele kaart
    gelezen om te zien of jullie stoofvlees ...': resources/praise.toml listings)."""
    where_said, verb_said = _treat_patterns(thing.text)
    where = where_said.search(text)
    verb = verb_said.search(text)  # 'Ik stuur ...': no 'het stuur'
    listed = thing.text.lower() in praise_list("listings")
    return not (thing.own or thing.guessed or diet.search(thing.text) or where or verb or listed)


def framed(treat: Mention | None, topics: TopicAnalysis, text: str) -> Mention | None:
    """The thing a treat only frames ('een abonnement op de appelflappen', 'een voorraad van die wafels', 'een
    doos met bonbons' → the appelflappen, the wafels, the bonbons); else the treat itself."""
    if treat is None:
        return None
    for other in topics.products:
        if other is not treat and not other.guessed and _frames(treat.text, other.text).search(text):
            return other
    return treat


def nearest_treat(topics: TopicAnalysis, text: str, diet: re.Pattern[str]) -> Mention | None:
    """The treat nearest to the diet ('Van Gogh had zijn zonnebloemen, ik moest na jullie spareribs een nieuwe
    broekriem kopen': the spareribs); None without one."""
    found, low = diet.search(text), text.lower()
    treats = [p for p in topics.products if _treat(p, text, diet)]
    if found is not None:  # not the belt itself ('een nieuwe broekriem')
        treats = [p for p in treats if p.text.lower() not in found.group(0).lower()] or treats
        # 'voornemen: minder brood eten. Status: in de rij voor krentenbollen': what the writer swore off is the
        # resolution, the other treat broke it (one treat alone is both: 'minder oliebollen ... rij voor oliebollen')
        treats = [p for p in treats if not _sworn_off(p, text[found.end() :])] or treats
        treats = [p for p in treats if not _none_had(p, text)]  # '0 glazen wijn. Wel 3 toetjes': not the wijn
    if found is None or not treats:
        return treats[0] if treats else None

    def distance(thing: Mention) -> int:
        at = [m.start() for m in whole_word(thing.text.lower()).finditer(low)]
        return min((min(abs(a - found.start()), abs(a - found.end())) for a in at), default=len(text))

    return min(treats, key=distance)


def _sworn_off(thing: Mention, after: str) -> bool:
    """Whether ``thing`` is what a resolution swears off, named right after it ('minder | brood eten', 'geen |
    witte pistolets meer'); not a treat named further on."""
    return re.match(rf"\W*(?:[\w'-]+\s+)?{re.escape(thing.text)}\b", after, re.I) is not None


def _none_had(thing: Mention, text: str) -> bool:
    """Whether the writer says they had none of ``thing`` ('0 glazen wijn', 'geen druppel wijn', 'nul biertjes'):
    kept to, so not what broke the resolution; not a resolution itself ('geen wafels meer': the one it is about)."""
    found = re.search(rf"\b(?:0|nul|geen)\s+(?:[\w'-]+\s+)?{re.escape(thing.text)}\b(?!\s+(?:meer|te)\b)", text, re.I)
    return found is not None
