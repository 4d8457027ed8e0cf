"""What a yes/no question on how things stand at the business asks, as a clause after 'of' ('Is het dinsdag rustig
bij u?' → 'het dinsdag rustig bij ons is'), and the quality of the business's own product it asks ('Is jullie
kerstmenu vegan te krijgen?', 'En is die ook lactosevrij te maken?'): what a place for the owner's answer says back."""

from __future__ import annotations

import re
from functools import cache

from app.domain.draft_origin_asked import origin_whether
from app.domain.draft_phrase_cues import phrase_cues
from app.domain.draft_questions import last_clause
from app.domain.draft_text import strip_emoji
from app.domain.draft_thing_kinds import qualities_named
from app.domain.topics import ours_before
from app.domain.words import alternation

# 'Is het dinsdag rustig bij u?', 'Zijn er nog plaatsen vrij?': a yes/no question on how things stand at the business
# (not 'Is het mogelijk om ...?', which asks for something to be done); 'En mag er na het eten muziek gedraaid
# worden?': what the house allows.
_HOW_IT_IS = re.compile(
    r"^\W*(?:(?:en|of)\s+)?(?P<verb>is|zijn|wordt|blijft|mag|mogen)\s+(?P<subject>het|'t|t|er)\s+(?P<rest>(?:(?!\b(?:om|te|dat|als)\b)[^?!.,]){3,60}?)"
    r"\s*[?!.]*\W*$",
    re.I,
)


@cache
def _at_yours() -> re.Pattern[str]:
    """'bij u', 'bij jullie', Flemish 'bij ulder' (phrase_cues.toml ``at_yours``): at the business, 'bij ons'."""
    return re.compile(rf"\bbij\s+(?:{alternation(phrase_cues().at_yours, spaced=True)})(?!\w)", re.I)


# 'Is jullie kerstmenu ook volledig vegan te krijgen?', 'Zijn uw wafels glutenvrij?': a quality of the business's own
# product asked, the quality one of fact_words.toml's ``qualities`` ('Is de wortelsoep vegan?' is left to the promise
# to find out that names it).
_QUALITY_ASKED = re.compile(
    r"^\W*(?:(?:en|of)\s+)?(?P<verb>is|zijn)\s+(?P<whose>jullie|uw|je|jouw|ulder)\s+"
    r"(?P<thing>[^\W\d_]{3,}(?:\s+(?!(?:ook|wel|echt|nog|volledig|helemaal)\b)[^\W\d_]{3,})?)\s+(?P<quality>(?:ook\s+)?(?:volledig\s+|helemaal\s+|echt\s+|100\s?%\s+)?"
    r"[^\W\d_]{3,})(?P<tail>\s+te\s+(?:krijgen|bestellen|verkrijgen|maken))?\s*[?!.]*\W*$",
    re.I,
)


# 'Is jullie terras overdekt als het regent?', 'Is uw zaal groot genoeg?': how a thing of the business is, its owner
# said by the writer ('jullie', 'uw'), with a clause of when after it ('als het regent') kept after the verb.
_HOW_YOURS_IS = re.compile(
    r"^\W*(?:(?:en|of)\s+)?(?P<verb>is|zijn|blijft)\s+(?P<yours>jullie|uw|je|jouw|ulder|ulle)\s+(?P<thing>[^\W\d_]{3,})"
    r"\s+(?P<rest>(?:(?!\b(?:om|te|dat|als|wanneer|bij)\b)[^?!.,]){2,40}?)"
    r"(?P<when>\s+(?:als|wanneer|bij)\s+[^?!.,]{2,40}?)?\s*[?!.]*\W*$",
    re.I,
)


# 'En is die ook lactosevrij te maken?': the same, of the thing the question before it named, pointed back at.
_QUALITY_POINTED = re.compile(
    r"^\W*(?:(?:en|of)\s+)?(?P<verb>is|zijn)\s+(?P<thing>die|dat|deze|ze)\s+"
    r"(?P<quality>(?:ook\s+)?(?:volledig\s+|helemaal\s+|echt\s+)?[^\W\d_]{3,})"
    r"(?P<tail>\s+te\s+(?:krijgen|bestellen|verkrijgen|maken))?\s*[?!.]*\W*$",
    re.I,
)


def quality_asked(question: str, ours: str) -> str:
    """'Is jullie kerstmenu ook volledig vegan te krijgen?' → 'ons kerstmenu ook volledig vegan te krijgen is'; 'En is
    die ook lactosevrij te maken?' → 'die ook lactosevrij te maken is'; '' when the word asked is no quality of
    fact_words.toml (a product is not 'ook lekker')."""
    clause = strip_emoji(last_clause(question))
    pointed = _QUALITY_POINTED.match(clause)
    if pointed is not None and qualities_named(pointed.group("quality").split()[-1]):
        said = (pointed.group("thing").lower(), pointed.group("quality"), (pointed.group("tail") or "").strip())
        return " ".join(w for w in (*said, pointed.group("verb").lower()) if w)
    match = _QUALITY_ASKED.match(clause)
    if match is None or not qualities_named(match.group("quality").split()[-1]):
        return ""
    thing = match.group("thing")
    tail = match.group("tail") or ""
    return (
        f"{ours_before(thing, ik=ours == 'mij')} {thing} {match.group('quality')}{tail} {match.group('verb').lower()}"
    )


