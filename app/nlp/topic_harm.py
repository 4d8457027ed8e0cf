"""Harm told without the obvious word: an injury ('ik sneed me aan een kapot glas', 'op mijn gezicht
gevallen'), a reaction of the body ('onder de vlekken', 'de hele nacht op de wc'), a thing in the food that
does not belong there ('een pleister mee ingebakken') and a part that gave way ('het stuur schoot los', 'de
stoel zakte in elkaar').

The patterns and word lists live in resources/harm.toml (validated when loaded); here they become one spaCy
Matcher over the word forms. A match adds its safety concept to the comment's matches, so safety beats every
other topic; the thing found in the food and the part that gave way are kept so the draft can name them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, TypedDict

from app.domain.datafile import read_toml
from app.domain.topics import Mention, article_of, shipped_topic_data
from app.domain.words import MINE_OR_OURS
from app.errors import DataFileError
from app.nlp.lexicon import noun
from app.nlp.token_span import around
from app.nlp.topic_match import Matches
from app.resources import resource_path

KINDS = frozenset({"gave_way", "found", "injury", "reaction"})
_GAP = "~"
# Built-in places: an adjective before a noun ('een blauwe pleister'), any noun ('in mijn broodje').
_BUILT_IN: dict[str, dict[str, Any]] = {
    # an inflected adjective, or a colour, size or feel said as it is ('een stuk blauw plastic')
    "any_adj": {
        "LOWER": {
            "REGEX": r"^(?:[a-zà-ÿ]+(?:e|en|er)|blauw|rood|groen|geel|wit|zwart|grijs|bruin|oranje|paars|roze|"
            r"hard|scherp|klein|groot|dun|dik|lang|kort|doorzichtig)$"
        }
    },
    "any_noun": {"IS_ALPHA": True, "IS_STOP": False},
}
# The article a word before a noun tells: 'het', 'dat aluminium frame', 'die velg'.
_POINTING = {"dat": "het", "dit": "het", "die": "de", "deze": "de"}
_ARTICLE_OF = frozenset({"de", "het", *_POINTING})
# Things counted as a mass, named without 'een' ('er zat plastic in'); all else gets 'een'.
_MASS = frozenset(
    {
        "plastic",
        "plastiek",
        "glas",
        "metaal",
        "ijzer",
        "aluminium",
        "folie",
        "kauwgom",
        "staaldraad",
        "hout",
        "staal",
        "porselein",
    }
)
_ENDS = frozenset({".", "!", "?", "\n"})
_ENGLISH_DETS = frozenset({"a", "an", "the", "some"})
# Words after a material that are no thing made of it ('een stukje plastic in het broodje').
_NOT_THINGS = frozenset(
    {"in", "op", "tussen", "bij", "inside", "on", "under", "onder", "uit", "from", "mee", "erin", "ertussen"}
)
_COUNTS = frozenset({"twee", "drie", "vier", "vijf", "2", "3", "4", "5", "two", "three"})


@dataclass(frozen=True)
class Rule:
    kind: str
    concept: str
    thing: str  # the list whose word is what the draft names ('' for none)
    patterns: tuple[str, ...]
    unless: tuple[str, ...]
    advice: str = ""  # what the writer can do right away ('niet meer opladen ...'), said after the hazard


@dataclass(frozen=True)
class HarmData:
    lists: dict[str, tuple[str, ...]]
    rules: tuple[Rule, ...]


class HarmSaid(TypedDict):
    found: str
    gave_way: Mention | None
    advice: str


@dataclass(frozen=True)
class Harm:
    """What the harm patterns found in one comment."""

    concepts: tuple[tuple[str, int, int], ...] = ()  # (safety concept, start, end) per match
    found: str = ""  # the thing in the food, as the reply names it: 'een pleister', 'een stukje glas', 'plastic'
    gave_way: Mention | None = None  # the part that gave way: 'het stuur', 'de stoel'
    advice: str = ""  # the first matched rule's advice: 'Voor de zekerheid: niet meer opladen ...'

    def said(self) -> HarmSaid:
        """The fields of the comment's TopicAnalysis that the harm fills: found, gave_way, advice."""
        return {"found": self.found, "gave_way": self.gave_way, "advice": self.advice}

    def mark(self, m: Matches) -> None:
        """Add the safety concepts found, unless the word lists found one already: the obvious word decides
        ('jeuk en rode plekken op mijn hoofdhuid' stays a reaction of the scalp)."""
        if any(m.hits[c.id] > 0 for c in shipped_topic_data().concepts if c.group == "safety"):
            return
        # 'de stoel klapte in elkaar, ze heeft haar pols bezeerd': someone got hurt, the part is named with it
        hurt = any(concept == "letsel" for concept, _, _ in self.concepts)
        for concept, start, end in self.concepts:
            if not (hurt and concept == "gevaar"):
                m.add(concept, start, end)


