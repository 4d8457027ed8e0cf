"""The name a reply greets with: 'Sanne', 'mevrouw Van Dijk', or nothing when it cannot be known."""

from __future__ import annotations

import re

_HANDLE = re.compile(r"^@|^[\w.]+$")
_TITLES = {
    "mevrouw": "mevrouw",
    "mevr": "mevrouw",
    "mw": "mevrouw",
    "mvr": "mevrouw",
    "meneer": "meneer",
    "mr": "meneer",
    "dhr": "meneer",
    "hr": "meneer",
    "heer": "meneer",
    "familie": "familie",
    "fam": "familie",
    "gezin": "familie",
}
_ACADEMIC = frozenset({"drs", "dr", "ir", "ing", "prof", "bc", "ba", "ma", "msc", "bsc", "mba", "phd", "mr"})
_NO_NAMES = frozenset({"anoniem", "anonymous", "onbekend", "klant", "gast", "naamloos", "n.n.", "nn"})
# An author that is an organisation ('Team Sales BV', 'Gemeente Zeist') has no first name to greet.
_ORGANISATION = frozenset(
    {"team", "bv", "b.v.", "vof", "v.o.f.", "nv", "stichting", "vereniging", "vve", "gemeente", "school", "bedrijf"}
)
_BUSINESS_ENDS = (
    *("erij", "bedrijf", "winkel", "salon", "studio", "praktijk", "centrum", "kantoor", "holding", "corporatie"),
    *("vereniging", "stichting", "school", "club", "bureau", "kliniek", "ziekenhuis", "instituut", "organisatie"),
)
# A first word that names a kind of business or service ('Koeriersdienst Snelwiel', 'Thuiszorg De Linde',
# 'Makelaardij Duinzicht'): an organisation, whatever follows.
_VENUES = frozenset({"hotel", "motel", "hostel", "pension", "café", "cafe", "bistro", "camping", "herberg"})
_KIND_ENDS = (
    *("dienst", "diensten", "zorg", "dij", "handel", "groep", "service", "services", "techniek", "transport"),
    *("logistiek", "bouw", "beheer", "advies", "opvang", "garage", "apotheek", "makelaars", "installaties"),
    *("media", "catering", "verhuur", "atelier", "restaurant", "hotel", "camping", "fabriek", "koerier"),
)
_PARTICLES = frozenset({"van", "de", "der", "den", "het", "ter", "ten", "te", "in", "'t", "op", "la", "le", "du", "d'"})


def _surname(words: list[str]) -> str:
    """'van dijk' → 'Van Dijk' (after a title the first particle takes a capital)."""
    return " ".join(
        w[:1].upper() + w[1:] if i == 0 or w.lower() not in _PARTICLES else w.lower() for i, w in enumerate(words)
    )


def _titled(title: str, words: list[str]) -> str:
    """'mevrouw' + ['A.', 'de', 'Vries'] → 'mevrouw De Vries'; 'meneer en mevrouw Bos'; '' when unsure."""
    if len(words) > 3 and words[1].lower() in {"en", "&"}:
        second = _TITLES.get(words[2].lower().rstrip("."))
        rest = [w for w in words[3:] if not re.fullmatch(r"(?:[^\W\d_]\.)+", w)]
        valid = rest and all(re.fullmatch(r"[^\W\d_][\w'-]*", w) for w in rest)
        if second is None or second == title or "familie" in {title, second} or not valid:
            return ""  # 'Dhr. en Bos', 'Dhr. en dhr. Bos': not guessed
        return f"{title} en {second} {_surname(rest)}"[:60]  # 'meneer en mevrouw Bos'
    rest = [w for w in words[1:] if w.rstrip(".").lower() not in _TITLES and w.rstrip(".").lower() not in _ACADEMIC]
    # 'Mw. A. de Vries': initials go, the surname stays.
    rest = [w for w in rest if not re.fullmatch(r"(?:[^\W\d_]\.)+", w)]
    if not rest or not all(re.fullmatch(r"[^\W\d_][\w'-]*", w) for w in rest):
        return ""
    return f"{title} {_surname(rest)}"[:60]


def _organisation(author: str) -> bool:
    """'Team Sales BV', 'Drukkerij Noord', 'Koeriersdienst Snelwiel', 'Thuiszorg De Linde': no first name."""
    words = author.split()
    if any(w.lower() in _ORGANISATION for w in words) or any(w.lower().endswith(_BUSINESS_ENDS) for w in words):
        return True
    first_word = words[0].lower() if words else ""
    if len(words) > 1 and first_word in _VENUES:
        return True  # 'Hotel Kruisherenhof', 'Café De Zwaan': a short kind word is no first name either
    return len(words) > 1 and len(first_word) >= 7 and first_word.endswith(_KIND_ENDS)


def first_name(author: str) -> str:
    """A name to greet with: the first name, 'mevrouw Van Dijk' when a title is given,
    or '' for handles, a lone title and empty or odd names (never guessed)."""
    author = " ".join(author.split())
    if author.lower() in _NO_NAMES or _organisation(author):
        return ""
    if not author or (_HANDLE.match(author) and " " not in author and not author.istitle()):
        return ""
    words = author.split(" ")
    while len(words) > 1 and words[0].lower().rstrip(".") in _ACADEMIC and words[0].lower().rstrip(".") != "mr":
        words = words[1:]  # 'Dr. Ingrid Pauwels' → 'Ingrid'
    if words[:2] and words[0].lower() == "de" and len(words) > 1 and words[1].lower() == "heer":
        words = ["meneer", *words[2:]]
    title = _TITLES.get(words[0].lower().rstrip("."))
    if title:
        return _titled(title, words)
    if len(words) == 3 and words[1].lower() in {"en", "&"} and all(w[:1].isupper() for w in (words[0], words[2])):
        return f"{words[0]} en {words[2]}"  # 'Bart en Ilse'
    first = words[0]
    if first.lower() in _PARTICLES and len(words) > 1:
        return ""  # 'Van Dijk', 'De Jong': a surname alone, no first name to greet with
    if not first[:1].isalpha() or any(ch.isdigit() for ch in first) or not 2 <= len(first) <= 30:
        return ""
    if first.endswith(".") or (len(first) <= 2 and first.isupper()):
        return ""  # initials are no name to greet with
    return first[:1].upper() + first[1:]