# The words for the business that are also who is asked ('Zijn jullie open?'), not only whose thing.
_YOU_TOO = frozenset({"jullie", "ulder", "ulle"})


def _whether_yours(question: str, ours: str) -> str:
    """'Is jullie terras overdekt als het regent?' → 'ons terras overdekt is als het regent' (with ``ours`` 'mij':
    'mijn terras ...'); '' for another shape."""
    match = _HOW_YOURS_IS.match(strip_emoji(last_clause(question)))
    # 'Zijn jullie dan bereikbaar?': 'jullie' with a plural verb is who is asked, not whose thing
    if match is None or (match.group("verb").lower() == "zijn" and match.group("yours").lower() in _YOU_TOO):
        return ""
    thing = match.group("thing").lower()
    own = ours_before(thing, ik=ours == "mij")
    when = (match.group("when") or "").strip()
    return " ".join(w for w in (own, thing, match.group("rest").strip(), match.group("verb").lower(), when) if w)


def whether_asked(question: str, ours: str) -> str:
    """What a yes/no question on how things stand asks, as a clause after 'of' ('Is het dinsdag rustig bij u?' →
    'het dinsdag rustig bij ons is'; 'Is jullie kerstmenu vegan?' → 'ons kerstmenu vegan is'; 'Is jullie terras
    overdekt als het regent?' → 'ons terras overdekt is als het regent'); '' for another shape."""
    if quality := quality_asked(question, ours):
        return quality
    match = _HOW_IT_IS.match(strip_emoji(last_clause(question)))
    if match is None:  # ... or where a thing comes from ('Is da bier van de brouwerij hier?')
        return _whether_yours(question, ours) or origin_whether(strip_emoji(last_clause(question)), ours_word(ours))
    rest = _at_yours().sub(f"bij {ours}", match.group("rest").strip())
    subject = "het" if match.group("subject").lower() in {"'t", "t"} else match.group("subject").lower()
    verb, words = match.group("verb").lower(), rest.split()
    if verb in {"mag", "mogen"} and len(words) > 1 and words[-1].lower() in _INFINITIVES:
        return f"{subject} {' '.join(words[:-1])} {verb} {words[-1]}"  # '... gedanst mag worden', not 'worden mag'
    return f"{subject} {rest} {verb}"


# The infinitive that ends a question what may be done ('mag er gedanst worden?', 'mag er een hond mee komen?').
_INFINITIVES = frozenset({"worden", "komen", "blijven", "zijn", "gaan", "staan"})


# 'hoe lang duurt het?', 'En hoe laat begint dat?', 'wat kost die?', 'Tot wanneer loopt de actie?': a question for a
# time, an amount or a thing, its subject a pointing word or a thing named with its article (not the writer or the
# business: 'moet ik', 'kunnen jullie' would need their verb changed).
_WH_SIMPLE = re.compile(
    r"^\W*(?:(?:en|maar)\s+)?(?P<wh>(?:(?:tot|vanaf|om)\s+)?(?:hoe\s+(?:lang|laat|vroeg|oud|groot|veel)|hoeveel"
    r"|wat|wanneer|waar|welke\s+[^\W\d_]+))\s+(?P<verb>[^\W\d_]{2,})\s+"
    r"(?P<subject>het|'t|dat|dit|die|deze|(?:de|het|een)\s+[^\W\d_]{3,}(?:\s+[^\W\d_]{3,})?)"
    r"(?P<rest>(?:\s+(?:ongeveer|eigenlijk|dan|nu|zo|normaal|meestal|gemiddeld))*)\s*[?!.]*\W*$",
    re.I,
)


def wh_asked(question: str) -> str:
    """What a simple question for a time, an amount or a thing asks, as a clause that can open a sentence ('hoe lang
    duurt het?' → 'hoe lang het duurt', 'En wat kost de workshop?' → 'wat de workshop kost'); '' for another
    shape, also for one asked of the writer or the business ('hoeveel moet ik betalen?')."""
    match = _WH_SIMPLE.match(strip_emoji(last_clause(question)))
    if match is None:
        return ""
    subject = "het" if match.group("subject").lower() in {"'t"} else match.group("subject")
    return f"{match.group('wh').lower()} {subject} {match.group('verb').lower()}"


def ours_word(ours: str) -> str:
    """The business's possessive for its object pronoun ``ours`` ('mij' → 'mijn', 'ons' → 'onze')."""
    return "mijn" if ours == "mij" else "onze"