# The lists other modules read by name (app/nlp/topic_happened.py, draft_safety.py, draft_wellbeing.py): a rename
# must fail loudly, not silently turn every failing brake into a plain complaint.
REQUIRED = (
    "worn",
    "failing",
    "failed_anywhere",
    "judged_not",
    "infection",
    "infection_parts",
    "infection_link",
    "infection_grave",
    "allergy_named",
    "allergy_need",
    "allergy_happened",
    "found_in_it",
    "denied",
    # read by app/domain/draft_harm_now.py (the domain does not import this loader, so they are checked here)
    "brake",
    "critical",
    "sick",
    "disgust",
    "broke_on",
    "sting_insect",
    "sting_said",
    "dental",
    "bit",
    "bit_stop",
    "about_it",
    "do_about",
    "cost_told",
    "treat",
    "treat_on",
    "treat_who",
    "brought",
    "brought_me",
    "still",
    "unwell",
    "ongoing",
    "doctor",
    "should",
    "pays",
    # read by app/domain/draft_swallowed.py
    "choke",
    "swallowed",
)


def _parse_lists(raw_lists: Any, source: str, required: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The word lists of [lists]: each a non-empty list of words, the ``required`` ones all there."""
    if not isinstance(raw_lists, dict):
        raise DataFileError(source, "[lists] moet namen op woordlijsten afbeelden", "lists")
    lists: dict[str, tuple[str, ...]] = {}
    for name, words in raw_lists.items():
        if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() for w in words):
            raise DataFileError(source, "elke lijst is een niet-lege lijst met woorden", f"lists → {name}")
        lists[name] = tuple(w.lower() for w in words)
    missing = [name for name in required if name not in lists]
    if missing:
        raise DataFileError(source, f"[lists] mist: {', '.join(missing)}", "lists")
    return lists


def parse_harm(data: dict[str, Any], source: str = "<harm>", required: tuple[str, ...] = ()) -> HarmData:
    """The harm data, checked: every list a list of words, the ``required`` lists there (the shipped file:
    :data:`REQUIRED`), every pattern only names known lists."""
    if data.get("schema") != 1:
        raise DataFileError(source, "'schema' moet 1 zijn")
    lists = _parse_lists(data.get("lists", {}), source, required)
    concepts = {c.id for c in shipped_topic_data().concepts if c.group == "safety"}
    rules = []
    for i, raw in enumerate(data.get("rule", [])):
        where = f"rule {i + 1}"
        kind, concept, thing = raw.get("kind"), raw.get("concept"), raw.get("thing", "")
        if kind not in KINDS:
            raise DataFileError(source, f"'kind' moet een van {', '.join(sorted(KINDS))} zijn", where)
        if concept not in concepts:
            raise DataFileError(source, f"'concept' moet een veiligheidsconcept uit topics.toml zijn: {concept}", where)
        if any(name not in lists for name in thing.split()):
            raise DataFileError(source, f"'thing' noemt een onbekende lijst: {thing}", where)
        patterns, unless = raw.get("patterns", []), raw.get("unless", [])
        for name, value in (("patterns", patterns), ("unless", unless)):
            if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
                raise DataFileError(source, f"'{name}' moet een lijst met tekst zijn", where)
        if not patterns:
            raise DataFileError(source, "'patterns' mag niet leeg zijn", where)
        for pattern in patterns:
            for name in _list_names(pattern):
                if name not in lists and name not in _BUILT_IN:
                    raise DataFileError(source, f"patroon '{pattern}' noemt een onbekende lijst: @{name}", where)
        advice = _advice(raw, source, where)
        rules.append(Rule(kind, concept, thing, tuple(patterns), tuple(u.lower() for u in unless), advice))
    return HarmData(lists, tuple(rules))


def _advice(raw: dict[str, Any], source: str, where: str) -> str:
    """A rule's advice: a sentence without placeholders (the draft says it as it stands), or '' when it has none."""
    advice = raw.get("advice", "")
    if not isinstance(advice, str) or (advice and not advice.strip()) or re.search(r"[{}]", advice):
        raise DataFileError(source, "'advice' moet een zin zijn, zonder {…}", where)
    return advice.strip()


def _list_names(pattern: str) -> list[str]:
    return [alt[1:] for place in pattern.split() for alt in place.strip("()").split("|") if alt.startswith("@")]


@lru_cache(maxsize=1)
def shipped_harm() -> HarmData:
    path = resource_path("harm.toml")
    return parse_harm(read_toml(Path(path)), str(path), REQUIRED)


def _token(place: str, lists: dict[str, tuple[str, ...]]) -> dict[str, Any]:
    """One Matcher token for a place: 'a|b', '@list', '(optional)', '~' (a gap of up to four words)."""
    if place == _GAP:
        return {"IS_PUNCT": False, "OP": "{0,4}"}
    optional = place.startswith("(") and place.endswith(")")
    alts = place.strip("()").split("|")
    built = next((_BUILT_IN[a[1:]] for a in alts if a.startswith("@") and a[1:] in _BUILT_IN), None)
    if built is not None:
        token = dict(built)
    else:
        words: list[str] = []
        for alt in alts:
            words.extend(lists[alt[1:]] if alt.startswith("@") else [alt.lower()])
        token = {"LOWER": {"IN": words}}
    if optional:
        token["OP"] = "?"
    return token


class HarmFinder:
    """Builds the Matcher once on the topic finder's vocabulary; :meth:`find` per comment."""

    def __init__(self, nlp: Any, data: HarmData | None = None) -> None:
        from spacy.matcher import Matcher, PhraseMatcher

        self.data = data or shipped_harm()
        self.matcher = Matcher(nlp.vocab)
        self.unless = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._rules: dict[str, Rule] = {}
        for i, rule in enumerate(self.data.rules):
            key = f"harm{i}"
            self._rules[key] = rule
            self.matcher.add(key, [[_token(p, self.data.lists) for p in pat.split()] for pat in rule.patterns])
            self.unless.add(key, [nlp.make_doc(u) for u in rule.unless])

    def find(self, doc: Any) -> Harm:
        strings = doc.vocab.strings
        cancelled: dict[str, list[tuple[int, int]]] = {}
        for match_id, start, end in self.unless(doc):
            cancelled.setdefault(strings[match_id], []).append((start, end))
        concepts: list[tuple[str, int, int]] = []
        found, gave_way, advice = "", None, ""
        for match_id, start, end in sorted(self.matcher(doc), key=lambda x: (x[1], x[2])):
            key = strings[match_id]
            rule = self._rules[key]
            first, last = _sentence(doc, start, end)
            if any(first <= s and e <= last for s, e in cancelled.get(key, [])) or _house_number(doc, start, end):
                continue
            thing = _thing(doc, start, end, tuple(w for n in rule.thing.split() for w in self.data.lists[n]))
            # one word marks the place, so the food it was in stays a thing of the comment ('in mijn broodje')
            # and the part that gave way, named first (app.nlp.topics); else the match's first word
            at = thing if rule.kind == "found" and thing is not None else end - 1 if rule.kind == "gave_way" else start
            concepts.append((rule.concept, at, at + 1))
            advice = advice or rule.advice
            if thing is None:
                continue
            if rule.kind == "found" and not found:
                found = _said(doc, thing)
            elif rule.kind == "gave_way" and gave_way is None:
                gave_way = _part(doc, thing)
        return Harm(tuple(concepts), found, gave_way, advice)


def _house_number(doc: Any, start: int, end: int) -> bool:
    """Whether a match is a number after a street's name ('bezorgd op de Kanaaldijk 112'): an address, no alarm
    number; a capitalised word that starts the sentence ('Bel 112') is no street."""
    if end - start != 1 or not doc[start].like_num or start == 0:
        return False
    before = doc[start - 1]
    return before.is_alpha and before.text[:1].isupper() and not before.is_sent_start


def _sentence(doc: Any, start: int, end: int) -> tuple[int, int]:
    return around(doc, start, end, lambda token: token.text in _ENDS)


def _thing(doc: Any, start: int, end: int, words: tuple[str, ...]) -> int | None:
    return next((i for i in range(start, end) if doc[i].lower_ in words), None) if words else None


def _said(doc: Any, i: int) -> str:
    """'een pleister', 'een stukje glas', 'plastic', 'nietjes': the thing as the reply names it."""
    word = str(doc[i].lower_)
    after = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    pieces = shipped_harm().lists.get("piece", ())
    before = doc[i - 1].lower_ if i > 0 else ""
    made_of = word in shipped_harm().lists.get("made_of", ()) and before not in {*pieces, "of"}
    if made_of and after.isalpha() and not doc[i + 1].is_stop and after not in _NOT_THINGS:
        # 'een metalen krulletje', 'a metal shaving': what it is made of, with the thing itself
        english = any(doc[k].lower_ in _ENGLISH_DETS for k in range(max(0, i - 3), i))
        return f"{'a' if english else 'een'} {word} {after}"
    if before == "of" and i > 1 and doc[i - 2].lower_ in pieces:
        return f"a {doc[i - 2].lower_} of {word}"  # 'a piece of glass'
    if any(doc[k].lower_ in _ENGLISH_DETS for k in range(max(0, i - 3), i)):
        return f"a {word}"  # 'a long hair in my soup'
    if before in _COUNTS:
        return f"{before} {word}"  # 'twee nietjes'
    piece = before if before in pieces else ""
    back = next((k for k in (i - 2, i - 3) if k >= 0 and doc[k].lower_ in pieces), None)
    if not piece and word in _MASS and back is not None and all(t.is_alpha for t in doc[back + 1 : i]):
        # 'een stuk blauwe plastic', 'een stuk hard blauw plastiek', as the writer said it
        piece = " ".join(t.lower_ for t in doc[back:i])
    if piece:
        return f"{piece} {word}" if piece.split()[0].endswith(("ken", "jes")) else f"een {piece} {word}"
    if word not in _MASS and after in _MASS:
        # 'een scherfje glas', 'een splinter metaal': the piece keeps what it is made of
        return f"{word} {after}" if word.endswith(("s", "en")) else f"een {word} {after}"
    if word in _MASS or (noun(word) not in {"", word} and word.endswith(("s", "en"))):
        return word  # 'plastic', 'nietjes', 'maden'
    return f"een {word}"


def _part(doc: Any, i: int) -> Mention:
    """The part that gave way with the writer's article ('het stuur'), or the writer's own ('mijn voorwiel')."""
    word = str(doc[i].lower_)
    before = doc[i - 2 : i]
    own = any(t.lower_ in MINE_OR_OURS for t in before)
    # 'dat aluminium frame', 'die velg': a pointing word tells the article as well as 'het' or 'de'
    det = next((_POINTING.get(t.lower_, t.lower_) for t in reversed(before) if t.lower_ in _ARTICLE_OF), "")
    plural = noun(word) not in {"", word} and word.endswith(("en", "s"))  # 'de pedalen', 'de remmen'
    english = next((k for k in range(i - 1, max(-1, i - 4), -1) if doc[k].lower_ in _ENGLISH_DETS), None)
    if english is not None and all(t.is_alpha and not t.is_punct for t in doc[english + 1 : i]):
        # 'the front quick release came loose': an English part is named with the words before it
        word = " ".join([*(t.lower_ for t in doc[english + 1 : i]), word])
    return Mention(word, "de" if plural else det or article_of(word), plural=plural, own=own)
