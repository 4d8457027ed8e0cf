"""Safe, anonymised text for the report and the CSV: control characters out, names replaced or left out.

No Qt, no SQL. :class:`Pseudonyms` decides how a writer is shown; :func:`anonymised`
copies cases with their text fields scrubbed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from typing import Any

from app.domain.case import Case
from app.domain.details import EMAIL, PHONE, URL
from app.domain.export import CSV_FIELDS
from app.domain.privacy_names import NameFinder, handle_name, same_length_lower

TEXT_LIMIT = 400
ANONYMISE_MODES = ("namen", "pseudoniem", "weglaten")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def clean_text(text: str, limit: int = TEXT_LIMIT) -> str:
    """Untrusted text made safe to print: no control or direction characters, cut at ``limit``."""
    text = _CONTROL.sub("", text or "").replace("\r", "")
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# Name particles: part of a surname ("de Vries"), never a name on their own.
_PARTICLES = frozenset(
    {
        *("de", "der", "den", "van", "von", "het", "ter", "ten", "te", "t", "op", "in"),
        *("la", "le", "du", "di", "da", "del", "della", "des", "zu", "el", "al", "bin", "ibn", "ben"),
    }
)
_TOKEN = re.compile(r"@?[^\W_]+(?:[_][^\W_]+)*")  # words and @handles (letters/digits, joined by '_')
_LETTER_RUNS = re.compile(r"[^\W\d_]+")
_WORDS = re.compile(r"[^\W_]+")
_DIGITS = re.compile(r"\d")
# For texts in plain ASCII: every byte that is no letter or digit becomes a space (then split into
# the words _WORDS finds), and every byte that is no digit is deleted (to count digits).
_SEPARATE = bytes(b if chr(b).isalnum() else 32 for b in range(256))
_NONE: frozenset[str] = frozenset()
_NOT_DIGIT = bytes(b for b in range(256) if not chr(b).isdigit())
_MAX_NGRAM = 5
# Placeholders put into anonymised text; never counted as words of the month.
# Scrubbed texts remembered per export: the same text always scrubs the same way (pseudonyms are
# handed out once), so a repeated text is looked up. Bounded, so memory stays flat.
_CACHE_SIZE = 20_000
_CACHED_LENGTH = 2_000
PLACEHOLDER_WORDS = frozenset({"schrijver", "persoon", "naam", "mail", "link", "telefoon", "account", "gewist"})


def _name_tokens(name: str) -> list[str]:
    return [m.group(0).lower().lstrip("@") for m in _TOKEN.finditer(name)]


class Pseudonyms:
    """Names as shown in the report: real, 'Schrijver 3', or left out.

    :meth:`scrub` removes every person-identifying string from a text in the
    anonymised modes: e-mail addresses, phone numbers and links always; every
    known writer's name in all its variants (full name, first name, surname with
    or without particles, initials + surname, the name written as one word, the
    handle, and a handle's name parts, also when the text writes them apart);
    and any other @handle. Matching walks the words once, so it is linear in
    the text length.
    """

    def __init__(self, mode: str, authors: Iterable[str] = (), keep: Iterable[str] = ()) -> None:
        if mode not in ANONYMISE_MODES:
            raise ValueError(f"onbekende keuze voor namen: {mode}")
        self.mode = mode
        self.names: dict[str, str] = {}
        self.people: dict[str, str] = {}  # other people named in texts -> 'Persoon 1', …
        self._shown: dict[str, str] = {}  # author as written -> as shown
        self._added: set[str] = set()  # authors as written that add_author has seen
        self._finder = NameFinder(keep) if mode != "namen" else None
        self._variants: dict[str, str] = {}  # lower-case variant -> author key
        self._starts: set[str] = set()  # first words of multi-word variants
        self._handle_parts: dict[str, str] = {}  # prefixes/suffixes of one-word handles
        self._seen: set[str] = set()
        self._display: dict[str, str] = {}  # author key -> the name as first written
        self._keys: set[str] = set()  # every word that occurs in some variant (for the quick path)
        # Every word that can start a name of a writer or of someone else, so one set operation tells
        # whether a text can hold a name; the same as bytes for texts in plain ASCII.
        self._interest: set[str] = set(self._finder.listed) if self._finder else set()
        self._interest_ascii: dict[bytes, str] = {w.encode(): w for w in self._interest if w.isascii()}
        self._cache: dict[str, str] = {}  # text -> scrubbed text, while no writer is added
        for author in authors:
            self.add_author(author)

    def name(self, author: str) -> str:
        known = self._shown.get(author)
        if known is None:
            known = self._shown[author] = self._name(author)  # writers come back: decide once per name
        return known

    def _name(self, author: str) -> str:
        author = clean_text(author, 80)
        if self.mode == "namen" or not author:
            return author
        if self.mode == "weglaten":
            return ""
        key = author.lower()
        if key not in self.names:
            self.names[key] = f"Schrijver {len(self.names) + 1}"
        return self.names[key]

    def _replacement(self, author: str) -> str:
        return self.name(author) or "[naam]"

    def add_author(self, raw: str) -> None:
        """Learn a writer's name and its variants, so they are scrubbed from every text."""
        if raw in self._added:
            return  # learned already: writers come back
        self._added.add(raw)
        author = clean_text(raw or "", 80)
        key = author.lower()
        if not author or key in self._seen or self.mode == "namen":
            return
        self._seen.add(key)
        tokens = _name_tokens(author)
        if not tokens:
            return
        variants = _variants_of(tokens)
        if len(tokens) == 1:
            variants |= self._learn_handle(author, tokens[0], key)
        for variant in variants:
            if len(variant) < 2 or variant in _PARTICLES:
                continue
            self._variants.setdefault(variant, key)
            # Every variant has a word that is not a particle: a text without any such word cannot
            # hold a name (the quick path in scrub); particles ('de') occur in nearly every text.
            self._keys.update(w for w in _WORDS.findall(variant) if w not in _PARTICLES)
            if " " in variant:
                self._starts.add(variant.split(" ", 1)[0])
        self._keys.update(self._handle_parts)
        self._interest.update(self._keys)
        self._interest_ascii.update((w.encode(), w) for w in self._keys if w.isascii())
        self._display.setdefault(key, author)
        self._cache.clear()  # texts scrubbed before may hold this name

    def _learn_handle(self, author: str, token: str, key: str) -> set[str]:
        """A one-word name or handle ('@jandevries', 'pietbakker'): the name it spells, as extra variants.

        The name's words ('Jan', 'Vries', 'Bakker') and any leading or trailing letters of the handle
        count only when written with a capital; the name in full or its surname with particles
        ('Jan de Vries', 'de Vries', 'Piet Bakker') count as written.
        """
        for run in _LETTER_RUNS.findall(token):
            for cut in range(3, len(run) - 2):
                self._handle_parts.setdefault(run[:cut], key)
                self._handle_parts.setdefault(run[cut:], key)
        spelled = handle_name(author)
        if len(spelled) < 2:
            return set()
        for word in spelled:
            if word not in _PARTICLES and len(word) >= 2:
                self._handle_parts.setdefault(word, key)
        return {v for v in _variants_of(spelled) if v not in spelled}

    def _author_for(self, key: str) -> str:
        return self._display.get(key, key)

    def scrub(self, text: str, authors: Iterable[str] = ()) -> str:
        """The text without names of writers and of other people, e-mail addresses, phone numbers,
        links and @handles."""
        if self.mode == "namen" or not text:
            return text
        for author in authors:
            self.add_author(author)
        done = self._cache.get(text)
        if done is not None:
            return done  # standard replies and copied comments come back: scrub each text once
        done = self._scrubbed(text)
        if len(text) <= _CACHED_LENGTH:
            if len(self._cache) >= _CACHE_SIZE:
                self._cache.clear()
            self._cache[text] = done
        return done

    def _scrubbed(self, text: str) -> str:
        """:meth:`scrub` without the memory. The text's words are looked up once in the set of every
        word a name can start with; most texts hold none and pass with a few operations in C."""
        if text.isascii():
            raw = text.encode("ascii")
            low = raw.lower()
            found = self._interest_ascii.keys() & low.translate(_SEPARATE).split()
            hits = set(map(self._interest_ascii.__getitem__, found)) if found else _NONE  # no Python per word
            contacts = b"@" in raw or b"://" in low or b"www." in low or len(raw.translate(None, _NOT_DIGIT)) >= 9
            lower = None
        else:
            lower = text.lower()
            hits = self._interest.intersection(_WORDS.findall(lower))  # as the writers' names are learnt
            lower = same_length_lower(text) if len(lower) != len(text) else lower
            contacts = True
        if contacts:
            scrubbed = _scrub_contacts(text, lower if lower is not None else text.lower())
            if scrubbed != text:
                text, lower = scrubbed, None
        if "@" in text or not self._keys.isdisjoint(hits):
            named = self._scrub_writers(text)
            if named != text:
                text, lower = named, None
        assert self._finder is not None
        return self._scrub_people(text, self._finder.find(text, self._finder.listed.intersection(hits), lower))

    def _person(self, name: str) -> str:
        if self.mode == "weglaten":
            return "[naam]"
        key = " ".join(name.lower().split())
        if key not in self.people:
            self.people[key] = f"Persoon {len(self.people) + 1}"
        return self.people[key]

    def _scrub_people(self, text: str, spans: list[tuple[int, int]]) -> str:
        """Names of people who are not writers (staff, neighbours, …; found by app.domain.privacy_names)
        replaced: ``spans`` are where they are."""
        if not spans:
            return text
        out: list[str] = []
        position = 0
        for start, end in spans:
            out.append(text[position:start])
            out.append(self._person(text[start:end]))
            position = end
        out.append(text[position:])
        return "".join(out)

    def _scrub_writers(self, text: str) -> str:
        """``text`` with every known writer's name replaced and every other handle made ``[account]``."""
        tokens = list(_TOKEN.finditer(text))
        if not tokens:
            return text
        return self._replace_names(text, tokens)

    def _replace_names(self, text: str, tokens: list[re.Match[str]]) -> str:
        """``text`` with every known name replaced and every other handle made ``[account]``."""
        out: list[str] = []
        position = 0
        i = 0
        while i < len(tokens):
            match = tokens[i]
            word = match.group(0)
            found = self._name_at(text, tokens, i)
            if found is None:
                if word.startswith("@") and len(word) > 1:
                    out.append(text[position : match.start()])
                    out.append("[account]")
                    position = match.end()
                i += 1
                continue
            n, key = found
            out.append(text[position : match.start()])
            out.append(self._replacement(self._author_for(key)))
            position = tokens[i + n - 1].end()
            i += n
        out.append(text[position:])
        return "".join(out)

    def _name_at(self, text: str, tokens: list[re.Match[str]], i: int) -> tuple[int, str] | None:
        """(number of tokens, author key) of the name that starts at token ``i``, if any."""
        word = tokens[i].group(0)
        bare = word.lstrip("@").lower()
        if bare in self._starts:
            found = self._multi_word_name(text, tokens, i, bare)
            if found is not None:
                return found
        key = self._variants.get(bare)
        capital = word[:1].isupper() or word.startswith("@")
        if key and (len(bare) >= 4 or capital):
            return (1, key)
        if word[:1].isupper() and len(bare) >= 3 and bare in self._handle_parts:
            return (1, self._handle_parts[bare])
        return None

    def _multi_word_name(self, text: str, tokens: list[re.Match[str]], i: int, bare: str) -> tuple[int, str] | None:
        """The longest name of two words or more, spaced or written together, from token ``i``."""
        spaced = [bare]
        for n in range(1, _MAX_NGRAM):
            j = i + n
            if j >= len(tokens) or not text[tokens[j - 1].end() : tokens[j].start()].isspace():
                break
            spaced.append(tokens[j].group(0).lstrip("@").lower())
        for n in range(len(spaced), 1, -1):
            key = self._variants.get(" ".join(spaced[:n])) or self._variants.get("".join(spaced[:n]))
            if key:
                return (n, key)
        return None


