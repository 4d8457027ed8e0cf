"""A 'je' reply to more than one writer ('Lisa en Tim'): 'jullie', with the verb in the plural.

resources/jullie.toml holds the jullie-form of every je-alternative in the reply templates and
the plural of the verbs that follow a subject 'je'. :func:`alternative` gives the jullie-form of
one ``{r:je-form|u-form}``; a bare pronoun becomes 'jullie' with a mark, and :func:`agree` then
puts the verb after a marked subject in the plural ("dat jullie daarvan schrokken") and drops the marks.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import Field

from app.domain.datafile import read_toml
from app.domain.schema import Strict, Text, located, validate
from app.errors import DataFileError
from app.resources import resource_path

_MARK = "\x01"  # before a 'jullie' that came from a bare 'je': subject or object, decided by agree()
_DONE = "\x02"  # before a form from [vormen]: its verb is plural already ('dat jullie vragen hebben')
MARKS = (_MARK, _DONE)
_PRONOUNS = frozenset({"je", "jij", "jou"})
_CLAUSE_END = re.compile(r"[,.;:!?()\n]")
_WORD = re.compile(r"[^\W\d_]+")


class _Words(Strict):
    woorden: list[Text]


class _PluralModel(Strict):
    schema_version: Literal[1] = Field(alias="schema")
    vormen: dict[str, Text]
    onderwerp_na: _Words
    werkwoorden: dict[str, Text]
    voor_werkwoord: _Words
    eigen_partner: _Words = _Words(woorden=[])  # optional: 'je man', never 'jullie man'


class PluralYou:
    def __init__(self, model: _PluralModel) -> None:
        self.forms = model.vormen
        self.subject_after = frozenset(model.onderwerp_na.woorden)
        self.verbs = model.werkwoorden
        self.particles = tuple(model.voor_werkwoord.woorden)
        partners = "|".join(re.escape(w.lower()) for w in model.eigen_partner.woorden)
        self._partner = re.compile(rf"\b([Jj])ullie\s+({partners})\b") if partners else None

    def own_partner(self, text: str) -> str:
        """``text`` with 'jullie man' as 'je man': a family or couple shares a father or a dog, but a husband
        or wife is the partner of the one who wrote ('mijn man', said by one of 'familie Bos')."""
        if self._partner is None:
            return text
        return self._partner.sub(lambda m: f"{'J' if m[1] == 'J' else 'j'}e {m[2]}", text)

    def alternative(self, je_form: str, u_form: str) -> str:
        """The jullie-form of ``{r:je_form|u_form}``; the je-form itself when the data has none (a test
        holds every template to the data)."""
        if je_form.lower() in _PRONOUNS:
            jullie = "Jullie" if je_form[:1].isupper() else "jullie"
            # 'uw' is a possessive ('jullie idee'): never the subject of a verb
            return jullie if u_form.lower() == "uw" else _MARK + jullie
        plural = self.forms.get(je_form, je_form)
        if plural.lower() == "jullie je":
            return _MARK + plural  # reflexive: the verb follows
        return _DONE + plural

    def agree(self, text: str) -> str:
        """``text`` with the verb of every marked subject 'jullie' in the plural and the marks gone."""
        while (at := text.find(_MARK)) >= 0:
            text = self._agree_one(text[:at], text[at + 1 :])
        # a possessive right after the subject reads 'je': 'Zetten jullie je nummer in een mail', not 'jullie jullie'
        return _DOUBLED.sub(r"\1 je", text.replace(_DONE, ""))

    def _agree_one(self, before: str, after: str) -> str:
        words = _WORD.findall(before.rsplit("\n", 1)[-1])
        sentence_start = not before.strip() or before.rstrip()[-1:] in ".!?:"
        previous = words[-1].lower() if words and not sentence_start else ""
        # an inverted verb is part of the template's alternative ('{r:had je|had u}'): a verb before a bare
        # 'jullie' has another subject ('het staat jullie vast prima')
        if not (sentence_start or previous in self.subject_after):
            return before + after  # an object: 'met jullie', 'Dank jullie wel'
        end = _CLAUSE_END.search(after)
        clause = after[: end.start()] if end else after
        for match in _WORD.finditer(clause):
            if clause[match.start() - 1 : match.start()] == _DONE:
                break  # the verb is plural already ('dat jullie vragen hebben')
            if plural := self.plural_verb(match[0]):
                return before + after[: match.start()] + plural + after[match.end() :]
        return before + after

    def plural_verb(self, word: str) -> str:
        """The plural of a singular verb form ('kwam' → 'kwamen', 'langskomt' → 'langskomen'); '' if none."""
        lower = word.lower()
        if lower in self.verbs:
            return _cased(self.verbs[lower], word)
        particle = next((p for p in self.particles if lower.startswith(p) and lower[len(p) :] in self.verbs), "")
        return _cased(particle + self.verbs[lower[len(particle) :]], word) if particle else ""


_DOUBLED = re.compile(r"\b([Jj]ullie) jullie\b")


def _cased(word: str, like: str) -> str:
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def parse_plural(data: dict[str, Any], source: str = "<jullie>") -> PluralYou:
    model = validate(_PluralModel, data, source, located)
    for verb, plural in model.werkwoorden.items():
        if not _WORD.fullmatch(verb) or not _WORD.fullmatch(plural):
            raise DataFileError(source, f"'{verb} = {plural}' is geen werkwoord met één meervoudsvorm", "werkwoorden")
    return PluralYou(model)


def load_plural(path: str | Path | None = None) -> PluralYou:
    file = Path(path) if path else resource_path("jullie.toml")
    return parse_plural(read_toml(file), str(file))


@lru_cache(maxsize=1)
def shipped_plural() -> PluralYou:
    return load_plural()
