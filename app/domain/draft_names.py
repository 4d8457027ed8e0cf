"""The name a reply greets with: 'Sanne', 'mevrouw Van Dijk', or nothing when it cannot be known.

The author field holds whatever the platform shows: a person ('Sanne de Vries', 'Mevr. van Dijk'),
a person with where they work ('Marloes Kamphuis, HR De Bolder'), a couple ('Lisa en Jeroen'),
an organisation ('Bouma Installatietechniek'), a handle ('@deventerdaan', 'sanne.bakt.niet'),
initials ('R. Jansen'), capitals or emoji. Rules, in order:

- emoji and symbols go, bracketed additions go ('Sarah (UK)'), and of 'person, affiliation' only the
  person is kept (split at a comma, a spaced dash or bar, 'namens');
- an organisation, a department or job title, a handle, an anonymous label: no name;
- a title gives 'mevrouw/meneer/familie' + surname, the first particle capitalised ('mevrouw Ter Horst');
  initials and first names after the title go; an abbreviated particle ('v.d.') is not guessed;
- a couple is greeted by both first names; a double first name ('Erik Jan') stays whole;
- otherwise the first name; initials alone, a surname alone or a word that is no name: no name.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field

from app.domain.datafile import read_toml
from app.domain.name_gender import title_for
from app.domain.privacy_names import first_names
from app.domain.schema import Strict, Texts, located, validate
from app.resources import resource_path

_TITLES = {
    "mevrouw": "mevrouw",
    "mevr": "mevrouw",
    "mw": "mevrouw",
    "mvr": "mevrouw",
    "mrs": "mevrouw",
    "ms": "mevrouw",
    "miss": "mevrouw",
    "mme": "mevrouw",
    "madame": "mevrouw",
    "meneer": "meneer",
    "mr": "meneer",
    "dhr": "meneer",
    "hr": "meneer",
    "heer": "meneer",
    "monsieur": "meneer",
    "familie": "familie",
    "fam": "familie",
    "gezin": "familie",
    "family": "familie",
}
# How a title reads in an English reply ('Dear Ms Van Dijk', 'Dear Bos family').
_ENGLISH_TITLES = {"mevrouw": "Ms", "meneer": "Mr"}
_ACADEMIC = frozenset({"drs", "dr", "ir", "ing", "prof", "bc", "ba", "ma", "msc", "bsc", "mba", "phd", "mr"})
_NO_NAMES = frozenset(
    {
        *("anoniem", "anonymous", "anon", "onbekend", "klant", "gast", "naamloos", "n.n.", "nn", "privé"),
        *("iemand", "bezoeker", "buurtbewoner", "gebruiker", "user", "lokale gids", "local guide", "a google user"),
    }
)
# An author that is an organisation ('Team Sales BV', 'Gemeente Zeist') has no first name to greet.
_ORGANISATION = frozenset(
    {"team", "bv", "vof", "nv", "cv", "bvba", "vzw", "ltd", "inc", "gmbh", "llc", "stichting", "vereniging", "vve"}
    | {"gemeente", "provincie", "waterschap", "school", "bedrijf", "afdeling", "redactie", "bestuur", "directie"}
    | {"campus", "college", "lyceum", "atheneum", "academie", "hogeschool", "ikc", "obs", "cbs", "kbs", "rkbs"}
)
_BUSINESS_ENDS = (
    *("erij", "bedrijf", "winkel", "salon", "studio", "praktijk", "centrum", "kantoor", "holding", "corporatie"),
    *("vereniging", "stichting", "school", "club", "bureau", "kliniek", "ziekenhuis", "instituut", "organisatie"),
    *("college", "lyceum", "atheneum", "academie", "campus"),
)
# A word that names a kind of business or service ('Koeriersdienst Snelwiel', 'Bouma Installatietechniek'):
# the author is an organisation, whether the word comes first or after a family name.
_VENUES = frozenset(
    {"hotel", "motel", "hostel", "pension", "café", "cafe", "bistro", "camping", "herberg", "fysio", "yoga", "pilates"}
)
_KIND_ENDS = (
    *("dienst", "diensten", "zorg", "dij", "handel", "groep", "service", "services", "techniek", "transport"),
    *("logistiek", "bouw", "beheer", "advies", "opvang", "garage", "apotheek", "makelaars", "installaties"),
    *("media", "catering", "verhuur", "atelier", "restaurant", "hotel", "camping", "fabriek", "koerier"),
)
# Short kind words that follow a family name in a business name ('Jansen Bouw', 'De Vries Transport').
_KIND_WORDS = frozenset(
    {"bouw", "transport", "techniek", "media", "catering", "verhuur", "advies", "service", "services", "beheer"}
    | {"logistiek", "installaties", "groep", "group", "holding", "company", "partners", "zonen", "zn"}
)
# A first word that is a department or a job, not a name ('Teamleider Sales', 'HR De Bolder').
_ROLES = frozenset(
    {"sales", "marketing", "inkoop", "receptie", "administratie", "secretariaat", "management"}
    | {"klantenservice", "webcare", "office", "facilitair", "facilitaire", "personeelszaken", "planning"}
    | {"dokter", "huisarts", "tandarts", "docent", "leerkracht", "bezorger", "eigenaar", "eigenaresse", "hoofd"}
)
_ROLE_ENDS = ("leider", "manager", "directeur", "coördinator", "coordinator", "medewerker", "medewerkster")
# A family word before a first name ('Opa Wim', 'Juf Anja'): the name after it is greeted.
_KIN = frozenset(
    {"opa", "oma", "tante", "oom", "buurman", "buurvrouw", "juf", "meester", "mama", "papa", "mam", "pap"}
    | {"zus", "broer", "neef", "nicht", "collega", "zuster", "moeder", "vader", "ome", "tantetje"}
)
# The second half of a double first name written with a space ('Erik Jan', 'Anne Marie').
_SECOND_GIVEN = frozenset({"jan", "willem", "marie", "maria", "pieter", "jozef", "josé", "hein", "sophie"})
_PARTICLES = frozenset(
    {"van", "de", "der", "den", "het", "ter", "ten", "te", "in", "'t", "op", "la", "le", "du", "d'", "el", "von"}
)
# A first part of a two-word surname written with a capital, common in Twente, the Achterhoek and
# Drenthe ('Oude Luttikhuis', 'Groot Wassink', 'Klein Gunnewiek', 'Olde Rikkert'): never a first name.
_SURNAME_HEADS = frozenset({"oude", "olde", "oolde", "groot", "grote", "klein", "kleine", "lange", "nijen", "nieuwe"})
# An abbreviated particle ('v.d.', 'vd', 'v/d'): 'van de', 'van der' or 'van den' is not guessed after a title.
_SHORT_PARTICLE = re.compile(r"^(?:v\.?d\.?|v/d|vd[rn]?\.?|v\.)$", re.I)
# The end of the first half of a double surname ('Jansen-de' in 'Jansen-de Wit').
_JOINED_PARTICLES = tuple(f"-{p}" for p in ("van", "de", "der", "den", "ter", "ten", "te", "op", "in", "'t"))
# A title glued to the name ('Mevr.van Dijk', 'Dhr.De Boer').
_GLUED_TITLE = re.compile(r"\b(mevr|mw|mvr|dhr|hr|fam|mr|mrs|ms|drs|dr|ir|ing|prof)\.(?=[^\W\d_])", re.I)
# Words that describe a writer without naming them ('Een tevreden klant', 'Instagram user', 'Mijn naam').
_NO_NAME_WORDS = frozenset(
    {"klant", "klanten", "user", "gebruiker", "bezoeker", "gast", "gasten", "fan", "liefhebber", "bewoner"}
    | {"buurtbewoner", "anoniem", "anonymous", "onbekend", "mijn", "een", "onze", "ons", "ik", "naam"}
)
_INITIALS = re.compile(r"^(?:[^\W\d_]\.)+[^\W\d_]?$")
_WORD = re.compile(r"^[^\W\d_][\w'’-]*$")
# Where a person's name ends and their organisation or role begins.
_SEPARATOR = re.compile(r"\s*(?:[,;]|\s[-–—|/·•@]\s|\s(?:namens|i\.o\.v\.|via)\s)\s*", re.I)
_BRACKETED = re.compile(r"\([^)]*\)|\[[^\]]*\]|\{[^}]*\}")
_COMPANY_TAIL = re.compile(r"(?:&|\ben\b|\+)\s*(?:co\b|zn\b|zonen\b|dochters?\b|partners\b)", re.I)
_LIST = re.compile(r"^[^\W\d_]{2,}(?:\s*,\s*[^\W\d_]{2,})+\s+(?:en|&)\s+[^\W\d_]{2,}$")


def _clean(author: str) -> str:
    """NFC, no emoji, symbols or bracketed additions, single spaces ('🌸 Sanne (UK)' → 'Sanne')."""
    text = _GLUED_TITLE.sub(r"\1. ", _BRACKETED.sub(" ", unicodedata.normalize("NFC", author)))
    kept: list[str] = []
    for ch in text:
        kind = unicodedata.category(ch)
        if kind in {"So", "Sk", "Cf", "Co", "Cs"} or (kind == "Mn" and "\ufe00" <= ch <= "\ufe0f"):
            kept.append(" ")
        else:
            kept.append(ch)
    return " ".join("".join(kept).split()).strip(" -–—|:,;*~!?\"'“”")


def _person(author: str) -> str:
    """The person in 'person, affiliation' ('Karin Dijkstra, Wetterskip Fryslân' → 'Karin Dijkstra');
    'Jansen, R.' (surname, initials) gives '' and 'Jansen, Petra' gives 'Petra'."""
    if _LIST.match(author):
        return author  # 'Lisa, Jeroen en Daan'
    parts = [p for p in _SEPARATOR.split(author) if p]
    if len(parts) < 2:
        return author
    head, second = parts[0], parts[1]
    if all(_INITIALS.match(w) for w in second.split()):
        return ""
    only, also = first_names()
    if " " not in head and " " not in second and head.lower() not in only | also and second.lower() in only:
        return second
    return head


def _proper(word: str, *, particle_ok: bool = True) -> str:
    """A word in capitals in normal case: 'JANSEN-DE' → 'Jansen-de', "O'BRIEN" → "O'Brien"."""
    parts = word.lower().split("-")
    out: list[str] = []
    for i, part in enumerate(parts):
        if (i > 0 or particle_ok) and part in _PARTICLES:
            out.append(part)
            continue
        head, sep, tail = part.partition("'")
        if sep and len(head) == 1 and tail:
            out.append(f"{head.upper()}'{tail[:1].upper()}{tail[1:]}")
        else:
            out.append(part[:1].upper() + part[1:])
    return "-".join(out)


def _normal_case(words: list[str]) -> list[str]:
    """Words written in capitals in normal case; a two-letter word only when all the name is capitals."""
    shouting = all(w.isupper() for w in words if any(c.isalpha() for c in w))
    out: list[str] = []
    for i, w in enumerate(words):
        letters = [c for c in w if c.isalpha()]
        if w.isupper() and "." not in w and (len(letters) >= 3 or (shouting and len(letters) == 2)):
            out.append(_proper(w, particle_ok=i > 0))
        else:
            out.append(w)
    return out


def _surname(words: list[str]) -> str:
    """'van dijk' → 'Van Dijk' (after a title the first particle takes a capital)."""
    return " ".join(
        w[:1].upper() + w[1:] if i == 0 or w.lower() not in _PARTICLES else w.lower() for i, w in enumerate(words)
    )


def _is_initials(word: str) -> bool:
    return bool(_INITIALS.match(word))


def _family_name(words: list[str]) -> list[str]:
    """The surname after a title: no academic titles, initials or first names ('A. de Vries',
    'Ingrid van den Berg' → 'van den Berg', 'Emily Smith' → 'Smith'); [] when a word is no part of a
    name or a particle is abbreviated."""
    rest = [w for w in words if w.rstrip(".").lower() not in _TITLES and w.rstrip(".").lower() not in _ACADEMIC]
    if any(_SHORT_PARTICLE.match(w) for w in rest):
        return []
    rest = [w for w in rest if not _is_initials(w)]
    if not rest or not all(_WORD.match(w) or w.lower() in _PARTICLES for w in rest):
        return []
    heads = [i for i, w in enumerate(rest[:-1]) if w.lower() in _SURNAME_HEADS]
    particle = next((i for i, w in enumerate(rest) if w.lower() in _PARTICLES or i in heads), None)
    if particle is not None:
        # what comes before the first particle are first names; particles alone ('Peter van R.') are no surname
        return rest[particle:] if any(w.lower() not in _PARTICLES for w in rest[particle:]) else []
    if any(w.lower().endswith(_JOINED_PARTICLES) for w in rest):
        return rest  # 'Jansen-de Wit': one surname in two words
    return rest[-1:]  # 'Femke Jansen' → 'Jansen'


def _title_text(title: str, *, english: bool) -> str:
    return _ENGLISH_TITLES.get(title, title) if english else title


def _titled(title: str, words: list[str], *, english: bool = False) -> str:
    """'mevrouw' + ['A.', 'de', 'Vries'] → 'mevrouw De Vries'; 'meneer en mevrouw Bos'; '' when unsure."""
    if len(words) > 3 and words[1].lower() in {"en", "&"}:
        second = _TITLES.get(words[2].lower().rstrip("."))
        rest = _family_name(words[3:])
        if second is None or second == title or "familie" in {title, second} or not rest:
            return ""  # 'Dhr. en Bos', 'Dhr. en dhr. Bos': not guessed
        link = "and" if english else "en"
        both = f"{_title_text(title, english=english)} {link} {_title_text(second, english=english)}"
        return f"{both} {_surname(rest)}"[:60]  # 'meneer en mevrouw Bos'
    rest = _family_name(words[1:])
    if not rest:
        return ""
    if english and title == "familie":
        return f"{_surname(rest)} family"[:60]
    return f"{_title_text(title, english=english)} {_surname(rest)}"[:60]


def affiliation(author: str) -> str:
    """The organisation in 'person, organisation' ('Femke Arts, Kinderopvang De Kroos' → 'Kinderopvang De Kroos');
    '' when the author names none ('Jansen, R.', 'Petra')."""
    parts = [p for p in _SEPARATOR.split(_clean(author)) if p]
    if len(parts) < 2 or _LIST.match(author) or not _person(author):
        return ""
    second = parts[1]
    return second if _organisation(second) else ""


def _organisation(author: str) -> bool:
    """'Team Sales BV', 'Drukkerij Noord', 'Koeriersdienst Snelwiel', 'Bouma Installatietechniek',
    'Jansen & Zonen', 'Teamleider Sales': no first name."""
    words = [w.lower().replace(".", "") if len(w) <= 6 else w.lower() for w in author.split()]
    if not words:
        return False
    # after a title, a surname that is such a word itself is a person's ('Mevr. Te Winkel', 'Dhr. Studio')
    titled = words[0].rstrip(".") in _TITLES
    ends = [w for w in words if w.endswith(_BUSINESS_ENDS) and not (titled and w in _BUSINESS_ENDS)]
    if any(w in _ORGANISATION for w in words) or ends or _COMPANY_TAIL.search(author):
        return True
    first = words[0]
    if first in _ROLES or first.endswith(_ROLE_ENDS):
        return True  # a department or a job, with or without a name after it
    head = author.split(maxsplit=1)[0]
    acronym = head.isupper() and 2 <= len(head) <= 5 and not _is_initials(head)
    if head == "HR" or (len(words) > 1 and acronym and not author.isupper()):
        return True  # 'IKC De Essenkamp', 'KBO Oosterhout': an acronym before a name is an organisation
    if len(words) > 1 and first in _VENUES:
        return True  # 'Hotel Kruisherenhof', 'Café De Zwaan': a short kind word is no first name either
    if len(words) > 1 and len(first) >= 7 and first.endswith(_KIND_ENDS):
        return True
    return any(w in _KIND_WORDS or (len(w) >= 7 and w.endswith(_KIND_ENDS)) for w in words[1:])


def _handle(author: str) -> bool:
    """'@deventerdaan', 'sanne.bakt.niet', 'kookmetkim', 'jan123', a mail or web address: a handle.
    One word in lower case or capitals is a handle unless it is a listed first name ('fatima')."""
    if "@" in author or "://" in author or author.lower().startswith("www."):
        return True
    if " " in author:
        return False
    if re.search(r"[._\d]", author.rstrip(".")):
        return True
    if author.istitle():
        return False
    only, also = first_names()
    return author.lower() not in only | also


def _describes(name: str) -> bool:
    """'Een tevreden klant', 'Instagram user', 'Anoniem 123': words about the writer, not a name
    (a listed first name first is a name: 'Jan Gast')."""
    words = [w.lower() for w in name.split()]
    only, also = first_names()
    return words[0] not in only | also and any(w in _NO_NAME_WORDS for w in words)


def _couple(words: list[str]) -> str | None:
    """'Lisa en Jeroen', 'Ton & Ria', 'Jan en Petra van Dam', 'Lisa de Vries en Jeroen Bakker' →
    both first names; 'Lisa, Jeroen en Daan' → all three; None when the words are no couple."""
    joined = " ".join(words)
    if _LIST.match(joined):
        names = [n.strip() for n in re.split(r",|\s(?:en|&)\s", joined)]
        return f"{', '.join(_given_case(n) for n in names[:-1])} en {_given_case(names[-1])}"
    links = [i for i, w in enumerate(words) if w.lower() in {"en", "&", "+"}]
    if len(links) != 1 or links[0] == 0 or links[0] == len(words) - 1:
        return None
    left, right = words[0], words[links[0] + 1]
    if not all(_looks_given(w) for w in (left, right)):
        return None
    return f"{_given_case(left)} en {_given_case(right)}"


def _looks_given(word: str) -> bool:
    """Whether a word can be a first name: letters, at least two, no particle, no initial."""
    return bool(_WORD.match(word)) and len(word) >= 2 and word.lower() not in _PARTICLES and not word.endswith(".")


def _given_case(word: str) -> str:
    return word[:1].upper() + word[1:]


def _given(words: list[str]) -> str:
    """The first name of 'Sanne de Vries', 'Opa Wim', 'Erik Jan Bakker'; '' for initials or a surname alone."""
    if words[0].lower() in _KIN:
        words = words[1:]  # 'Opa Wim' → 'Wim', 'Buurman' → no name
        if not words or words[0].lower() in _PARTICLES:
            return ""
    first = words[0]
    if first.lower() in _PARTICLES | _SURNAME_HEADS and len(words) > 1:
        return ""  # 'Van Dijk', 'Oude Luttikhuis': a surname alone, no first name to greet with
    if not first[:1].isalpha() or any(ch.isdigit() for ch in first) or not 2 <= len(first) <= 30:
        return ""
    if first.endswith(".") or (len(first) <= 2 and first.isupper()):
        return ""  # initials are no name to greet with
    only, also = first_names()
    if len(words) == 1 and first.lower() not in only | also and lone_surname(first):
        return ""  # 'Jansen', 'Dijkstra': a surname alone, of a man or a woman; no 'Beste Jansen'
    if len(words) > 1 and words[1].lower() in _SECOND_GIVEN and first.lower() in only | also:
        return f"{_given_case(first)} {_given_case(words[1])}"  # 'Erik Jan', 'Anne Marie'
    return _given_case(first)


class _SurnamesModel(Strict):
    schema_version: Literal[1] = Field(alias="schema")
    uitgangen: Texts


@lru_cache(maxsize=1)
def _surname_endings(path: str | Path | None = None) -> tuple[str, ...]:
    file = Path(path) if path else resource_path("surnames.toml")
    model = validate(_SurnamesModel, read_toml(file), str(file), located)
    return tuple(w.strip().lower() for w in model.uitgangen)


def lone_surname(word: str) -> bool:
    """Whether one word is a surname that is never a first name ('Jansen', 'Dijkstra'; resources/surnames.toml),
    unless the list of first names with a gender knows it."""
    low = word.lower()
    ends = any(low.endswith(e) and len(low) > len(e) for e in _surname_endings())
    return ends and title_for(word) is None


def _person_words(author: str) -> tuple[list[str], bool]:
    """The words of the person's name in normal case, academic titles off ('Dr. Ingrid Pauwels' →
    ['Ingrid', 'Pauwels'], True); [] for organisations, handles, anonymous labels and empty names."""
    name = _person(_clean(author))
    if not name or name.lower() in _NO_NAMES or name.lower().endswith("gebruiker"):
        return [], False
    if _handle(name) or _organisation(name) or _describes(name):
        return [], False
    words = _normal_case(name.split(" "))
    academic = False
    while len(words) > 1 and words[0].lower().rstrip(".") in _ACADEMIC and words[0].lower().rstrip(".") != "mr":
        words, academic = words[1:], True  # 'Dr. Ingrid Pauwels' → 'Ingrid'
    return words, academic


def first_name(author: str, *, english: bool = False) -> str:
    """A name to greet with: the first name, 'mevrouw Van Dijk' when a title is given, or '' for
    organisations, handles, a lone title and empty or odd names (never guessed). ``english``: titles
    as an English reply writes them ('Ms Van Dijk', 'Bos family')."""
    words, academic = _person_words(_CALLED.sub(r"\1", author))  # 'M. (Marco) Heemskerk': Marco
    if not words or (academic and len(words) == 1):
        return ""  # 'Dr. Jansen': a surname, and 'meneer' or 'mevrouw' is not known
    if len(words) > 1 and words[0].lower() == "de" and words[1].lower() == "heer":
        words = ["meneer", *words[2:]]
    title = _TITLES.get(words[0].lower().rstrip("."))
    if title:
        return _titled(title, words, english=english)
    couple = _couple(words)
    if couple is not None:  # 'Mark & Ellen': 'Mark en Ellen', in an English greeting 'Mark and Ellen'
        return couple.replace(" en ", " and ") if english else couple
    return _given(words)


def several_writers(author: str) -> bool:
    """Whether the name greets more than one person ('Lisa en Jeroen', 'familie Bos', 'meneer en
    mevrouw Bos'): a je-reply to them says 'jullie', not 'je'."""
    name = first_name(author)
    return name.startswith("familie ") or " en " in name


# The academic titles a greeting uses when no first name tells the gender ('Beste dr. Hoekstra', 'Beste professor
# Devos'); 'drs.', 'ir.' and 'mr.' are not said in a greeting.
_ACADEMIC_SAID = {"dr": "dr.", "prof": "professor"}
# Every title a greeting name can start with ('mevrouw Smit', 'familie Bos', 'dr. Hoekstra'), each with its space.
GREETING_TITLES = tuple(f"{title} " for title in (*dict.fromkeys(_TITLES.values()), *_ACADEMIC_SAID.values()))
# A call name in brackets after initials ('M. (Marco) Heemskerk').
_CALLED = re.compile(r"\b(?:[^\W\d_]\.)+\s*\(([^\W\d_][^\W\d_'’-]+)\)")


def formal_name(author: str) -> str:
    """The name a reply in 'u' greets with where the platform is no chat: 'mevrouw Dingemans' for
    'Yvonne Dingemans', 'meneer Oude Luttikhuis' for 'Rob Oude Luttikhuis' (the gender from a title or
    a clearly female or male first name), the first name 'Kim' of 'Kim de Vries' when it does not
    tell, 'dr. Hoekstra' for 'Dr. P.A. Hoekstra', the surname 'Wessels' for 'J. Wessels' (no title to guess, no
    initials to greet with); otherwise what :func:`first_name` gives."""
    author = _CALLED.sub(r"\1", author)  # 'M. (Marco) Heemskerk': Marco Heemskerk
    name = first_name(author)
    if name.startswith(("mevrouw ", "meneer ", "familie ")) or " en " in name:
        return name
    words, _ = _person_words(author)
    if not name:
        return _surname_only(author, words)
    if len(words) < 2 or words[0].lower() in _KIN or not name.lower().startswith(words[0].lower()):
        return name  # one word, 'Opa Wim', a couple
    rest = _family_name(words[len(name.split(" ")) :])
    if not rest:
        return name
    title = title_for(name)
    if title is None:
        return name  # 'Kim de Vries': the first name does not tell, and 'Beste Kim de Vries' reads as a form letter
    return f"{title} {_surname(rest)}"[:60]


def _surname_only(author: str, words: list[str]) -> str:
    """The greeting name of an author without a first name: 'dr. Hoekstra' ('Dr. P.A. Hoekstra', 'Dr. Jansen'),
    'professor Devos', the surname 'Wessels' of 'J. Wessels'; '' for 'Van Dijk' alone (a business as well)."""
    cleaned = _clean(author)
    academic = _ACADEMIC_SAID.get(cleaned.split(" ", 1)[0].lower().rstrip("."), "")
    if academic and re.fullmatch(r"(?i:prof\.?\s+dr)\.?\s.*", cleaned):
        academic = "professor"  # 'Prof. dr. L. Devos': 'professor Devos'
    if academic and len(words) == 1 and _WORD.match(words[0]):
        return f"{academic} {_surname(words)}"[:60]  # 'Dr. Jansen': 'dr. Jansen'
    if len(words) < 2:
        return ""
    rest = _family_name(words)
    if not rest or rest == words:
        return ""  # 'Van Dijk' alone may be a business as well
    if academic:  # 'Dr. P.A. Hoekstra': 'dr. Hoekstra', whether a man or a woman
        return f"{academic} {_surname(rest)}"[:60]
    # 'J. Wessels': no title guessed and no 'mevrouw/heer' form-letter; initials are no name to greet with
    return _surname(rest)[:60]


def signed_with(text: str, name: str) -> bool:
    """Whether the comment ends with ``name`` as its signature ('..., groet, Linda', 'Linda 😊')."""
    if not name or " " in name:
        return False
    tail = re.sub(r"[\W_]+$", "", text.strip())
    return bool(re.search(rf"(?:^|[\s,.!])(?:{re.escape(name)})$", tail, re.I))


# The closing words before a signature: 'Groetjes van Riek', 'Liefs, Anja', 'gr. Wim', 'xx Fenna'.
_CLOSINGS = (
    r"groetjes|groeten|groet|gr|grtz|grtjs|liefs|mvg|vriendelijke groet|kusjes|x+|"
    r"cheers|regards"
)
_SIGNATURE = re.compile(
    rf"(?:^|[\s,.!?])(?:{_CLOSINGS})\.?(?:\s+van)?[\s,.:!–-]*\s*(?P<name>[A-ZÀ-Ý][a-zà-ÿ]{{1,20}})[\s\W]*$", re.I
)


# The names a comment ends with, joined ('... Tot de volgende keer! Anja en Corné', 'Groetjes, Els & Wim').
_SIGNED_PAIR = re.compile(r"(?P<a>[A-ZÀ-Ý][a-zà-ÿ]{1,20})\s*(?:\ben\b|&|\+)\s*(?P<b>[A-ZÀ-Ý][a-zà-ÿ]{1,20})[\s\W]*$")


def cosigners(text: str, author: str) -> frozenset[str]:
    """The names a comment is signed with together when one of them is the author's ('Anja en Corné' by Corné
    Hollestelle): both wrote it, so neither is someone to pass praise on to; empty otherwise."""
    found = _SIGNED_PAIR.search(text.strip()[-60:])
    if found is None:
        return frozenset()
    names = {found.group("a"), found.group("b")}
    author_words = {w.lower() for w in re.findall(r"[^\W\d_]+", author)}
    return frozenset(names) if any(n.lower() in author_words for n in names) else frozenset()


def signature_name(text: str, author: str, not_them: set[str] | frozenset[str] = frozenset()) -> str:
    """The first name a comment is signed with after a closing ('... Groetjes van Riek', 'Liefs, Anja'), to
    greet with when the author field gives none (a handle: 'oma_riek_1951'); '' when the name is no listed
    first name and not in the author field either, or is one of ``not_them`` (who signs the reply)."""
    found = _SIGNATURE.search(text.strip()[-80:])
    if not found or not found.group("name")[:1].isupper():
        return ""
    name = found.group("name")
    only, also = first_names()
    known = name.lower() in only or name.lower() in also or name.lower() in author.lower()
    return _given_case(name) if known and name.lower() not in {n.lower() for n in not_them} else ""