def _variants_of(tokens: list[str]) -> set[str]:
    """How a name of these (lower-case) words can be written: in full, together, the surname with or
    without particles, initial + surname, each word, and the pieces of a handle ('jan_de_vries')."""
    core = [t for t in tokens if t not in _PARTICLES]
    variants: set[str] = {" ".join(tokens), "".join(tokens)}
    if len(tokens) > 1:
        variants.add(" ".join(tokens[1:]))  # surname with particles: "de vries"
        variants.add("".join(tokens[1:]))  # "devries"
        variants.add(tokens[0][0] + "".join(tokens[1:]))  # "jdevries"
        variants.add(" ".join(core))
    variants.update(core)
    for part in tokens:  # a handle written with separators: jan_de_vries
        variants.update(piece for piece in part.split("_") if piece and piece not in _PARTICLES)
    return variants


def _scrub_contacts(text: str, lower: str) -> str:
    """``text`` with e-mail addresses, links and phone numbers replaced by a placeholder."""
    if "@" in text:
        text = EMAIL.sub("[e-mail]", text)
    if "://" in lower or "www." in lower:
        text = URL.sub("[link]", text)
    if _DIGITS.search(text) and len(_DIGITS.findall(text)) >= 9:  # a phone number has nine digits or more
        text = PHONE.sub(lambda m: "[telefoon]" if sum(ch.isdigit() for ch in m.group(0)) >= 9 else m.group(0), text)
    return text


