"""Finding names of people in free text who are not the writers: staff, neighbours, other customers.

The Dutch pipeline has no named-entity recogniser, so this is a rule that is sound for Dutch,
where only names (and a few kinds of words listed here) are capitalised in mid-sentence:

- a capitalised word in mid-sentence is a name ('gisteren hielp Fatima mij'), unless it is a
  known non-name (days, months, holidays, platforms, pronouns, countries, peoples and their
  adjectives, cities: resources/lexicons/geen_namen.txt; and the business's own words);
- after a form of address ('meneer', 'mevrouw', 'collega', 'buurman', …) the following words
  are a name, capitalised or not, with their particles ('meneer De Vries', 'juf bo');
- a first name from resources/lexicons/voornamen.txt is a name anywhere, also at the start of a
  sentence ('Bo heeft ons geholpen') and in lower case ('fatima was onbeleefd'), except names
  that are also ordinary words ('ben', 'wil'), which count only where a name is expected;
- a name continues with particles and further capitalised words ('Jan de Vries', 'Ayşe Yılmaz').

Words written ALL IN CAPITALS are shouting, not names, unless they are listed first names.
Everything runs on compiled regular expressions without nested repetition: linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from functools import lru_cache

from app.domain.words import MONTH_NAMES, WEEKDAY_NAMES
from app.resources import resource_path

PARTICLES = frozenset(
    {
        *("de", "der", "den", "van", "von", "het", "ter", "ten", "te", "op", "in", "'t"),
        *("la", "le", "du", "di", "da", "del", "della", "des", "zu", "el", "al", "bin", "ibn", "ben", "mc"),
    }
)
TITLES = frozenset(
    {
        *("meneer", "mevrouw", "mevr", "mw", "dhr", "heer", "juf", "juffrouw", "meester", "dokter", "dr"),
        *("collega", "buurman", "buurvrouw", "buurjongen", "buurmeisje", "oom", "tante", "opa", "oma"),
        *("zus", "broer", "zoon", "dochter", "neef", "nicht", "vriend", "vriendin", "schoonmoeder"),
        *("schoonvader", "baas", "chef", "manager", "bezorger", "verkoper", "verkoopster", "kassière"),
        *("caissière", "medewerker", "medewerkster", "stagiair", "stagiaire", "monteur", "kapster", "kapper"),
    }
)
# Capitalised in mid-sentence without being a person: never replaced.
NOT_NAMES = frozenset(
    {
        *("ik", "u", "uw", "jij", "je", "jullie", "wij", "we", "zij", "ze", "hij", "het", "een", "de"),
        *WEEKDAY_NAMES,
        *MONTH_NAMES,
        *("kerst", "kerstmis", "pasen", "pinksteren", "sinterklaas"),
        *("koningsdag", "oudjaar", "nieuwjaar", "ramadan", "suikerfeest", "carnaval", "hemelvaart"),
        *("facebook", "instagram", "google", "linkedin", "twitter", "tiktok", "whatsapp", "youtube"),
        *("threads", "bluesky", "messenger", "ideal", "tikkie", "paypal", "postnl", "dhl", "bol", "nederland"),
        *("nederlands", "engels", "belgië", "vlaanderen", "europa", "euro", "oké", "ok"),
        *("sorry", "dank", "bedankt", "groeten", "groet", "hallo", "hoi", "hey", "beste", "geachte"),
        *("schrijver", "persoon", "naam", "gewist", "account", "link", "telefoon", "mail", "e-mail"),
    }
)
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# A capitalised word in mid-sentence: right after a word (maybe with ',' or ';'), spaces and maybe a
# quote. Both patterns start with a character class, so the search jumps in C from capital to capital
# (or space to space), and every look-behind has a fixed width: linear in the text. The first knows
# one space only and is the quicker; the second, for texts with runs of spaces or tabs, can match
# only at the first space after a word, so even 100,000 spaces are passed once.
_CAPITAL = "A-ZÀ-ÖØ-ÞĀ-ſ"
_QUOTE = "['‘’\"“”(]"
_MID_CAPITAL = re.compile(
    rf"[{_CAPITAL}](?:(?<=[^\W_] .)|(?<=[^\W_][,;] .)|(?<=[^\W_] {_QUOTE}.)|(?<=[^\W_][,;] {_QUOTE}.))"
    r"[^\W\d_]*"
)
_MID_CAPITAL_SPACED = re.compile(
    rf"[ \t](?:(?<=[^\W_][ \t])|(?<=[^\W_][,;][ \t]))[ \t]*+{_QUOTE}?(?P<word>[{_CAPITAL}][^\W\d_]*)"
)
_LETTERS = re.compile(r"[^\W\d_]+")
_NEXT_WORD = re.compile(r"[ .]{1,3}([^\W\d_]+)")


@lru_cache(maxsize=1)
def not_names() -> frozenset[str]:
    """Capitalised words that point at no person (resources/lexicons/geen_namen.txt) and NOT_NAMES."""
    text = resource_path("lexicons", "geen_namen.txt").read_text(encoding="utf-8")
    return NOT_NAMES | {w.lower() for line in text.splitlines() if not line.startswith("#") for w in line.split()}


@lru_cache(maxsize=1)
def first_names() -> tuple[frozenset[str], frozenset[str]]:
    """(names that are only names, names that are also ordinary words) from the shipped list."""
    only: set[str] = set()
    also: set[str] = set()
    for line in resource_path("lexicons", "voornamen.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        for item in line.split():
            (also if item.startswith("!") else only).add(item.lstrip("!").lower())
    return frozenset(only), frozenset(also)


def _is_capital(word: str) -> bool:
    return word[:1].isupper() and not (len(word) > 1 and word.isupper())


class NameFinder:
    """Spans of person names in a text (see the module's rules); ``keep`` words are never names."""

    def __init__(self, keep: Iterable[str] = ()) -> None:
        self.only, self.also = first_names()
        self.keep = not_names() | {w.lower() for k in keep for w in _WORD.findall(k)}
        self._listed = self.only | TITLES
        self._patterns: dict[frozenset[str], re.Pattern[str]] = {}  # listed words of a text -> their pattern

    def _starts_name(self, word: str, after_title: bool) -> bool:
        """Whether ``word`` begins a name: after a form of address, or (found by the candidates)
        a listed first name anywhere or a capitalised word in mid-sentence."""
        key = word.lower()
        if after_title and key in PARTICLES:
            return True  # 'meneer De Vries', 'mevrouw van Dam': the surname must follow
        if key in self.keep or len(key) < 2:
            return False
        if after_title:
            return _is_capital(word) or key in self.only or key in self.also
        return key in self.only or _is_capital(word)

    def spans(self, text: str, words: Iterable[str] | None = None) -> list[tuple[int, int]]:
        """(start, end) of each name, in order, never overlapping. ``words``: the text's lower-case
        words, when the caller has them already."""
        lower = same_length_lower(text)
        present = words if words is not None else _LETTERS.findall(lower)
        return self.find(text, self._listed.intersection(present), lower)

    @property
    def listed(self) -> frozenset[str]:
        """The words a name can be found by in lower case too: first names and forms of address."""
        return self._listed

    def find(self, text: str, wanted: Collection[str], lower: str | None = None) -> list[tuple[int, int]]:
        """:meth:`spans`, given the listed words that occur in ``text`` (``wanted``, a part of
        :attr:`listed`) and maybe the text in lower case (:func:`same_length_lower`)."""
        candidates = self._candidates(text, frozenset(wanted), lower) if wanted else _mid_capitals(text)
        if not candidates:
            return []
        found: list[tuple[int, int]] = []
        position = 0
        for start, word in candidates:
            if start < position:
                continue
            span = self._name_at(text, start, word)
            if span is not None:
                found.append(span)
                position = span[1]
        return found

    def _name_at(self, text: str, start: int, word: str) -> tuple[int, int] | None:
        """The name that a candidate ``word`` at ``start`` begins (after it, for a form of address)."""
        first = _WORD.match(text, start)
        if first is None:
            return None
        if word.lower() in TITLES:
            following = _NEXT_WORD.match(text, first.end())
            if following is None or not self._starts_name(following.group(1), True):
                return None
            first = _WORD.match(text, following.start(1))
            assert first is not None
            start = first.start()
            if first.group(0).lower() in PARTICLES:
                first = self._through_particles(text, first)
                if first is None:
                    return None
        elif not self._starts_name(first.group(0), False):
            return None
        return start, self._extend(text, first)

    def _candidates(self, text: str, wanted: frozenset[str], lower: str | None) -> list[tuple[int, str]]:
        """Capitalised words in mid-sentence, listed first names and forms of address, by position
        (found by C loops; Python looks only at these)."""
        found = _mid_capitals(text)
        listed = self._patterns.get(wanted)
        if listed is None:
            if len(self._patterns) >= 4096:
                self._patterns.clear()
            # Starts with the words (a search in C for their first letters); the look-behind is checked here.
            listed = re.compile(r"(?:" + "|".join(map(re.escape, sorted(wanted))) + r")(?!\w)")
            self._patterns[wanted] = listed
        if lower is None:
            lower = same_length_lower(text)
        for m in listed.finditer(lower):
            at = m.start()
            if at and (lower[at - 1].isalnum() or lower[at - 1] in "_@"):
                continue  # inside a word or a handle
            found.append((at, text[at : m.end()]))
        return sorted(set(found))

    def _through_particles(self, text: str, word: re.Match[str]) -> re.Match[str] | None:
        """'De Vries' after 'meneer': past the particles to the capitalised surname, if there is one."""
        current: re.Match[str] | None = word
        while current is not None and current.group(0).lower() in PARTICLES:
            current = _WORD.match(text, current.end() + 1) if text[current.end() : current.end() + 1] == " " else None
        return current if current is not None and current.group(0)[:1].isupper() else None

    def _extend(self, text: str, first: re.Match[str]) -> int:
        """Where the name that starts with ``first`` ends: further particles and capitalised words."""
        end = first.end()
        cursor = end
        while text[cursor : cursor + 1] == " ":
            following = _WORD.match(text, cursor + 1)
            if following is None:
                break
            word = following.group(0)
            if word.lower() in PARTICLES:
                cursor = following.end()
                continue
            if _is_capital(word) and word.lower() not in self.keep and word.lower() not in TITLES:
                end = cursor = following.end()
                continue
            break
        return end


def _mid_capitals(text: str) -> list[tuple[int, str]]:
    """(position, word) of every capitalised word in mid-sentence, in order."""
    if "  " in text or "\t" in text:
        return [(m.start("word"), m.group("word")) for m in _MID_CAPITAL_SPACED.finditer(text)]
    return [(m.start(), m.group()) for m in _MID_CAPITAL.finditer(text)]


def same_length_lower(text: str) -> str:
    """``text`` in lower case with every character in its place (positions in one hold in the other):
    the few capitals whose lower case is longer ('İ') keep only its first character."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(ch.lower()[:1] for ch in text)


_HANDLE_PIECES = re.compile(r"[A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ]+|[A-ZÀ-ÖØ-Þ]+(?![a-zß-öø-ÿ])|[^\W\d_]+")
_MIN_PART = 3  # a guessed surname is at least this long ('de vries' → 'vries')
_LONGEST_FIRST = tuple(sorted((p for p in PARTICLES if p.isalpha()), key=lambda p: (-len(p), p)))


def handle_name(handle: str) -> list[str]:
    """The words of the person's name a handle spells, lower case, or [] when it spells none.

    '@jan_de_vries' and 'JanDeVries' are split where they are split; a handle in one piece
    ('jandevries', 'pietbakker3') is split after the longest listed first name it starts
    with, and particles are taken off the front of the rest ('devries' → 'de vries').
    """
    pieces = [p.lower() for p in _HANDLE_PIECES.findall(handle)]
    if len(pieces) > 1:
        return pieces
    if not pieces:
        return []
    word = pieces[0]
    only, also = first_names()
    for cut in range(len(word) - _MIN_PART, 1, -1):
        if word[:cut] in only or word[:cut] in also:
            return [word[:cut], *_split_particles(word[cut:])]
    return _split_particles(word)


def _split_particles(word: str) -> list[str]:
    """'devries' → ['de', 'vries'], 'vanderberg' → ['van', 'der', 'berg']; a word without particles: itself."""
    parts: list[str] = []
    rest = word
    while True:
        particle = next((p for p in _LONGEST_FIRST if rest.startswith(p) and len(rest) - len(p) >= _MIN_PART), None)
        if particle is None:
            break
        parts.append(particle)
        rest = rest[len(particle) :]
    return [*parts, rest] if parts else [word]
