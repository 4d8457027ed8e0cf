"""Whether the writer passes on what someone else said or wrote ('Ik las dat ...', 'Hoorde het van een
leverancier', 'Klopt het dat ...', 'zeg het voort'): the mark of a rumour. Found with a spaCy Matcher
and PhraseMatcher on the words as written; the words live in resources/hearsay.toml."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from app.domain.datafile import read_toml
from app.errors import DataFileError
from app.resources import resource_path

_LISTS = ("verbs", "hear", "hear_next", "not_after_dat", "sources", "from_where", "in_person", "phrases")


@dataclass(frozen=True)
class HearsayWords:
    """The word lists of resources/hearsay.toml, each lower-case and non-empty."""

    verbs: tuple[str, ...]
    hear: tuple[str, ...]
    hear_next: tuple[str, ...]
    not_after_dat: tuple[str, ...]
    sources: tuple[str, ...]
    from_where: tuple[str, ...]
    in_person: tuple[str, ...]
    phrases: tuple[str, ...]

    @classmethod
    def from_dict(cls, data: dict[str, Any], name: str) -> HearsayWords:
        lists: dict[str, tuple[str, ...]] = {}
        for key in _LISTS:
            value = data.get(key)
            if not isinstance(value, list) or not value:
                raise DataFileError(name, f"'{key}' moet een niet-lege lijst met woorden zijn")
            if not all(isinstance(w, str) and w.strip() and w == w.lower() for w in value):
                raise DataFileError(name, f"'{key}' mag alleen niet-lege woorden in kleine letters bevatten")
            lists[key] = tuple(value)
        unknown = set(data) - set(_LISTS)
        if unknown:
            raise DataFileError(name, f"onbekende sleutel(s): {', '.join(sorted(unknown))}")
        return cls(**lists)


@lru_cache(maxsize=1)
def shipped_hearsay_words() -> HearsayWords:
    path = resource_path("hearsay.toml")
    return HearsayWords.from_dict(read_toml(path), str(path))


class HearsayFinder:
    """Builds its matchers once on the topic finder's vocabulary; :meth:`found` is cheap per comment."""

    def __init__(self, nlp: Any, words: HearsayWords | None = None) -> None:
        from spacy.matcher import Matcher, PhraseMatcher

        words = words or shipped_hearsay_words()
        verb = {"LOWER": {"IN": list(words.verbs)}}
        that: list[dict[str, Any]] = [
            {"IS_PUNCT": False, "OP": "{0,6}"},
            {"LOWER": "dat"},
            {"LOWER": {"NOT_IN": list(words.not_after_dat)}},
        ]
        self.vocab = nlp.vocab
        self.in_person = frozenset(words.in_person)
        self.matcher = Matcher(nlp.vocab)
        # 'Hoor dat jullie stoppen': only at the start of a sentence (see found)
        self.matcher.add("hoor", [[{"LOWER": "hoor"}, {"LOWER": {"IN": list(words.hear_next)}}]])
        self.matcher.add(
            "hearsay",
            [
                [verb, *that],  # 'heb gehoord dat', 'las vorige week in de krant dat', not 'hoorde dat erbij'
                [{"LOWER": {"IN": list(words.hear)}}, {"LOWER": "hoor"}, *that],  # 'ik hoor van iedereen dat'
                [verb, {"LOWER": "ik"}, {"LOWER": {"IN": list(words.sources)}}],  # 'las ik ergens'
                [verb, {"LOWER": "ik"}, {"IS_PUNCT": True}],  # ', hoorde ik.'
                [verb, {"LOWER": "het"}, {"LOWER": {"IN": list(words.from_where)}}],  # 'hoorde het van'
            ],
        )
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.phrases.add("hearsay", [nlp.make_doc(p) for p in words.phrases])

    def found(self, doc: Any) -> bool:
        """True when the comment passes on what others said or wrote."""
        for match_id, start, _ in self.matcher(doc):
            if self._in_person(doc, start):
                continue  # 'bij het afrekenen hoorde ik dat ...': told by the business, in the writer's own visit
            if self.vocab.strings[match_id] != "hoor" or start == 0 or _sentence_start(doc, start):
                return True
        return any(_asked(doc, start) for _, start, _ in self.phrases(doc))

    def _in_person(self, doc: Any, start: int) -> bool:
        """Whether one of the words of a visit or a call comes in the three words before ``start``, in the
        same sentence."""
        for token in reversed(doc[max(0, start - 3) : start]):
            if token.is_punct and token.text in {".", "!", "?"}:
                return False
            if token.lower_ in self.in_person:
                return True
        return False


# Quote marks close what the business said ("'Volgende week binnen' hoor ik nu al 3 keer"): no sentence start.
_QUOTES = frozenset("'\"‘’“”„`´")


def _sentence_start(doc: Any, start: int) -> bool:
    """Whether ``start`` opens a sentence: after a mark that ends one, not after a quote the writer was told."""
    before = doc[start - 1]
    return before.is_punct and not set(before.text) <= _QUOTES


def _asked(doc: Any, start: int) -> bool:
    """A phrase that asks whether something is true ('klopt het', 'klopt dat') counts as a question only:
    at the start of a sentence or with a '?' after it in its sentence ('Technisch gezien klopt dat ook.' is
    no rumour asked about); the other phrases always count."""
    if doc[start].lower_ != "klopt" or start == 0 or doc[start - 1].is_punct:
        return True
    end = next((t for t in doc[start:] if t.text in {".", "!", "?"}), None)
    return end is not None and end.text == "?"