def anonymised(cases: Iterable[Case], mode: str, authors: Iterable[str] = ()) -> Iterator[Case]:
    """Copies of the cases with the writers' names shown, replaced or left out (for the CSV).

    In the anonymised modes every text field (comment, reply, lessons) is scrubbed of
    the names of all ``authors`` (pass every writer in the history) and of the case's own
    writer, and of e-mail addresses, phone numbers, links and handles; links are dropped.
    """
    if mode == "namen":
        yield from cases
        return
    names = Pseudonyms(mode, authors)
    for case in cases:
        names.add_author(case.author)
        copy = Case.__new__(Case)  # a shallow copy, much cheaper than dataclasses.replace per case
        copy.__dict__.update(case.__dict__)
        copy.author = names.name(case.author)
        copy.text = names.scrub(case.text)
        copy.reply = names.scrub(case.reply)
        copy.lessons = [
            replace(lesson, text=names.scrub(lesson.text), tags=list(lesson.tags)) for lesson in case.lessons
        ]
        copy.link = ""
        copy.session = None
        yield copy


# Positions in app.domain.export.CSV_FIELDS (the CSV's field tuples) of what names can be in.
_AUTHOR, _TEXT, _REPLY, _LESSONS = (CSV_FIELDS.index(c) for c in ("schrijver", "reactie", "antwoord", "lessen"))


def anonymised_fields(
    rows: Iterable[Sequence[Any]], mode: str, authors: Iterable[str] = (), keep: Iterable[str] = ()
) -> Iterator[Sequence[Any]]:
    """CSV field tuples with names shown, replaced or left out: what :func:`anonymised` does to cases."""
    if mode == "namen":
        yield from rows
        return
    names = Pseudonyms(mode, authors, keep)
    for row in rows:
        fields = list(row)
        author = fields[_AUTHOR] or ""
        names.add_author(author)
        fields[_AUTHOR] = names.name(author)
        fields[_TEXT] = names.scrub(fields[_TEXT] or "")
        fields[_REPLY] = names.scrub(fields[_REPLY] or "")
        if fields[_LESSONS]:
            fields[_LESSONS] = " | ".join(names.scrub(lesson) for lesson in fields[_LESSONS].split(" | "))
        yield fields
